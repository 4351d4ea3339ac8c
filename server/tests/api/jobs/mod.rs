//! Background jobs shared by several server processes on one database: named leases, the
//! jobs one process at a time runs, claimed attachment extraction and claimed mail, and a
//! graceful shutdown that hands back what the stopping process holds.

mod claims;
mod leases;
mod pruners;
mod shutdown;
mod singletons;
mod themes;

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

/// Waits until `table` (with a `WHERE`) has `n` rows.
pub async fn until_count(db: &DatabaseConnection, table: &str, n: i64) {
    let what = format!("{n} rows in {table}");
    crate::helpers::until(&what, || async {
        crate::helpers::count(db, table).await == n
    })
    .await;
}
