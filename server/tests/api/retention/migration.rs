//! The retention migration on a database with hearings already decided: `decided_at` comes
//! from the audit log's last change to `decided`, else from the row's last change; and the
//! migration goes down and up again.

use app::entities::{audit_log, hearing};
use chrono::{Duration, SubsecRound, Utc};
use migration::{Migrator, MigratorTrait};
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, Set};

use crate::digest::on_both;
use crate::helpers::{Backend, DEMO, bare_database, steps_back_to_before};

on_both!(
    hearings_decided_before_the_migration_get_their_decision_date,
    backfill
);
async fn backfill(backend: Backend) {
    let bare = bare_database(backend).await;
    let db = &bare.db;
    let demo = app::hearing::store::find_by_slug(db, DEMO)
        .await
        .unwrap()
        .unwrap();
    let other = second_hearing(db).await;
    Migrator::down(db, Some(steps_back_to_before("m20261230_000100_retention")))
        .await
        .expect("down");
    db.execute_unprepared("UPDATE hearing SET status = 'decided'")
        .await
        .unwrap();
    let decided = Utc::now().trunc_subsecs(0) - Duration::days(90);
    for (at, status) in [
        (decided - Duration::days(30), "processing"),
        (decided, "decided"),
    ] {
        audit_log::ActiveModel {
            at: Set(at),
            actor_id: Set(None),
            action: Set("hearing.status".into()),
            entity: Set("hearing".into()),
            entity_id: Set(demo.id),
            hearing_id: Set(Some(demo.id)),
            before_json: Set(Some("{}".into())),
            after_json: Set(Some(format!(
                r#"{{"effective":"{status}","status":"{status}"}}"#
            ))),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
    }
    Migrator::up(db, None).await.expect("up");

    let demo_now = hearing::Entity::find_by_id(demo.id)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(demo_now.decided_at, Some(decided), "from the audit log");
    let other_now = hearing::Entity::find_by_id(other)
        .one(db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        other_now.decided_at,
        Some(other_now.updated_at),
        "from the row"
    );
    assert_eq!(
        (
            other_now.retention_months,
            other_now.personal_data_erased_at
        ),
        (None, None)
    );
    let files = crate::helpers::count(db, "attachment WHERE case_file = false").await;
    assert_eq!(files, crate::helpers::count(db, "attachment").await);
}

/// How many migrations to undo for the retention migration to be undone (those after it
/// with it).
/// A second hearing (the slug of `TestApp::other_hearing`); its id.
async fn second_hearing(db: &sea_orm::DatabaseConnection) -> i32 {
    let now = Utc::now();
    let new = app::hearing::store::NewHearing {
        slug: "lokalplan-valby".into(),
        journal_number: "2026-1".into(),
        title: "Lokalplan Valby".into(),
        summary: "En anden høring.".into(),
        committee: "Teknik- og Miljøudvalget".into(),
        opens_at: now - Duration::days(60),
        closes_at: now - Duration::days(30),
        publication_policy: "after_moderation".parse().unwrap(),
        milestones: Vec::new(),
        annexes: Vec::new(),
    };
    app::hearing::store::create(db, &new, chrono::Utc::now())
        .await
        .unwrap()
}
