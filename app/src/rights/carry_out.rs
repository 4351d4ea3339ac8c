//! Carrying out an erasure request: an official who may moderate the response's hearing
//! erases it through the one erase primitive (`retention::erase`) — the anonymised legal
//! record kept when the hearing has been decided, nothing kept otherwise — and the request
//! is marked carried out, in one transaction. The primitive writes the audit entry of the
//! erasure (counts only, the official as actor); this adds one that ties it to the request.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use serde::Serialize;
use serde_json::json;

use crate::audit::{self, Entry};
use crate::auth::{Capability, Principal};
use crate::entities::{erasure_request, hearing};
use crate::error::AppError;
use crate::retention::Keep;
use crate::retention::erase::erase_responses;
use crate::state::AppState;
use crate::vocab::{ErasureStatus, HearingState};

/// The audit action of a request carried out.
pub const CARRIED: &str = "respondent.erasure_carried_out";

/// A request carried out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Carried {
    /// The request's id.
    pub id: i32,
    /// The response's number.
    pub svarnummer: String,
    /// `record` (the hearing was decided: the anonymised text is kept) or `nothing` (the
    /// response was deleted).
    pub kept: String,
    /// Responses deleted whole.
    pub responses_deleted: u64,
    /// Responses anonymised, their record kept.
    pub responses_erased: u64,
}

/// What stays of a response of a hearing in `state`.
pub fn keep_for(state: HearingState) -> Keep {
    match state {
        HearingState::Decided => Keep::Record,
        HearingState::Draft | HearingState::Published | HearingState::Processing => Keep::Nothing,
    }
}

/// Carries out request `id` as `who` at `now`: 404 for no such request, 403 when `who` may
/// not moderate its hearing, 409 when it was carried out already (of two officials pressing
/// at once, exactly one carries it out: the status changes by one conditional UPDATE).
pub async fn carry_out(
    db: &DatabaseConnection,
    who: &Principal,
    id: i32,
    now: DateTime<Utc>,
) -> Result<Carried, AppError> {
    let request = erasure_request::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    who.require(Capability::Moderate, Some(request.hearing_id))?;
    let hearing = hearing::Entity::find_by_id(request.hearing_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let keep = keep_for(hearing.status);
    let txn = crate::db::begin_write(db).await?;
    let marked = erasure_request::Entity::update_many()
        .col_expr(
            erasure_request::Column::Status,
            Expr::value(ErasureStatus::CarriedOut),
        )
        .col_expr(
            erasure_request::Column::CarriedOutAt,
            Expr::value(Some(now)),
        )
        .col_expr(
            erasure_request::Column::CarriedOutBy,
            Expr::value(Some(who.account_id)),
        )
        .filter(erasure_request::Column::Id.eq(id))
        .filter(erasure_request::Column::Status.eq(ErasureStatus::Pending))
        .exec(&txn)
        .await?;
    if marked.rows_affected != 1 {
        return Err(AppError::Conflict("carried out already".into()));
    }
    let ids: Vec<i32> = request.response_id.into_iter().collect();
    let erased = erase_responses(&txn, &ids, keep, Some(who.account_id), now).await?;
    let kept = match keep {
        Keep::Record => "record",
        Keep::Nothing => "nothing",
    };
    let entry = Entry {
        actor_id: Some(who.account_id),
        action: CARRIED,
        entity: "erasure_request",
        entity_id: id,
        hearing_id: Some(request.hearing_id),
        reason: None,
        before: json!({"status": ErasureStatus::Pending, "response": request.response_id}),
        after: json!({"status": ErasureStatus::CarriedOut, "kept": kept}),
    };
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    tracing::info!(erasure_request.id = id, kept, "erasure carried out");
    Ok(Carried {
        id,
        svarnummer: request.svarnummer,
        kept: kept.into(),
        responses_deleted: erased.responses_deleted,
        responses_erased: erased.responses_erased,
    })
}

/// Deletes at once the stored files no row holds any more after an erasure; a failure is
/// logged, and the retention job's purge collects them later.
pub async fn collect_files(state: &AppState) {
    if let Err(error) = crate::retention::blobs::collect(&state.db, &state.attachments).await {
        tracing::warn!(%error, "files left by an erasure are left for the purge");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_decided_hearing_keeps_the_record() {
        assert_eq!(keep_for(HearingState::Decided), Keep::Record);
        for state in [
            HearingState::Draft,
            HearingState::Published,
            HearingState::Processing,
        ] {
            assert_eq!(keep_for(state), Keep::Nothing, "{state}");
        }
    }
}
