//! (ssr) Secrets shared by every server process on one database: made once by whichever
//! process needs one first, then read by all. The insert is keyed by name and does nothing
//! when the row exists, so two processes starting together still end with one secret.

use chrono::{DateTime, Utc};
use rand::RngCore;
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, Set};

use crate::entities::server_secret;

/// The 32-byte secret called `name`, created (random) when there is none yet.
pub async fn shared(
    db: &impl ConnectionTrait,
    name: &str,
    now: DateTime<Utc>,
) -> Result<[u8; 32], DbErr> {
    let mut fresh = [0u8; 32];
    rand::rng().fill_bytes(&mut fresh);
    let row = server_secret::ActiveModel {
        name: Set(name.to_owned()),
        value: Set(hex::encode(fresh)),
        created_at: Set(now),
    };
    server_secret::Entity::insert(row)
        .on_conflict_do_nothing_on([server_secret::Column::Name])
        .exec_without_returning(db)
        .await?;
    let stored = server_secret::Entity::find_by_id(name.to_owned())
        .one(db)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("server_secret {name}")))?;
    let mut secret = [0u8; 32];
    hex::decode_to_slice(&stored.value, &mut secret)
        .map_err(|e| DbErr::Custom(format!("server_secret {name}: {e}")))?;
    Ok(secret)
}
