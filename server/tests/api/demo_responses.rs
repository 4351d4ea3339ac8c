//! `ordet demo`'s synthetic responses: 300 the first time only, N more with `--responses N`,
//! the same texts for the same `--seed`, all verified, published and searchable.

use std::process::Command;

use app::entities::{audit_log, index_outbox, respondent, response};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};
use server::demo_responses::{self, AUDIT_ACTION};

use crate::db_test;
use crate::helpers::{DEMO, TestApp};

/// Runs `ordet demo --original-dates EXTRA…` on the test app's database; its output.
async fn ordet_demo(app: &TestApp, extra: &[&str]) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ordet"));
    command
        .env_clear()
        .env("DATABASE_URL", app.database_url())
        .env("ORDET_DATA_DIR", app.data_dir.path())
        .env("RUST_LOG", "warn")
        .args(["demo", "--original-dates"])
        .args(extra);
    let output = tokio::task::spawn_blocking(move || command.output())
        .await
        .unwrap()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

async fn responses(app: &TestApp) -> Vec<response::Model> {
    response::Entity::find()
        .order_by_asc(response::Column::Seq)
        .all(&app.db)
        .await
        .unwrap()
}

async fn batches(app: &TestApp) -> u64 {
    audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(AUDIT_ACTION))
        .count(&app.db)
        .await
        .unwrap()
}

db_test!(
    ordet_demo_adds_300_synthetic_responses_the_first_time_only,
    |app| {
        let first = ordet_demo(&app, &[]).await;
        assert!(
            first.contains(
                "Added 300 synthetic responses to «Københavns Integrationspolitik 2011-2014» \
             (2010-64452-0001 … 2010-64452-0300)."
            ),
            "{first}"
        );
        let second = ordet_demo(&app, &[]).await;
        assert!(second.contains("none added"), "{second}");
        let rows = responses(&app).await;
        assert_eq!(rows.len(), 300);
        assert_eq!(batches(&app).await, 1);
        let queued = index_outbox::Entity::find()
            .filter(index_outbox::Column::Entity.eq("response"))
            .count(&app.db)
            .await
            .unwrap();
        assert_eq!(queued, 300, "each response is queued for the index");

        let hearing = app::hearing::store::find_by_slug(&app.db, DEMO)
            .await
            .unwrap()
            .unwrap();
        for (i, r) in rows.iter().enumerate() {
            assert_eq!(r.seq, i as i32 + 1);
            assert_eq!(r.status.as_str(), "published");
            assert!(r.held_reason.is_none() && r.public_body.is_none());
            let (verified, published) = (r.verified_at.unwrap(), r.published_at.unwrap());
            assert!(r.submitted_at <= verified && verified == published);
            assert!(hearing.opens_at <= r.submitted_at && r.submitted_at <= hearing.closes_at);
        }
        assert!(
            rows.windows(2)
                .all(|w| w[0].submitted_at <= w[1].submitted_at)
        );
        let language = |code: &str| {
            rows.iter()
                .filter(|r| r.language.as_deref() == Some(code))
                .count()
        };
        assert_eq!(
            [
                language("da"),
                language("en"),
                language("ar"),
                language("tr")
            ],
            [255, 21, 12, 12]
        );
        let on_paragraph = rows.iter().filter(|r| r.paragraph_id.is_some()).count();
        assert!((60..160).contains(&on_paragraph), "{on_paragraph}");
        assert!(
            rows.iter()
                .all(|r| r.paragraph_id.is_none() || r.section_id.is_some())
        );

        let kinds: std::collections::BTreeSet<String> = respondent::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .into_iter()
            .map(|p| p.kind.to_string())
            .collect();
        assert_eq!(kinds.len(), 4, "{kinds:?}");
    }
);

db_test!(ordet_demo_with_responses_adds_that_many_every_run, |app| {
    for run in 1..=2 {
        let out = ordet_demo(&app, &["--responses", "50", "--seed", "5"]).await;
        assert!(out.contains("Added 50 synthetic responses"), "{out}");
        assert_eq!(responses(&app).await.len(), 50 * run);
        assert_eq!(batches(&app).await, run as u64);
    }
    let rows = responses(&app).await;
    assert_eq!(rows[50].svarnummer, "2010-64452-0051");
    assert_eq!(rows[0].body, rows[50].body, "the same seed, the same texts");
    let default = ordet_demo(&app, &[]).await;
    assert!(default.contains("none added"), "{default}");
    assert_eq!(responses(&app).await.len(), 100);
});

db_test!(
    the_same_seed_writes_the_same_texts_and_another_seed_others,
    |app| {
        let now = chrono::Utc::now();
        let added = demo_responses::add(&app.db, 40, 11, now).await.unwrap();
        assert_eq!(added.count, 40);
        demo_responses::add(&app.db, 40, 12, now).await.unwrap();
        let rows = responses(&app).await;
        let planned: Vec<String> = demo_responses::generate(11, 40)
            .into_iter()
            .map(|s| s.text)
            .collect();
        let stored: Vec<&str> = rows[..40].iter().map(|r| r.body.as_str()).collect();
        assert_eq!(stored, planned);
        let differ = rows[..40]
            .iter()
            .zip(&rows[40..])
            .filter(|(a, b)| a.body != b.body)
            .count();
        assert!(differ > 30, "{differ} of 40 differ");
    }
);

db_test!(synthetic_responses_are_public_and_searchable, |app| {
    let now = chrono::Utc::now();
    let added = demo_responses::add_once(&app.db, (300, 2010), now)
        .await
        .unwrap();
    assert_eq!(added.map(|a| a.count), Some(300));
    let again = demo_responses::add_once(&app.db, (300, 2010), now)
        .await
        .unwrap();
    assert_eq!(again, None);
    app.index_caught_up().await;
    let list = app.public_responses("?per_page=10").await;
    assert_eq!(list["total"], 300, "{list}");
    let found = app.public_responses("?q=modersm%C3%A5lsundervisning").await;
    assert!(found["total"].as_u64().unwrap() >= 15, "{found}");
    assert!(found["facets"]["language"]["da"].as_u64().unwrap() >= 15);
});
