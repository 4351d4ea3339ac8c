//! Attachments in an S3 bucket (moto): submitted, extracted from a local copy, downloaded
//! byte for byte; a large file goes up in parts; the same content kept twice at once is fine.

use app::attachment::Limits;
use app::auth::Role;
use app::blob::Storage;
use app::instance::Instance;
use futures_util::TryStreamExt;

use super::{Moto, key_of};
use crate::attachments::{association, extraction, post_files};
use crate::fixtures;
use crate::helpers::{Backend, TestApp, spawn_app_configured};

/// An app whose attachments go to `bucket` under the prefix `bilag`.
pub(super) async fn app_on(moto: &Moto, backend: Backend, bucket: &str) -> TestApp {
    moto.bucket(bucket).await;
    let location = moto.location(bucket, "bilag");
    spawn_app_configured(backend, None, |config| config.blob_store = location).await
}

/// The id of the one attachment called `name`.
pub(super) async fn attachment_id(app: &TestApp, name: &str) -> i32 {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    app::entities::attachment::Entity::find()
        .filter(app::entities::attachment::Column::Filename.eq(name))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the attachment")
        .id
}

#[tokio::test]
async fn a_pdf_in_a_bucket_is_extracted_and_an_official_downloads_the_same_bytes() {
    let moto = Moto::start().await;
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let bucket = format!("ordet-{backend:?}").to_lowercase();
        let app = app_on(&moto, backend, &bucket).await;
        app.open_demo_hearing().await;
        let pdf = fixtures::pdf("Cykelstierne langs Vesterbrogade skal vaere bredere");
        let files = vec![("Høringssvar.pdf", pdf.clone())];
        assert_eq!(post_files(&app, &association(), files).await.status(), 202);
        let stored = moto.object(&bucket, &key_of("bilag", &pdf)).await;
        assert_eq!(
            stored.as_deref(),
            Some(pdf.as_slice()),
            "{backend:?}: in the bucket"
        );

        app.extract_files().await;
        let (state, text) = extraction(&app, "Høringssvar.pdf").await;
        assert_eq!(state, "extracted", "{backend:?}");
        assert!(text.unwrap().contains("Vesterbrogade"), "{backend:?}");
        assert_eq!(
            app.stored_files(),
            Vec::<std::path::PathBuf>::new(),
            "{backend:?}: neither the upload nor the extractor's copy stays on this machine"
        );

        let cookie = app.sign_in("sagsbehandler@kk.dk", Role::Admin, None).await;
        let id = attachment_id(&app, "Høringssvar.pdf").await;
        let path = format!("/api/v1/admin/attachments/{id}/H%C3%B8ringssvar.pdf");
        let download = app.get_with_cookie(&path, &cookie).await;
        assert_eq!(download.status(), 200, "{backend:?}");
        let headers = download.headers().clone();
        assert_eq!(headers["content-type"], "application/pdf");
        assert_eq!(headers["content-length"], pdf.len().to_string().as_str());
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert_eq!(headers["cache-control"], "no-cache");
        assert!(
            headers["content-disposition"]
                .to_str()
                .unwrap()
                .starts_with("attachment;")
        );
        assert_eq!(download.bytes().await.unwrap().as_ref(), pdf.as_slice());
    }
}

/// 20 MiB that do not repeat (a multiplicative hash of the position).
fn large_content() -> Vec<u8> {
    (0..20 * 1024 * 1024_u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
        .collect()
}

async fn stage(storage: &Storage, content: &[u8]) -> app::blob::StagedFile {
    let mut staging = storage.stage().await.unwrap();
    for chunk in content.chunks(64 * 1024) {
        staging.write(chunk).await.unwrap();
    }
    staging.finish().await.unwrap()
}

#[tokio::test]
async fn a_large_file_goes_up_in_parts_and_comes_back_whole() {
    let moto = Moto::start().await;
    moto.bucket("ordet-large").await;
    let dir = tempfile::tempdir().unwrap();
    let limits = Limits {
        max_files: 1,
        max_file_bytes: 64 * 1024 * 1024,
    };
    let location = moto.location("ordet-large", "bilag");
    let open = |name: &str| Storage::open(&location, dir.path(), &Instance::named(name), limits);
    let (a, b) = (open("a").unwrap(), open("b").unwrap());
    let content = large_content();
    let staged = stage(&a, &content).await;
    assert!(a.keep(&staged).await.unwrap(), "stored by this call");
    assert!(
        !a.keep(&staged).await.unwrap(),
        "content-addressed: there already"
    );
    let key = key_of("bilag", &content);
    let etag = moto.etag("ordet-large", &key).await;
    assert!(etag.ends_with("-3\""), "three 8 MiB parts: {etag}");

    let read: Vec<_> = b
        .read(&staged.sha256)
        .await
        .unwrap()
        .try_collect()
        .await
        .unwrap();
    assert!(read.concat() == content, "another process reads it whole");
    let copy = b.local_file(&staged.sha256).await.unwrap();
    assert!(
        copy.path()
            .starts_with(dir.path().join("attachments/tmp/b"))
    );
    assert!(std::fs::read(copy.path()).unwrap() == content);
    let copy_path = copy.path().to_owned();
    drop(copy);
    assert!(
        !copy_path.exists(),
        "the extractor's copy goes when dropped"
    );

    b.delete(&staged.sha256).await.unwrap();
    assert_eq!(moto.object("ordet-large", &key).await, None);
    let (first, second) = (stage(&a, &content).await, stage(&b, &content).await);
    let (kept_a, kept_b) = tokio::join!(a.keep(&first), b.keep(&second));
    assert!(kept_a.is_ok() && kept_b.is_ok(), "{kept_a:?} {kept_b:?}");
    let stored = moto.object("ordet-large", &key).await.expect("stored");
    assert!(
        stored == content,
        "two processes keeping it at once leave it whole"
    );
}

#[tokio::test]
async fn a_bucket_that_does_not_exist_stops_the_start_and_says_where() {
    let moto = Moto::start().await;
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let database = crate::helpers::bare_database(backend).await;
        let data_dir = tempfile::tempdir().unwrap();
        let mut config = crate::helpers::test_config(&database.url, data_dir.path(), |_| None);
        config.blob_store = moto.location("no-such-bucket", "bilag");
        let started =
            server::startup::Application::with_database(&config, database.reconnect().await).await;
        let error = format!("{:#}", started.err().expect("the start fails"));
        assert!(error.contains("ORDET_BLOB_URL"), "{backend:?}: {error}");
    }
}
