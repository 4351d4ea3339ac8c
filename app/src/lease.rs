//! (ssr) Named leases in the database: a job that one server process at a time should run
//! (the publisher, the digest scheduler, one hearing's themes) is run by whichever process
//! holds its lease. A holder renews it while it works; a process that dies stops renewing, and
//! once the lease has run out another process takes it over. A process that stops hands its
//! leases back at once ([`release_all`]).

use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};

use crate::clock::SharedClock;
use crate::entities::lease;
use crate::instance::Instance;

/// Takes lease `name` for `holder` until `now + ttl` when nobody holds it, its holder's time
/// has run out, or `holder` holds it already (then it is renewed); `false` while another
/// process holds it. One statement (`INSERT … ON CONFLICT (name) DO UPDATE … WHERE`), so of
/// processes asking at once exactly one wins.
pub async fn try_acquire(
    db: &impl ConnectionTrait,
    name: &str,
    holder: &Instance,
    now: DateTime<Utc>,
    ttl: TimeDelta,
) -> Result<bool, DbErr> {
    let held = |column: lease::Column| Expr::col((lease::Entity, column));
    let take_over = held(lease::Column::ExpiresAt)
        .lt(now)
        .or(held(lease::Column::Holder).eq(holder.id()));
    let upsert = Query::insert()
        .into_table(lease::Entity)
        .columns([
            lease::Column::Name,
            lease::Column::Holder,
            lease::Column::ExpiresAt,
        ])
        .values([name.into(), holder.id().into(), (now + ttl).into()])
        .map_err(|e| DbErr::Custom(e.to_string()))?
        .on_conflict(
            OnConflict::column(lease::Column::Name)
                .update_columns([lease::Column::Holder, lease::Column::ExpiresAt])
                .action_and_where(take_over)
                .to_owned(),
        )
        .to_owned();
    Ok(db.execute(&upsert).await?.rows_affected() == 1)
}

/// Moves lease `name` on to `now + ttl` if `holder` still holds it; `false` when another
/// process has taken it (or it was released).
pub async fn renew(
    db: &impl ConnectionTrait,
    name: &str,
    holder: &Instance,
    now: DateTime<Utc>,
    ttl: TimeDelta,
) -> Result<bool, DbErr> {
    let renewed = lease::Entity::update_many()
        .col_expr(lease::Column::ExpiresAt, Expr::value(now + ttl))
        .filter(lease::Column::Name.eq(name))
        .filter(lease::Column::Holder.eq(holder.id()))
        .exec(db)
        .await?;
    Ok(renewed.rows_affected == 1)
}

/// Gives lease `name` back if `holder` holds it, so another process may take it at once.
pub async fn release(
    db: &impl ConnectionTrait,
    name: &str,
    holder: &Instance,
) -> Result<(), DbErr> {
    lease::Entity::delete_many()
        .filter(lease::Column::Name.eq(name))
        .filter(lease::Column::Holder.eq(holder.id()))
        .exec(db)
        .await?;
    Ok(())
}

/// Gives back every lease `holder` holds (a process stopping); returns how many.
pub async fn release_all(db: &impl ConnectionTrait, holder: &Instance) -> Result<u64, DbErr> {
    let released = lease::Entity::delete_many()
        .filter(lease::Column::Holder.eq(holder.id()))
        .exec(db)
        .await?;
    Ok(released.rows_affected)
}

/// The heartbeat of a held lease: renews it every third of `ttl` for as long as it is
/// polled, and returns only when the lease is lost — another process took it, or it could
/// not be renewed before it ran out. Run it beside the work (`select!`) and stop the work
/// when it returns.
pub async fn keep(
    db: &DatabaseConnection,
    name: &str,
    holder: &Instance,
    clock: &SharedClock,
    ttl: TimeDelta,
) {
    let every = (ttl / 3)
        .to_std()
        .unwrap_or(Duration::from_secs(1))
        .max(Duration::from_millis(100));
    let mut held_until = clock.now() + ttl;
    loop {
        tokio::time::sleep(every).await;
        let now = clock.now();
        match renew(db, name, holder, now, ttl).await {
            Ok(true) => held_until = now + ttl,
            Ok(false) => {
                tracing::warn!(lease = name, "another process took the lease over");
                return;
            }
            Err(error) if now >= held_until => {
                tracing::warn!(%error, lease = name, "the lease ran out: it could not be renewed");
                return;
            }
            Err(error) => tracing::warn!(%error, lease = name, "renewing the lease failed"),
        }
    }
}
