//! The vocabulary checks (migrations `m20270104_000100_vocabulary_check` and
//! `m20270105_000100_mail_status_check`, `m20270106_000100_token_and_reason_check`): an upgrade of a
//! database holding a value outside its set stops, naming the table, the column and the
//! value, and changes nothing; once the values are corrected it goes through.

use migration::{Migrator, MigratorTrait};
use sea_orm::ConnectionTrait;

use crate::digest::on_both;
use crate::helpers::{Backend, DEMO, bare_database, steps_back_to_before};

on_both!(
    an_upgrade_stops_on_a_value_outside_its_set_and_names_it,
    stray_values
);
async fn stray_values(backend: Backend) {
    let bare = bare_database(backend).await;
    let db = &bare.db;
    let back = steps_back_to_before("m20270104_000100_vocabulary_check");
    Migrator::down(db, Some(back))
        .await
        .expect("down to before the check");
    for sql in [
        "UPDATE hearing SET publication_policy = 'after_lunch'",
        "UPDATE milestone SET kind = 'picnic' WHERE kind = 'meeting'",
    ] {
        db.execute_unprepared(sql).await.unwrap();
    }

    let refused = Migrator::up(db, None).await.expect_err("the upgrade stops");
    let message = refused.to_string();
    assert!(
        message.contains("hearing.publication_policy holds after_lunch"),
        "{message}"
    );
    assert!(message.contains("milestone.kind holds picnic"), "{message}");
    assert!(
        message.contains("allowed: after_verification, after_moderation, after_deadline"),
        "{message}"
    );

    for sql in [
        "UPDATE hearing SET publication_policy = 'after_moderation'",
        "UPDATE milestone SET kind = 'meeting' WHERE kind = 'picnic'",
    ] {
        db.execute_unprepared(sql).await.unwrap();
    }
    Migrator::up(db, None)
        .await
        .expect("corrected, the upgrade goes through");
    let hearing = app::hearing::store::find_by_slug(db, DEMO)
        .await
        .unwrap()
        .expect("the demo hearing reads again");
    assert_eq!(hearing.publication_policy.as_str(), "after_moderation");
}

/// Steps back to before `migration`, writes a stray value (`stray`), and checks that the
/// upgrade stops saying `expected`, then goes through once `fix` corrected it.
async fn stops_until_corrected(
    backend: Backend,
    migration: &str,
    (stray, expected, fix): (&str, &str, &str),
) {
    let bare = bare_database(backend).await;
    let db = &bare.db;
    Migrator::down(db, Some(steps_back_to_before(migration)))
        .await
        .expect("down to before the check");
    db.execute_unprepared(stray).await.unwrap();
    let refused = Migrator::up(db, None).await.expect_err("the upgrade stops");
    let message = refused.to_string();
    assert!(message.contains(expected), "{message}");
    db.execute_unprepared(fix).await.unwrap();
    Migrator::up(db, None)
        .await
        .expect("corrected, the upgrade goes through");
}

on_both!(
    an_upgrade_stops_on_a_mail_status_outside_its_set,
    stray_mail_status
);
async fn stray_mail_status(backend: Backend) {
    let stray = "INSERT INTO mail_outbox (to_addr, subject, body_text, status, attempts, \
         next_attempt_at, created_at) VALUES ('a@kk.dk', 'S', 'T', 'bounced', 0, \
         CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
    let expected = "mail_outbox.status holds bounced (allowed: pending, sent, failed)";
    let fix = "UPDATE mail_outbox SET status = 'failed' WHERE status = 'bounced'";
    let migration = "m20270105_000100_mail_status_check";
    stops_until_corrected(backend, migration, (stray, expected, fix)).await;
}

on_both!(
    an_upgrade_stops_on_a_token_purpose_outside_its_set,
    stray_token_purpose
);
async fn stray_token_purpose(backend: Backend) {
    let stray = "INSERT INTO rights_token (purpose, email, token_sha256, expires_at, created_at) \
         VALUES ('forever', 'a@kk.dk', 'abc', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)";
    let expected = "rights_token.purpose holds forever (allowed: link, grant)";
    let fix = "UPDATE rights_token SET purpose = 'grant'";
    let migration = "m20270106_000100_token_and_reason_check";
    stops_until_corrected(backend, migration, (stray, expected, fix)).await;
}
