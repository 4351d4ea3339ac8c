//! Data stored by the code before the object store: a file at
//! `ORDET_DATA_DIR/attachments/<2 hex>/<sha256>`, found by a process that starts on it.

use sea_orm::{ActiveModelTrait, Set};
use sha2::{Digest, Sha256};

use crate::db_test;
use crate::fixtures;
use crate::helpers::{DEMO, TestApp, test_config};

/// A published response registered from a letter, with no file; its id.
async fn published_letter(app: &TestApp) -> i32 {
    use app::registration::store::{Place, register_command};
    let storage = app::blob::Storage::new(app.data_dir.path(), Default::default()).unwrap();
    let place = Place {
        db: &app.db,
        attachments: &storage,
        base_url: "http://test",
    };
    let request = app::response::SubmitRequest {
        kind: "resident".into(),
        name: "Ida Hansen".into(),
        email: "ida@example.dk".into(),
        text: "Mit brev er vedlagt.".into(),
        ..Default::default()
    };
    let slug = DEMO;
    let done = register_command(
        &place,
        slug,
        (&request, app::vocab::Channel::Letter),
        Vec::new(),
        chrono::Utc::now(),
    )
    .await
    .unwrap();
    assert_eq!(done.status.as_str(), "published");
    done.id
}

db_test!(
    a_file_stored_by_the_old_code_is_still_extracted_and_served,
    |app| {
        let response_id = published_letter(&app).await;
        let pdf = fixtures::pdf("Et gammelt brev fra arkivet");
        let sha = hex::encode(Sha256::digest(&pdf));
        // What the old `Storage::keep` left: the file renamed to attachments/<2 hex>/<sha256>.
        let old_place = app
            .data_dir
            .path()
            .join("attachments")
            .join(&sha[..2])
            .join(&sha);
        std::fs::create_dir_all(old_place.parent().unwrap()).unwrap();
        std::fs::write(&old_place, &pdf).unwrap();
        let row = app::entities::attachment::ActiveModel {
            response_id: Set(Some(response_id)),
            filename: Set("brev.pdf".into()),
            content_type: Set("application/pdf".into()),
            size_bytes: Set(pdf.len() as i64),
            sha256: Set(sha.clone()),
            extraction_state: Set("pending".parse().unwrap()),
            extraction_attempts: Set(0),
            created_at: Set(chrono::Utc::now()),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .unwrap();

        // The new binary starting on the old data directory extracts the waiting file (its
        // extraction worker's passes, run here).
        let mut config = test_config(&app.database_url(), app.data_dir.path(), |_| None);
        config.extractor = env!("CARGO_BIN_EXE_ordet").into();
        config.start_workers = false;
        let db = app::db::connect(&app.database_url()).await.unwrap();
        let upgraded = server::startup::Application::with_database(&config, db)
            .await
            .unwrap();
        let address = format!("http://127.0.0.1:{}", upgraded.port());
        let background = upgraded.background();
        tokio::spawn(upgraded.run_until_stopped());
        while background.pass(background.extract.clone()).await.unwrap() > 0 {}
        let (state, text) = crate::attachments::extraction(&app, "brev.pdf").await;
        assert_eq!(state, "extracted");
        assert!(text.unwrap().contains("gammelt brev"));

        let download = reqwest::get(format!("{address}/attachments/{}/brev.pdf", row.id))
            .await
            .unwrap();
        assert_eq!(download.status(), 200);
        assert_eq!(download.headers()["content-type"], "application/pdf");
        assert_eq!(download.bytes().await.unwrap().as_ref(), pdf.as_slice());
        assert_eq!(std::fs::read(&old_place).unwrap(), pdf, "left where it was");
    }
);
