//! Checking a hearing's settings as typed (form) or sent (JSON): every field's problem in
//! one answer, keyed by the field's name (`milestones.0.date` for a row), in the reader's
//! language. Times are read on Copenhagen's wall clock unless they carry an offset.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, TimeZone, Utc};

use super::RetentionProblem;
use super::{MAX_RETENTION_MONTHS, SettingsInput};
use crate::i18n::Locale;
use crate::one_line::{OneLine, OneLineError};
use crate::respondent::Email;
use crate::vocab::{MilestoneKind, PublicationPolicy};

/// Checked settings, ready to store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Deciding committee.
    pub committee: String,
    /// Journal number, e.g. `2010-64452`.
    pub journal_number: String,
    /// Opening instant.
    pub opens_at: DateTime<Utc>,
    /// Deadline.
    pub closes_at: DateTime<Utc>,
    /// When responses become public.
    pub publication_policy: PublicationPolicy,
    /// Timetable rows: date, label, kind.
    pub milestones: Vec<(NaiveDate, String, MilestoneKind)>,
    /// Digest recipients: name, e-mail address.
    pub recipients: Vec<(String, String)>,
    /// Months personal data is kept after the decision; `None`: the installation's default.
    pub retention_months: Option<i32>,
}

type Errors = BTreeMap<String, String>;

/// Checks every field of `input`.
pub fn parse_settings(input: &SettingsInput, locale: Locale) -> Result<Settings, Errors> {
    let t = locale.messages();
    let mut errors = Errors::new();
    let title = line(&mut errors, locale, ("title", &input.title), 200);
    let summary = input.summary.trim().to_owned();
    if summary.is_empty() {
        errors.insert("summary".into(), t.ha_required().into());
    } else if summary.chars().count() > 4000 {
        errors.insert("summary".into(), t.ha_too_long(4000));
    }
    let committee = line(&mut errors, locale, ("committee", &input.committee), 200);
    let journal_number = input.journal_number.trim().to_owned();
    if !is_journal_number(&journal_number) {
        errors.insert("journal_number".into(), t.ha_journal_invalid().into());
    }
    let mut instant = |field: &str, value: &str| {
        let parsed = parse_instant(value);
        if parsed.is_none() {
            errors.insert(field.into(), t.ha_datetime_invalid().into());
        }
        parsed
    };
    let opens_at = instant("opens_at", &input.opens_at);
    let closes_at = instant("closes_at", &input.closes_at);
    if let (Some(opens), Some(closes)) = (opens_at, closes_at)
        && closes <= opens
    {
        errors.insert("closes_at".into(), t.ha_closes_before_opens().into());
    }
    let policy = PublicationPolicy::parse(input.publication_policy.trim());
    if policy.is_none() {
        errors.insert("publication_policy".into(), t.ha_policy_invalid().into());
    }
    let milestones = milestones(input, locale, &mut errors);
    let recipients = recipients(input, locale, &mut errors);
    let retention_months = parse_retention_months(&input.retention_months).unwrap_or_else(|p| {
        errors.insert("retention_months".into(), p.message(t));
        None
    });
    match (opens_at, closes_at, policy) {
        (Some(opens_at), Some(closes_at), Some(policy)) if errors.is_empty() => Ok(Settings {
            title,
            summary,
            committee,
            journal_number,
            opens_at,
            closes_at,
            publication_policy: policy,
            milestones,
            recipients,
            retention_months,
        }),
        _ => Err(errors),
    }
}

/// A required one-line field (title, committee, label, name): the text, or its problem noted
/// at `field` and an empty text.
fn line(errors: &mut Errors, locale: Locale, (field, value): (&str, &str), max: usize) -> String {
    let t = locale.messages();
    match OneLine::parse(value, max) {
        Ok(line) => line.into_string(),
        Err(problem) => {
            let message = match problem {
                OneLineError::Empty => t.ha_required().into(),
                OneLineError::TooLong { max } => t.ha_too_long(max),
                OneLineError::NotOneLine => t.not_one_line().into(),
            };
            errors.insert(field.into(), message);
            String::new()
        }
    }
}

fn milestones(
    input: &SettingsInput,
    locale: Locale,
    errors: &mut Errors,
) -> Vec<(NaiveDate, String, MilestoneKind)> {
    let t = locale.messages();
    let mut rows = Vec::new();
    for (i, row) in input.milestones.iter().enumerate() {
        let (date, kind) = (row.date.trim(), row.kind.trim());
        let label = row.label.trim();
        if date.is_empty() && label.is_empty() {
            continue;
        }
        let key = |field: &str| format!("milestones.{i}.{field}");
        let parsed = crate::hearing::calendar_day(date);
        if parsed.is_none() {
            errors.insert(key("date"), t.ha_date_invalid().into());
        }
        let label = line(errors, locale, (&key("label"), &row.label), 200);
        let kind = MilestoneKind::parse(kind);
        if kind.is_none() {
            errors.insert(key("kind"), t.ha_kind_invalid().into());
        }
        if let (Some(date), Some(kind)) = (parsed, kind) {
            rows.push((date, label, kind));
        }
    }
    rows
}

fn recipients(input: &SettingsInput, locale: Locale, errors: &mut Errors) -> Vec<(String, String)> {
    let t = locale.messages();
    let mut rows: Vec<(String, String)> = Vec::new();
    for (i, row) in input.digest_recipients.iter().enumerate() {
        let (name, email) = (row.name.trim(), row.email.trim());
        if name.is_empty() && email.is_empty() {
            continue;
        }
        let key = |field: &str| format!("digest_recipients.{i}.{field}");
        let name = line(errors, locale, (&key("name"), row.name.as_str()), 200);
        match Email::parse(email) {
            Ok(_) if rows.iter().any(|(_, e)| e.eq_ignore_ascii_case(email)) => {
                errors.insert(key("email"), t.ha_email_duplicate().into());
            }
            Ok(_) => rows.push((name, email.to_lowercase())),
            Err(_) => {
                errors.insert(key("email"), t.ha_email_invalid().into());
            }
        }
    }
    rows
}

/// A hearing's retention as typed: empty for the installation's default, else a whole number
/// of months from 1 to [`MAX_RETENTION_MONTHS`].
pub fn parse_retention_months(value: &str) -> Result<Option<i32>, RetentionProblem> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    let digits = value.strip_prefix('-').unwrap_or(value);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(RetentionProblem::NotWholeNumber);
    }
    match value.parse::<i64>() {
        Ok(n) if n < 1 => Err(RetentionProblem::TooFew),
        Ok(n) if n <= i64::from(MAX_RETENTION_MONTHS) => Ok(i32::try_from(n).ok()),
        _ => Err(RetentionProblem::TooMany {
            max: MAX_RETENTION_MONTHS,
        }),
    }
}

/// Whether `value` is a journal number: a year, a hyphen and a serial number of 1 to 9
/// digits, e.g. `2010-64452`.
pub fn is_journal_number(value: &str) -> bool {
    let Some((year, serial)) = value.split_once('-') else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    year.len() == 4 && digits(year) && digits(serial) && serial.len() <= 9
}

/// A slug: 3 to 80 characters of `a-z`, `0-9` and single hyphens inside; `new` is the
/// creation page's own address.
pub fn is_slug(value: &str) -> bool {
    let len = value.len();
    (3..=80).contains(&len)
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !value.starts_with('-')
        && !value.ends_with('-')
        && !value.contains("--")
        && value != "new"
}

/// An instant: RFC 3339 with an offset, or a wall-clock time in Copenhagen as a browser's
/// `datetime-local` sends it (`2010-08-09T00:00`, seconds optional, `T` or a space). A time
/// that the clock skips in spring is refused; one it repeats in autumn is the first.
pub fn parse_instant(value: &str) -> Option<DateTime<Utc>> {
    let value = value.trim();
    if let Ok(at) = DateTime::parse_from_rfc3339(value) {
        return Some(at.with_timezone(&Utc))
            .filter(|at| crate::hearing::YEARS.contains(&at.year()));
    }
    let local = ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|format| NaiveDateTime::parse_from_str(value, format).ok())
        .filter(|at| crate::hearing::YEARS.contains(&at.year()))?;
    chrono_tz::Europe::Copenhagen
        .from_local_datetime(&local)
        .earliest()
        .map(|at| at.with_timezone(&Utc))
}

/// An instant as a `datetime-local` value on Copenhagen's wall clock.
pub fn local_input(at: DateTime<Utc>) -> String {
    at.with_timezone(&chrono_tz::Europe::Copenhagen)
        .format("%Y-%m-%dT%H:%M")
        .to_string()
}

#[cfg(test)]
#[path = "settings_tests.rs"]
mod tests;
