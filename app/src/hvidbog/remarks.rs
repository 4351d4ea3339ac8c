//! Forvaltningens bemærkninger: read a hearing's remarks, check one as typed, save it (one
//! per response or theme; saving again replaces it) with an audit entry.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};

use super::Remark;
use crate::audit::{self, Entry};
use crate::auth::Principal;
use crate::digest::DigestProblem;
use crate::entities::{hvidbog_remark, response, theme};
use crate::error::AppError;
use crate::i18n::Locale;

/// The longest remark, in characters.
pub const MAX_CHARS: usize = 10_000;

pub use crate::vocab::RemarkTarget as Target;

/// The remarks of hearing `hearing_id` by target.
pub async fn read(
    db: &impl ConnectionTrait,
    hearing_id: i32,
) -> Result<HashMap<(Target, i32), Remark>, AppError> {
    let rows = hvidbog_remark::Entity::find()
        .filter(hvidbog_remark::Column::HearingId.eq(hearing_id))
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|row| ((row.target, row.target_id), remark_of(row)))
        .collect())
}

fn remark_of(row: hvidbog_remark::Model) -> Remark {
    Remark {
        text: row.remark,
        gives_change: row.gives_change,
    }
}

/// Checks a remark as typed: the text (at most [`MAX_CHARS`]) and the choice (`yes`, `no`,
/// or empty for not decided; JSON may send `true`/`false`/`null`).
pub fn parse(text: &str, change: &str, locale: Locale) -> Result<Remark, BTreeMap<String, String>> {
    let t = locale.messages();
    let mut errors = BTreeMap::new();
    let text = text.trim().replace("\r\n", "\n");
    if text.chars().count() > MAX_CHARS {
        errors.insert(
            "remark".into(),
            DigestProblem::RemarkTooLong.message(t).into(),
        );
    }
    let gives_change = match change.trim() {
        "yes" | "true" => Some(true),
        "no" | "false" => Some(false),
        "" | "null" | "undecided" => None,
        _ => {
            errors.insert(
                "change".into(),
                DigestProblem::ChangeChoice.message(t).into(),
            );
            None
        }
    };
    if errors.is_empty() {
        Ok(Remark { text, gives_change })
    } else {
        Err(errors)
    }
}

/// Whether `target` `id` belongs to hearing `hearing_id`.
async fn belongs(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    target: Target,
    id: i32,
) -> Result<bool, AppError> {
    Ok(match target {
        Target::Response => response::Entity::find_by_id(id)
            .one(db)
            .await?
            .is_some_and(|r| r.hearing_id == hearing_id),
        Target::Theme => theme::Entity::find_by_id(id)
            .one(db)
            .await?
            .is_some_and(|t| t.hearing_id == hearing_id),
    })
}

/// Saves `remark` on `target` `id` of hearing `hearing_id` for `who`, audited, in one
/// transaction; a target of another hearing is refused at the field `target`.
pub async fn save(
    db: &DatabaseConnection,
    who: &Principal,
    (hearing_id, target, id): (i32, Target, i32),
    remark: Remark,
    (locale, now): (Locale, DateTime<Utc>),
) -> Result<(), AppError> {
    if !belongs(db, hearing_id, target, id).await? {
        let message = DigestProblem::UnknownTarget.message(locale.messages());
        return Err(AppError::Validation(BTreeMap::from([(
            "target".to_owned(),
            message.to_owned(),
        )])));
    }
    let before = hvidbog_remark::Entity::find()
        .filter(hvidbog_remark::Column::HearingId.eq(hearing_id))
        .filter(hvidbog_remark::Column::Target.eq(target.as_str()))
        .filter(hvidbog_remark::Column::TargetId.eq(id))
        .one(db)
        .await?
        .map(remark_of);
    let txn = crate::db::begin_write(db).await?;
    let row = hvidbog_remark::ActiveModel {
        hearing_id: Set(hearing_id),
        target: Set(target),
        target_id: Set(id),
        remark: Set(remark.text.clone()),
        gives_change: Set(remark.gives_change),
        updated_by: Set(Some(who.account_id)),
        updated_at: Set(now),
        ..Default::default()
    };
    let columns = [
        hvidbog_remark::Column::Remark,
        hvidbog_remark::Column::GivesChange,
        hvidbog_remark::Column::UpdatedBy,
        hvidbog_remark::Column::UpdatedAt,
    ];
    let keys = [
        hvidbog_remark::Column::HearingId,
        hvidbog_remark::Column::Target,
        hvidbog_remark::Column::TargetId,
    ];
    hvidbog_remark::Entity::insert(row)
        .on_conflict(OnConflict::columns(keys).update_columns(columns).to_owned())
        .exec_without_returning(&txn)
        .await?;
    let entry = Entry {
        actor_id: Some(who.account_id),
        action: "hvidbog.remark",
        entity: target.as_str(),
        entity_id: id,
        hearing_id: Some(hearing_id),
        reason: None,
        before: serde_json::to_value(before).unwrap_or_default(),
        after: serde_json::to_value(&remark).unwrap_or_default(),
    };
    audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_remark_reads_its_choice_and_keeps_its_text() {
        let remark = parse(" Tages til efterretning.\r\n", "no", Locale::Da).unwrap();
        assert_eq!(remark.text, "Tages til efterretning.");
        assert_eq!(remark.gives_change, Some(false));
        assert_eq!(parse("", "", Locale::Da).unwrap().gives_change, None);
        assert_eq!(
            parse("x", "true", Locale::En).unwrap().gives_change,
            Some(true)
        );
    }

    #[test]
    fn a_bad_remark_is_refused_at_its_fields() {
        let long = "x".repeat(MAX_CHARS + 1);
        let errors = parse(&long, "måske", Locale::Da).unwrap_err();
        assert!(errors["remark"].contains("10.000"), "{errors:?}");
        assert!(errors["change"].contains("ja, nej"), "{errors:?}");
        let en = parse(&long, "", Locale::En).unwrap_err();
        assert!(en["remark"].contains("10,000"), "{en:?}");
    }
}
