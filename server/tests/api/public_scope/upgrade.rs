//! Upgrading a database whose themes were made before the public's words existed: the
//! migration adds `theme.public_json` and queues each hearing with themes for a run, so its
//! public words are made once the server starts (until then the public sees no theme words).

use app::entities::theme;
use migration::{Migrator, MigratorTrait};
use sea_orm::{ActiveModelTrait, Set};

use crate::digest::{demo_hearing, on_both};
use crate::helpers::{Backend, bare_database, steps_back_to_before};

async fn upgraded_hearings_with_themes_are_queued_for_their_public_words(backend: Backend) {
    let bare = bare_database(backend).await;
    let hearing = demo_hearing(&bare.db).await;
    let now = chrono::Utc::now();
    theme::ActiveModel {
        hearing_id: Set(hearing.id),
        label: Set("beskæftigelse, jobcenter".into()),
        terms_json: Set("[]".into()),
        quotes_json: Set("[]".into()),
        public_json: Set(None),
        pinned: Set(false),
        kept: Set(false),
        merged: Set(false),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&bare.db)
    .await
    .unwrap();
    Migrator::down(
        &bare.db,
        Some(steps_back_to_before("m20261230_000300_derived")),
    )
    .await
    .expect("down");
    Migrator::up(&bare.db, None).await.expect("up again");
    let pending = app::themes::outbox::pending(&bare.db).await.unwrap();
    assert_eq!(pending.len(), 1, "{pending:?}");
    assert_eq!(pending[0].hearing_id, hearing.id);
    assert!(pending[0].requested, "run without waiting");
    let age = chrono::Utc::now() - pending[0].oldest;
    assert!(age.num_seconds().abs() < 60, "the time reads back: {age}");
}

on_both!(
    upgraded_hearings_are_queued,
    upgraded_hearings_with_themes_are_queued_for_their_public_words
);
