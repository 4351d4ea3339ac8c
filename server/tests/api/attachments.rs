//! Attachments: multipart submissions, checks by content, storage by SHA-256, text
//! extraction in the background, the personal-data guard on extracted text, downloads.

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::db_test;
use crate::fixtures;
use crate::helpers::{TestApp, paths};

/// Files to send: (name, content).
pub(crate) type Files = Vec<(&'static str, Vec<u8>)>;

pub(crate) fn association() -> Value {
    json!({
        "kind": "association",
        "name": "Amina Yusuf",
        "email": "post@integrationsforeningen.dk",
        "organisation": "Foreningen for Integration",
        "contact_role": "Formand",
        "text": "Vores høringssvar er vedhæftet som PDF.",
        "publish_name": true
    })
}

pub(crate) async fn post_files(app: &TestApp, body: &Value, files: Files) -> reqwest::Response {
    let mut form = reqwest::multipart::Form::new().text("response", body.to_string());
    for (name, bytes) in files {
        form = form.part(
            "files",
            reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()),
        );
    }
    app.post_to_responses()
        .header(reqwest::header::ACCEPT_LANGUAGE, "da")
        .multipart(form)
        .send()
        .await
        .expect("request")
}

pub(crate) fn verify_token(eml: &str) -> String {
    let start = eml.find("/verify/").expect("a verification link") + "/verify/".len();
    eml[start..]
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect()
}

pub(crate) async fn extraction(app: &TestApp, filename: &str) -> (String, Option<String>) {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let row = app::entities::attachment::Entity::find()
        .filter(app::entities::attachment::Column::Filename.eq(filename))
        .one(&app.db)
        .await
        .unwrap()
        .expect("attachment row");
    (row.extraction_state.to_string(), row.extracted_text)
}

db_test!(
    an_association_sends_a_pdf_a_word_and_an_opendocument_letter,
    |app| {
        app.open_demo_hearing().await;
        let pdf = fixtures::pdf("Integrationsraadet anbefaler tidlig sprogstimulering");
        let files = vec![
            ("Høringssvar.pdf", pdf.clone()),
            (
                "bilag.docx",
                fixtures::docx(&["Beskæftigelse først", "Bolig &amp; tryghed"]),
            ),
            (
                "noter.odt",
                fixtures::odt(&["Foreningslivet bærer integrationen"]),
            ),
            ("resume.txt", "Kort resumé af svaret".as_bytes().to_vec()),
        ];
        let response = post_files(&app, &association(), files).await;
        assert_eq!(response.status(), 202);
        assert_eq!(app.count("attachment").await, 4);
        let pdf_sha = hex::encode(Sha256::digest(&pdf));
        let stored = app.stored_files();
        assert!(
            stored
                .iter()
                .any(|p| p.ends_with(format!("{}/{pdf_sha}", &pdf_sha[..2]))),
            "{stored:?}"
        );

        app.extract_files().await;
        let (state, text) = extraction(&app, "Høringssvar.pdf").await;
        assert_eq!(state, "extracted");
        assert!(text.unwrap().contains("tidlig sprogstimulering"));
        let (state, text) = extraction(&app, "bilag.docx").await;
        assert_eq!(
            (state.as_str(), text.as_deref()),
            ("extracted", Some("Beskæftigelse først\nBolig & tryghed\n"))
        );
        let (_, text) = extraction(&app, "noter.odt").await;
        assert_eq!(
            text.as_deref(),
            Some("Foreningslivet bærer integrationen\n")
        );
        let (_, text) = extraction(&app, "resume.txt").await;
        assert_eq!(text.as_deref(), Some("Kort resumé af svaret"));

        let token = verify_token(&app.eml(1).await);
        assert_eq!(app.confirm(&token).await.status(), 200);
        let receipt = app.eml(2).await;
        assert!(
            receipt.contains(&pdf_sha),
            "the receipt names each file's SHA-256"
        );
        assert!(
            receipt.contains("/responses/manage/"),
            "and gives the private link"
        );

        let list = app.public_responses("").await;
        let files = list["items"][0]["attachments"].as_array().unwrap().clone();
        assert_eq!(files.len(), 4);
        assert_eq!(files[0]["name"], "Høringssvar.pdf");
        let download = app.get(files[0]["url"].as_str().unwrap()).await;
        assert_eq!(download.status(), 200);
        let headers = download.headers().clone();
        assert_eq!(headers["content-type"], "application/pdf");
        let disposition = headers["content-disposition"].to_str().unwrap();
        assert!(disposition.starts_with("attachment;"), "{disposition}");
        assert!(
            disposition.contains("filename*=UTF-8''H%C3%B8ringssvar%2Epdf"),
            "{disposition}"
        );
        assert_eq!(headers["x-content-type-options"], "nosniff");
        // A file opened in the browser runs nothing, whatever the site's own policy is.
        assert_eq!(
            headers["content-security-policy"],
            "default-src 'none'; sandbox"
        );
        assert_eq!(download.bytes().await.unwrap().as_ref(), pdf.as_slice());
    }
);

db_test!(
    each_bad_file_is_named_with_its_problem_and_nothing_is_kept,
    |app| {
        app.open_demo_hearing().await;
        let one_mb = 1024 * 1024;
        let cases: Vec<(Files, &str)> = vec![
            (
                vec![("brev.pdf", b"MZ\x90\x00\x03\x00\x00\x00 not a pdf".to_vec())],
                "«brev.pdf» er ikke en PDF-, Word-, OpenDocument- eller tekstfil",
            ),
            (vec![("tom.pdf", Vec::new())], "«tom.pdf» er tom (0 byte)"),
            (
                vec![("stor.pdf", vec![b'a'; one_mb + 1])],
                "«stor.pdf» er større end 1 MB",
            ),
            (
                vec![("bombe.docx", fixtures::zip_bomb_docx())],
                "«bombe.docx» kan ikke modtages",
            ),
            (
                (0..11).map(|_| ("svar.txt", b"Tekst".to_vec())).collect(),
                "højst 10 filer",
            ),
            (
                vec![
                    ("billede.docx", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec()),
                    ("ok.txt", b"fint".to_vec()),
                ],
                "«billede.docx» er ikke",
            ),
        ];
        for (files, message) in cases {
            let response = post_files(&app, &association(), files).await;
            assert_eq!(response.status(), 422, "{message}");
            let answer: Value = response.json().await.unwrap();
            let got = answer["errors"]["files"].as_str().unwrap_or_default();
            assert!(got.contains(message), "{message:?} not in {got:?}");
        }
        for table in ["respondent", "response", "attachment", "mail_outbox"] {
            assert_eq!(app.count(table).await, 0, "{table} after refused files");
        }
        assert_eq!(
            app.stored_files(),
            Vec::<std::path::PathBuf>::new(),
            "no file left behind"
        );
    }
);

db_test!(a_refused_field_keeps_no_file_either, |app| {
    app.open_demo_hearing().await;
    let mut body = association();
    body["text"] = json!("");
    let response = post_files(&app, &body, vec![("svar.pdf", fixtures::pdf("Svar"))]).await;
    assert_eq!(response.status(), 422);
    assert_eq!(app.count("attachment").await, 0);
    assert!(app.stored_files().is_empty());
});

db_test!(unreadable_files_are_kept_and_flagged_not_refused, |app| {
    app.open_demo_hearing().await;
    let files = vec![
        ("låst.pdf", fixtures::encrypted_pdf()),
        (
            "skadet.pdf",
            b"%PDF-1.4\n1 0 obj << /Type /Catalog".to_vec(),
        ),
        ("scannet.pdf", fixtures::pdf("")),
    ];
    assert_eq!(post_files(&app, &association(), files).await.status(), 202);
    app.extract_files().await;
    assert_eq!(extraction(&app, "låst.pdf").await.0, "encrypted");
    assert_eq!(extraction(&app, "skadet.pdf").await.0, "failed");
    assert_eq!(extraction(&app, "scannet.pdf").await.0, "no_text");
    assert_eq!(
        app.count("response").await,
        1,
        "the response itself is fine"
    );
});

db_test!(
    a_cpr_number_in_an_attachment_holds_the_response_back,
    |app| {
        app.open_demo_hearing().await;
        let files = vec![(
            "bilag.txt",
            "Sagen vedrører 010203-1234.".as_bytes().to_vec(),
        )];
        assert_eq!(post_files(&app, &association(), files).await.status(), 202);
        app.extract_files().await;
        let token = verify_token(&app.eml(1).await);
        let (_, html) = app.confirm_page(&token).await;
        assert!(
            html.contains("CPR-nummer"),
            "the respondent is told why: {html}"
        );
        assert_eq!(app.public_responses("").await["total"], 0);
        assert_eq!(app.count("response WHERE status = 'held'").await, 1);
        let download = app.get("/attachments/1/bilag.txt").await;
        assert_eq!(
            download.status(),
            404,
            "files of unpublished responses are not public"
        );
    }
);

db_test!(a_file_is_named_after_what_it_is, |app| {
    app.open_demo_hearing().await;
    let files = vec![
        ("brev.docx", fixtures::pdf("Et brev")),
        ("NOTER.TXT", b"noter".to_vec()),
    ];
    assert_eq!(post_files(&app, &association(), files).await.status(), 202);
    assert_eq!(app.count("attachment WHERE filename = 'brev.pdf'").await, 1);
    assert_eq!(
        app.count("attachment WHERE filename = 'NOTER.TXT'").await,
        1
    );
});

db_test!(the_same_file_twice_is_stored_once, |app| {
    app.open_demo_hearing().await;
    let pdf = fixtures::pdf("Samme brev");
    for _ in 0..2 {
        let files = vec![("brev.pdf", pdf.clone())];
        assert_eq!(post_files(&app, &association(), files).await.status(), 202);
    }
    assert_eq!(app.count("attachment").await, 2);
    assert_eq!(app.stored_files().len(), 1);
});

/// An extractor that never finishes stands for a file that makes a parser hang.
#[tokio::test]
async fn a_file_whose_extraction_hangs_is_flagged_timed_out() {
    use crate::helpers::{Backend, spawn_app_configured};
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("hanging-extractor");
    std::fs::write(&script, "#!/bin/sh\nexec sleep 30\n").unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    for backend in [Backend::Sqlite, Backend::Postgres] {
        let app = spawn_app_configured(backend, None, |config| {
            config.extractor = script.clone();
            config.extract_timeout = std::time::Duration::from_secs(1);
        })
        .await;
        app.open_demo_hearing().await;
        let files = vec![("svar.pdf", fixtures::pdf("Svar"))];
        assert_eq!(post_files(&app, &association(), files).await.status(), 202);
        app.extract_files().await;
        assert_eq!(
            extraction(&app, "svar.pdf").await.0,
            "timed_out",
            "{backend:?}"
        );
    }
}

db_test!(
    the_openapi_document_describes_multipart_submissions_and_downloads,
    |app| {
        let doc = app.get_json("/api/v1/openapi.json").await;
        let submit = &doc["paths"][&paths::responses("{slug}")]["post"];
        assert!(
            submit["requestBody"]["content"]["multipart/form-data"].is_object(),
            "{submit}"
        );
        assert!(submit["requestBody"]["content"]["application/json"].is_object());
        assert!(doc["paths"]["/attachments/{id}/{name}"]["get"].is_object());
    }
);
