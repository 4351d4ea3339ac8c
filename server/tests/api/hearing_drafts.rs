//! Drafts of hearing administration: a preview stores nothing, publishing makes the next
//! version with an audit entry, the diff, the draft form without JavaScript (the text kept
//! with the parser's message), and a response on a paragraph that changed since.

use app::auth::Role;
use serde_json::{Value, json};

use crate::db_test;

use crate::helpers::{DEMO, TestApp, call_json, paths};

const DEMO_DRAFT: &str = include_str!("../../demo/integrationspolitik-2011-2014.md");
const OLD: &str = "Integrationen i København har siden 2006 været positiv på en række områder.";
const NEW: &str = "Integrationen i København har siden 2006 været positiv på mange områder.";

/// Posts `body` as the demo hearing's next draft (`query`: `?preview=true` to only parse it).
pub async fn post_markdown(
    app: &TestApp,
    cookie: &str,
    query: &str,
    body: &str,
) -> reqwest::Response {
    app.client
        .post(app.url(&paths::admin_api(DEMO, &format!("drafts{query}"))))
        .header(reqwest::header::COOKIE, cookie)
        .header(reqwest::header::CONTENT_TYPE, "text/markdown")
        .body(body.to_owned())
        .send()
        .await
        .unwrap()
}

pub async fn post_form(
    app: &TestApp,
    cookie: &str,
    path: &str,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    app.client
        .post(format!("{}{path}", app.address))
        .header(reqwest::header::COOKIE, cookie)
        .form(fields)
        .send()
        .await
        .unwrap()
}

pub async fn official(app: &TestApp) -> String {
    let id = app.demo_hearing_id().await;
    app.sign_in("sagsbehandler@kk.dk", Role::Official, Some(id))
        .await
}

db_test!(
    a_preview_stores_nothing_and_publishing_makes_the_next_version,
    |app| {
        let cookie = official(&app).await;
        let (versions, paragraphs, audit) = (
            app.count("draft_version").await,
            app.count("paragraph").await,
            app.count("audit_log").await,
        );
        let changed = DEMO_DRAFT.replace(OLD, NEW);
        let preview = post_markdown(&app, &cookie, "?preview=true", &changed).await;
        assert_eq!(preview.status(), 200);
        let body: Value = preview.json().await.unwrap();
        assert_eq!(
            (body["outcome"].as_str(), body["version_no"].as_i64()),
            (Some("preview"), Some(2))
        );
        assert!(body["draft"]["sections"].as_array().unwrap().len() > 3);
        let refused = post_markdown(
            &app,
            &cookie,
            "?preview=true",
            "Bare tekst uden overskrifter.",
        )
        .await;
        assert_eq!(refused.status(), 422);
        let errors: Value = refused.json().await.unwrap();
        assert!(
            errors["errors"]["markdown"]
                .as_str()
                .unwrap()
                .starts_with("Udkastet har ingen overskrifter")
        );
        let refused = post_markdown(&app, &cookie, "", "Tekst før\n\n# T\n\n## A\n\nB.\n").await;
        assert_eq!(refused.status(), 422, "publishing is checked too");
        assert_eq!(
            (
                app.count("draft_version").await,
                app.count("paragraph").await,
                app.count("audit_log").await
            ),
            (versions, paragraphs, audit)
        );

        let published = post_markdown(&app, &cookie, "", &changed).await;
        assert_eq!(published.status(), 201);
        assert_eq!(published.json::<Value>().await.unwrap()["version_no"], 2);
        assert_eq!(
            app.count("audit_log WHERE action = 'draft.import'").await,
            1
        );
        let again = post_markdown(&app, &cookie, "", &changed).await;
        assert_eq!(again.json::<Value>().await.unwrap()["outcome"], "unchanged");
        assert_eq!(app.count("draft_version").await, versions + 1);

        let diff: Value = call_json(
            &app,
            reqwest::Method::GET,
            &paths::admin_api(DEMO, "drafts/diff?from=1&to=2"),
            Some(&cookie),
            None,
        )
        .await;
        let counts = diff["counts"].as_array().unwrap();
        assert_eq!(
            (counts[0].as_i64(), counts[1].as_i64(), counts[2].as_i64()),
            (Some(0), Some(0), Some(1))
        );
        let page = app.admin_page(&cookie, "draft/diff?from=1&to=2").await;
        assert_eq!(page.status(), 200);
        let html = page.text().await.unwrap();
        assert!(
            html.contains("<del><span class=\"visually-hidden\">slettet:")
                && html.contains("indsat:<!> </span>mange </ins>"),
            "{html}"
        );
        assert!(html.contains("0 tilføjet, 0 fjernet, 1 ændret"));
        let missing = app.admin_page(&cookie, "draft/diff?from=1&to=9").await;
        assert!(
            missing
                .text()
                .await
                .unwrap()
                .contains("Den version findes ikke.")
        );
    }
);

db_test!(
    the_draft_form_previews_keeps_the_text_and_publishes,
    |app| {
        let cookie = official(&app).await;
        let path = paths::admin_page(DEMO, "draft");
        let versions = app.count("draft_version").await;
        let bad = "Tekst uden overskrift </textarea><b>";
        let refused = post_form(
            &app,
            &cookie,
            &path,
            &[("markdown", bad), ("action", "preview")],
        )
        .await;
        assert_eq!(refused.status(), 422);
        let html = refused.text().await.unwrap();
        assert!(html.contains("Udkastet har ingen overskrifter"));
        assert!(
            html.contains("Tekst uden overskrift &lt;/textarea&gt;&lt;b&gt;"),
            "the text comes back, escaped"
        );
        assert!(html.contains(r#"aria-describedby="upload-hint upload-error""#));
        let changed = DEMO_DRAFT.replace(OLD, NEW);
        let form = reqwest::multipart::Form::new()
            .part(
                "file",
                reqwest::multipart::Part::bytes(changed.clone().into_bytes())
                    .file_name("udkast.md"),
            )
            .text("markdown", "")
            .text("action", "preview");
        let preview = app
            .client
            .post(format!("{}{path}", app.address))
            .header(reqwest::header::COOKIE, &cookie)
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(preview.status(), 200);
        let html = preview.text().await.unwrap();
        assert!(
            html.contains("Forhåndsvisning – ikke gemt endnu") && html.contains("på mange områder")
        );
        assert!(html.contains("Udgiv som ny version"));
        assert_eq!(
            app.count("draft_version").await,
            versions,
            "a preview stores nothing"
        );
        let published = post_form(
            &app,
            &cookie,
            &path,
            &[("markdown", &changed), ("action", "publish")],
        )
        .await;
        assert_eq!(published.status(), 303);
        assert_eq!(
            published.headers()["location"],
            paths::admin_page(DEMO, "?saved=draft&version=2")
        );
        assert_eq!(app.count("draft_version").await, versions + 1);
        let page = app.admin_page(&cookie, "?saved=draft&version=2").await;
        let html = page.text().await.unwrap();
        assert!(html.contains("Version 2 er udgivet og skrevet i loggen."));
        assert!(
            html.contains("Forskelle fra version 1")
                && html.contains("En ny version af udkastet blev udgivet")
        );
    }
);

db_test!(a_response_on_a_paragraph_changed_later_says_so, |app| {
    app.open_demo_hearing().await;
    let hearing = app.hearing_json().await;
    let anchor = hearing["draft"]["sections"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["paragraphs"].as_array().unwrap().iter())
        .find(|p| p["text"].as_str().is_some_and(|t| t.starts_with(OLD)))
        .map(|p| p["anchor"].as_str().unwrap().to_owned())
        .unwrap();
    let body = json!({"kind": "resident", "name": "Ida", "email": "ida@example.dk", "text": "Det er for positivt sagt.", "paragraph": anchor, "publish_name": true});
    let sent = app.submit_response(&body).await;
    assert_eq!(sent.status(), 202);
    use sea_orm::ConnectionTrait;
    app.db
        .execute_unprepared("UPDATE response SET status = 'published', published_at = submitted_at")
        .await
        .unwrap();
    let item = |list: Value| list["items"][0].clone();
    let before = item(app.public_responses("").await);
    assert_eq!(
        (
            before["paragraph_changed"].as_bool(),
            before["paragraph_version"].as_i64()
        ),
        (Some(false), Some(1))
    );
    let cookie = official(&app).await;
    assert_eq!(
        post_markdown(&app, &cookie, "", &DEMO_DRAFT.replace(OLD, NEW))
            .await
            .status(),
        201
    );
    let after = item(app.public_responses("").await);
    assert_eq!(after["paragraph"], anchor, "existing fields stay");
    assert_eq!(
        (
            after["paragraph_changed"].as_bool(),
            after["paragraph_version"].as_i64()
        ),
        (Some(true), Some(1))
    );
    let number = after["paragraph_number"].as_str().unwrap().to_owned();
    let (_, html) = app.hearing_page("responses").await;
    assert!(
        html.contains(&format!(
            "Kommenterer afsnit {number} i version 1 – afsnittet er ændret siden"
        )),
        "{html}"
    );
});

/// A Word document with a title, one heading and one paragraph.
fn styled_docx() -> Vec<u8> {
    use std::io::Write;
    let paragraph = |style: &str, text: &str| {
        format!(
            "<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"
        )
    };
    let body = [
        paragraph("Title", "Integrationspolitik"),
        paragraph("Heading1", "Formål"),
        paragraph("Normal", "Alle skal have en chance."),
    ]
    .concat();
    let document = format!("<w:document xmlns:w=\"w\"><w:body>{body}</w:body></w:document>");
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    writer
        .start_file(
            "word/document.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .unwrap();
    writer.write_all(document.as_bytes()).unwrap();
    writer.finish().unwrap().into_inner()
}

db_test!(a_word_document_is_imported_by_its_heading_styles, |app| {
    let cookie = official(&app).await;
    let path = paths::admin_api(DEMO, "drafts");
    let upload = |body: Vec<u8>, query: &str| {
        app.client
            .post(format!("{}{path}{query}", app.address))
            .header(reqwest::header::COOKIE, &cookie)
            .body(body)
            .send()
    };
    let broken = upload(b"PK\x03\x04 ikke et dokument".to_vec(), "?preview=true")
        .await
        .unwrap();
    assert_eq!(broken.status(), 422);
    let errors: Value = broken.json().await.unwrap();
    assert!(
        errors["errors"]["markdown"]
            .as_str()
            .unwrap()
            .starts_with("Filen kunne ikke læses")
    );
    let preview: Value = upload(styled_docx(), "?preview=true")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(preview["draft"]["title"], "Integrationspolitik");
    assert_eq!(preview["draft"]["sections"][0]["heading"], "Formål");
    let stored = upload(styled_docx(), "").await.unwrap();
    assert_eq!(stored.status(), 201);
    let version = app::draft::store::latest_version(&app.db, app.demo_hearing_id().await)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        version.source_markdown,
        "# Integrationspolitik\n\n## Formål\n\nAlle skal have en chance\\.\n",
        "the converted Markdown is what is kept"
    );
});
