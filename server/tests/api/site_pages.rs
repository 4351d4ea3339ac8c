//! The installation's own pages: the privacy notice (`/privacy`) and the accessibility
//! statement (`/accessibility`) with the facts an installation configures, in Danish and
//! English, and the footer's links to them on every kind of page.

use app::auth::Role;

use crate::db_test;
use crate::helpers::{Backend, DEMO, TestApp, paths, spawn_app_configured};

/// An installation's facts, as its environment would give them.
fn aarhus(name: &str) -> Option<String> {
    let value = match name {
        "ORDET_CONTROLLER_NAME" => "Aarhus Kommune, Borgerservice",
        "ORDET_CONTROLLER_ADDRESS" => "Rådhuspladsen 2, 8000 Aarhus C",
        "ORDET_CONTROLLER_EMAIL" => "borgerservice@aarhus.example.dk",
        "ORDET_CONTROLLER_PHONE" => "+45 89 40 20 00",
        "ORDET_DPO_EMAIL" => "dpo@aarhus.example.dk",
        "ORDET_ACCESSIBILITY_EMAIL" => "webtilgaengelighed@aarhus.example.dk",
        "ORDET_ACCESSIBILITY_PHONE" => "89 40 21 21",
        "ORDET_ACCESSIBILITY_STATEMENT_DATE" => "2027-01-15",
        "ORDET_ACCESSIBILITY_KNOWN_ISSUES" => "Kortet over lokalplanen | Scannede bilag",
        "ORDET_RETENTION_MONTHS" => "24",
        _ => return None,
    };
    Some(value.to_owned())
}

async fn configured(backend: Backend) -> TestApp {
    spawn_app_configured(backend, None, |config| {
        config.site = server::config_site::installation(&aarhus).expect("the facts");
    })
    .await
}

async fn page(app: &TestApp, path: &str, cookie: &str) -> String {
    let response = app.get_with_cookie(path, cookie).await;
    assert_eq!(response.status(), 200, "GET {path}");
    response.text().await.unwrap()
}

fn headings_in_order(html: &str) {
    assert_eq!(html.matches("<h1").count(), 1, "one h1: {html}");
    assert!(!html.contains("<h3"), "no level is skipped: {html}");
}

async fn configured_pages_state_the_installations_facts(backend: Backend) {
    let app = configured(backend).await;
    let privacy = page(&app, "/privacy", "ordet_lang=da").await;
    headings_in_order(&privacy);
    for fact in [
        "<h1>Privatlivspolitik</h1>",
        "Aarhus Kommune, Borgerservice er dataansvarlig",
        "Rådhuspladsen 2, 8000 Aarhus C",
        r#"href="mailto:borgerservice@aarhus.example.dk""#,
        r#"href="tel:+4589402000""#,
        r#"href="mailto:dpo@aarhus.example.dk""#,
        "artikel 6, stk. 1, litra e",
        "artikel 9, stk. 2",
        "i 24 måneder – medmindre høringen har en anden frist",
        r#"href="/my-data""#,
        "Klage til Datatilsynet",
    ] {
        assert!(privacy.contains(fact), "{fact}: {privacy}");
    }
    assert!(!privacy.contains("demoens standardværdier"), "no demo note");

    let statement = page(&app, "/accessibility", "ordet_lang=da").await;
    headings_in_order(&statement);
    for fact in [
        "<h1>Tilgængelighedserklæring</h1>",
        "delvist i overensstemmelse med WCAG 2.1 niveau AA",
        "<li>Kortet over lokalplanen</li>",
        "<li>Scannede bilag</li>",
        "udarbejdet den 15. januar 2027",
        r#"href="mailto:webtilgaengelighed@aarhus.example.dk""#,
        r#"href="tel:89402121""#,
        "Digitaliseringsstyrelsen",
        "https://digst.dk/digital-inklusion/webtilgaengelighed/",
    ] {
        assert!(statement.contains(fact), "{fact}: {statement}");
    }

    let english = page(&app, "/accessibility", "ordet_lang=en").await;
    assert!(
        english.contains("<h1>Accessibility statement</h1>"),
        "{english}"
    );
    assert!(english.contains("partially compliant with WCAG 2.1 level AA"));
    assert!(english.contains("prepared on 15 January 2027"), "{english}");
    assert!(
        english.contains(r#"<ul lang="da"><li>Kortet over lokalplanen</li>"#),
        "the Danish issues are marked as Danish: {english}"
    );
    let english = page(&app, "/privacy", "ordet_lang=en").await;
    assert!(english.contains("<h1>Privacy notice</h1>"));
    assert!(english.contains("GDPR article 6(1)(e)"));
    assert!(english.contains("for 24 months — unless the hearing sets another period"));
}

crate::digest::on_both!(
    configured_pages_state_the_installations_facts_,
    configured_pages_state_the_installations_facts
);

db_test!(
    unconfigured_the_pages_show_the_demos_values_as_such,
    |app| {
        let (status, privacy) = app.get_page("/privacy").await;
        assert_eq!(status, 200);
        assert!(
            privacy.contains("Københavns Kommune, Beskæftigelses- og Integrationsforvaltningen")
        );
        assert!(privacy.contains("demoens standardværdier"), "{privacy}");
        assert!(privacy.contains("i 12 måneder"));
        let (_, statement) = app.get_page("/accessibility").await;
        assert!(statement.contains("demoens standardværdier"), "{statement}");
    }
);

db_test!(every_kind_of_page_links_to_both_in_its_footer, |app| {
    let cookie = app.sign_in("sidefod@kk.dk", Role::Admin, None).await;
    let hearing = paths::hearing_page(DEMO, "");
    let inbox = paths::admin_page(DEMO, "responses");
    for path in ["/", hearing.as_str(), "/admin", inbox.as_str()] {
        let html = page(&app, path, &cookie).await;
        let footer = &html[html
            .find("<footer")
            .unwrap_or_else(|| panic!("{path}: {html}"))..];
        assert!(
            footer.contains(r#"<a href="/privacy">Privatlivspolitik</a>"#),
            "{path}: {footer}"
        );
        assert!(
            footer.contains(r#"<a href="/accessibility">Tilgængelighedserklæring</a>"#),
            "{path}: {footer}"
        );
    }
});
