//! A hearing's retention in its settings: the form and the JSON API refuse a bad number of
//! months with a message at the field (input kept, nothing stored) and store a good one.

use app::auth::Role;
use reqwest::Method;

use super::*;
use crate::db_test;

async fn stored_months(app: &TestApp) -> Option<i32> {
    use sea_orm::EntityTrait;
    let id = app.demo_hearing_id().await;
    let row = app::entities::hearing::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap();
    row.unwrap().retention_months
}

/// The hearing's settings as the API shows them, with `retention_months` set to `months`.
async fn settings_with(app: &TestApp, cookie: &str, months: Value) -> Value {
    let shown = app.admin_api(Method::GET, "", Some(cookie), None).await;
    let mut settings = shown.json::<Value>().await.unwrap()["settings"].clone();
    settings["retention_months"] = months;
    settings
}

db_test!(
    a_bad_retention_is_refused_at_its_field_and_a_good_one_stored,
    |app| {
        let cookie = app.sign_in("sb@kk.dk", Role::Official, None).await;
        let cases = [
            (json!("0"), "Persondata skal gemmes i mindst 1 måned."),
            (json!(-2), "Persondata skal gemmes i mindst 1 måned."),
            (json!(121), "Persondata kan højst gemmes i 120 måneder."),
            (
                json!("et år"),
                "Skriv et helt antal måneder, fx 12, eller lad feltet stå tomt.",
            ),
            (
                json!(1.5),
                "Skriv et helt antal måneder, fx 12, eller lad feltet stå tomt.",
            ),
        ];
        for (months, message) in cases {
            let body = settings_with(&app, &cookie, months.clone()).await;
            let refused = app
                .admin_api(Method::PUT, "", Some(&cookie), Some(body))
                .await;
            assert_eq!(refused.status(), 422, "{months}");
            let answer: Value = refused.json().await.unwrap();
            assert_eq!(answer["errors"]["retention_months"], message, "{months}");
            assert_eq!(
                stored_months(&app).await,
                None,
                "nothing stored for {months}"
            );
        }
        let body = settings_with(&app, &cookie, json!(24)).await;
        assert_eq!(
            app.admin_api(Method::PUT, "", Some(&cookie), Some(body))
                .await
                .status(),
            200
        );
        assert_eq!(stored_months(&app).await, Some(24));
        let shown = app.admin_api(Method::GET, "", Some(&cookie), None).await;
        assert_eq!(
            shown.json::<Value>().await.unwrap()["settings"]["retention_months"],
            "24"
        );

        let settings = settings_with(&app, &cookie, json!("1000")).await;
        let mut fields: Vec<(String, String)> = settings
            .as_object()
            .unwrap()
            .iter()
            .filter_map(|(k, v)| v.as_str().map(|v| (k.clone(), v.to_owned())))
            .collect();
        fields.retain(|(k, _)| k != "slug");
        let typed: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        let refused = app.admin_form("", Some(&cookie), &typed).await;
        assert_eq!(refused.status(), 422);
        let html = refused.text().await.unwrap();
        assert!(
            html.contains("Persondata kan højst gemmes i 120 måneder."),
            "{html}"
        );
        assert!(html.contains("id=\"error-retention_months\""), "{html}");
        assert!(html.contains("value=\"1000\""), "the input is kept");
        assert_eq!(stored_months(&app).await, Some(24), "nothing changed");
        let english = format!("{cookie}; ordet_lang=en");
        let html = app
            .admin_form("", Some(&english), &typed)
            .await
            .text()
            .await
            .unwrap();
        assert!(
            html.contains("Personal data can be kept for at most 120 months."),
            "{html}"
        );

        let empty: Vec<(&str, &str)> = typed
            .iter()
            .map(|&(k, v)| {
                if k == "retention_months" {
                    (k, "")
                } else {
                    (k, v)
                }
            })
            .collect();
        assert_eq!(
            app.admin_form("", Some(&cookie), &empty).await.status(),
            303
        );
        assert_eq!(
            stored_months(&app).await,
            None,
            "empty: the installation's default"
        );
        let entries = audit(&app, "hearing.update").await;
        assert!(
            entries
                .iter()
                .any(|(_, _, after)| after.contains("\"retention_months\":24"))
        );
    }
);
