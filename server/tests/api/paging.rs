//! Numbers taken from a request are bounded where they are read: hostile pages and page sizes
//! on every list (public and officials', API and HTML) answer 200 with the last or an empty
//! page, or a 4xx that says what is wrong, never a 500 or a dead process.

use app::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::{DEMO, TestApp, call, paths};
use crate::inbox::{letter, resident};

const HUGE: &str = "1000000000";
const BEYOND_U64: &str = "99999999999999999999999";

/// Three published responses about housing, indexed for the search.
async fn three_published(app: &TestApp) {
    for text in [
        "Billige boliger, tak.",
        "Flere boliger.",
        "Boliger til unge.",
    ] {
        letter(app, resident(text), "letter").await;
    }
    crate::search::indexed(app).await;
}

async fn json_of(app: &TestApp, cookie: Option<&str>, path: &str) -> Value {
    let response = call(app, Method::GET, path, cookie, None).await;
    assert_eq!(response.status(), 200, "GET {path}");
    response.json().await.unwrap()
}

fn count(page: &Value) -> usize {
    page["items"].as_array().unwrap().len()
}

db_test!(
    hostile_pages_of_the_public_list_and_search_answer_an_empty_or_first_page,
    |app| {
        three_published(&app).await;
        let base = paths::responses(DEMO);
        for query in ["q=bolig&", "kind=resident&", ""] {
            for page in [HUGE, BEYOND_U64, "18446744073709551615"] {
                let past = json_of(&app, None, &format!("{base}?{query}page={page}")).await;
                assert_eq!(
                    (count(&past), past["total"].clone()),
                    (0, json!(3)),
                    "{query}"
                );
            }
            for page in ["0", "-1", "-99999999999999999999"] {
                let first = json_of(&app, None, &format!("{base}?{query}page={page}")).await;
                assert_eq!(count(&first), 3, "{query}page={page} is the first page");
            }
            let wide = format!("{base}?{query}per_page={HUGE}&page=2");
            assert_eq!(
                count(&json_of(&app, None, &wide).await),
                0,
                "100 a page at most"
            );
            let narrow = format!("{base}?{query}per_page=0");
            assert_eq!(
                count(&json_of(&app, None, &narrow).await),
                1,
                "1 a page at least"
            );
            let garbage = app.get(&format!("{base}?{query}page=abc")).await;
            assert_eq!(garbage.status(), 400, "{query}page=abc");
            assert!(garbage.text().await.unwrap().contains("whole number"));
        }
    }
);

db_test!(
    hostile_pages_of_the_public_html_list_show_its_last_page,
    |app| {
        three_published(&app).await;
        for query in ["", "q=bolig&", "q=bolig&sort=newest&"] {
            for page in [HUGE, BEYOND_U64, "0", "-5", "x"] {
                let path = paths::hearing_page(DEMO, &format!("responses?{query}page={page}"));
                let (status, html) = app.get_page(&path).await;
                assert_eq!(status, 200, "{path}");
                assert!(html.contains("1 / 1"), "{path}: the one page there is");
                assert!(html.matches("2010-64452-000").count() >= 3, "{path}");
            }
        }
    }
);

db_test!(
    hostile_pages_of_the_inbox_answer_its_last_page_in_api_and_html,
    |app| {
        three_published(&app).await;
        let cookie = app.sign_in("laeser@kk.dk", Role::Reader, None).await;
        let base = paths::admin_api(DEMO, "responses");
        for query in ["", "q=bolig&"] {
            let path = format!("{base}?{query}page={BEYOND_U64}&per_page={BEYOND_U64}");
            let last = json_of(&app, Some(&cookie), &path).await;
            assert_eq!(
                (last["page"].clone(), last["per_page"].clone()),
                (json!(1), json!(500))
            );
            assert_eq!(count(&last), 3);
            let path = format!("{base}?{query}page=-3&per_page=-1");
            let first = json_of(&app, Some(&cookie), &path).await;
            assert_eq!(
                (first["page"].clone(), first["per_page"].clone()),
                (json!(1), json!(1))
            );
            for page in [HUGE, BEYOND_U64, "0", "-1", "x"] {
                let path = paths::admin_page(
                    DEMO,
                    &format!("responses?{query}page={page}&per_page={page}"),
                );
                let response = call(&app, Method::GET, &path, Some(&cookie), None).await;
                assert_eq!(response.status(), 200, "{path}");
            }
        }
    }
);

db_test!(hostile_pages_of_the_audit_log_answer_an_empty_page, |app| {
    let admin = app.sign_in("admin@kk.dk", Role::Admin, None).await;
    let (id, _) = letter(&app, resident("Et svar."), "letter").await;
    let hold = json!({"action": "hold", "reason": "Tjekkes."});
    let path = format!("/api/v1/admin/responses/{id}/moderation");
    let held = call(&app, Method::POST, &path, Some(&admin), Some(hold)).await;
    assert_eq!(held.status(), 200);
    let path = format!("/api/v1/admin/audit?page={BEYOND_U64}&per_page={BEYOND_U64}");
    let past = json_of(&app, Some(&admin), &path).await;
    assert_eq!(count(&past), 0);
    assert!(past["total"].as_u64().unwrap() >= 1, "the hold");
    let first = json_of(&app, Some(&admin), "/api/v1/admin/audit?page=-1&per_page=0").await;
    assert_eq!(count(&first), 1);
});

db_test!(
    a_draft_diff_of_the_lowest_version_number_is_not_found,
    |app| {
        let cookie = app.sign_in("laeser@kk.dk", Role::Reader, None).await;
        let base = paths::admin_api(DEMO, "drafts/diff");
        for query in ["to=-2147483648", "from=-2147483648&to=2147483647", "to=0"] {
            let response = call(
                &app,
                Method::GET,
                &format!("{base}?{query}"),
                Some(&cookie),
                None,
            )
            .await;
            assert_eq!(response.status(), 404, "{query}");
        }
    }
);

db_test!(
    a_bulk_action_takes_at_most_an_inbox_page_of_responses,
    |app| {
        let cookie = app.sign_in("sb@kk.dk", Role::Official, None).await;
        let ids: Vec<i32> = (1..=501).collect();
        let path = paths::admin_api(DEMO, "moderation");
        let body = json!({"ids": ids, "action": "publish"});
        let response = call(&app, Method::POST, &path, Some(&cookie), Some(body)).await;
        assert_eq!(response.status(), 422);
        let refused: Value = response.json().await.unwrap();
        assert_eq!(
            refused["errors"]["ids"],
            "Vælg højst 500 høringssvar ad gangen."
        );
    }
);
