//! A decided hearing keeps its respondents' personal data for its months of retention after
//! the decision, then only the record stays: svarnummer, dates, kind, organisation and CVR,
//! the redacted text, hvidbog remarks, case-file files and the names people allowed to be
//! published.

use app::auth::Role;
use app::entities::{attachment, hearing, respondent, response};
use app::retention::schedule;
use chrono::{Duration, Months};
use reqwest::Method;
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set};

use super::*;
use crate::helpers::call;
use crate::helpers::call_json;

const PRIVATE: &[u8] = b"Mit private bilag med min adresse.";
const CASE: &[u8] = b"Et bilag, der er en del af sagen.";
const TEXT: &str = "Vi mangler sprogkurser om aftenen. Skriv til mig på Valbyvej 12.";

/// A resident who keeps her name private (with two files), one who publishes his, and a
/// company's contact person; all confirmed. Their ids.
async fn three_respondents(app: &TestApp) -> (i32, i32, i32) {
    let files = vec![
        ("privat.txt", PRIVATE.to_vec()),
        ("sagen.txt", CASE.to_vec()),
    ];
    let karen = resident("Karen Blixen-Hansen", "karen@example.dk", TEXT, false);
    let karen = submit(app, &karen, files).await;
    confirm_mail(app, 1).await;
    let niels = resident(
        "Niels Offentlig",
        "niels@example.dk",
        "Flere cykelstier.",
        true,
    );
    let niels = submit(app, &niels, vec![]).await;
    confirm_mail(app, 3).await;
    let company = json!({
        "kind": "company", "name": "Mette Kontaktsen", "email": "mette@valbybyg.dk",
        "organisation": "Valby Byg ApS", "contact_role": "Direktør", "cvr": "64942212",
        "text": "Byggeriet skal tænkes med.", "publish_name": true
    });
    let company = submit(app, &company, vec![]).await;
    confirm_mail(app, 5).await;
    app.extract_files().await;
    (karen, niels, company)
}

/// What officials do before the decision: redact Karen's address, keep her second file in the
/// case file, remark on her response, and keep personal data 6 months.
async fn officials_work(app: &TestApp, cookie: &str, karen: i32) {
    let redact = json!({"action": "redact", "reason": "Adresse", "passage": "Valbyvej 12"});
    let path = format!("/api/v1/admin/responses/{karen}/moderation");
    let done = call(app, Method::POST, &path, Some(cookie), Some(redact)).await;
    assert_eq!(done.status(), 200);
    let case = attachment_id(app, "sagen.txt").await;
    let path = format!("/api/v1/admin/attachments/{case}/case-file");
    let body = json!({"case_file": true});
    assert_eq!(
        call(app, Method::PUT, &path, Some(cookie), Some(body))
            .await
            .status(),
        200
    );
    let remarks = paths::admin_api(DEMO, "hvidbog/remarks");
    let remark = json!({"target": "response", "id": karen, "remark": "Sprogkurser udvides."});
    assert_eq!(
        call(app, Method::PUT, &remarks, Some(cookie), Some(remark))
            .await
            .status(),
        200
    );
    let admin = paths::admin_api(DEMO, "");
    let shown: Value = call_json(app, Method::GET, &admin, Some(cookie), None).await;
    let mut settings = shown["settings"].clone();
    settings["retention_months"] = json!(6);
    let saved = call(app, Method::PUT, &admin, Some(cookie), Some(settings)).await;
    assert_eq!(saved.status(), 200, "{}", saved.text().await.unwrap());
}

async fn attachment_id(app: &TestApp, name: &str) -> i32 {
    let all = attachment::Entity::find().all(&app.db).await.unwrap();
    all.iter()
        .find(|f| f.filename == name)
        .expect("the file")
        .id
}

/// Moves the hearing to processing and then decided, as its official does.
async fn decide(app: &TestApp, cookie: &str) {
    let path = paths::admin_api(DEMO, "status");
    for status in ["processing", "decided"] {
        let body = json!({"status": status});
        let moved = call(app, Method::POST, &path, Some(cookie), Some(body)).await;
        assert_eq!(moved.status(), 200, "{status}");
    }
}

async fn officials_search(app: &TestApp, cookie: &str, q: &str) -> u64 {
    app.index_caught_up().await;
    let path = paths::admin_api(DEMO, &format!("responses?q={q}"));
    let found: Value = call_json(app, Method::GET, &path, Some(cookie), None).await;
    found["total"].as_u64().unwrap()
}

async fn respondent_of(app: &TestApp, id: i32) -> respondent::Model {
    let row = response::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    respondent::Entity::find_by_id(row.respondent_id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
}

clock_test!(
    a_decided_hearings_personal_data_stays_until_its_retention_runs_out,
    |app, clock| {
        let (karen, niels, company) = three_respondents(&app).await;
        let before_the_deadline = app.sign_in("sb@kk.dk", Role::Official, None).await;
        officials_work(&app, &before_the_deadline, karen).await;
        clock.advance(Duration::days(31));
        let cookie = app.sign_in("sb2@kk.dk", Role::Official, None).await;
        decide(&app, &cookie).await;
        let decided_at = clock.now();
        let row = hearing::Entity::find_by_id(app.demo_hearing_id().await)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(
            row.decided_at,
            Some(decided_at),
            "the decision is dated on the app's clock"
        );
        assert_eq!(row.retention_months, Some(6));
        assert_eq!(officials_search(&app, &cookie, "Blixen").await, 1);
        let store = storage(&app);
        let run = |at| schedule::run(&app.db, &store, 12, false, at);

        let almost = decided_at.checked_add_months(Months::new(6)).unwrap() - Duration::hours(1);
        assert!(
            run(almost).await.unwrap().is_empty(),
            "kept until the 6 months are up"
        );
        assert_eq!(respondent_of(&app, karen).await.name, "Karen Blixen-Hansen");

        let after = almost + Duration::hours(2);
        let done = run(after).await.unwrap();
        assert_eq!(done.len(), 1);
        assert_eq!((done[0].slug.as_str(), done[0].months), (DEMO, 6));
        let erased = done[0].erased;
        assert_eq!(erased.responses_erased, 3);
        assert_eq!((erased.names, erased.contact_persons), (1, 1));
        assert_eq!((erased.email_addresses, erased.postal_addresses), (3, 2));
        assert_eq!((erased.files, erased.unredacted_texts), (1, 1));

        let karen_now = respondent_of(&app, karen).await;
        assert_eq!(
            (karen_now.name.as_str(), karen_now.email.as_str()),
            ("", "")
        );
        assert_eq!(
            (karen_now.postal_code, karen_now.kind.as_str()),
            (None, "resident")
        );
        let niels_now = respondent_of(&app, niels).await;
        assert_eq!(
            (niels_now.name.as_str(), niels_now.email.as_str()),
            ("Niels Offentlig", "")
        );
        let firm = respondent_of(&app, company).await;
        assert_eq!(
            (firm.name.as_str(), firm.contact_role.as_deref()),
            ("", None)
        );
        assert_eq!(firm.organisation.as_deref(), Some("Valby Byg ApS"));
        assert_eq!(firm.cvr.as_deref(), Some("64942212"));
        let kept = response::Entity::find_by_id(karen)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert!(kept.svarnummer.starts_with("2010-64452-"));
        assert!(!kept.body.contains("Valbyvej 12"), "{}", kept.body);
        assert!(kept.body.contains("sprogkurser"), "the redacted text stays");
        assert_eq!(kept.personal_data_erased_at, Some(after));
        assert_eq!(app.count("attachment").await, 1);
        assert_eq!(
            app.count("attachment WHERE case_file = true AND extracted_text IS NOT NULL")
                .await,
            1
        );
        assert!(!stored(&app, PRIVATE) && stored(&app, CASE));
        assert_eq!(app.count("response_token").await, 0);
        assert_eq!(
            app.count("mail_outbox WHERE response_id IS NOT NULL").await,
            0
        );
        assert_eq!(app.count("hvidbog_remark").await, 1, "the remark stays");
        let marked = hearing::Entity::find_by_id(row.id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(marked.personal_data_erased_at, Some(after));

        assert_eq!(
            officials_search(&app, &cookie, "Blixen").await,
            0,
            "the index forgot the name"
        );
        assert_eq!(officials_search(&app, &cookie, "sprogkurser").await, 1);
        let admin = paths::admin_api(DEMO, "");
        let shown = call(&app, Method::GET, &admin, Some(&cookie), None).await;
        let shown: Value = shown.json().await.unwrap();
        assert_eq!(shown["history"][0]["action"], "retention.hearing");
        assert!(
            run(after + Duration::days(1)).await.unwrap().is_empty(),
            "once is enough"
        );
    }
);

clock_test!(
    erased_respondents_show_as_anonymous_and_the_audit_log_holds_counts_only,
    |app, clock| {
        let (karen, _, _) = three_respondents(&app).await;
        let cookie = app.sign_in("sb@kk.dk", Role::Official, None).await;
        let mut row = hearing::Entity::find_by_id(app.demo_hearing_id().await)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .into_active_model();
        row.status = Set("decided".parse().unwrap());
        row.decided_at = Set(Some(clock.now() - Duration::days(400)));
        row.update(&app.db).await.unwrap();
        let done = schedule::run(&app.db, &storage(&app), 12, false, clock.now())
            .await
            .unwrap();
        assert_eq!(done[0].months, 12, "the installation's default");

        let page = call(
            &app,
            Method::GET,
            &format!("/admin/responses/{karen}"),
            Some(&cookie),
            None,
        )
        .await;
        let html = page.text().await.unwrap();
        assert!(html.contains("Anonym"), "{html}");
        assert!(
            html.contains("Svarafgiverens persondata er slettet"),
            "{html}"
        );
        assert!(!html.contains("Karen") && !html.contains("karen@example.dk"));
        let inbox = call(
            &app,
            Method::GET,
            &paths::admin_page(DEMO, "responses"),
            Some(&cookie),
            None,
        )
        .await;
        let html = inbox.text().await.unwrap();
        assert!(
            html.contains("Anonym") && html.contains("Niels Offentlig"),
            "{html}"
        );
        assert!(html.contains("Valby Byg ApS"));
        let public = app.public_responses("").await;
        let shown: Vec<&str> = public["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["display_name"].as_str().unwrap())
            .collect();
        assert!(
            shown.contains(&"Borger") && shown.contains(&"Niels Offentlig"),
            "{shown:?}"
        );
        assert!(shown.contains(&"Valby Byg ApS"), "{shown:?}");

        let entries = audit(&app, "retention.erase").await;
        assert_eq!(entries.len(), 3);
        let hearing_entry = audit(&app, "retention.hearing").await;
        assert_eq!(hearing_entry.len(), 1);
        assert!(
            hearing_entry[0].2.contains("\"responses_erased\":3"),
            "{:?}",
            hearing_entry[0]
        );
        for (_, before, after) in entries.iter().chain(&hearing_entry) {
            for secret in [
                "Karen",
                "Blixen",
                "karen@",
                "Mette",
                "Valbyvej",
                "2500",
                "Direktør",
            ] {
                assert!(
                    !before.contains(secret) && !after.contains(secret),
                    "{secret} in {after}"
                );
            }
        }
    }
);
