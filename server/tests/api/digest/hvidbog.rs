//! The hvidbog: the draft lists every response once (in the DOCX read back, and in the
//! printable page), officials' remarks are saved, shown and exported, and bad remarks are
//! refused at their fields with nothing changed.

use std::collections::HashMap;
use std::io::Read;

use app::auth::Role;
use reqwest::Method;
use sea_orm::EntityTrait;
use serde_json::json;

use crate::db_test;
use crate::helpers::{DEMO, TestApp, call, call_json, form, paths};

/// 40 synthetic responses, the høringsliste, and themes computed; the responses' ids and
/// svarnumre.
async fn hearing_with_responses(app: &TestApp, cookie: &str) -> Vec<(i32, String)> {
    server::demo_responses::add(&app.db, 40, 11, chrono::Utc::now())
        .await
        .unwrap();
    server::demo_parties::load(&app.db).await.unwrap();
    app.index_caught_up().await;
    let refresh = paths::admin_api(DEMO, "themes/refresh");
    assert_eq!(
        call(app, Method::POST, &refresh, Some(cookie), None)
            .await
            .status(),
        200
    );
    let rows = app::entities::response::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(rows.len(), 40);
    rows.into_iter().map(|r| (r.id, r.svarnummer)).collect()
}

/// The text of every paragraph of the DOCX's document part.
fn docx_paragraphs(bytes: &[u8]) -> Vec<String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    for part in [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/styles.xml",
        "docProps/core.xml",
    ] {
        assert!(zip.by_name(part).is_ok(), "{part} is missing");
    }
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let mut reader = quick_xml::Reader::from_str(&xml);
    let (mut paragraphs, mut current, mut in_text) = (Vec::new(), String::new(), false);
    loop {
        match reader.read_event().expect("well-formed XML") {
            quick_xml::events::Event::Start(e) if e.name().0 == "w:t" => in_text = true,
            quick_xml::events::Event::End(e) if e.name().0 == "w:t" => in_text = false,
            quick_xml::events::Event::End(e) if e.name().0 == "w:p" => {
                paragraphs.push(std::mem::take(&mut current));
            }
            quick_xml::events::Event::Text(t) if in_text => {
                current.push_str(&t.xml10_content());
            }
            quick_xml::events::Event::GeneralRef(r) if in_text => {
                let name: &str = r.as_ref();
                let resolved = quick_xml::escape::resolve_predefined_entity(name);
                current.push_str(resolved.expect("a predefined entity"));
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    paragraphs
}

async fn download(app: &TestApp, cookie: &str) -> Vec<u8> {
    let response = app.admin_page(cookie, "hvidbog.docx").await;
    assert_eq!(response.status(), 200);
    assert_eq!(
        response.headers()["content-type"],
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
    response.bytes().await.unwrap().to_vec()
}

db_test!(
    the_docx_opens_and_lists_every_response_exactly_once,
    |app| {
        let official = app.sign_in("embedsmand@kk.dk", Role::Official, None).await;
        let numbers: Vec<String> = hearing_with_responses(&app, &official)
            .await
            .into_iter()
            .map(|(_, number)| number)
            .collect();
        let paragraphs = docx_paragraphs(&download(&app, &official).await);
        let headings: Vec<&String> = paragraphs
            .iter()
            .filter(|p| p.starts_with("Svar "))
            .collect();
        assert_eq!(headings.len(), numbers.len(), "{headings:?}");
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for number in &numbers {
            let n = paragraphs
                .iter()
                .filter(|p| p.contains(number.as_str()))
                .count();
            seen.insert(number, n);
        }
        assert!(seen.values().all(|n| *n == 1), "{seen:?}");
        for heading in [
            "1. Høringsperioden og høringssvarene",
            "2. Hørte parter",
            "3. Generelle bemærkninger",
            "4. Tekstnære bemærkninger",
        ] {
            assert!(paragraphs.iter().any(|p| p == heading), "{heading}");
        }
        assert!(
            paragraphs
                .iter()
                .any(|p| p == "Høringen løb fra 9. august 2010 til 4. oktober 2010: 57 dage.")
        );
        assert!(
            paragraphs
                .iter()
                .any(|p| p == "Integrationsrådet i Københavns Kommune")
        );
        assert!(
            paragraphs
                .iter()
                .any(|p| p == "Der er modtaget 40 høringssvar.")
        );
        let print = app
            .admin_page(&official, "hvidbog/print")
            .await
            .text()
            .await
            .unwrap();
        for number in &numbers {
            assert_eq!(
                print.matches(&format!("Svar {number} ")).count(),
                1,
                "{number}"
            );
        }
    }
);

db_test!(remarks_are_saved_shown_and_exported, |app| {
    let official = app.sign_in("embedsmand@kk.dk", Role::Official, None).await;
    hearing_with_responses(&app, &official).await;
    let api = paths::admin_api(DEMO, "hvidbog");
    let draft: serde_json::Value = call_json(&app, Method::GET, &api, Some(&official), None).await;
    let theme_id = draft["general"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|g| g["theme_id"].as_i64())
        .expect("a theme");
    let response_id = draft["textual"][0]["entries"][0]["response_id"]
        .as_i64()
        .expect("a response about a section");
    let remarks = format!("{api}/remarks");
    for (target, id, text, change) in [
        (
            "theme",
            theme_id,
            "Forvaltningen er enig & vil styrke indsatsen.",
            json!(true),
        ),
        (
            "response",
            response_id,
            "Tages til efterretning.",
            json!(false),
        ),
    ] {
        let body = json!({"target": target, "id": id, "remark": text, "gives_change": change});
        let saved = call(&app, Method::PUT, &remarks, Some(&official), Some(body)).await;
        assert_eq!(saved.status(), 200, "{target}");
    }
    let draft: serde_json::Value = call_json(&app, Method::GET, &api, Some(&official), None).await;
    let entry = &draft["textual"][0]["entries"][0];
    assert_eq!(
        entry["remark"],
        json!({"text": "Tages til efterretning.", "gives_change": false})
    );
    let paragraphs = docx_paragraphs(&download(&app, &official).await);
    assert!(paragraphs.iter().any(|p| p == "Forvaltningens bemærkninger til temaet: Forvaltningen er enig & vil styrke indsatsen."), "{paragraphs:?}");
    assert!(
        paragraphs
            .iter()
            .any(|p| p == "Forvaltningens bemærkninger: Tages til efterretning.")
    );
    assert!(
        paragraphs
            .iter()
            .any(|p| p == "Giver anledning til ændring: Ja")
    );
    assert_eq!(
        app.count("audit_log WHERE action = 'hvidbog.remark'").await,
        2
    );
});

db_test!(
    bad_remarks_are_refused_at_their_fields_and_nothing_changes,
    |app| {
        let official = app.sign_in("embedsmand@kk.dk", Role::Official, None).await;
        let other = app.other_hearing().await;
        let foreign = app::entities::theme::ActiveModel {
            hearing_id: sea_orm::Set(other),
            label: sea_orm::Set("andet".into()),
            terms_json: sea_orm::Set("[]".into()),
            quotes_json: sea_orm::Set("[]".into()),
            created_at: sea_orm::Set(chrono::Utc::now()),
            updated_at: sea_orm::Set(chrono::Utc::now()),
            ..Default::default()
        };
        let foreign = sea_orm::ActiveModelTrait::insert(foreign, &app.db)
            .await
            .unwrap();
        let remarks = paths::admin_api(DEMO, "hvidbog/remarks");
        let body = json!({"target": "theme", "id": foreign.id, "remark": "Nej."});
        let response = call(&app, Method::PUT, &remarks, Some(&official), Some(body)).await;
        assert_eq!(response.status(), 422);
        let errors: serde_json::Value = response.json().await.unwrap();
        assert_eq!(
            errors["errors"]["target"],
            "Svaret eller temaet findes ikke i denne høring."
        );
        let long = json!({"target": "theme", "id": foreign.id, "remark": "x".repeat(10_001)});
        let response = call(&app, Method::PUT, &remarks, Some(&official), Some(long)).await;
        assert_eq!(response.status(), 422);
        let page = paths::admin_page(DEMO, "hvidbog");
        let id = foreign.id.to_string();
        let typed = [
            ("target", "theme"),
            ("target_id", id.as_str()),
            ("remark", "Min tekst bliver stående"),
            ("change", "måske"),
        ];
        let refused = form(&app, &page, Some(&official), &typed).await;
        assert_eq!(refused.status(), 422);
        let html = refused.text().await.unwrap();
        assert!(
            html.contains("Vælg ja, nej eller ikke besluttet."),
            "{html}"
        );
        assert_eq!(app.count("hvidbog_remark").await, 0);
        for document in ["hvidbog.docx", "hvidbog/print"] {
            let signed_out = app.get(&paths::admin_page(DEMO, document)).await;
            assert_eq!(
                signed_out.status(),
                303,
                "{document} sends a stranger to sign in"
            );
        }
        let reader = app.sign_in("laeser@kk.dk", Role::Reader, None).await;
        let body = json!({"target": "theme", "id": foreign.id, "remark": "Læser."});
        assert_eq!(
            call(&app, Method::PUT, &remarks, Some(&reader), Some(body))
                .await
                .status(),
            403
        );
    }
);

db_test!(a_remark_form_saves_without_javascript, |app| {
    let official = app.sign_in("embedsmand@kk.dk", Role::Official, None).await;
    let responses = hearing_with_responses(&app, &official).await;
    let page = paths::admin_page(DEMO, "hvidbog");
    let id = responses[0].0.to_string();
    let typed = [
        ("target", "response"),
        ("target_id", id.as_str()),
        ("remark", "Indgår i handleplanen."),
        ("change", "yes"),
    ];
    let saved = form(&app, &page, Some(&official), &typed).await;
    assert_eq!(saved.status(), 303);
    assert_eq!(
        saved.headers()["location"],
        format!("{page}?saved=remark#response-{id}")
    );
    let html = app
        .html_with_cookie(&format!("{page}?saved=remark"), &official)
        .await;
    assert!(
        html.contains("Indgår i handleplanen."),
        "the page shows the saved remark"
    );
    assert!(html.contains("Bemærkningen er gemt."));
});
