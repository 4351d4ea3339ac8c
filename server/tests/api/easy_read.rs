//! Easy reading ("kort fortalt", issue 21): officials write a section's plain-language summary
//! in the editor (a plain form: a first draft on request, a refusal that keeps every field) or
//! through the API; readers see it above the section in their language, or the Danish one
//! with a note, on the hearing page, the printable draft and in the hearing's JSON. Only
//! officials of the hearing may write them.

use app::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::db_test;
use crate::hearing_drafts::{official, post_markdown};
use crate::helpers::{DEMO, TestApp, paths};

/// The section without a demo summary that the tests write one for.
const HEADING: &str = "Problemstilling";
const DANISH: &str = "Udvalget skal beslutte, hvad den nye politik skal handle om.";
const ARABIC: &str = "يجب أن تقرر اللجنة موضوع السياسة الجديدة.";

/// The demo draft's section with `heading` as the public JSON has it.
async fn section(app: &TestApp, heading: &str) -> Value {
    let hearing = app.get_hearing(DEMO).await;
    let sections = hearing["draft"]["sections"].as_array().unwrap();
    let found = sections.iter().find(|s| s["heading"] == heading);
    found.expect("the demo draft has the section").clone()
}

/// An official of the demo hearing (the session cookie) and the anchor of [`HEADING`].
async fn start(app: &TestApp) -> (String, String) {
    let cookie = official(app).await;
    let anchor = section(app, HEADING).await["anchor"]
        .as_str()
        .unwrap()
        .to_owned();
    (cookie, anchor)
}

fn editor(anchor: &str) -> String {
    format!("draft/summaries?section={anchor}")
}

db_test!(
    an_official_writes_a_summary_that_readers_see_in_their_language,
    |app| {
        let (cookie, anchor) = start(&app).await;
        assert_eq!(section(&app, HEADING).await["summaries"], json!([]));

        let list = app.admin_page(&cookie, "draft/summaries").await;
        assert_eq!(list.status(), 200);
        let list = list.text().await.unwrap();
        assert!(
            list.contains(&format!("summaries?section={anchor}\"")),
            "{list}"
        );
        let page = app
            .admin_page(&cookie, &editor(&anchor))
            .await
            .text()
            .await
            .unwrap();
        assert!(
            page.contains(
                r#"id="field-summary-ar" name="summary-ar" rows="5" lang="ar" dir="rtl""#
            ),
            "the Arabic field is written right to left: {page}"
        );

        // A first draft on request: the section's own words, in the empty Danish field.
        let suggested = app
            .admin_form(
                &editor(&anchor),
                Some(&cookie),
                &[("section", &anchor), ("action", "suggest")],
            )
            .await;
        assert_eq!(suggested.status(), 200);
        let suggested = suggested.text().await.unwrap();
        assert!(
            suggested.contains("Forslaget er sat ind i det danske felt"),
            "{suggested}"
        );
        let field = suggested.split(r#"name="summary-da""#).nth(1).unwrap();
        assert!(field.contains("integrationspolitik"), "{field}");

        // A translation alone is refused at the Danish field; what was typed stays.
        let refused = app
            .admin_form(
                &editor(&anchor),
                Some(&cookie),
                &[
                    ("section", &anchor),
                    ("action", "save"),
                    ("summary-ar", ARABIC),
                ],
            )
            .await;
        assert_eq!(refused.status(), 422);
        let refused = refused.text().await.unwrap();
        assert!(
            refused.contains("Skriv den danske udgave først"),
            "{refused}"
        );
        assert!(refused.contains(ARABIC), "the Arabic text is kept");
        assert_eq!(
            app.count("section_summary").await,
            summaries_before(&app).await
        );

        let saved = app
            .admin_form(
                &editor(&anchor),
                Some(&cookie),
                &[
                    ("section", &anchor),
                    ("action", "save"),
                    ("summary-da", DANISH),
                    ("summary-ar", ARABIC),
                ],
            )
            .await;
        assert_eq!(saved.status(), 303);
        let location = saved.headers()["location"].to_str().unwrap().to_owned();
        assert!(
            location.ends_with(&format!("/draft/summaries?section={anchor}&saved=1")),
            "{location}"
        );
        assert_eq!(
            app.count("audit_log WHERE action = 'draft.summary'").await,
            1
        );

        let stored = section(&app, HEADING).await["summaries"].clone();
        assert_eq!(
            stored,
            json!([
                {"lang": "da", "text": DANISH, "outdated": false},
                {"lang": "ar", "text": ARABIC, "outdated": false}
            ])
        );
        let hearing = paths::hearing_page(DEMO, "");
        let danish = app.get_page(&hearing).await.1;
        assert!(
            danish.contains(DANISH) && !danish.contains(ARABIC),
            "the reader's own"
        );
        let arabic = app.html_with_cookie(&hearing, "ordet_lang=ar").await;
        assert!(
            arabic.contains(&format!(r#"<div lang="ar" dir="rtl"><p>{ARABIC}"#)),
            "{arabic}"
        );
        let turkish = app.html_with_cookie(&hearing, "ordet_lang=tr").await;
        assert!(turkish.contains(&format!(r#"<div lang="da" dir="ltr"><p>{DANISH}"#)));
        assert!(
            turkish.contains("(yalnızca Danca var)"),
            "the reader is told why it is Danish"
        );

        let print = paths::hearing_page(DEMO, "print");
        let printed = app.html_with_cookie(&print, "ordet_lang=ar").await;
        assert!(
            printed.contains(ARABIC) && printed.contains("hearing print-version\""),
            "{printed}"
        );
        assert!(
            !printed.contains("comment-link"),
            "nothing to click on paper"
        );
    }
);

async fn summaries_before(app: &TestApp) -> i64 {
    // The demo hearing's own summaries, which the refused form leaves as they are.
    app.count("section_summary WHERE section_anchor <> 'problemstilling'")
        .await
}

db_test!(
    the_api_replaces_a_sections_summaries_for_officials_of_the_hearing_only,
    |app| {
        let (cookie, anchor) = start(&app).await;
        let tail = format!("drafts/sections/{anchor}/summaries");
        let put = |cookie: Option<String>, body: Value| {
            let (app, tail) = (&app, tail.clone());
            async move {
                app.admin_api(Method::PUT, &tail, cookie.as_deref(), Some(body))
                    .await
            }
        };

        let stored = put(
            Some(cookie.clone()),
            json!({"summaries": {"en": "In short.", "da": "Kort."}}),
        )
        .await;
        assert_eq!(stored.status(), 200);
        assert_eq!(
            stored.json::<Value>().await.unwrap(),
            json!([
                {"lang": "da", "text": "Kort.", "outdated": false},
                {"lang": "en", "text": "In short.", "outdated": false}
            ])
        );
        let long = "ord ".repeat(400);
        let refused = put(
            Some(cookie.clone()),
            json!({"summaries": {"da": long, "xx": "?"}}),
        )
        .await;
        assert_eq!(refused.status(), 422);
        let errors = refused.json::<Value>().await.unwrap()["errors"].clone();
        let too_long = errors["summary-da"]
            .as_str()
            .unwrap()
            .replace(['.', ','], "");
        assert!(too_long.starts_with("Højst 1500 tegn"), "{errors}");
        assert!(errors["summary-xx"].is_string(), "{errors}");
        assert_eq!(
            section(&app, HEADING).await["summaries"]
                .as_array()
                .unwrap()
                .len(),
            2
        );

        let suggestion = app
            .admin_api(
                Method::GET,
                &format!("{tail}/suggestion"),
                Some(&cookie),
                None,
            )
            .await;
        assert_eq!(suggestion.status(), 200);
        let text = suggestion.json::<Value>().await.unwrap()["text"]
            .as_str()
            .unwrap()
            .to_owned();
        assert!(
            text.contains("Beskæftigelses- og Integrationsudvalget"),
            "{text}"
        );

        let elsewhere = app.other_hearing().await;
        let outsider = app
            .sign_in("valby@kk.dk", Role::Official, Some(elsewhere))
            .await;
        let reader = app.sign_in("udvalg@kk.dk", Role::Reader, None).await;
        let body = json!({"summaries": {"da": "Ændret."}});
        assert_eq!(put(Some(outsider), body.clone()).await.status(), 403);
        assert_eq!(put(Some(reader), body.clone()).await.status(), 403);
        assert_eq!(put(None, body.clone()).await.status(), 401);
        let nowhere = app
            .admin_api(
                Method::PUT,
                "drafts/sections/ingen-saadan/summaries",
                Some(&cookie),
                Some(body),
            )
            .await;
        assert_eq!(nowhere.status(), 404);
        assert_eq!(
            section(&app, HEADING).await["summaries"][0]["text"],
            "Kort."
        );

        let cleared = put(Some(cookie), json!({"summaries": {}})).await;
        assert_eq!(cleared.status(), 200);
        assert_eq!(section(&app, HEADING).await["summaries"], json!([]));
        assert_eq!(
            app.count("audit_log WHERE action = 'draft.summary'").await,
            2
        );
    }
);

db_test!(the_demo_hearing_shows_its_summaries_danish_first, |app| {
    let why = section(&app, "Hvorfor en ny integrationspolitik?").await;
    let langs: Vec<&str> = why["summaries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["lang"].as_str().unwrap())
        .collect();
    assert_eq!(langs, ["da", "en", "ar", "tr"]);
    let page = app.get_page(&paths::hearing_page(DEMO, "")).await.1;
    assert!(page.contains("class=\"short-version\""));
    assert!(page.contains("/print\">Udskriftsvenlig udgave af udkastet</a>"));
});

/// Whether [`HEADING`]'s first summary is marked outdated.
async fn outdated(app: &TestApp) -> Value {
    section(app, HEADING).await["summaries"][0]["outdated"].clone()
}

/// Publishes `markdown` as the demo hearing's next draft version.
async fn publish(app: &TestApp, cookie: &str, markdown: String) {
    let response = post_markdown(app, cookie, "", &markdown).await;
    assert_eq!(response.status(), 201);
}

db_test!(
    a_new_version_that_changes_a_section_marks_its_summaries_outdated,
    |app| {
        const DRAFT: &str = include_str!("../../demo/integrationspolitik-2011-2014.md");
        let (cookie, anchor) = start(&app).await;
        let tail = format!("drafts/sections/{anchor}/summaries");
        let body = json!({"summaries": {"da": "Kort."}});
        let saved = app
            .admin_api(Method::PUT, &tail, Some(&cookie), Some(body.clone()))
            .await;
        assert_eq!(saved.status(), 200);

        let elsewhere = DRAFT.replace("positiv på en række områder", "positiv på mange områder");
        publish(&app, &cookie, elsewhere.clone()).await;
        assert_eq!(outdated(&app).await, false, "another section changed");
        let public = app.get_page(&paths::hearing_page(DEMO, "")).await.1;
        assert!(public.contains("<p>Kort."), "readers see it");
        let here = elsewhere.replace("besluttet en proces", "vedtaget en proces");
        publish(&app, &cookie, here).await;
        assert_eq!(outdated(&app).await, true, "its own text changed");
        let public = app.get_page(&paths::hearing_page(DEMO, "")).await.1;
        assert!(!public.contains("<p>Kort."), "no reader is shown it");
        let page = app.admin_page(&cookie, &editor(&anchor)).await;
        let page = page.text().await.unwrap();
        assert!(
            page.contains("Afsnittets tekst er ændret i en ny version"),
            "{page}"
        );
        let list = app.admin_page(&cookie, "draft/summaries").await;
        assert!(list.text().await.unwrap().contains("(ændret siden)"));

        let again = app
            .admin_api(Method::PUT, &tail, Some(&cookie), Some(body))
            .await;
        assert_eq!(again.status(), 200);
        assert_eq!(outdated(&app).await, false, "read and saved again");
    }
);
