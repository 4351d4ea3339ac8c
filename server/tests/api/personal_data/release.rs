//! Files whose text was not checked (still being read, no text, encrypted, damaged, timed
//! out): not public until an official releases them, on the response page or by the API.

use app::auth::Role;
use reqwest::Method;
use serde_json::Value;

use super::{
    confirmed, file_id, official_download, public_download, public_names, resident, status_of,
};
use crate::db_test;
use crate::fixtures;
use crate::helpers::{call, form};

db_test!(
    a_file_whose_text_was_not_checked_is_public_only_once_an_official_releases_it,
    |app| {
        app.open_demo_hearing().await;
        let demo = app.demo_hearing_id().await;
        let cookie = app
            .sign_in("sagsbehandler@kk.dk", Role::Official, Some(demo))
            .await;
        let files = vec![
            ("låst.pdf", fixtures::encrypted_pdf()),
            (
                "skadet.pdf",
                b"%PDF-1.4\n1 0 obj << /Type /Catalog".to_vec(),
            ),
            ("scannet.pdf", fixtures::pdf("")),
            ("svar.txt", b"Et almindeligt svar".to_vec()),
        ];
        let body = resident("ida@example.dk", "Mit svar er vedhæftet.");
        let id = confirmed(&app, &body, files, 1).await;
        assert_eq!(status_of(&app, id).await.0, "published");
        assert_eq!(public_names(&app).await, ["svar.txt"]);
        assert_eq!(
            public_download(&app, file_id(&app, "svar.txt").await)
                .await
                .0,
            200
        );
        let unchecked = ["låst.pdf", "skadet.pdf", "scannet.pdf"];
        for name in unchecked {
            let file = file_id(&app, name).await;
            let (status, message) = public_download(&app, file).await;
            assert_eq!(status, 403, "{name}");
            assert!(message.contains("personoplysninger"), "{message}");
            assert_eq!(official_download(&app, &cookie, file).await, 200, "{name}");
        }
        let page = app
            .get_with_cookie(&format!("/admin/responses/{id}"), &cookie)
            .await;
        assert!(page.text().await.unwrap().contains("Frigiv filen"));

        let locked = file_id(&app, "låst.pdf").await;
        let release = format!("/api/v1/admin/responses/{id}/attachments/{locked}/release");
        let elsewhere = app.other_hearing().await;
        let strangers = [
            (None, 401),
            (
                Some(app.sign_in("laeser@kk.dk", Role::Reader, None).await),
                403,
            ),
            (
                Some(
                    app.sign_in("andet@kk.dk", Role::Official, Some(elsewhere))
                        .await,
                ),
                403,
            ),
        ];
        for (who, want) in strangers {
            let answer = call(&app, Method::POST, &release, who.as_deref(), None).await;
            assert_eq!(answer.status().as_u16(), want, "{who:?}");
        }
        let not_its = format!(
            "/api/v1/admin/responses/{}/attachments/{locked}/release",
            id + 1
        );
        let answer = call(&app, Method::POST, &not_its, Some(&cookie), None).await;
        assert_eq!(answer.status(), 404);
        assert_eq!(public_download(&app, locked).await.0, 403, "still private");

        // One by the response page's form, the others through the API.
        let page = format!("/admin/responses/{id}");
        let locked_id = locked.to_string();
        let fields = [
            ("intent", "release_file"),
            ("attachment_id", locked_id.as_str()),
        ];
        assert_eq!(
            form(&app, &page, Some(&cookie), &fields).await.status(),
            303
        );
        for name in ["skadet.pdf", "scannet.pdf"] {
            let file = file_id(&app, name).await;
            let path = format!("/api/v1/admin/responses/{id}/attachments/{file}/release");
            let answer = call(&app, Method::POST, &path, Some(&cookie), None).await;
            assert_eq!(answer.status(), 200, "{name}");
            let again = call(&app, Method::POST, &path, Some(&cookie), None).await;
            assert_eq!(again.status(), 200, "releasing twice changes nothing");
        }
        for name in unchecked {
            let file = file_id(&app, name).await;
            assert_eq!(public_download(&app, file).await.0, 200, "{name}");
        }
        assert_eq!(public_names(&app).await.len(), 4);
        assert_eq!(
            app.count("audit_log WHERE action = 'moderation.release_file'")
                .await,
            3,
            "one audit entry per release"
        );
    }
);

/// A stand-in extractor that never finishes: with a long time limit the file stays
/// `pending`, with a short one it ends `timed_out`.
#[tokio::test]
async fn a_file_still_being_read_or_timed_out_is_public_only_once_released() {
    use crate::helpers::{Backend, spawn_app_configured};
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("hanging-extractor");
    std::fs::write(&script, "#!/bin/sh\nexec sleep 30\n").unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    for backend in [Backend::Sqlite, Backend::Postgres] {
        for (limit, state) in [(60, "pending"), (1, "timed_out")] {
            let app = spawn_app_configured(backend, None, |config| {
                config.extractor = script.clone();
                config.extract_timeout = std::time::Duration::from_secs(limit);
            })
            .await;
            app.open_demo_hearing().await;
            let demo = app.demo_hearing_id().await;
            let cookie = app
                .sign_in("sagsbehandler@kk.dk", Role::Official, Some(demo))
                .await;
            let body = resident("ida@example.dk", "Mit svar er vedhæftet.");
            let sent = app
                .post_to_responses()
                .multipart(
                    reqwest::multipart::Form::new()
                        .text("response", body.to_string())
                        .part(
                            "files",
                            reqwest::multipart::Part::bytes(fixtures::pdf("Svar"))
                                .file_name("svar.pdf"),
                        ),
                )
                .send()
                .await
                .unwrap();
            let id = sent.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
            if state == "timed_out" {
                app.extract_files().await;
            }
            let eml = app.eml(1).await;
            let start = eml.find("/verify/").unwrap() + "/verify/".len();
            let token: String = eml[start..]
                .chars()
                .take_while(char::is_ascii_hexdigit)
                .collect();
            assert_eq!(app.confirm(&token).await.status(), 200);
            let file = file_id(&app, "svar.pdf").await;
            let count = format!("attachment WHERE extraction_state = '{state}'");
            assert_eq!(app.count(&count).await, 1, "{backend:?} {state}");
            assert_eq!(status_of(&app, id).await.0, "published");
            assert_eq!(
                public_download(&app, file).await.0,
                403,
                "{backend:?} {state}"
            );
            assert!(public_names(&app).await.is_empty());
            assert_eq!(official_download(&app, &cookie, file).await, 200);
            let release = format!("/api/v1/admin/responses/{id}/attachments/{file}/release");
            let answer = call(&app, Method::POST, &release, Some(&cookie), None).await;
            assert_eq!(answer.status(), 200);
            assert_eq!(
                public_download(&app, file).await.0,
                200,
                "{backend:?} {state}"
            );
        }
    }
}
