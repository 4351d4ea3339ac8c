//! The public themes — the API and the hearing page's "Temaer i høringssvarene" — and the
//! campaigns' public data hold no word of a response the public may not read: not while the
//! words computed before the decisions are still stored, and not after a new run.

use serde_json::Value;

use super::*;
use crate::db_test;

/// The public themes API and the hearing page hold no secret, and every svarnummer they name
/// (quotes, campaigns) is of a published response, none held.
async fn nothing_secret_is_public(app: &TestApp, held: &[String]) -> Value {
    let public = app.public_themes().await;
    assert_no_secret("the public themes", &public.to_string());
    for number in held {
        assert!(
            !public.to_string().contains(number.as_str()),
            "{number}: {public}"
        );
    }
    let (status, html) = app.hearing_page("").await;
    assert_eq!(status, 200);
    assert_no_secret("the hearing page", &html);
    public
}

db_test!(
    the_public_themes_hold_no_word_the_public_may_not_read,
    |app| {
        let scene = scene(&app).await;
        assert!(
            scene.public_before.to_string().contains(SECRETS[0]),
            "before it was held, the held text was public and in the words: {}",
            scene.public_before
        );
        // The words stored by the run before the decisions are not shown any more …
        nothing_secret_is_public(&app, &scene.held).await;
        // … and a new run makes them again from published text only.
        let officials = themes_now(&app, &scene.cookie).await;
        let public = nothing_secret_is_public(&app, &scene.held).await;
        let themes = public["themes"].as_array().unwrap();
        assert!(!themes.is_empty(), "{public:#}");
        assert!(
            themes
                .iter()
                .all(|t| !t["label"].as_str().unwrap().is_empty()),
            "every public theme has a label made of published text: {public:#}"
        );
        let (_, html) = app.hearing_page("").await;
        assert!(html.contains("Temaer i høringssvarene"), "{html}");
        let campaign = &public["campaigns"][0];
        assert_eq!(
            campaign["signers"], 5,
            "the held signer is not counted: {public:#}"
        );
        assert!(
            officials.to_string().contains(HELD),
            "officials' themes still read the held text: {officials:#}"
        );
        assert_eq!(officials["campaigns"][0]["signers"], 6);
    }
);
