//! The decision as typed, checked field by field: every problem at once, each at its field.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::{MAX_DECISION, OutcomeFields, OutcomeProblem};
use crate::i18n::Locale;
use crate::one_line::OneLine;

/// The longest committee name and minutes address.
const MAX_LINE: usize = 300;
const MAX_URL: usize = 2_000;

/// A checked decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    /// The day the committee decided.
    pub decided_on: NaiveDate,
    /// The committee.
    pub committee: String,
    /// The minutes' address.
    pub minutes_url: Option<String>,
    /// What was decided (line breaks kept, `\r\n` as `\n`).
    pub decision: String,
}

/// Checks `fields`; `deadline` is the hearing's last day (a decision cannot come before it).
pub fn parse(
    fields: &OutcomeFields,
    deadline: NaiveDate,
    locale: Locale,
) -> Result<Decision, BTreeMap<String, String>> {
    let mut problems = Vec::new();
    let decided_on = match NaiveDate::parse_from_str(fields.decided_on.trim(), "%Y-%m-%d") {
        Ok(day) if day < deadline => {
            problems.push(OutcomeProblem::DateBeforeDeadline);
            None
        }
        Ok(day) => Some(day),
        Err(_) => {
            problems.push(OutcomeProblem::Date);
            None
        }
    };
    let committee = OneLine::parse(&fields.committee, MAX_LINE).ok();
    if committee.is_none() {
        problems.push(OutcomeProblem::Committee);
    }
    let decision = fields.decision.trim().replace("\r\n", "\n");
    if decision.is_empty() {
        problems.push(OutcomeProblem::Decision);
    } else if decision.chars().count() > MAX_DECISION {
        problems.push(OutcomeProblem::DecisionTooLong);
    }
    let minutes_url = minutes_url(&fields.minutes_url);
    if minutes_url.is_err() {
        problems.push(OutcomeProblem::Url);
    }
    match (decided_on, committee, minutes_url) {
        (Some(decided_on), Some(committee), Ok(minutes_url)) if problems.is_empty() => {
            Ok(Decision {
                decided_on,
                committee: committee.into_string(),
                minutes_url,
                decision,
            })
        }
        _ => Err(messages(&problems, locale)),
    }
}

/// The problems as messages by field.
pub fn messages(problems: &[OutcomeProblem], locale: Locale) -> BTreeMap<String, String> {
    let t = locale.messages();
    problems
        .iter()
        .map(|p| (p.field().to_owned(), p.message(t)))
        .collect()
}

/// An http(s) address with a host, or nothing.
fn minutes_url(typed: &str) -> Result<Option<String>, ()> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let parsed = url::Url::parse(typed).map_err(|_| ())?;
    let web = matches!(parsed.scheme(), "http" | "https") && parsed.host_str().is_some();
    if web && typed.chars().count() <= MAX_URL {
        Ok(Some(parsed.to_string()))
    } else {
        Err(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(date: &str, url: &str, decision: &str) -> OutcomeFields {
        OutcomeFields {
            decided_on: date.into(),
            committee: " Beskæftigelses- og Integrationsudvalget ".into(),
            minutes_url: url.into(),
            decision: decision.into(),
        }
    }

    const DEADLINE: NaiveDate = NaiveDate::from_ymd_opt(2010, 10, 21).unwrap();

    #[test]
    fn a_decision_is_read_with_its_fields_trimmed() {
        let typed = fields(
            "2010-11-17",
            "https://www.kk.dk/referat",
            "Vedtaget.\r\nMed ændringer.",
        );
        let decision = parse(&typed, DEADLINE, Locale::Da).unwrap();
        assert_eq!(
            decision.decided_on,
            NaiveDate::from_ymd_opt(2010, 11, 17).unwrap()
        );
        assert_eq!(
            decision.committee,
            "Beskæftigelses- og Integrationsudvalget"
        );
        assert_eq!(
            decision.minutes_url.as_deref(),
            Some("https://www.kk.dk/referat")
        );
        assert_eq!(decision.decision, "Vedtaget.\nMed ændringer.");
        let without = parse(&fields("2010-10-21", "", "Vedtaget."), DEADLINE, Locale::Da);
        assert_eq!(without.unwrap().minutes_url, None);
    }

    #[test]
    fn every_bad_field_is_named_at_once() {
        let errors = parse(
            &fields("17/11/2010", "javascript:alert(1)", " "),
            DEADLINE,
            Locale::Da,
        )
        .unwrap_err();
        let named: Vec<&str> = errors.keys().map(String::as_str).collect();
        assert_eq!(named, ["decided_on", "decision", "minutes_url"]);
        assert!(errors["minutes_url"].contains("https://"), "{errors:?}");
        let early = parse(&fields("2010-10-20", "", "x"), DEADLINE, Locale::En).unwrap_err();
        assert!(early["decided_on"].contains("deadline"), "{early:?}");
        let long = "x".repeat(MAX_DECISION + 1);
        let too_long = parse(&fields("2010-11-17", "", &long), DEADLINE, Locale::Da).unwrap_err();
        assert!(too_long["decision"].contains("5000"), "{too_long:?}");
    }
}
