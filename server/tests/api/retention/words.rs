//! After an erasure the respondent's words are nowhere in the database but in the record
//! kept: not in the audit log (which recorded the author's change and each redaction with
//! the text before and after), nor in the quotes a theme keeps for officials or the public,
//! nor in the themes a hearing keeps ready for its pages. Every row of every table is read;
//! and a theme run is queued, whose labels and terms come from the words that are left.

use app::auth::Role;
use app::entities::{theme, theme_member, theme_outbox};
use app::retention::{Keep, erase_responses};
use app::themes::public_words::PublicWords;
use app::themes::quotes::Quote;
use chrono::SubsecRound;
use reqwest::Method;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use super::*;
use crate::db_test;
use crate::helpers::call;
use crate::helpers::database::every_row;
use crate::manage::{post_form, verified_response};

/// What the author wrote through the private link; officials keep the last two sentences
/// out of the published text.
const TEXT: &str = "Sprogkurser om aftenen hjælper. Jeg har PTSD. Jeg bor på Valbyvej 12.";
/// The words no table may hold after the erasure.
const SECRETS: [&str; 2] = ["PTSD", "Valbyvej"];

/// A response whose author changed its text, with two passages an official redacted one by
/// one, quoted by a theme for officials and for the public, and the hearing's themes read
/// (so kept ready for its pages); its id.
async fn changed_redacted_and_quoted(app: &TestApp) -> i32 {
    let page = verified_response(app).await;
    let changed = post_form(
        app,
        &page,
        &[("action", "update"), ("stance", "none"), ("text", TEXT)],
    )
    .await;
    assert_eq!(changed.status(), 303);
    let cookie = app.sign_in("sb@kk.dk", Role::Official, None).await;
    let list = call(
        app,
        Method::GET,
        &paths::admin_api(DEMO, "responses"),
        Some(&cookie),
        None,
    )
    .await;
    let list: Value = list.json().await.unwrap();
    let id = i32::try_from(list["items"][0]["id"].as_i64().unwrap()).unwrap();
    let path = format!("/api/v1/admin/responses/{id}/moderation");
    for passage in ["Jeg bor på Valbyvej 12.", "Jeg har PTSD."] {
        let redact = json!({"action": "redact", "reason": "Personoplysninger", "passage": passage});
        let done = call(app, Method::POST, &path, Some(&cookie), Some(redact)).await;
        assert_eq!(done.status(), 200, "{}", done.text().await.unwrap());
    }
    quoted(app, id).await;
    id
}

async fn quoted(app: &TestApp, id: i32) {
    let hearing_id = app.demo_hearing_id().await;
    let quote = Quote {
        response_id: id,
        sentence: "Jeg har PTSD.".into(),
    };
    let public = PublicWords {
        terms: vec!["sprogkurser".into()],
        quotes: vec![quote.clone()],
        sources: vec![(id, "fingerprint".into())],
    };
    let now = chrono::Utc::now();
    let theme = theme::ActiveModel {
        hearing_id: Set(hearing_id),
        label: Set("sprogkurser".into()),
        terms_json: Set("[\"sprogkurser\"]".into()),
        quotes_json: Set(serde_json::to_string(&[quote]).unwrap()),
        public_json: Set(Some(public.to_json())),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    theme_member::ActiveModel {
        theme_id: Set(theme.id),
        response_id: Set(id),
        hearing_id: Set(hearing_id),
        manual: Set(false),
        assigned_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    app::themes::public_cache::officials(&app.db, hearing_id)
        .await
        .unwrap();
    app::themes::public_cache::read(&app.db, hearing_id)
        .await
        .unwrap();
}

/// The tables holding a secret, with the secret.
async fn holding_secrets(app: &TestApp) -> Vec<(String, &'static str)> {
    let mut found = Vec::new();
    for (table, rows) in every_row(&app.db).await {
        for secret in SECRETS {
            if rows.contains(secret) {
                found.push((table.clone(), secret));
            }
        }
    }
    found
}

async fn erased_leaves_no_words(app: TestApp, keep: Keep) {
    let id = changed_redacted_and_quoted(&app).await;
    let before = holding_secrets(&app).await;
    for table in ["audit_log", "response", "theme", "public_stamp"] {
        assert!(
            before.iter().any(|(t, _)| t == table),
            "the scenario puts the words in {table}: {before:?}"
        );
    }
    // An hour ahead, so no row the app's workers write meanwhile is taken for the erasure's.
    let now = chrono::Utc::now().trunc_subsecs(0) + chrono::Duration::hours(1);
    let erased = erase_responses(&app.db, &[id], keep, None, now)
        .await
        .unwrap();
    assert_eq!(holding_secrets(&app).await, []);
    assert!(erased.audit_texts >= 3, "{erased:?}");
    assert!(erased.quotes >= 2, "{erased:?}");
    let queued = theme_outbox::Entity::find()
        .filter(theme_outbox::Column::CreatedAt.eq(now))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(
        queued.len(),
        1,
        "a theme run is queued: labels and terms were made from the erased words too"
    );
    let entries = audit(&app, "respondent.change").await;
    assert_eq!(entries.len(), 1, "the entry stays, without the words");
    assert!(entries[0].2.contains("[slettet]"), "{:?}", entries[0]);
}

db_test!(an_erased_record_keeps_no_redacted_words_anywhere, |app| {
    erased_leaves_no_words(app, Keep::Record).await;
});

db_test!(a_deleted_response_leaves_no_words_anywhere, |app| {
    erased_leaves_no_words(app, Keep::Nothing).await;
});
