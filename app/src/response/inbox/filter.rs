//! The inbox filters as one SQL condition: every filter narrows the hearing's responses in the
//! database, so a page of a hearing with 100,000 responses reads one page of rows.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{Condition, Query, SelectStatement};
use sea_orm::{ColumnTrait, Iden};

use crate::entities::{attachment, draft_version, paragraph, respondent, response, response_tag};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::response::admin::Filters;
use crate::response::lifecycle::PERSONAL_DATA;

/// The value of the language filter for responses whose language was not detected.
pub const UNKNOWN_LANGUAGE: &str = "unknown";

/// The submission-time bounds of the date filters, as instants.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Period {
    /// From the start of this instant.
    pub from: Option<DateTime<Utc>>,
    /// Up to (not including) this instant.
    pub until: Option<DateTime<Utc>>,
}

impl Period {
    /// Reads `from` and `to` as Copenhagen calendar days; a malformed day is a field error.
    pub fn parse(filters: &Filters, locale: Locale) -> Result<Self, AppError> {
        let t = locale.messages();
        let days = (filters.from.as_deref(), filters.to.as_deref());
        Self::between(days, t.inbox_bad_date(), locale)
    }

    /// Reads `from` and `to` (YYYY-MM-DD, blank counts as absent) as Copenhagen calendar
    /// days, `to` included: a malformed day is a field error saying `bad_date`, a `to`
    /// before `from` is one too.
    pub fn between(
        (from, to): (Option<&str>, Option<&str>),
        bad_date: &'static str,
        locale: Locale,
    ) -> Result<Self, AppError> {
        let day = |field: &'static str, value: Option<&str>| match value.map(str::trim) {
            None | Some("") => Ok(None),
            Some(text) => crate::hearing::calendar_day(text)
                .map(Some)
                .ok_or_else(|| AppError::field(field, bad_date)),
        };
        let from = day("from", from)?;
        let to = day("to", to)?;
        if let (Some(from), Some(to)) = (from, to)
            && to < from
        {
            return Err(AppError::field(
                "to",
                locale.messages().inbox_dates_reversed(),
            ));
        }
        Ok(Period {
            from: from.map(start_of_day),
            until: to.and_then(|d| d.succ_opt()).map(start_of_day),
        })
    }
}

/// The instant a Copenhagen calendar day begins.
pub fn start_of_day(day: NaiveDate) -> DateTime<Utc> {
    use chrono::TimeZone;
    let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    chrono_tz::Europe::Copenhagen
        .from_local_datetime(&midnight)
        .earliest()
        .map_or_else(|| midnight.and_utc(), |at| at.with_timezone(&Utc))
}

/// The hearing's responses that pass every filter given.
pub fn condition(hearing_id: i32, f: &Filters, period: Period) -> Condition {
    let c = Condition::all().add(response::Column::HearingId.eq(hearing_id));
    let c = draft_filters(flag_filters(value_filters(c, f), f), hearing_id, f);
    let c = mark_filters(c, f);
    [
        period
            .from
            .map(|from| response::Column::SubmittedAt.gte(from)),
        period
            .until
            .map(|until| response::Column::SubmittedAt.lt(until)),
    ]
    .into_iter()
    .flatten()
    .fold(c, Condition::add)
}

/// A filter's value when one was given.
fn given(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

/// Status, channel, language and the sender's kind.
fn value_filters(mut c: Condition, f: &Filters) -> Condition {
    if let Some(status) = given(&f.status) {
        c = c.add(response::Column::Status.eq(status));
    }
    if let Some(channel) = given(&f.channel) {
        c = c.add(response::Column::Channel.eq(channel));
    }
    if let Some(language) = given(&f.language) {
        c = c.add(if language == UNKNOWN_LANGUAGE {
            response::Column::Language.is_null()
        } else {
            response::Column::Language.eq(language)
        });
    }
    if let Some(kind) = given(&f.kind) {
        let of_kind = ids(respondent::Entity, respondent::Column::Id)
            .and_where(respondent::Column::Kind.eq(kind))
            .to_owned();
        c = c.add(response::Column::RespondentId.in_subquery(of_kind));
    }
    c
}

/// With or without files; flagged for personal data or not.
fn flag_filters(mut c: Condition, f: &Filters) -> Condition {
    if let Some(want) = f.has_attachments {
        let with_files = ids(attachment::Entity, attachment::Column::ResponseId)
            .and_where(attachment::Column::ResponseId.is_not_null())
            .to_owned();
        c = c.add(if want {
            response::Column::Id.in_subquery(with_files)
        } else {
            response::Column::Id.not_in_subquery(with_files)
        });
    }
    if let Some(want) = f.personal_data {
        c = c.add(if want {
            Condition::all().add(response::Column::HeldReason.eq(PERSONAL_DATA))
        } else {
            Condition::any()
                .add(response::Column::HeldReason.is_null())
                .add(response::Column::HeldReason.ne(PERSONAL_DATA))
        });
    }
    c
}

/// The officials' marks: a tag, and duplicates.
fn mark_filters(mut c: Condition, f: &Filters) -> Condition {
    if let Some(tag) = given(&f.tag) {
        // Tags are stored in lower case.
        let tag = tag.trim().to_lowercase();
        let tagged = ids(response_tag::Entity, response_tag::Column::ResponseId)
            .and_where(response_tag::Column::Tag.eq(tag))
            .to_owned();
        c = c.add(response::Column::Id.in_subquery(tagged));
    }
    if let Some(want) = f.duplicate {
        c = c.add(if want {
            response::Column::DuplicateOfId.is_not_null()
        } else {
            response::Column::DuplicateOfId.is_null()
        });
    }
    c
}

/// The section and paragraph filters: anchors are stable across draft versions, so a filter
/// finds the responses written against any version that has the anchor.
fn draft_filters(mut c: Condition, hearing_id: i32, f: &Filters) -> Condition {
    let versions = ids(draft_version::Entity, draft_version::Column::Id)
        .and_where(draft_version::Column::HearingId.eq(hearing_id))
        .to_owned();
    if let Some(anchor) = f.section.as_deref().filter(|a| !a.is_empty()) {
        use crate::entities::section;
        let sections = ids(section::Entity, section::Column::Id)
            .and_where(section::Column::Anchor.eq(anchor))
            .and_where(section::Column::DraftVersionId.in_subquery(versions.clone()))
            .to_owned();
        c = c.add(response::Column::SectionId.in_subquery(sections));
    }
    if let Some(anchor) = f.paragraph.as_deref().filter(|a| !a.is_empty()) {
        let paragraphs = ids(paragraph::Entity, paragraph::Column::Id)
            .and_where(paragraph::Column::Anchor.eq(anchor))
            .and_where(paragraph::Column::DraftVersionId.in_subquery(versions))
            .to_owned();
        c = c.add(response::Column::ParagraphId.in_subquery(paragraphs));
    }
    c
}

/// `SELECT column FROM table`, to be narrowed.
fn ids<T: Iden + 'static, C: Iden + 'static>(table: T, column: C) -> SelectStatement {
    Query::select().column(column).from(table).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_on_copenhagens_calendar_and_to_is_included() {
        let period = Period::between(
            (Some("2010-11-24"), Some(" 2010-11-24 ")),
            "bad",
            Locale::Da,
        )
        .unwrap();
        let at = |t: Option<DateTime<Utc>>| t.unwrap().to_rfc3339();
        assert_eq!(at(period.from), "2010-11-23T23:00:00+00:00");
        assert_eq!(at(period.until), "2010-11-24T23:00:00+00:00");
        let summer = NaiveDate::from_ymd_opt(2011, 6, 1).unwrap();
        assert_eq!(
            start_of_day(summer).to_rfc3339(),
            "2011-05-31T22:00:00+00:00"
        );
        let blank = Period::between((Some(""), None), "bad", Locale::Da).unwrap();
        assert_eq!(blank, Period::default());
    }

    #[test]
    fn a_malformed_or_reversed_period_is_a_field_error() {
        let bad = Period::between((Some("24-11-2010"), None), "bad", Locale::Da);
        assert!(matches!(bad, Err(AppError::Validation(ref e)) if e.contains_key("from")));
        let reversed = Period::between((Some("2010-11-25"), Some("2010-11-24")), "bad", Locale::Da);
        assert!(matches!(reversed, Err(AppError::Validation(ref e)) if e.contains_key("to")));
    }
}
