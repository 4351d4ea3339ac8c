//! An official's verdict on whether a party has answered, and a response linked to it by
//! hand: for answers the matching cannot see (a letter from a secretariat, a joint answer).

use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, IntoActiveModel, QueryFilter, Set};

use super::edit::{Change, audit_party, find, snapshot};
use super::matching::Verdict;
use crate::auth::Capability;
use crate::entities::response;
use crate::error::AppError;
use crate::hearing::store::hearing_for;

/// Sets whether a party has answered (`auto`, `yes`, `no`; anything else is refused) and the response linked to it by
/// its number (empty: none).
pub async fn set_answered(
    db: &sea_orm::DatabaseConnection,
    change: Change<'_>,
    id: i32,
    (verdict, svarnummer): (&str, &str),
) -> Result<(), AppError> {
    let verdict = Verdict::from_wire(verdict)
        .ok_or_else(|| AppError::field("answered", change.locale.messages().answered_invalid()))?;
    let txn = crate::db::begin_write(db).await?;
    let hearing = hearing_for(&txn, change.who, change.slug, Capability::ManageHearing).await?;
    let row = find(&txn, hearing.id, id).await?;
    let linked = match svarnummer.trim() {
        "" => None,
        number => Some(
            response::Entity::find()
                .filter(response::Column::HearingId.eq(hearing.id))
                .filter(response::Column::Svarnummer.eq(number))
                .one(&txn)
                .await?
                .ok_or_else(|| {
                    let t = change.locale.messages();
                    AppError::field("svarnummer", t.svarnummer_unknown())
                })?
                .id,
        ),
    };
    let before = snapshot(&row);
    let mut update = row.into_active_model();
    update.answered_override = Set(verdict.stored().map(str::to_owned));
    update.linked_response_id = Set(linked);
    update.updated_at = Set(change.now);
    let row = update.update(&txn).await?;
    let after = snapshot(&row);
    audit_party(
        &txn,
        &change,
        "party.answered",
        (id, hearing.id),
        (before, after),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}
