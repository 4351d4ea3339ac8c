//! The search index stays consistent with the database: across a kill -9 of the server in the
//! middle of indexing, and through a rebuild while searches go on.

mod crash;
mod rebuild;

use crate::helpers::DEMO;
use app::registration::store::{Place, register_command};
use app::response::SubmitRequest;
use sea_orm::DatabaseConnection;

/// Registers `n` letters (verified at once, so indexed), each mentioning housing.
pub(crate) async fn register_letters(
    db: DatabaseConnection,
    dir: std::path::PathBuf,
    from: usize,
    n: usize,
) {
    let attachments = app::blob::Storage::new(&dir, Default::default()).unwrap();
    let place = Place {
        db: &db,
        attachments: &attachments,
        base_url: "http://127.0.0.1",
    };
    for i in from..from + n {
        let request = SubmitRequest {
            kind: "resident".into(),
            name: format!("Borger {i}"),
            text: format!("Brev nummer {i}: der mangler boliger til unge familier."),
            ..Default::default()
        };
        register_command(
            &place,
            DEMO,
            (&request, app::vocab::Channel::Letter),
            Vec::new(),
            chrono::Utc::now(),
        )
        .await
        .expect("registered");
    }
}
