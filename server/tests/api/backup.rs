//! `ordet backup` and `ordet restore`: a backup taken while the site serves brings back every
//! row of every table and every attached file; a restore never mixes with data already there.

use std::collections::BTreeMap;
use std::path::Path;

use app::clock::ManualClock;
use sea_orm::{ConnectionTrait, Statement};
use sha2::{Digest, Sha256};

use crate::attachments::{association, post_files, verify_token};
use crate::db_test;
use crate::fixtures;
use crate::helpers::database::{every_row, fresh_database};
use crate::helpers::{Backend, TestApp, spawn_app_at, test_config};

/// Every stored file (staging left out) by name, with the SHA-256 of its bytes.
fn files(data_dir: &Path) -> BTreeMap<String, String> {
    fn walk(dir: &Path, found: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() && entry.file_name() != "tmp" {
                walk(&path, found);
            } else if path.is_file() {
                let bytes = std::fs::read(&path).unwrap();
                let name = entry.file_name().to_string_lossy().into_owned();
                found.insert(name, hex::encode(Sha256::digest(&bytes)));
            }
        }
    }
    let mut found = BTreeMap::new();
    walk(&data_dir.join("attachments"), &mut found);
    found
}

/// Submits and confirms a response with two files; waits until everything it sets off is done.
async fn a_response_with_files(app: &TestApp, words: &str, mails: usize) {
    let files = vec![
        ("svar.pdf", fixtures::pdf(words)),
        ("noter.txt", format!("Noter: {words}").into_bytes()),
    ];
    assert_eq!(post_files(app, &association(), files).await.status(), 202);
    let eml = app.eml(mails).await;
    app.confirm(&verify_token(&eml)).await;
    app.eml(mails + 1).await;
    app.extract_files().await;
}

/// Waits until no mail is left to send and the index has caught up: nothing then writes.
async fn quiet(app: &TestApp) {
    let sent = || async { app.count("mail_outbox WHERE status <> 'sent'").await == 0 };
    crate::helpers::until("the mail to be sent", sent).await;
    app.index_caught_up().await;
}

async fn serving(backend: Backend) -> TestApp {
    spawn_app_at(backend, None, |_| {}, ManualClock::at(chrono::Utc::now())).await
}

/// On the app's manual clock nothing is written once the work above is done (a lease renewed
/// at a standing clock keeps its value), so the source can be compared with the restore.
#[tokio::test]
async fn a_backup_taken_while_serving_restores_every_row_and_file_on_sqlite() {
    every_row_and_file(serving(Backend::Sqlite).await).await;
}

#[tokio::test]
async fn a_backup_taken_while_serving_restores_every_row_and_file_on_postgres() {
    every_row_and_file(serving(Backend::Postgres).await).await;
}

async fn every_row_and_file(app: TestApp) {
    app.open_demo_hearing().await;
    a_response_with_files(&app, "Sprogstimulering fra vuggestuen", 1).await;
    a_response_with_files(&app, "Lektiecaféer på bibliotekerne", 3).await;
    quiet(&app).await;
    let before = every_row(&app.db).await;
    let stored = files(app.data_dir.path());
    assert_eq!(stored.len(), 4, "two responses with two files each");

    let archive = app.data_dir.path().join("backup.zip");
    let config = test_config(&app.database_url(), app.data_dir.path(), |_| None);
    let made = server::backup::backup(&config, &archive)
        .await
        .expect("backup");
    assert_eq!(
        every_row(&app.db).await,
        before,
        "the source did not change meanwhile"
    );
    assert_eq!(made.files.len(), 4);
    assert_eq!(made.tables["response"], app.count("response").await);

    let (target_dir, _target_pg, target_url) = fresh_database(app.backend()).await;
    let target = test_config(&target_url, target_dir.path(), |_| None);
    let restored = server::backup::restore(&target, &archive)
        .await
        .expect("restore");
    assert_eq!(restored, made);

    let db = app::db::connect(&target_url).await.unwrap();
    let after = every_row(&db).await;
    assert_eq!(
        after.keys().collect::<Vec<_>>(),
        before.keys().collect::<Vec<_>>()
    );
    for (table, rows) in &before {
        assert_eq!(
            &after[table], rows,
            "table {table} differs after the restore"
        );
    }
    assert_eq!(
        files(target_dir.path()),
        stored,
        "every file came back, byte for byte"
    );
}

db_test!(a_backup_taken_during_submissions_is_consistent, |app| {
    app.open_demo_hearing().await;
    let archive = app.data_dir.path().join("busy.zip");
    let config = test_config(&app.database_url(), app.data_dir.path(), |_| None);
    let submissions = (0..8).map(|n| {
        let app = &app;
        async move {
            let text = format!("Travl dag nummer {n}");
            let files = vec![("svar.txt", text.into_bytes())];
            let mut body = association();
            body["email"] = format!("forening{n}@example.dk").into();
            post_files(app, &body, files).await.status()
        }
    });
    let (statuses, made) = tokio::join!(
        futures_util::future::join_all(submissions),
        server::backup::backup(&config, &archive)
    );
    assert!(statuses.iter().all(|status| *status == 202), "{statuses:?}");
    let made = made.expect("backup");

    let (target_dir, _target_pg, target_url) = fresh_database(app.backend()).await;
    let target = test_config(&target_url, target_dir.path(), |_| None);
    server::backup::restore(&target, &archive)
        .await
        .expect("restore");
    let db = app::db::connect(&target_url).await.unwrap();
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT DISTINCT sha256 FROM attachment",
        ))
        .await
        .unwrap();
    let restored = files(target_dir.path());
    assert_eq!(rows.len(), made.files.len());
    for row in rows {
        let sha: String = row.try_get("", "sha256").unwrap();
        assert_eq!(
            restored.get(&sha),
            Some(&sha),
            "file {sha} restored with its bytes"
        );
    }
});

db_test!(a_restore_refuses_a_database_that_holds_data, |app| {
    let archive = app.data_dir.path().join("backup.zip");
    let config = test_config(&app.database_url(), app.data_dir.path(), |_| None);
    server::backup::backup(&config, &archive)
        .await
        .expect("backup");
    let hearings = app.count("hearing").await;

    let refused = server::backup::restore(&config, &archive)
        .await
        .unwrap_err();
    assert!(
        refused.to_string().contains("already holds tables"),
        "{refused:#}"
    );
    assert_eq!(app.count("hearing").await, hearings, "nothing changed");

    let garbage = app.data_dir.path().join("garbage.zip");
    std::fs::write(&garbage, b"not a zip").unwrap();
    let (target_dir, _target_pg, target_url) = fresh_database(app.backend()).await;
    let target = test_config(&target_url, target_dir.path(), |_| None);
    let refused = server::backup::restore(&target, &garbage)
        .await
        .unwrap_err();
    assert!(
        refused.to_string().contains("not an Ordet backup"),
        "{refused:#}"
    );
});
