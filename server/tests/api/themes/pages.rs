//! The themes' pages: the officials' theme page (list, bars, heat-map) and its plain forms
//! (rename, refused with the message at the field, pin, compute now), the response page's
//! move form, and the public hearing page's themes with the public search's drill-down.

use super::*;
use crate::db_test;
use crate::helpers::{DEMO, form};

/// Three topics' published responses, themed; the officials' view.
async fn themed(app: &TestApp, cookie: &str) -> Value {
    for topic in 0..3 {
        let texts: Vec<String> = (0..8).map(|n| on_topic(topic, n)).collect();
        published(app, &texts).await;
    }
    refreshed(app, cookie).await
}

async fn page(app: &TestApp, cookie: &str, path: &str) -> String {
    let response = app.get_with_cookie(path, cookie).await;
    assert_eq!(response.status(), 200, "{path}");
    response.text().await.unwrap()
}

db_test!(
    the_theme_page_shows_each_theme_with_bars_quotes_and_the_heat_map,
    |app| {
        let cookie = official(&app).await;
        assert!(
            page(&app, &cookie, &paths::admin_page(DEMO, "themes"))
                .await
                .contains("Der er endnu ingen temaer")
        );
        let themes = themed(&app, &cookie).await;
        let html = page(&app, &cookie, &paths::admin_page(DEMO, "themes")).await;
        let first = &themes["themes"][0];
        let (id, label) = (
            first["id"].as_i64().unwrap(),
            first["label"].as_str().unwrap(),
        );
        assert!(html.contains(label), "{html}");
        assert!(html.contains(&format!(r#"id="theme-{id}""#)));
        assert!(
            html.contains(&format!("/responses?q=tema:{id}")),
            "drill-down"
        );
        assert!(html.contains(r#"class="kind-bar""#) && html.contains("Borgere: "));
        assert!(html.contains("stemmer · "), "sizes in voices");
        assert!(
            html.contains("<mark>"),
            "the quotes' terms are marked: {themes:#}"
        );
        assert!(
            html.contains(r#"href="/admin/responses/"#),
            "quotes link to responses"
        );
        assert!(html.contains(r#"class="heatmap-table""#) && html.contains("<th scope=\"row\">"));
        assert!(html.contains("Hele forslaget"));
        assert!(html.contains("Beregn temaer nu"));
        let (status, _) = app.get_page(&paths::admin_page(DEMO, "themes")).await;
        assert_ne!(status, 200, "not without a session");
    }
);

db_test!(
    plain_forms_rename_pin_and_refuse_an_empty_name_at_the_field,
    |app| {
        let cookie = official(&app).await;
        let themes = themed(&app, &cookie).await;
        let id = themes["themes"][0]["id"].as_i64().unwrap().to_string();
        let empty = [
            ("intent", "rename"),
            ("theme_id", id.as_str()),
            ("name", "   "),
        ];
        let refused = app.admin_form("themes", Some(&cookie), &empty).await;
        assert_eq!(refused.status(), 422);
        let html = refused.text().await.unwrap();
        assert!(html.contains("Skriv et navn til temaet."), "{html}");
        assert!(html.contains(&format!(
            r#"aria-describedby="t{id}-name-hint t{id}-name-error""#
        )));
        assert!(html.contains(r#"value="   ""#), "the typed text stays");
        assert_eq!(
            app.count("audit_log WHERE action = 'theme.rename'").await,
            0
        );

        let named = [
            ("intent", "rename"),
            ("theme_id", id.as_str()),
            ("name", "Job & praktik"),
        ];
        let renamed = app.admin_form("themes", Some(&cookie), &named).await;
        assert_eq!(renamed.status(), 303);
        assert_eq!(
            renamed.headers()["location"],
            paths::admin_page(DEMO, &format!("themes?saved=rename#theme-{id}"))
        );
        assert_eq!(
            app.count("audit_log WHERE action = 'theme.rename'").await,
            1
        );
        let html = page(
            &app,
            &cookie,
            &paths::admin_page(DEMO, "themes?saved=rename"),
        )
        .await;
        assert!(
            html.contains("Job &amp; praktik") && html.contains("Temaet har fået sit nye navn.")
        );

        let pin = [
            ("intent", "pin"),
            ("theme_id", id.as_str()),
            ("pinned", "true"),
        ];
        let pinned = app.admin_form("themes", Some(&cookie), &pin).await;
        assert_eq!(
            pinned.headers()["location"],
            paths::admin_page(DEMO, &format!("themes?saved=pin#theme-{id}"))
        );
        assert_eq!(app.count("audit_log WHERE action = 'theme.pin'").await, 1);
        let html = page(&app, &cookie, &paths::admin_page(DEMO, "themes")).await;
        assert!(html.contains("Fastlåst") && html.contains("Lås temaet op"));
        let split = [("intent", "split"), ("theme_id", id.as_str())];
        let refused = app.admin_form("themes", Some(&cookie), &split).await;
        assert_eq!(refused.status(), 422, "a pinned theme is not split");
        assert!(
            refused
                .text()
                .await
                .unwrap()
                .contains("Temaet er fastlåst.")
        );

        let refresh = app
            .admin_form("themes", Some(&cookie), &[("intent", "refresh")])
            .await;
        assert_eq!(
            refresh.headers()["location"],
            paths::admin_page(DEMO, "themes?saved=refresh")
        );
        let signed_out = app.admin_form("themes", None, &named).await;
        assert_eq!(signed_out.status(), 303);
        assert!(
            signed_out.headers()["location"]
                .to_str()
                .unwrap()
                .starts_with("/admin/login")
        );
        let cross_site = app
            .client
            .post(app.url(&paths::admin_page(DEMO, "themes")))
            .header(reqwest::header::COOKIE, &cookie)
            .header(reqwest::header::ORIGIN, "https://evil.example")
            .form(&named)
            .send()
            .await
            .unwrap();
        assert_eq!(cross_site.status(), 403);
    }
);

db_test!(the_response_page_moves_a_response_to_another_theme, |app| {
    let cookie = official(&app).await;
    let themes = themed(&app, &cookie).await;
    let placed = theme_of(&app).await;
    let (&response, &from) = placed.iter().next().unwrap();
    let to = themes["themes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["id"].as_i64().unwrap() as i32)
        .find(|t| *t != from)
        .unwrap_or(from);
    let path = format!("/admin/responses/{response}");
    let html = page(&app, &cookie, &path).await;
    assert!(html.contains("Svaret er i temaet") && html.contains(r#"name="theme_id""#));
    let bad = [("intent", "theme"), ("theme_id", "nej")];
    let refused = form(&app, &path, Some(&cookie), &bad).await;
    assert_eq!(refused.status(), 422);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("Vælg et tema i samme høring.")
    );
    let to_text = to.to_string();
    let moved = form(
        &app,
        &path,
        Some(&cookie),
        &[("intent", "theme"), ("theme_id", &to_text)],
    )
    .await;
    assert_eq!(moved.status(), 303);
    assert_eq!(theme_of(&app).await[&response], to);
    let manual = app
        .count(&format!(
            "theme_member WHERE response_id = {response} AND manual"
        ))
        .await;
    assert_eq!(manual, 1, "placed by hand");
    assert_eq!(app.count("audit_log WHERE action = 'theme.move'").await, 1);
});

db_test!(
    the_public_hearing_page_lists_published_themes_with_counts,
    |app| {
        let cookie = official(&app).await;
        let (_, before) = app.hearing_page("").await;
        assert!(!before.contains("Temaer i høringssvarene"));
        themed(&app, &cookie).await;
        let public = app.public_themes().await;
        let first = &public["themes"][0];
        let id = first["id"].as_i64().unwrap();
        let (status, html) = app.hearing_page("").await;
        assert_eq!(status, 200);
        assert!(html.contains("Temaer i høringssvarene"), "{html}");
        assert!(html.contains(first["label"].as_str().unwrap()));
        assert!(html.contains(&format!("({} stemmer)", first["size"])));
        let search = paths::hearing_page(DEMO, &format!("responses?q=tema:{id}"));
        assert!(html.contains(&search));
        app.index_caught_up().await;
        let (status, results) = app.get_page(&search).await;
        assert_eq!(status, 200);
        let quote = first["quotes"][0].as_str().unwrap();
        assert!(
            results.contains(quote),
            "the theme's responses are found: {quote}"
        );
    }
);
