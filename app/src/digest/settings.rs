//! A hearing's digest settings: read (defaults when none were saved), checked as typed, saved.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, EntityTrait, Set};

use super::DigestProblem;
use super::DigestSettings;
use crate::entities::digest_setting;
use crate::error::AppError;
use crate::i18n::Locale;

/// The most days ahead of the final proposal a final digest may go out.
pub const MAX_LEAD_DAYS: u32 = 60;

/// The settings of hearing `hearing_id` (the defaults when none were saved).
pub async fn read(db: &impl ConnectionTrait, hearing_id: i32) -> Result<DigestSettings, AppError> {
    let row = digest_setting::Entity::find_by_id(hearing_id)
        .one(db)
        .await?;
    Ok(
        row.map_or_else(DigestSettings::default, |row| DigestSettings {
            weekday: u32::try_from(row.weekday).unwrap_or(1),
            hour: u32::try_from(row.hour).unwrap_or(8),
            lead_days: u32::try_from(row.lead_days).unwrap_or(7),
            weekly: row.weekly,
        }),
    )
}

/// Saves checked settings.
pub async fn save(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    settings: DigestSettings,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let number = |n: u32| i32::try_from(n).unwrap_or(i32::MAX);
    let row = digest_setting::ActiveModel {
        hearing_id: Set(hearing_id),
        weekday: Set(number(settings.weekday)),
        hour: Set(number(settings.hour)),
        lead_days: Set(number(settings.lead_days)),
        weekly: Set(settings.weekly),
        updated_at: Set(now),
    };
    let columns = [
        digest_setting::Column::Weekday,
        digest_setting::Column::Hour,
        digest_setting::Column::LeadDays,
        digest_setting::Column::Weekly,
        digest_setting::Column::UpdatedAt,
    ];
    digest_setting::Entity::insert(row)
        .on_conflict(
            OnConflict::column(digest_setting::Column::HearingId)
                .update_columns(columns)
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// Saves checked settings for `who`, with an audit entry, in one transaction.
pub async fn change(
    db: &sea_orm::DatabaseConnection,
    who: &crate::auth::Principal,
    hearing_id: i32,
    settings: DigestSettings,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let before = read(db, hearing_id).await?;
    let txn = crate::db::begin_write(db).await?;
    save(&txn, hearing_id, settings, now).await?;
    let entry = crate::audit::Entry {
        actor_id: Some(who.account_id),
        action: "digest.settings",
        entity: "hearing",
        entity_id: hearing_id,
        hearing_id: Some(hearing_id),
        reason: None,
        before: serde_json::to_value(before).unwrap_or_default(),
        after: serde_json::to_value(settings).unwrap_or_default(),
    };
    crate::audit::record(&txn, entry, now).await?;
    txn.commit().await?;
    Ok(())
}

/// Checks settings as typed (form fields `weekday`, `hour`, `lead_days`, `weekly`), every
/// field's problem at once, in the reader's language.
pub fn parse(
    fields: &BTreeMap<String, String>,
    locale: Locale,
) -> Result<DigestSettings, BTreeMap<String, String>> {
    let t = locale.messages();
    let mut errors = BTreeMap::new();
    let mut number = |field: &str, range: std::ops::RangeInclusive<u32>, problem: DigestProblem| {
        let value = fields.get(field).map(|v| v.trim()).unwrap_or_default();
        match value.parse::<u32>() {
            Ok(n) if range.contains(&n) => n,
            _ => {
                errors.insert(field.to_owned(), problem.message(t).to_owned());
                0
            }
        }
    };
    let weekday = number("weekday", 1..=7, DigestProblem::Weekday);
    let hour = number("hour", 0..=23, DigestProblem::Hour);
    let lead_days = number("lead_days", 0..=MAX_LEAD_DAYS, DigestProblem::LeadDays);
    let weekly = fields
        .get("weekly")
        .is_some_and(|v| matches!(v.as_str(), "on" | "true" | "1" | "yes"));
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(DigestSettings {
        weekday,
        hour,
        lead_days,
        weekly,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn good_settings_read_back_and_an_unticked_box_means_no_weekly_digest() {
        let settings = parse(
            &typed(&[("weekday", "5"), ("hour", "14"), ("lead_days", "3")]),
            Locale::Da,
        )
        .unwrap();
        assert_eq!(
            settings,
            DigestSettings {
                weekday: 5,
                hour: 14,
                lead_days: 3,
                weekly: false
            }
        );
        assert_eq!(parse(&settings.fields(), Locale::Da), Ok(settings));
    }

    #[test]
    fn every_bad_field_is_named_in_the_readers_language() {
        let bad = typed(&[("weekday", "8"), ("hour", "kl. 8"), ("lead_days", "61")]);
        let da = parse(&bad, Locale::Da).unwrap_err();
        assert_eq!(da.len(), 3, "{da:?}");
        assert!(da["hour"].contains("0 og 23"), "{da:?}");
        let en = parse(&bad, Locale::En).unwrap_err();
        assert!(en["lead_days"].contains("60"), "{en:?}");
    }
}
