//! The public responses — the list page, its search page, the API's list and search — and the
//! open data hold no word of a response the public may not read.

use super::*;
use crate::db_test;

db_test!(
    the_public_responses_and_their_search_hold_no_secret,
    |app| {
        let scene = scene(&app).await;
        let list = app.public_responses("?per_page=100").await;
        assert_no_secret("the public API's list", &list.to_string());
        assert!(
            list.to_string().contains("[udeladt]"),
            "the redacted response is listed, redacted: {list}"
        );
        for number in &scene.held {
            assert!(!list.to_string().contains(number.as_str()), "{number}");
        }
        let (status, html) = app.hearing_page("responses").await;
        assert_eq!(status, 200);
        assert_no_secret("the public list page", &html);
        for word in [HELD, REDACTED, REJECTED, WITHDRAWN, UNCONFIRMED] {
            let found = public_search(&app, word).await;
            assert_eq!(found["total"], 0, "{word}: {found}");
            assert_no_secret("the public search", &found.to_string());
            let page = paths::hearing_page(DEMO, &format!("responses?q={word}"));
            let (status, html) = app.get_page(&page).await;
            assert_eq!(status, 200);
            assert_no_secret_but("the public search page", &html, word);
            assert!(html.contains("Ingen svar matcher"), "{html}");
            assert!(!html.contains("<mark>"), "no snippet: {html}");
        }
        let found = public_search(&app, "Forældrenetværket").await;
        assert_eq!(
            found["total"], 5,
            "the published signers are found: {found}"
        );
    }
);

db_test!(the_open_data_holds_no_secret, |app| {
    scene(&app).await;
    for format in ["csv", "json"] {
        let response = app
            .get(&paths::hearing_api(DEMO, &format!("export.{format}")))
            .await;
        assert_eq!(response.status(), 200);
        let body = response.text().await.unwrap();
        assert_no_secret("the open data", &body);
        assert!(body.contains("[udeladt]"), "{body}");
    }
});
