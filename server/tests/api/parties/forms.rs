//! The høringsliste page with plain forms, and the demo's list.

use super::*;

db_test!(an_official_keeps_the_list_with_plain_forms, |app| {
    app.open_demo_hearing().await;
    let cookie = official(&app).await;
    let page = app.admin_page(&cookie, "parties").await;
    assert_eq!(page.status(), 200);
    assert!(
        page.text()
            .await
            .unwrap()
            .contains("Der er endnu ingen parter")
    );
    let bad = [
        ("intent", "add"),
        ("name", "Red Barnet"),
        ("kind", "association"),
        ("email", "rb@example"),
    ];
    let refused = post_form(&app, &cookie, &bad).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("E-mailadressen ser forkert ud"), "{html}");
    assert!(
        html.contains(r#"value="Red Barnet""#) && html.contains(r#"value="rb@example""#),
        "the typed values stay"
    );
    assert!(
        html.contains(r#"aria-describedby="add-email-error""#),
        "{html}"
    );
    assert_eq!(app.count("consulted_party").await, 0);

    let good = [
        ("intent", "add"),
        ("name", "Red Barnet"),
        ("kind", "association"),
        ("email", "rb@example.dk"),
    ];
    let added = post_form(&app, &cookie, &good).await;
    assert_eq!(added.status(), 303);
    assert_eq!(
        added.headers()["location"],
        paths::admin_page(DEMO, "parties?saved=add")
    );
    let stale = post_form(&app, &cookie, &[("intent", "invite"), ("expected", "2")]).await;
    assert_eq!(stale.status(), 422);
    assert!(stale.text().await.unwrap().contains("nu får 1 parter"));
    let sent = post_form(&app, &cookie, &[("intent", "invite"), ("expected", "1")]).await;
    assert_eq!(
        sent.headers()["location"],
        paths::admin_page(DEMO, "parties?invited=1")
    );
    let html = app
        .admin_page(&cookie, "parties?invited=1")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        html.contains("Høringsbrevet er lagt i kø til 1 parter"),
        "{html}"
    );
    assert!(html.contains("Alle parter på listen har fået høringsbrevet"));

    let settings = post_form(
        &app,
        &cookie,
        &[("intent", "settings"), ("remind_days", "en uge")],
    )
    .await;
    assert_eq!(settings.status(), 422);
    let html = settings.text().await.unwrap();
    assert!(html.contains("Skriv et helt antal dage") && html.contains(r#"value="en uge""#));
    let lines =
        "LO Hovedstaden;union;lo@example.dk\nDansk Industri;employers;di@example.dk;64942212";
    let imported = post_form(&app, &cookie, &[("intent", "import"), ("lines", lines)]).await;
    assert_eq!(imported.status(), 303);
    assert_eq!(app.count("consulted_party").await, 3);
    assert_eq!(app.count("consulted_party WHERE cvr = '64942212'").await, 1);
    let cross_site = app
        .client
        .post(app.url(&paths::admin_page(DEMO, "parties")))
        .header(reqwest::header::COOKIE, &cookie)
        .header(reqwest::header::ORIGIN, "https://evil.example")
        .form(&[("intent", "settings"), ("remind_days", "3")])
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status(), 403);
    let parties = list(&app, &cookie).await;
    let lo = parties["parties"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "LO Hovedstaden")
        .unwrap()["id"]
        .to_string();
    let bad_cvr = [
        ("intent", "update"),
        ("party_id", &lo),
        ("name", "LO Hovedstaden"),
        ("kind", "union"),
        ("email", "lo@example.dk"),
        ("cvr", "12345678"),
    ];
    let refused = post_form(&app, &cookie, &bad_cvr).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("CVR-nummeret findes ikke"), "{html}");
    assert!(
        html.contains(&format!(r#"aria-describedby="p{lo}-cvr-error""#)),
        "the message belongs to this party's field"
    );
    assert!(
        html.contains(r#"value="12345678""#) && html.contains("<details open"),
        "{html}"
    );
    let unknown = [
        ("intent", "answered"),
        ("party_id", &lo),
        ("answered", "yes"),
        ("svarnummer", "2010-64452-0042"),
    ];
    let refused = post_form(&app, &cookie, &unknown).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(
        html.contains("Høringen har intet svar med dette nummer")
            && html.contains(r#"value="2010-64452-0042""#)
    );
    let typo = [
        ("intent", "answered"),
        ("party_id", &lo),
        ("answered", "ja"),
    ];
    let refused = post_form(&app, &cookie, &typo).await;
    assert_eq!(refused.status(), 422);
    let html = refused.text().await.unwrap();
    assert!(html.contains("Vælg automatisk, ja eller nej"), "{html}");
    assert_eq!(
        app.count("consulted_party WHERE answered_override IS NOT NULL OR cvr = '12345678'")
            .await,
        0
    );
    let english = app
        .admin_page(&format!("{cookie}; ordet_lang=en"), "parties")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        english.contains("Consultation list") && english.contains("Has not answered"),
        "{english}"
    );
    let removed = post_form(&app, &cookie, &[("intent", "delete"), ("party_id", &lo)]).await;
    assert_eq!(removed.status(), 303);
    assert_eq!(app.count("consulted_party").await, 2);
    assert_eq!(
        app.count("audit_log WHERE action = 'party.remove'").await,
        1
    );
});

db_test!(the_demo_list_is_loaded_once, |app| {
    assert_eq!(server::demo_parties::load(&app.db).await.unwrap(), 20);
    assert_eq!(server::demo_parties::load(&app.db).await.unwrap(), 0);
    assert_eq!(app.count("consulted_party").await, 20);
});
