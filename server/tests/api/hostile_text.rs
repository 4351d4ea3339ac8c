//! Hostile text typed into the forms: markup that tries to leave its `<textarea>` or the
//! page's `<title>` stays text on every page that shows it (stored, or shown again after a
//! refusal), and a one-line field with a line break is refused at its field with the text kept.

use app::auth::Role;
use reqwest::Method;
use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};
use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::{DEMO, TestApp, call, call_json, form, paths};

const HOSTILE: &str = "</textarea></title><script>alert(1)</script>";
const ESCAPED: &str = "&lt;/textarea&gt;&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;";

/// `html` holds the hostile text only as text.
fn only_as_text(html: &str, page: &str) {
    assert!(
        !html.contains("<script>alert(1)</script>"),
        "{page}: the text became markup"
    );
    assert!(html.contains(ESCAPED), "{page}: the text is shown escaped");
}

/// The first `response_id` anywhere in the hvidbog draft.
fn any_response_id(value: &Value) -> Option<i64> {
    match value {
        Value::Object(map) => map
            .get("response_id")
            .and_then(Value::as_i64)
            .or_else(|| map.values().find_map(any_response_id)),
        Value::Array(items) => items.iter().find_map(any_response_id),
        _ => None,
    }
}

async fn set_hearing_text(app: &TestApp, title: &str, summary: &str) {
    let hearing = app::hearing::store::find_by_slug(&app.db, DEMO)
        .await
        .unwrap()
        .unwrap();
    let mut hearing = hearing.into_active_model();
    hearing.title = Set(title.into());
    hearing.summary = Set(summary.into());
    hearing.update(&app.db).await.unwrap();
}

db_test!(
    a_stored_or_refused_hostile_text_stays_text_in_every_form,
    |app| {
        let admin = app.sign_in("admin@kk.dk", Role::Admin, None).await;
        server::demo_responses::add(&app.db, 12, 11, chrono::Utc::now())
            .await
            .unwrap();
        let api = paths::admin_api(DEMO, "hvidbog");
        let draft: Value = call_json(&app, Method::GET, &api, Some(&admin), None).await;
        let id = any_response_id(&draft).expect("a response in the hvidbog");
        let remark = json!({"target": "response", "id": id, "remark": HOSTILE});
        let remarks = format!("{api}/remarks");
        let saved = call(&app, Method::PUT, &remarks, Some(&admin), Some(remark)).await;
        assert_eq!(saved.status(), 200);
        let page = paths::admin_page(DEMO, "hvidbog");
        let (status, html) = {
            let response = app.get_with_cookie(&page, &admin).await;
            (response.status(), response.text().await.unwrap())
        };
        assert_eq!(status, 200);
        only_as_text(&html, "the hvidbog with a stored remark");

        let id = id.to_string();
        let typed = [
            ("target", "response"),
            ("target_id", id.as_str()),
            ("remark", HOSTILE),
            ("change", "måske"),
        ];
        let refused = form(&app, &page, Some(&admin), &typed).await;
        assert_eq!(refused.status(), 422);
        only_as_text(&refused.text().await.unwrap(), "the hvidbog form refused");

        let lines = format!("Red Barnet;club;rb@example.dk\n{HOSTILE}");
        let parties = paths::admin_page(DEMO, "parties");
        let import = [("intent", "import"), ("lines", lines.as_str())];
        let refused = form(&app, &parties, Some(&admin), &import).await;
        assert_eq!(refused.status(), 422);
        only_as_text(&refused.text().await.unwrap(), "the party import refused");

        set_hearing_text(&app, HOSTILE, HOSTILE).await;
        let settings = app.admin_page(&admin, "").await;
        only_as_text(&settings.text().await.unwrap(), "the settings form");
        let (_, public) = app.hearing_page("").await;
        only_as_text(&public, "the public hearing page");
        let title = &public[public.find("<title>").unwrap()..public.find("</head>").unwrap()];
        assert!(
            title.starts_with(&format!("<title>{ESCAPED} – Ordet</title>")),
            "the hearing's title is text inside <title>: {title}"
        );
    }
);

db_test!(
    a_name_on_two_lines_is_refused_at_its_field_with_everything_kept,
    |app| {
        app.open_demo_hearing().await;
        let name = "Fatima\n\nKlik her: https://evil.example";
        let started = app.signed_start().await;
        let fields = [
            ("kind", "resident"),
            ("name", name),
            ("email", "fatima@example.dk"),
            ("text", "Min tekst bliver stående."),
            ("started", started.as_str()),
        ];
        let path = paths::hearing_page(DEMO, "respond");
        let refused = form(&app, &path, None, &fields).await;
        assert_eq!(refused.status(), 422);
        let html = refused.text().await.unwrap();
        let message =
            "Skriv det på én linje, uden linjeskift, tabulatorer eller andre kontroltegn.";
        assert!(
            html.contains(&format!(
                r#"<p id="error-name" class="field-error">{message}</p>"#
            )),
            "{html}"
        );
        assert!(
            html.contains(&format!(r#"value="{name}""#)),
            "the name is kept"
        );
        assert!(
            html.contains("Min tekst bliver stående."),
            "the text is kept"
        );
        assert_eq!(app.count("response").await, 0);

        let api = paths::responses(DEMO);
        let body = json!({
            "kind": "association",
            "name": "Fatima",
            "organisation": "Forening\r\nBcc: x@evil.example",
            "email": "fatima@example.dk",
            "text": "Min tekst.",
        });
        let refused = app.post_json(&api, &body, "en").await;
        assert_eq!(refused.status(), 422);
        let errors: Value = refused.json().await.unwrap();
        assert_eq!(
            errors["error"]["fields"]["organisation"],
            "Write it on one line, without line breaks, tabs or other control characters.",
            "{errors}"
        );
        assert_eq!(app.count("response").await, 0);
        assert_eq!(app.count("mail_outbox").await, 0, "no mail to anyone");
    }
);

db_test!(
    a_party_or_an_official_with_a_name_on_two_lines_is_refused,
    |app| {
        let admin = app.sign_in("admin@kk.dk", Role::Admin, None).await;
        let parties = paths::admin_api(DEMO, "parties");
        let party =
            json!({"name": "Dansk\nIndustri", "kind": "employers", "email": "di@example.dk"});
        let refused = call(&app, Method::POST, &parties, Some(&admin), Some(party)).await;
        assert_eq!(refused.status(), 422);
        let body: Value = refused.json().await.unwrap();
        assert!(body.to_string().contains("én linje"), "{body}");
        let user =
            json!({"name": "Jens\r\nBcc: x@evil.example", "email": "jens@kk.dk", "role": "reader"});
        let refused = call(
            &app,
            Method::POST,
            "/api/v1/admin/users",
            Some(&admin),
            Some(user),
        )
        .await;
        assert_eq!(refused.status(), 422);
        let body: Value = refused.json().await.unwrap();
        assert!(body.to_string().contains("én linje"), "{body}");
        assert_eq!(app.count("consulted_party").await, 0);
        assert_eq!(app.count("account").await, 1);
    }
);
