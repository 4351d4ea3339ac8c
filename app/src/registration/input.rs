//! What an official typed or sent, checked whole: the channel, the day it was received, the
//! response's own fields (as the public form checks them, the e-mail address optional) and
//! the files — every problem at once, each at its field, in the official's language.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use super::RegisterRequest;
use crate::attachment::intake::{Received, Upload};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::response::intake::files_message;
use crate::response::submission::NewResponse;
use crate::vocab::Channel;

/// A registration that passed every check.
#[derive(Debug)]
pub struct Checked {
    /// The response's fields.
    pub new: NewResponse,
    /// How it came.
    pub channel: Channel,
    /// When it was received: now for today, else noon of that day in the hearing's zone.
    pub received_at: DateTime<Utc>,
    /// Its files, staged.
    pub uploads: Vec<Upload>,
}

/// Checks `body` and the files `received` for a hearing in `zone` at `now`.
pub fn check(
    body: &RegisterRequest,
    received: Received,
    (zone, now): (Tz, DateTime<Utc>),
    locale: Locale,
) -> Result<Checked, AppError> {
    let t = locale.messages();
    let mut errors = BTreeMap::new();
    let channel = Channel::parse(body.channel.trim()).filter(|c| Channel::REGISTERED.contains(c));
    if channel.is_none() {
        errors.insert("channel".to_owned(), t.rg_error_channel().to_owned());
    }
    let received_at = match received_at(body.received_on.as_deref(), zone, now) {
        Ok(at) => Some(at),
        Err(message) => {
            errors.insert("received_on".to_owned(), message(locale).to_owned());
            None
        }
    };
    let new = match super::store::check(&body.response, locale) {
        Ok(new) => Some(new),
        Err(AppError::Validation(fields)) => {
            errors.extend(fields);
            None
        }
        Err(other) => return Err(other),
    };
    if let Some(message) = files_message(&received.problems, locale) {
        errors.insert("files".to_owned(), message);
    }
    match (new, channel, received_at) {
        (Some(new), Some(channel), Some(received_at)) if errors.is_empty() => Ok(Checked {
            new,
            channel,
            received_at,
            uploads: received.uploads,
        }),
        _ => Err(AppError::Validation(errors)),
    }
}

type Message = fn(Locale) -> &'static str;

/// The moment a response received on `day` (`YYYY-MM-DD`; today when left out) stands for:
/// now when it is today, noon in `zone` on an earlier day; a day after today is refused.
pub fn received_at(
    day: Option<&str>,
    zone: Tz,
    now: DateTime<Utc>,
) -> Result<DateTime<Utc>, Message> {
    let today = crate::clock::day(now, zone);
    let day = match day.map(str::trim).filter(|d| !d.is_empty()) {
        None => return Ok(now),
        Some(text) => NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map_err(|_| (|l: Locale| l.messages().rg_error_received_on()) as Message)?,
    };
    if day > today {
        return Err(|l| l.messages().rg_error_received_future());
    }
    if day == today {
        return Ok(now);
    }
    let noon = day.and_time(NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default());
    Ok(zone
        .from_local_datetime(&noon)
        .earliest()
        .map_or(now, |at| at.with_timezone(&Utc)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::response::SubmitRequest;

    const CPH: Tz = chrono_tz::Europe::Copenhagen;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2010, 11, 20, 9, 30, 0).unwrap()
    }

    fn body() -> RegisterRequest {
        RegisterRequest {
            response: SubmitRequest {
                kind: "association".into(),
                name: "Fatima Ali".into(),
                organisation: Some("Foreningen Nydansker".into()),
                text: "Vi støtter forslaget om sprogcaféer.".into(),
                ..Default::default()
            },
            channel: "letter".into(),
            received_on: Some("2010-11-15".into()),
        }
    }

    #[test]
    fn a_letter_without_an_address_received_days_ago_passes() {
        let checked = check(&body(), Received::default(), (CPH, now()), Locale::Da).unwrap();
        assert_eq!(checked.channel, Channel::Letter);
        assert_eq!(
            checked.received_at,
            Utc.with_ymd_and_hms(2010, 11, 15, 11, 0, 0).unwrap(),
            "noon in Copenhagen (UTC+1 in November)"
        );
    }

    #[test]
    fn today_or_no_day_is_now() {
        assert_eq!(received_at(None, CPH, now()), Ok(now()));
        assert_eq!(received_at(Some("2010-11-20"), CPH, now()), Ok(now()));
    }

    #[test]
    fn every_problem_is_answered_at_its_field_at_once() {
        let mut body = body();
        body.channel = "web".into();
        body.received_on = Some("2010-11-21".into());
        body.response.text = String::new();
        body.response.email = "not an address".into();
        let Err(AppError::Validation(errors)) =
            check(&body, Received::default(), (CPH, now()), Locale::Da)
        else {
            panic!("refused");
        };
        let fields: Vec<_> = errors.keys().map(String::as_str).collect();
        assert_eq!(fields, ["channel", "email", "received_on", "text"]);
        assert_eq!(
            errors["received_on"],
            Locale::Da.messages().rg_error_received_future()
        );
        let Err(message) = received_at(Some("15/11/2010"), CPH, now()) else {
            panic!("refused");
        };
        assert_eq!(
            message(Locale::En),
            Locale::En.messages().rg_error_received_on()
        );
    }
}
