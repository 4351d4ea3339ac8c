//! The one-time link: asked for alike whether the address is known, spent by its button only,
//! once, within its hour; the grant it opens ends after half an hour.

use chrono::Duration;

use super::{DEMO, app_on_clock, cookie_of, open_data, respond, token_in_mail};
use crate::helpers::{Backend, TestApp, form};

async fn mails_to(app: &TestApp, address: &str) -> i64 {
    app.count(&format!("mail_outbox WHERE to_addr = '{address}'"))
        .await
}

async fn ask(app: &TestApp, email: &str) -> reqwest::Response {
    form(
        app,
        "/my-data",
        None,
        &[("intent", "link"), ("email", email)],
    )
    .await
}

async fn asking_answers_alike_and_mails_only_a_known_address(backend: Backend) {
    let (app, _clock) = app_on_clock(backend).await;
    respond(&app, DEMO, ("Ida Holm", "ida@example.dk"), "Mit svar.").await;
    let before = mails_to(&app, "ida@example.dk").await;

    let unknown = ask(&app, "nobody@example.dk").await;
    let known = ask(&app, "Ida@Example.dk").await;
    assert_eq!(unknown.status(), 303);
    assert_eq!(known.status(), 303);
    assert_eq!(unknown.headers()["location"], known.headers()["location"]);
    assert_eq!(known.headers()["location"], "/my-data?sent=1");
    assert_eq!(mails_to(&app, "nobody@example.dk").await, 0, "no mail");
    assert_eq!(mails_to(&app, "Ida@Example.dk").await, 1, "one mail");
    assert_eq!(mails_to(&app, "ida@example.dk").await, before);
    let (_, page) = app.get_page("/my-data?sent=1").await;
    assert!(page.contains("Hvis vi har data om adressen"), "{page}");
}

crate::digest::on_both!(
    asking_answers_alike_and_mails_only_a_known_address,
    asking_answers_alike_and_mails_only_a_known_address
);

async fn a_bad_address_is_told_at_its_field_and_kept(backend: Backend) {
    let (app, _clock) = app_on_clock(backend).await;
    let answer = ask(&app, "ikke en adresse").await;
    assert_eq!(answer.status(), 422);
    let html = answer.text().await.unwrap();
    assert!(html.contains("id=\"error-email\""), "{html}");
    assert!(
        html.contains("value=\"ikke en adresse\""),
        "the input is kept"
    );
    assert_eq!(app.count("mail_outbox").await, 0);
    assert_eq!(app.count("rights_token").await, 0);
    // The limiter counts every ask, known or not: the sixth for one address waits.
    for _ in 0..5 {
        assert_eq!(ask(&app, "nobody@example.dk").await.status(), 303);
    }
    let limited = ask(&app, "nobody@example.dk").await;
    assert_eq!(limited.status(), 429);
    let html = limited.text().await.unwrap();
    assert!(
        html.contains("For mange") || html.contains("for mange"),
        "{html}"
    );
    assert!(html.contains("value=\"nobody@example.dk\""));
}

crate::digest::on_both!(
    a_bad_address_is_told_at_its_field_and_kept,
    a_bad_address_is_told_at_its_field_and_kept
);

async fn the_link_opens_once_and_only_by_its_button(backend: Backend) {
    let (app, _clock) = app_on_clock(backend).await;
    respond(&app, DEMO, ("Ida Holm", "ida@example.dk"), "Mit svar.").await;
    assert_eq!(ask(&app, "ida@example.dk").await.status(), 303);
    let token = token_in_mail(&app, "ida@example.dk", "/my-data/open/").await;
    let path = format!("/my-data/open/{token}");
    for _ in 0..2 {
        let (status, html) = app.get_page(&path).await;
        assert_eq!(status, 200);
        assert!(html.contains("Vis mine data"), "a button: {html}");
    }
    assert_eq!(
        app.count("rights_token WHERE used_at IS NOT NULL").await,
        0,
        "GET spends nothing"
    );
    let (_, html) = app.get_page("/my-data").await;
    assert!(!html.contains("Mit svar."), "no data without the grant");

    let opened = form(&app, &path, None, &[]).await;
    assert_eq!(opened.status(), 303);
    assert_eq!(opened.headers()["location"], "/my-data");
    let cookie = cookie_of(&opened);
    let page = app.get_with_cookie("/my-data", &cookie).await;
    assert_eq!(page.status(), 200);
    assert_eq!(
        page.headers()["cache-control"],
        "no-store",
        "no cache keeps a copy"
    );
    let html = page.text().await.unwrap();
    assert!(html.contains("Data om ida@example.dk"), "{html}");
    assert!(html.contains("Mit svar."));

    let again = form(&app, &path, None, &[]).await;
    assert_eq!(again.status(), 410);
    assert!(again.headers().get("set-cookie").is_none());
    assert!(
        again
            .text()
            .await
            .unwrap()
            .contains("Linket er allerede brugt")
    );
    let unknown = form(
        &app,
        &format!("/my-data/open/{}", "0".repeat(64)),
        None,
        &[],
    )
    .await;
    assert_eq!(unknown.status(), 404);
}

crate::digest::on_both!(
    the_link_opens_once_and_only_by_its_button,
    the_link_opens_once_and_only_by_its_button
);

async fn links_and_grants_run_out(backend: Backend) {
    let (app, clock) = app_on_clock(backend).await;
    respond(&app, DEMO, ("Ida Holm", "ida@example.dk"), "Mit svar.").await;
    assert_eq!(ask(&app, "ida@example.dk").await.status(), 303);
    let token = token_in_mail(&app, "ida@example.dk", "/my-data/open/").await;
    let path = format!("/my-data/open/{token}");
    clock.advance(Duration::minutes(61));
    let (status, html) = app.get_page(&path).await;
    assert_eq!(status, 410);
    assert!(html.contains("Linket er udløbet"), "{html}");
    let late = form(&app, &path, None, &[]).await;
    assert_eq!(late.status(), 410);
    assert!(late.headers().get("set-cookie").is_none());

    let cookie = open_data(&app, "ida@example.dk").await;
    clock.advance(Duration::minutes(29));
    let html = app.html_with_cookie("/my-data", &cookie).await;
    assert!(html.contains("Mit svar."), "within half an hour");
    clock.advance(Duration::minutes(2));
    let html = app.html_with_cookie("/my-data", &cookie).await;
    assert!(!html.contains("Mit svar."), "the grant has run out");
    assert!(html.contains("Send mig et link"), "the address form again");
    let export = app.get_with_cookie("/my-data/export.json", &cookie).await;
    assert_eq!(export.status(), 401);
}

crate::digest::on_both!(links_and_grants_run_out, links_and_grants_run_out);
