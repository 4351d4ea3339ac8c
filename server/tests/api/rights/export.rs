//! The download holds exactly the respondent's data, across hearings, and nothing of anyone
//! else's; the receipt's private link opens it too, after the deadline.

use std::collections::BTreeSet;

use serde_json::Value;

use super::{DEMO, OTHER, app_on_clock, cookie_of, open_data, past_deadlines, respond};
use crate::helpers::{Backend, form};

async fn the_export_holds_exactly_the_respondents_data(backend: Backend) {
    let (app, _clock) = app_on_clock(backend).await;
    let ida = ("Ida Holm", "ida@example.dk");
    let other = ("Ida Holmberg", "ida.holm@example.dk");
    respond(&app, DEMO, ida, "Idas svar om integration.").await;
    respond(
        &app,
        OTHER,
        ("Ida Holm", "IDA@example.dk"),
        "Idas svar om Valby.",
    )
    .await;
    respond(&app, DEMO, other, "Et andet svar om integration.").await;
    respond(&app, OTHER, other, "Et andet svar om Valby.").await;

    let cookie = open_data(&app, "ida@example.dk").await;
    let answer = app.get_with_cookie("/my-data/export.json", &cookie).await;
    assert_eq!(answer.status(), 200);
    let disposition = answer.headers()["content-disposition"].to_str().unwrap();
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    assert_eq!(answer.headers()["cache-control"], "no-store");
    let raw = answer.text().await.unwrap();
    let data: Value = serde_json::from_str(&raw).unwrap();

    assert_eq!(data["email"], "ida@example.dk");
    let identities = data["identities"].as_array().unwrap();
    assert_eq!(identities.len(), 2);
    for person in identities {
        assert_eq!(person["name"], "Ida Holm");
        assert_eq!(
            person["email"].as_str().unwrap().to_lowercase(),
            "ida@example.dk"
        );
        assert_eq!(person["postal_code"], "2500");
        assert_eq!(person["kind"], "resident");
        assert_eq!(person["publish_name"], true);
    }
    let responses = data["responses"].as_array().unwrap();
    let texts: BTreeSet<&str> = responses
        .iter()
        .map(|r| r["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        BTreeSet::from(["Idas svar om integration.", "Idas svar om Valby."])
    );
    let slugs: BTreeSet<&str> = responses
        .iter()
        .map(|r| r["hearing_slug"].as_str().unwrap())
        .collect();
    assert_eq!(slugs, BTreeSet::from([DEMO, OTHER]));
    for response in responses {
        assert!(response["svarnummer"].is_string());
        assert!(response["submitted_at"].as_str().unwrap().contains('T'));
        assert!(response["files"].as_array().unwrap().is_empty());
    }
    let mails = data["mails"].as_array().unwrap();
    assert!(
        mails.len() >= 5,
        "two links, two receipts and a data link: {mails:?}"
    );
    assert!(mails.iter().all(|m| m["status"].is_string()));
    assert_eq!(data["erasure_requests"], Value::Array(Vec::new()));
    for foreign in ["Holmberg", "ida.holm@", "Et andet svar"] {
        assert!(
            !raw.contains(foreign),
            "nothing of the other respondent: {foreign}"
        );
    }

    let page = app.html_with_cookie("/my-data", &cookie).await;
    for text in [
        "Idas svar om integration.",
        "Idas svar om Valby.",
        "Lokalplan Valby",
        "2500",
    ] {
        assert!(page.contains(text), "the page shows {text}");
    }
    assert!(!page.contains("Et andet svar"));
    assert!(!page.contains("Holmberg"));
}

crate::digest::on_both!(
    the_export_holds_exactly_the_respondents_data,
    the_export_holds_exactly_the_respondents_data
);

async fn the_receipt_link_opens_the_data_after_the_deadline(backend: Backend) {
    let (app, clock) = app_on_clock(backend).await;
    let manage = respond(&app, DEMO, ("Ida Holm", "ida@example.dk"), "Mit svar.").await;
    past_deadlines(&clock);
    let (status, html) = app.get_page(&format!("/responses/manage/{manage}")).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("Høringsfristen er udløbet"),
        "read-only: {html}"
    );
    assert!(html.contains("Se, hent eller slet dine data"));
    let opened = form(
        &app,
        &format!("/responses/manage/{manage}/my-data"),
        None,
        &[],
    )
    .await;
    assert_eq!(opened.status(), 303);
    assert_eq!(opened.headers()["location"], "/my-data");
    let cookie = cookie_of(&opened);
    let html = app.html_with_cookie("/my-data", &cookie).await;
    assert!(html.contains("Mit svar."), "{html}");
    assert!(
        !html.contains("name=\"intent\" value=\"withdraw\""),
        "no withdrawal after the deadline"
    );
    let export = app.get_with_cookie("/my-data/export.json", &cookie).await;
    assert_eq!(export.status(), 200);
    let unknown = form(
        &app,
        &format!("/responses/manage/{}/my-data", "0".repeat(64)),
        None,
        &[],
    )
    .await;
    assert_eq!(unknown.status(), 404);
    assert!(unknown.headers().get("set-cookie").is_none());
}

crate::digest::on_both!(
    the_receipt_link_opens_the_data_after_the_deadline,
    the_receipt_link_opens_the_data_after_the_deadline
);
