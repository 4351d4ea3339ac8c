//! The multipart reader of the response form and API (axum's `Multipart` into
//! `attachment::intake::receive`, then the form's fields as the form post rebuilds them):
//! any body gives parts or a field error, never a panic; every staged file is sniffed.
#![no_main]

use std::sync::OnceLock;

use app::attachment::Limits;
use app::attachment::blob::Storage;
use app::attachment::intake::receive;
use app::response::form::ResponseForm;
use axum::body::Body;
use axum::extract::{FromRequest, Multipart};
use axum::http::{Request, header};
use libfuzzer_sys::fuzz_target;

/// The boundary the seeds use.
const BOUNDARY: &str = "XBOUNDARYX";

struct Fixture {
    runtime: tokio::runtime::Runtime,
    storage: Storage,
    _dir: tempfile::TempDir,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a data directory");
        let limits = Limits {
            max_files: 3,
            max_file_bytes: 64 * 1024,
        };
        Fixture {
            runtime: tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime"),
            storage: Storage::new(dir.path(), limits),
            _dir: dir,
        }
    })
}

fuzz_target!(|data: &[u8]| {
    let fixture = fixture();
    let request = Request::builder()
        .method("POST")
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(Body::from(data.to_vec()))
        .expect("a request");
    fixture.runtime.block_on(async {
        let Ok(multipart) = Multipart::from_request(request, &()).await else {
            return;
        };
        let Ok(received) = receive(multipart, &fixture.storage).await else {
            return;
        };
        assert!(received.uploads.len() <= fixture.storage.limits.max_files);
        let pairs = serde_urlencoded::to_string(&received.text).unwrap_or_default();
        let _: ResponseForm = serde_urlencoded::from_str(&pairs).unwrap_or_default();
    });
});
