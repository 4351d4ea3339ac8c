//! Kept public pages (`server::page_cache`): served again only while nothing they show has
//! changed, each answer with its own nonce and form key, never for a signed-in official.

use app::auth::Role;
use app::entities::public_stamp;
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, Set};

use reqwest::Method;
use serde_json::{Value, json};

use crate::db_test;
use crate::hearing_admin::send;
use crate::helpers::{DEMO, TestApp, call_json, paths};
use crate::inbox::{letter, resident};

/// The page at `path`: whether it was kept (`x-page-cache`), its CSP nonce and its body.
async fn fetch(app: &TestApp, path: &str, cookie: Option<&str>) -> (String, String, String) {
    // Not `TestApp::get`, which tells the kept pages that something changed: here only the
    // app's own signals may.
    let mut request = app.client.get(format!("{}{path}", app.address));
    if let Some(cookie) = cookie {
        request = request.header(reqwest::header::COOKIE, cookie);
    }
    let response = request.send().await.expect("request");
    assert_eq!(response.status(), 200, "{path}");
    let headers = response.headers().clone();
    let kept = headers
        .get("x-page-cache")
        .map_or("absent", |v| v.to_str().unwrap())
        .to_owned();
    let csp = headers["content-security-policy"].to_str().unwrap();
    let nonce = csp
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("a nonce in the policy")
        .to_owned();
    (kept, nonce, response.text().await.unwrap())
}

/// The form's signed render time in `html`.
fn started(html: &str) -> String {
    let field = "name=\"started\" value=\"";
    let at = html.find(field).expect("the form's started field") + field.len();
    html[at..].split('"').next().unwrap().to_owned()
}

db_test!(
    a_kept_page_is_sent_again_with_its_own_nonce_and_form_key,
    |app| {
        app.open_demo_hearing().await;
        let (first, nonce_1, html_1) =
            fetch(&app, &paths::hearing_page(DEMO, "respond"), None).await;
        let (second, nonce_2, html_2) =
            fetch(&app, &paths::hearing_page(DEMO, "respond"), None).await;
        assert_eq!((first.as_str(), second.as_str()), ("miss", "hit"));
        assert_ne!(nonce_1, nonce_2);
        for (html, nonce, other) in [(&html_1, &nonce_1, &nonce_2), (&html_2, &nonce_2, &nonce_1)] {
            assert!(
                html.contains(&format!("nonce=\"{nonce}\"")),
                "scripts carry the header's nonce"
            );
            assert!(!html.contains(other.as_str()), "no other answer's nonce");
        }
        let (key_1, key_2) = (started(&html_1), started(&html_2));
        assert_ne!(key_1, key_2, "each form is its own idempotency key");
        let key = app::web::fill_time::FillKey::load(&app.db, chrono::Utc::now())
            .await
            .unwrap();
        assert!(
            key.render_id(&key_1).is_some(),
            "the rendered form's key is signed: {key_1}"
        );
        assert!(
            key.render_id(&key_2).is_some(),
            "the kept form's key is signed: {key_2}"
        );

        // Another language is another page; a signed-in official is never served a kept one.
        let (english, ..) = fetch(
            &app,
            &paths::hearing_page(DEMO, "respond"),
            Some("ordet_lang=en"),
        )
        .await;
        assert_eq!(english, "miss");
        let cookie = app.sign_in("sb@kk.dk", Role::Moderator, None).await;
        let (signed_in, ..) =
            fetch(&app, &paths::hearing_page(DEMO, "respond"), Some(&cookie)).await;
        assert_eq!(signed_in, "absent");
    }
);

db_test!(
    a_change_made_through_this_process_is_shown_at_the_next_request,
    |app| {
        fetch(&app, &paths::hearing_page(DEMO, ""), None).await;
        let (kept, _, before) = fetch(&app, &paths::hearing_page(DEMO, ""), None).await;
        assert_eq!(kept, "hit");
        assert!(!before.contains("Ny titel på høringen"));
        let admin = app.sign_in("admin@kk.dk", Role::Admin, None).await;
        let api = paths::admin_api(DEMO, "");
        let current: Value = call_json(&app, Method::GET, &api, Some(&admin), None).await;
        let mut settings = current["settings"].clone();
        settings["title"] = json!("Ny titel på høringen");
        let saved = send(&app, Method::PUT, &api, Some(&admin), Some(&settings)).await;
        assert_eq!(saved.status(), 200);
        let (kept, _, after) = fetch(&app, &paths::hearing_page(DEMO, ""), None).await;
        assert_eq!(kept, "miss");
        assert!(after.contains("Ny titel på høringen"));
    }
);

db_test!(a_change_made_elsewhere_is_shown_within_moments, |app| {
    assert_shown_after_a_change_elsewhere(&app, "Titel skrevet af en anden proces").await;
});

/// A lost notification connection is opened again, and no change is missed meanwhile.
#[tokio::test]
async fn a_lost_change_signal_is_found_again_on_postgres() {
    let app = crate::helpers::spawn_app(crate::helpers::Backend::Postgres).await;
    assert_eq!(listeners(&app, "count(*)").await, 1, "the process listens");
    assert_shown_after_a_change_elsewhere(&app, "Før forbindelsen blev afbrudt").await;
    let cut = listeners(&app, "count(pg_terminate_backend(pid))").await;
    assert_eq!(cut, 1, "the listening connection was cut");
    assert_shown_after_a_change_elsewhere(&app, "Efter forbindelsen blev afbrudt").await;
}

/// `what` (an aggregate) over the connections listening on the test's database, once one
/// listens (the process starts listening right after it starts; at most 10 s).
async fn listeners(app: &TestApp, what: &str) -> i64 {
    let sql = format!(
        "SELECT {what} AS n FROM pg_stat_activity \
         WHERE datname = current_database() AND query ILIKE 'LISTEN%'"
    );
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let statement = sea_orm::Statement::from_string(app.db.get_database_backend(), &sql);
        let row = app.db.query_one_raw(statement).await.unwrap().unwrap();
        let n: i64 = row.try_get("", "n").unwrap();
        if n > 0 || std::time::Instant::now() > deadline {
            return n;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// Sets the demo hearing's title to `title` straight in the database (as another process
/// would), after its page was kept; the page shows the title within five seconds.
async fn assert_shown_after_a_change_elsewhere(app: &TestApp, title: &str) {
    fetch(app, &paths::hearing_page(DEMO, ""), None).await;
    let (kept, _, before) = fetch(app, &paths::hearing_page(DEMO, ""), None).await;
    assert_eq!(kept, "hit");
    assert!(!before.contains(title));
    let sql = format!("UPDATE hearing SET title = '{title}' WHERE slug = '{DEMO}'");
    app.db.execute_unprepared(&sql).await.unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    loop {
        let (_, _, html) = fetch(app, &paths::hearing_page(DEMO, ""), None).await;
        if html.contains(title) {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the page still shows the old title 5 s after the change: {title}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

/// Every table a public page of the hearing shows, and a row of it to touch.
const SHOWN: [(&str, &str); 11] = [
    ("hearing", "id = {hearing}"),
    ("draft_version", "hearing_id = {hearing}"),
    ("milestone", "hearing_id = {hearing}"),
    ("annex", "hearing_id = {hearing}"),
    ("consulted_party", "hearing_id = {hearing}"),
    ("hvidbog_remark", "hearing_id = {hearing}"),
    ("section_summary", "hearing_id = {hearing}"),
    ("hearing_outcome", "hearing_id = {hearing}"),
    ("response", "hearing_id = {hearing}"),
    (
        "respondent",
        "id IN (SELECT respondent_id FROM response WHERE hearing_id = {hearing})",
    ),
    (
        "attachment",
        "response_id IN (SELECT id FROM response WHERE hearing_id = {hearing})",
    ),
];

async fn stamp(app: &TestApp, hearing: i32) -> i64 {
    public_stamp::Entity::find_by_id(hearing)
        .one(&app.db)
        .await
        .unwrap()
        .map_or(0, |row| row.stamp)
}

db_test!(
    every_change_a_public_page_shows_moves_the_hearings_stamp,
    |app| {
        let hearing = app.demo_hearing_id().await;
        let (response_id, _) = letter(&app, resident("Et brev med et bilag."), "letter").await;
        add_rows(&app, hearing, response_id as i32).await;
        for (table, rows) in SHOWN {
            let before = stamp(&app, hearing).await;
            let rows = rows.replace("{hearing}", &hearing.to_string());
            // An update that changes nothing still is a change the page must not miss.
            let sql = format!("UPDATE {table} SET id = id WHERE {rows}");
            let touched = app.db.execute_unprepared(&sql).await.unwrap();
            assert!(touched.rows_affected() > 0, "{table} has a row");
            assert!(stamp(&app, hearing).await > before, "a change of {table}");
        }
    }
);

/// A party, a hvidbog remark and a file, which the test's demo hearing has none of.
async fn add_rows(app: &TestApp, hearing: i32, response_id: i32) {
    app::entities::consulted_party::ActiveModel {
        hearing_id: Set(hearing),
        name: Set("Rådet for Etniske Minoriteter".into()),
        name_key: Set("rådet for etniske minoriteter".into()),
        kind: Set("association".parse().unwrap()),
        email: Set("rem@example.dk".into()),
        created_at: Set(chrono::Utc::now()),
        updated_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    app::entities::hvidbog_remark::ActiveModel {
        hearing_id: Set(hearing),
        target: Set("response".parse().unwrap()),
        target_id: Set(response_id),
        remark: Set("Forvaltningen noterer sig svaret.".into()),
        gives_change: Set(Some(false)),
        updated_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    app::entities::hearing_outcome::ActiveModel {
        hearing_id: Set(hearing),
        decided_on: Set(server::demo::today()),
        committee: Set("Beskæftigelses- og Integrationsudvalget".into()),
        decision: Set("Vedtaget.".into()),
        updated_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    app::entities::attachment::ActiveModel {
        response_id: Set(Some(response_id)),
        filename: Set("brev.pdf".into()),
        content_type: Set("application/pdf".into()),
        size_bytes: Set(3),
        sha256: Set("0".repeat(64)),
        extraction_state: Set("pending".parse().unwrap()),
        extraction_attempts: Set(0),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
}
