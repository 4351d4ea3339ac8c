//! Background jobs shared by several server processes on one database: named leases, the
//! jobs one process at a time runs, claimed attachment extraction and claimed mail, and a
//! graceful shutdown that hands back what the stopping process holds.

mod claims;
mod leases;
mod pruners;
mod shutdown;
mod singletons;
mod themes;

use std::time::Duration;

use app::clock::SharedClock;
use app::instance::Instance;
use app::jobs::Job;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use tokio_util::sync::CancellationToken;

/// What a background task of the "process" called `name` on `db` is given.
pub fn job(db: &DatabaseConnection, name: &str, clock: SharedClock) -> Job {
    Job {
        db: db.clone(),
        instance: Instance::named(name),
        clock,
        stop: CancellationToken::new(),
    }
}

/// The holders of every lease, by lease name.
pub async fn holders(db: &DatabaseConnection) -> Vec<(String, String)> {
    let mut rows: Vec<(String, String)> = app::entities::lease::Entity::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|lease| (lease.name, lease.holder))
        .collect();
    rows.sort();
    rows
}

/// The holder of lease `name`, if anyone holds it.
pub async fn holder_of(db: &DatabaseConnection, name: &str) -> Option<String> {
    app::entities::lease::Entity::find()
        .filter(app::entities::lease::Column::Name.eq(name))
        .one(db)
        .await
        .unwrap()
        .map(|lease| lease.holder)
}

/// Waits (up to `seconds`) until `table` (with a `WHERE`) has `n` rows.
pub async fn until_count(db: &DatabaseConnection, table: &str, n: i64, seconds: u64) {
    let mut last = 0;
    for _ in 0..seconds * 20 {
        last = crate::helpers::count(db, table).await;
        if last == n {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{table}: {last} rows, not {n}, after {seconds} s");
}
