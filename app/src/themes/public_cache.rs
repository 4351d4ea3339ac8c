//! A hearing's themes and campaigns stored beside its public stamp (`public_stamp`): triggers
//! move the stamp on with every change to the hearing's responses (a sender's kind included:
//! it is copied onto the responses), themes, memberships and campaigns, in the transaction
//! that makes it, so stored themes are current exactly while they were computed at the stamp
//! there is now. Reading them is then one row, whatever the hearing's size; after a change
//! the first reader computes them again ([`summary::read`]: for the public it loads the
//! hearing's publicly shown responses, for officials it counts in the database) and stores
//! them. The stamp is read before computing: a change committed meanwhile leaves them stale,
//! never wrongly current. The public's and the officials' themes are stored apart, each with
//! the stamp it was computed at.

use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, Set};

use super::Themes;
use super::summary::{self, Audience};
use crate::entities::public_stamp;

/// The themes and campaigns the public may read of `hearing_id` (as [`summary::read`] for
/// [`Audience::Public`] counts them now: [`summary::counted`]).
pub async fn read(db: &impl ConnectionTrait, hearing_id: i32) -> Result<Themes, DbErr> {
    cached(db, hearing_id, Audience::Public).await
}

/// The themes and campaigns officials read of `hearing_id` (as [`super::tally::officials`]
/// counts them now).
pub async fn officials(db: &impl ConnectionTrait, hearing_id: i32) -> Result<Themes, DbErr> {
    cached(db, hearing_id, Audience::Officials).await
}

async fn cached(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    audience: Audience,
) -> Result<Themes, DbErr> {
    let row = public_stamp::Entity::find_by_id(hearing_id).one(db).await?;
    let stamp = row.as_ref().map_or(0, |r| r.stamp);
    if let Some(themes) = row.and_then(|r| current(r, audience)) {
        return Ok(themes);
    }
    let themes = match audience {
        Audience::Officials => super::tally::officials(db, hearing_id).await?,
        _ => summary::counted(db, hearing_id, audience).await?,
    };
    store(db, hearing_id, stamp, audience, &themes).await?;
    Ok(themes)
}

fn current(row: public_stamp::Model, audience: Audience) -> Option<Themes> {
    let (at, json) = match audience {
        Audience::Officials => (row.officials_stamp, row.officials_json),
        _ => (row.themes_stamp, row.themes_json),
    };
    if at != Some(row.stamp) {
        return None;
    }
    serde_json::from_str(json.as_deref()?).ok()
}

async fn store(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    stamp: i64,
    audience: Audience,
    themes: &Themes,
) -> Result<(), DbErr> {
    let json = serde_json::to_string(themes).map_err(|e| DbErr::Custom(e.to_string()))?;
    let mut row = public_stamp::ActiveModel {
        hearing_id: Set(hearing_id),
        stamp: Set(stamp),
        ..Default::default()
    };
    let columns = match audience {
        Audience::Officials => {
            row.officials_stamp = Set(Some(stamp));
            row.officials_json = Set(Some(json));
            [
                public_stamp::Column::OfficialsStamp,
                public_stamp::Column::OfficialsJson,
            ]
        }
        _ => {
            row.themes_stamp = Set(Some(stamp));
            row.themes_json = Set(Some(json));
            [
                public_stamp::Column::ThemesStamp,
                public_stamp::Column::ThemesJson,
            ]
        }
    };
    let keep_stamp = OnConflict::column(public_stamp::Column::HearingId)
        .update_columns(columns)
        .to_owned();
    public_stamp::Entity::insert(row)
        .on_conflict(keep_stamp)
        .exec(db)
        .await?;
    Ok(())
}
