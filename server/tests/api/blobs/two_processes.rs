//! Two `ordet serve` processes with their own data directories, one database and one bucket:
//! what one receives, the other serves.

use std::io::Read;

use app::auth::Role;

use super::Moto;
use super::s3::{app_on, attachment_id};
use crate::attachments::{association, post_files, verify_token};
use crate::fixtures;
use crate::helpers::{Backend, DEMO, TestApp, paths, test_config};

/// A second process on `app`'s database and `location`, with a data directory of its own.
async fn second_process(
    app: &TestApp,
    location: app::blob::Location,
    data_dir: &std::path::Path,
) -> String {
    let mut config = test_config(&app.database_url(), data_dir, |_| None);
    config.extractor = env!("CARGO_BIN_EXE_ordet").into();
    config.blob_store = location;
    let db = app::db::connect(&app.database_url()).await.unwrap();
    let second = server::startup::Application::with_database(&config, db)
        .await
        .unwrap();
    let address = format!("http://127.0.0.1:{}", second.port());
    tokio::spawn(second.run_until_stopped());
    address
}

async fn get(address: &str, path: &str, cookie: Option<&str>) -> reqwest::Response {
    let mut request = reqwest::Client::new().get(format!("{address}{path}"));
    if let Some(cookie) = cookie {
        request = request.header(reqwest::header::COOKIE, cookie);
    }
    request.send().await.unwrap()
}

#[tokio::test]
async fn a_file_uploaded_through_one_process_is_downloaded_through_another() {
    let moto = Moto::start().await;
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let bucket = format!("ordet-two-{backend:?}").to_lowercase();
        let first = app_on(&moto, backend, &bucket).await;
        let other_dir = tempfile::tempdir().unwrap();
        let second =
            second_process(&first, moto.location(&bucket, "bilag"), other_dir.path()).await;
        first.open_demo_hearing().await;
        let pdf = fixtures::pdf("Flere traeer paa Enghave Plads");
        let files = vec![("brev.pdf", pdf.clone())];
        assert_eq!(
            post_files(&first, &association(), files).await.status(),
            202
        );
        first.extract_files().await;
        let token = verify_token(&first.eml(1).await);
        assert_eq!(first.confirm(&token).await.status(), 200);

        let id = attachment_id(&first, "brev.pdf").await;
        let public = get(&second, &format!("/attachments/{id}/brev.pdf"), None).await;
        assert_eq!(public.status(), 200, "{backend:?}: published and checked");
        assert_eq!(public.bytes().await.unwrap().as_ref(), pdf.as_slice());

        let cookie = first.sign_in("arkivar@kk.dk", Role::Reader, None).await;
        let zip_path = &paths::admin_api(DEMO, "attachments.zip");
        let zip = get(&second, zip_path, Some(&cookie)).await;
        assert_eq!(zip.status(), 200, "{backend:?}");
        let zip = zip.bytes().await.unwrap();
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).unwrap();
        assert_eq!(archive.len(), 1);
        let mut entry = archive.by_index(0).unwrap();
        let name = entry.name().unwrap().into_owned();
        assert!(name.ends_with("/brev.pdf"), "{name}");
        let mut unpacked = Vec::new();
        entry.read_to_end(&mut unpacked).unwrap();
        assert_eq!(
            unpacked, pdf,
            "{backend:?}: the ZIP streams it from the bucket"
        );

        let walked = walk(&other_dir.path().join("attachments"));
        assert!(
            walked.is_empty(),
            "nothing on the second machine: {walked:?}"
        );
    }
}

/// Every file under `dir`.
fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path);
        }
    }
    found
}
