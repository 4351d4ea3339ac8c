//! The public's themes and campaigns of a hearing, stored beside its public stamp
//! (`public_stamp`): triggers move the stamp on with every change to the hearing's responses,
//! themes, memberships and campaigns, in the transaction that makes it, so the stored themes
//! are current exactly while they were computed at the stamp there is now. Reading them is
//! then one row, whatever the hearing's size; after a change the first reader computes them
//! again ([`summary::read`], which loads the hearing's publicly shown responses) and stores
//! them. The stamp is read before computing: a change committed meanwhile leaves them stale,
//! never wrongly current.

use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, DbErr, EntityTrait, Set};

use super::Themes;
use super::summary::{self, Audience};
use crate::entities::public_stamp;

/// The themes and campaigns the public may read of `hearing_id` (as [`summary::read`] for
/// [`Audience::Public`] counts them now).
pub async fn read(db: &impl ConnectionTrait, hearing_id: i32) -> Result<Themes, DbErr> {
    let row = public_stamp::Entity::find_by_id(hearing_id).one(db).await?;
    let stamp = row.as_ref().map_or(0, |r| r.stamp);
    if let Some(themes) = row.and_then(current) {
        return Ok(themes);
    }
    let themes = summary::read(db, hearing_id, Audience::Public).await?;
    store(db, hearing_id, stamp, &themes).await?;
    Ok(themes)
}

fn current(row: public_stamp::Model) -> Option<Themes> {
    if row.themes_stamp != Some(row.stamp) {
        return None;
    }
    serde_json::from_str(row.themes_json.as_deref()?).ok()
}

async fn store(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    stamp: i64,
    themes: &Themes,
) -> Result<(), DbErr> {
    let json = serde_json::to_string(themes).map_err(|e| DbErr::Custom(e.to_string()))?;
    let row = public_stamp::ActiveModel {
        hearing_id: Set(hearing_id),
        stamp: Set(stamp),
        themes_stamp: Set(Some(stamp)),
        themes_json: Set(Some(json)),
    };
    let keep_stamp = OnConflict::column(public_stamp::Column::HearingId)
        .update_columns([
            public_stamp::Column::ThemesStamp,
            public_stamp::Column::ThemesJson,
        ])
        .to_owned();
    public_stamp::Entity::insert(row)
        .on_conflict(keep_stamp)
        .exec(db)
        .await?;
    Ok(())
}
