//! `/admin/hearings/{slug}/responses/new` as a browser without JavaScript uses it: the page,
//! a letter with its PDF posted as the form's multipart body, and a refused form shown again
//! with what was typed and each message at its field.

use super::{LETTER, official, registration_entry, response_row};
use crate::db_test;
use crate::fixtures;
use crate::helpers::{DEMO, TestApp, form, paths};

db_test!(an_official_registers_a_letter_through_the_page, |app| {
    let cookie = official(&app).await;
    let page_path = paths::admin_page(DEMO, "responses/new");
    let page = app.html_with_cookie(&page_path, &cookie).await;
    for expected in [
        "name=\"channel\"",
        "name=\"received_on\"",
        "name=\"about\"",
        "name=\"files\"",
        "Registrér høringssvar",
    ] {
        assert!(page.contains(expected), "{expected} missing from the page");
    }
    let inbox = app
        .html_with_cookie(&paths::admin_page(DEMO, "responses"), &cookie)
        .await;
    assert!(
        inbox.contains(&format!("href=\"{page_path}\"")),
        "the inbox links to the page"
    );
    let mut body = reqwest::multipart::Form::new();
    for (name, value) in LETTER {
        body = body.text(*name, *value);
    }
    let body = body.text("about", "paragraph:").part(
        "files",
        reqwest::multipart::Part::bytes(fixtures::pdf("Brev fra foreningen"))
            .file_name("brev.pdf")
            .mime_str("application/pdf")
            .unwrap(),
    );
    let answer = app
        .client
        .post(app.url(&page_path))
        .header(reqwest::header::COOKIE, &cookie)
        .multipart(body)
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 303);
    let location = answer.headers()["location"].to_str().unwrap().to_owned();
    assert!(
        location.starts_with(&format!("{page_path}?registered=2010-")),
        "{location}"
    );
    let response_id: i32 = location.rsplit("id=").next().unwrap().parse().unwrap();
    let row = response_row(&app, response_id).await;
    assert_eq!(row.channel.as_str(), "letter");
    assert_eq!(
        app.count(&format!("attachment WHERE response_id = {response_id}"))
            .await,
        1
    );
    let (actor, _) = registration_entry(&app, response_id).await;
    assert_eq!(actor, Some(app.id_of("sagsbehandler@kk.dk").await));
    let shown = app.html_with_cookie(&location, &cookie).await;
    assert!(
        shown.contains(&format!("Høringssvar {} er registreret.", row.svarnummer)),
        "{shown}"
    );
});

/// Posts `fields` as the page's form (URL-encoded, as a browser without files does), which
/// is refused: the page again.
async fn refused(app: &TestApp, cookie: &str, fields: &[(&str, &str)]) -> String {
    let answer = form(
        app,
        &paths::admin_page(DEMO, "responses/new"),
        Some(cookie),
        fields,
    )
    .await;
    assert_eq!(answer.status(), 422);
    answer.text().await.unwrap()
}

db_test!(a_refused_form_keeps_what_was_typed, |app| {
    let cookie = official(&app).await;
    let before = app.count("response").await;
    let mut fields: Vec<(&str, &str)> = LETTER
        .iter()
        .copied()
        .filter(|(n, _)| *n != "received_on")
        .collect();
    fields.push(("received_on", "15/11/2010"));
    fields.push(("email", "ikke en adresse"));
    fields.push(("about", "paragraph:findes-ikke"));
    let html = refused(&app, &cookie, &fields).await;
    for kept in [
        "Foreningen Nydanske Kvinder",
        "Formand",
        "ikke en adresse",
        "15/11/2010",
        "holder åbent om aftenen",
    ] {
        assert!(html.contains(kept), "{kept} was not kept");
    }
    assert!(
        html.contains("id=\"error-received_on\""),
        "the date's message at its field"
    );
    assert!(
        html.contains("id=\"error-email\""),
        "the address's message at its field"
    );
    assert!(html.contains("år-måned-dag"), "in Danish");
    assert_eq!(app.count("response").await, before, "nothing stored");
    // Only the unknown paragraph left: answered at the choice of what it is about.
    let mut fields: Vec<(&str, &str)> = LETTER.to_vec();
    fields.push(("about", "paragraph:findes-ikke"));
    let html = refused(&app, &cookie, &fields).await;
    assert!(
        html.contains("id=\"error-field-about\""),
        "at the choice: {html}"
    );
    assert_eq!(app.count("response").await, before);
});

db_test!(the_same_form_sent_twice_registers_once, |app| {
    let cookie = official(&app).await;
    let page_path = paths::admin_page(DEMO, "responses/new");
    let page = app.html_with_cookie(&page_path, &cookie).await;
    let form_id = page
        .split("name=\"form_id\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the form's id")
        .to_owned();
    let mut fields: Vec<(&str, &str)> = LETTER.to_vec();
    fields.push(("form_id", &form_id));
    let first = form(&app, &page_path, Some(&cookie), &fields).await;
    let again = form(&app, &page_path, Some(&cookie), &fields).await;
    assert_eq!(
        (first.status().as_u16(), again.status().as_u16()),
        (303, 303)
    );
    assert_eq!(
        first.headers()["location"],
        again.headers()["location"],
        "a double click is answered with the first registration"
    );
    assert_eq!(app.count("response WHERE channel = 'letter'").await, 1);
    let next = app.html_with_cookie(&page_path, &cookie).await;
    assert!(
        !next.contains(&form_id),
        "the next letter's form has an id of its own"
    );
});
