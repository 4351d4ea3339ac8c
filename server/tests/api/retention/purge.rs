//! The purge: a submission never confirmed goes whole once its link expired (7 days), with
//! its file, tokens and mails; spent sign-in links, ended sessions and old mail go; what is
//! alive stays.

use std::time::Duration as StdDuration;

use app::entities::{account_token, mail_outbox, response_token, session};
use app::jobs::Job;
use app::retention::purge::{PurgeWorker, Purged};
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, EntityTrait, Set};
use tokio_util::sync::CancellationToken;

use super::*;

const UNCONFIRMED: &[u8] = b"Et bilag til et svar, der aldrig blev bekraeftet.";
const CONFIRMED: &[u8] = b"Et bilag til et bekraeftet svar.";

/// An unconfirmed submission with a file (its verification mail is .eml 1) and a confirmed
/// one with another (.eml 2 and 3); their ids.
async fn two_submissions(app: &TestApp) -> (i32, i32) {
    let files = vec![("aldrig.txt", UNCONFIRMED.to_vec())];
    let body = resident(
        "Ulla Ubekræftet",
        "ulla@example.dk",
        "Aldrig bekræftet.",
        false,
    );
    let unconfirmed = submit(app, &body, files).await;
    app.eml(1).await;
    let files = vec![("bekraeftet.txt", CONFIRMED.to_vec())];
    let body = resident(
        "Carl Bekræftet",
        "carl@example.dk",
        "Bekræftet svar.",
        false,
    );
    let confirmed = submit(app, &body, files).await;
    confirm_mail(app, 2).await;
    app.extract_files().await;
    (unconfirmed, confirmed)
}

clock_test!(
    an_unconfirmed_submission_and_its_file_go_when_the_link_expired,
    |app, clock| {
        let t0 = clock.now();
        let (unconfirmed, confirmed) = two_submissions(&app).await;
        let purge = purge(&app);

        let early = purge.run(&app.db, t0 + Duration::days(6)).await.unwrap();
        assert_eq!(early, Purged::default(), "nothing is due before the 7 days");
        assert_eq!(app.count("response").await, 2);

        let purged = purge
            .run(&app.db, t0 + Duration::days(7) + Duration::minutes(1))
            .await
            .unwrap();
        let erased = purged.unconfirmed;
        assert_eq!(erased.responses_deleted, 1);
        assert_eq!(erased.respondents_deleted, 1);
        assert_eq!(
            (erased.files, erased.file_bytes),
            (1, UNCONFIRMED.len() as u64)
        );
        assert_eq!(erased.tokens, 1, "its verification token");
        assert_eq!(erased.mails, 1, "its verification mail");
        assert_eq!(purged.files, 1, "its file left the store");
        assert_eq!(purged.response_tokens, 1, "the confirmed one's spent link");

        let gone = |table: &str| format!("{table} WHERE response_id = {unconfirmed}");
        assert_eq!(
            app.count(&format!("response WHERE id = {unconfirmed}"))
                .await,
            0
        );
        assert_eq!(app.count(&gone("attachment")).await, 0);
        assert_eq!(app.count(&gone("response_token")).await, 0);
        assert_eq!(app.count(&gone("mail_outbox")).await, 0);
        assert_eq!(
            app.count("respondent WHERE email = 'ulla@example.dk'")
                .await,
            0
        );
        assert!(!stored(&app, UNCONFIRMED), "the file is deleted");
        let dropped =
            format!("index_outbox WHERE entity_id = {unconfirmed} AND operation = 'erased'");
        assert_eq!(app.count(&dropped).await, 1, "the index is told");

        assert_eq!(
            app.count(&format!("response WHERE id = {confirmed}")).await,
            1
        );
        assert_eq!(
            app.count(&format!("attachment WHERE response_id = {confirmed}"))
                .await,
            1
        );
        assert!(stored(&app, CONFIRMED), "a confirmed response's file stays");
        let manage =
            format!("response_token WHERE response_id = {confirmed} AND purpose = 'manage'");
        assert_eq!(
            app.count(&manage).await,
            1,
            "the receipt's private link lives on"
        );

        let entries = audit(&app, "retention.delete").await;
        assert_eq!(entries.len(), 1);
        let (id, before, after) = &entries[0];
        assert_eq!(*id, unconfirmed);
        assert!(after.contains("\"responses_deleted\":1"), "{after}");
        assert!(after.contains("\"files\":1"), "{after}");
        for secret in [
            "Ulla",
            "ulla@example.dk",
            "2500",
            "Aldrig bekr",
            "aldrig.txt",
        ] {
            assert!(
                !before.contains(secret) && !after.contains(secret),
                "{secret}: {after}"
            );
        }

        let again = purge.run(&app.db, t0 + Duration::days(8)).await.unwrap();
        assert_eq!(again, Purged::default(), "a second purge finds nothing");
    }
);

/// Inserts a sign-in link for `account` expiring at `expires_at`, used at `used_at`.
async fn link(app: &TestApp, account: i32, hash: &str, expires_at: DateTime<Utc>, used: bool) {
    account_token::ActiveModel {
        account_id: Set(account),
        purpose: Set(app::vocab::AccountTokenPurpose::Login),
        token_sha256: Set(hash.into()),
        expires_at: Set(expires_at),
        used_at: Set(used.then_some(expires_at - Duration::minutes(10))),
        created_at: Set(expires_at - Duration::minutes(15)),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
}

/// Inserts a session for `account` ending at `expires_at`, last seen at `seen`.
async fn session(
    app: &TestApp,
    account: i32,
    hash: &str,
    expires_at: DateTime<Utc>,
    seen: DateTime<Utc>,
) {
    session::ActiveModel {
        account_id: Set(account),
        token_sha256: Set(hash.into()),
        created_at: Set(seen - Duration::hours(1)),
        expires_at: Set(expires_at),
        last_seen_at: Set(seen),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
}

/// Inserts a mail with `status`, created (and for `sent`, sent) at `at`.
async fn rights(app: &TestApp, token: &str, expires_at: DateTime<Utc>) {
    app::entities::rights_token::ActiveModel {
        purpose: Set(app::vocab::RightsTokenPurpose::Grant),
        email: Set("someone@example.dk".into()),
        token_sha256: Set(token.into()),
        expires_at: Set(expires_at),
        used_at: Set(None),
        created_at: Set(expires_at - Duration::minutes(30)),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
}

async fn mail(app: &TestApp, status: &str, at: DateTime<Utc>) {
    mail_outbox::ActiveModel {
        to_addr: Set("someone@example.dk".into()),
        subject: Set(status.into()),
        body_text: Set("Hej".into()),
        status: Set(status.parse().expect("a mail status")),
        attempts: Set(1),
        next_attempt_at: Set(at),
        created_at: Set(at),
        sent_at: Set((status == "sent").then_some(at)),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
}

clock_test!(
    spent_links_ended_sessions_and_old_mail_go_and_live_ones_stay,
    |app, clock| {
        let now = clock.now();
        let cookie = app
            .sign_in("sb@kk.dk", app::auth::Role::Official, None)
            .await;
        let account = app.id_of("sb@kk.dk").await;
        link(&app, account, "expired", now - Duration::minutes(1), false).await;
        link(&app, account, "used", now + Duration::minutes(5), true).await;
        link(&app, account, "live", now + Duration::minutes(5), false).await;
        session(
            &app,
            account,
            "ended",
            now - Duration::seconds(1),
            now - Duration::minutes(1),
        )
        .await;
        session(
            &app,
            account,
            "idle",
            now + Duration::days(3),
            now - Duration::minutes(31),
        )
        .await;
        rights(&app, "expired", now - Duration::seconds(1)).await;
        rights(&app, "live", now + Duration::minutes(10)).await;
        mail(&app, "sent", now - Duration::days(31)).await;
        mail(&app, "failed", now - Duration::days(31)).await;
        mail(&app, "sent", now - Duration::days(29)).await;
        mail(&app, "pending", now - Duration::days(40)).await;

        let purged = purge(&app).run(&app.db, now).await.unwrap();
        assert_eq!(purged.account_tokens, 2);
        assert_eq!(purged.sessions, 2);
        assert_eq!(purged.rights_tokens, 1);
        assert_eq!(purged.mails, 2);
        let rights = app::entities::rights_token::Entity::find()
            .all(&app.db)
            .await
            .unwrap();
        assert_eq!(rights.len(), 1, "the live grant stays");
        assert_eq!(rights[0].token_sha256, "live");
        let tokens = account_token::Entity::find().all(&app.db).await.unwrap();
        assert_eq!(tokens.len(), 1);
        assert_eq!(tokens[0].token_sha256, "live");
        assert_eq!(app.count("session").await, 1, "the signed-in session stays");
        let me = crate::helpers::call(
            &app,
            reqwest::Method::GET,
            "/api/v1/auth/me",
            Some(&cookie),
            None,
        )
        .await;
        assert_eq!(me.status(), 200);
        assert_eq!(app.count("mail_outbox WHERE status = 'sent'").await, 1);
        assert_eq!(
            app.count("mail_outbox WHERE status = 'pending'").await,
            1,
            "unsent mail waits"
        );
    }
);

clock_test!(
    the_purge_runs_as_a_job_under_its_lease_on_the_apps_clock,
    |app, clock| {
        let (unconfirmed, _) = two_submissions(&app).await;
        clock.advance(Duration::days(8));
        let job = Job {
            db: app.db.clone(),
            instance: app::instance::Instance::new(),
            clock: clock.clone(),
            stop: CancellationToken::new(),
        };
        let worker = PurgeWorker {
            purge: purge(&app),
            first_after: StdDuration::ZERO,
        };
        let task = tokio::spawn(app::jobs::worker::run(job.clone(), worker));
        let gone = format!("response WHERE id = {unconfirmed}");
        let spent = "response_token WHERE purpose = 'verify'";
        let purged = || async { app.count(&gone).await == 0 && app.count(spent).await == 0 };
        crate::helpers::until("the purge job's pass", purged).await;
        assert_eq!(app.count(&gone).await, 0, "the job purged it");
        assert_eq!(app.count(spent).await, 0, "and the spent links");
        assert_eq!(app.count("lease WHERE name = 'purge'").await, 1);
        assert_eq!(app.count("response").await, 1);
        let manage = response_token::Entity::find().all(&app.db).await.unwrap();
        assert_eq!(manage.len(), 1, "the private link stays: {manage:?}");
        job.stop.cancel();
        task.await.unwrap();
    }
);
