//! Officials' edits: each audited, refused with a message next to its field, and surviving
//! re-clustering after new responses arrive.

use std::collections::{BTreeSet, HashMap};

use serde_json::json;

use super::*;
use crate::db_test;

/// The responses of each theme.
async fn members(app: &TestApp) -> HashMap<i32, BTreeSet<i64>> {
    let mut out: HashMap<i32, BTreeSet<i64>> = HashMap::new();
    for (response, theme) in theme_of(app).await {
        out.entry(theme).or_default().insert(response);
    }
    out
}

/// The theme holding most of `ids`.
fn theme_holding(placed: &HashMap<i64, i32>, ids: &[i64]) -> i32 {
    let mut votes: HashMap<i32, usize> = HashMap::new();
    for id in ids {
        *votes.entry(placed[id]).or_default() += 1;
    }
    votes.into_iter().max_by_key(|(t, n)| (*n, -t)).unwrap().0
}

fn theme_path(id: i32, action: &str) -> String {
    format!("/api/v1/admin/themes/{id}/{action}")
}

async fn topic(app: &TestApp, topic: usize, range: std::ops::Range<usize>) -> Vec<i64> {
    let texts: Vec<String> = range.map(|n| on_topic(topic, n)).collect();
    published(app, &texts).await
}

db_test!(
    renaming_pinning_merging_and_moving_survive_reclustering,
    |app| {
        let cookie = official(&app).await;
        let mut by_topic = Vec::new();
        for t in 0..4 {
            by_topic.push(topic(&app, t, 0..10).await);
        }
        refreshed(&app, &cookie).await;
        let placed = theme_of(&app).await;
        let [jobs, school, housing, racism] =
            [0, 1, 2, 3].map(|t| theme_holding(&placed, &by_topic[t]));
        let (status, _) = post(
            &app,
            &cookie,
            &theme_path(jobs, "rename"),
            Some(json!({"name": "Job og praktik"})),
        )
        .await;
        assert_eq!(status, 200);
        let (status, _) = post(
            &app,
            &cookie,
            &theme_path(school, "pin"),
            Some(json!({"pinned": true})),
        )
        .await;
        assert_eq!(status, 200);
        let (status, _) = post(
            &app,
            &cookie,
            &theme_path(housing, "merge"),
            Some(json!({"into": racism})),
        )
        .await;
        assert_eq!(status, 200);
        let moved = by_topic[3][0];
        let path = format!("/api/v1/admin/responses/{moved}/theme");
        let (status, _) = post(&app, &cookie, &path, Some(json!({"theme_id": jobs}))).await;
        assert_eq!(status, 200);
        let pinned_before = members(&app).await[&school].clone();

        topic(&app, 0, 10..15).await;
        topic(&app, 1, 10..15).await;
        topic(&app, 2, 10..15).await;
        topic(&app, 4, 0..10).await;
        let after = refreshed(&app, &cookie).await;
        let placed = theme_of(&app).await;
        let named = after["themes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["id"] == json!(jobs));
        assert_eq!(
            named.unwrap()["label"],
            json!("Job og praktik"),
            "{after:#}"
        );
        assert_eq!(
            theme_holding(&placed, &by_topic[0]),
            jobs,
            "the named theme kept its identity"
        );
        assert_eq!(
            members(&app).await[&school],
            pinned_before,
            "a pinned theme never changes"
        );
        let merged: Vec<i64> = by_topic[2]
            .iter()
            .chain(&by_topic[3][1..])
            .copied()
            .collect();
        assert!(
            merged.iter().all(|id| placed[id] == racism),
            "merged themes stay merged"
        );
        assert_eq!(placed[&moved], jobs, "a response placed by hand stays");
        let audited = app
        .count("audit_log WHERE action IN ('theme.rename', 'theme.pin', 'theme.merge', 'theme.move')")
        .await;
        assert_eq!(audited, 4);
    }
);

db_test!(a_split_theme_stays_split, |app| {
    let cookie = official(&app).await;
    let jobs = topic(&app, 0, 0..10).await;
    let school = topic(&app, 1, 0..10).await;
    refreshed(&app, &cookie).await;
    let placed = theme_of(&app).await;
    let (a, b) = (
        theme_holding(&placed, &jobs),
        theme_holding(&placed, &school),
    );
    if a != b {
        let (status, _) = post(
            &app,
            &cookie,
            &theme_path(b, "merge"),
            Some(json!({"into": a})),
        )
        .await;
        assert_eq!(status, 200);
    }
    let (status, body) = post(&app, &cookie, &theme_path(a, "split"), None).await;
    assert_eq!(status, 200, "{body:#}");
    let placed = theme_of(&app).await;
    let (x, y) = (
        theme_holding(&placed, &jobs),
        theme_holding(&placed, &school),
    );
    assert_ne!(x, y, "the split separates the two subjects");
    let parts = members(&app).await;
    topic(&app, 0, 10..14).await;
    topic(&app, 1, 10..14).await;
    refreshed(&app, &cookie).await;
    let again = members(&app).await;
    for part in [x, y] {
        assert!(
            parts[&part].is_subset(&again[&part]),
            "theme {part} kept its members"
        );
    }
    assert_eq!(app.count("audit_log WHERE action = 'theme.split'").await, 1);
});

db_test!(
    bad_edits_are_refused_next_to_their_field_and_change_nothing,
    |app| {
        let cookie = official(&app).await;
        topic(&app, 0, 0..3).await;
        refreshed(&app, &cookie).await;
        let theme = *theme_of(&app).await.values().next().unwrap();
        let (status, body) = post(
            &app,
            &cookie,
            &theme_path(theme, "rename"),
            Some(json!({"name": "  "})),
        )
        .await;
        assert_eq!(
            (status, &body["errors"]["name"]),
            (422, &json!("Skriv et navn til temaet."))
        );
        let long = "x".repeat(81);
        let (status, body) = post(
            &app,
            &cookie,
            &theme_path(theme, "rename"),
            Some(json!({"name": long})),
        )
        .await;
        assert_eq!(
            (status, &body["errors"]["name"]),
            (422, &json!("Navnet må højst være 80 tegn."))
        );
        let (status, body) = post(
            &app,
            &cookie,
            &theme_path(theme, "merge"),
            Some(json!({"into": theme})),
        )
        .await;
        assert_eq!((status, body["errors"]["into"].is_string()), (422, true));
        let (status, body) = post(
            &app,
            &cookie,
            &theme_path(theme, "merge"),
            Some(json!({"into": 99999})),
        )
        .await;
        assert_eq!((status, body["errors"]["into"].is_string()), (422, true));
        let (status, _) = post(
            &app,
            &cookie,
            &theme_path(99999, "pin"),
            Some(json!({"pinned": true})),
        )
        .await;
        assert_eq!(status, 404);
        let reader = app
            .sign_in("laeser@kk.dk", app::auth::Role::Reader, None)
            .await;
        let (status, _) = post(
            &app,
            &reader,
            &theme_path(theme, "pin"),
            Some(json!({"pinned": true})),
        )
        .await;
        assert_eq!(status, 403);
        let unsigned = call(
            &app,
            Method::POST,
            &theme_path(theme, "pin"),
            None,
            Some(json!({"pinned": true})),
        )
        .await;
        assert_eq!(unsigned.status(), 401);
        assert_eq!(
            app.count("audit_log WHERE action LIKE 'theme.%'").await,
            0,
            "nothing changed"
        );
        let row = app::entities::theme::Entity::find_by_id(theme)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!((row.name, row.pinned), (None, false));
    }
);
