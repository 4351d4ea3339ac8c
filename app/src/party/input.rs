//! A party as an official types it, checked field by field before anything is stored, and
//! the pasted import lines (`name;kind;email;cvr`).

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::PartyKind;
use crate::one_line::{OneLine, OneLineError};
use crate::respondent::{Cvr, CvrError, Email, EmailError};

/// The longest name, e-mail address or contact person stored.
const MAX_LEN: usize = 200;
/// The most parties one paste may add (each is its own row, audit entry and savepoint).
pub const MAX_IMPORT_LINES: usize = 2000;

/// A party's fields as typed (the form and the JSON API).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct PartyInput {
    /// The organisation's name, e.g. "Integrationsrådet".
    pub name: String,
    /// `association`, `company`, `public_body`, `union`, `employers` or `council`.
    pub kind: String,
    /// Where the høringsbrev goes.
    pub email: String,
    /// The CVR number, if any (8 digits, modulus 11).
    pub cvr: String,
    /// A contact person, if any.
    pub contact_person: String,
    /// The party's own deadline (`YYYY-MM-DD`, the end of that day in Copenhagen); empty:
    /// the hearing's.
    pub deadline: String,
}

/// What is wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(strum::EnumIter))]
pub enum PartyError {
    /// No name.
    NameEmpty,
    /// A field is longer than 200 characters.
    TooLong,
    /// A name holds a line break or another control character.
    NotOneLine,
    /// Not one of the kinds.
    KindUnknown,
    /// No e-mail address.
    EmailEmpty,
    /// Not an e-mail address.
    EmailMalformed,
    /// Not eight digits.
    CvrDigits,
    /// Fails the modulus-11 check.
    CvrChecksum,
    /// Not a date.
    DeadlineFormat,
    /// The list already has a party with this name (or CVR number).
    Duplicate,
    /// The party's own deadline is after the hearing's, when the web form refuses answers.
    DeadlineAfterHearing,
}

/// A party whose fields passed the checks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedParty {
    /// The name, trimmed.
    pub name: OneLine,
    /// The kind.
    pub kind: PartyKind,
    /// The address.
    pub email: Email,
    /// The CVR number.
    pub cvr: Option<Cvr>,
    /// The contact person.
    pub contact_person: Option<OneLine>,
    /// The party's own last day.
    pub deadline: Option<NaiveDate>,
}

/// Field name → what is wrong with it.
pub type PartyErrors = BTreeMap<String, PartyError>;

impl PartyInput {
    /// Checks every field; all problems at once.
    pub fn parse(&self) -> Result<CheckedParty, PartyErrors> {
        let mut errors = PartyErrors::new();
        let name = OneLine::parse(&self.name, MAX_LEN).map_err(|e| match e {
            OneLineError::Empty => PartyError::NameEmpty,
            other => one_line_error(other),
        });
        let name = name.inspect_err(|e| {
            errors.insert("name".into(), *e);
        });
        let kind = PartyKind::parse(self.kind.trim());
        if kind.is_none() {
            errors.insert("kind".into(), PartyError::KindUnknown);
        }
        let email = Email::parse(&self.email).map_err(|e| match e {
            EmailError::Empty => PartyError::EmailEmpty,
            EmailError::Malformed => PartyError::EmailMalformed,
        });
        let email = email.inspect_err(|e| {
            errors.insert("email".into(), *e);
        });
        let cvr = optional(&self.cvr).map(Cvr::parse).transpose();
        let cvr = cvr.map_err(|e| match e {
            CvrError::NotEightDigits => PartyError::CvrDigits,
            CvrError::Checksum => PartyError::CvrChecksum,
        });
        let cvr = cvr.inspect_err(|e| {
            errors.insert("cvr".into(), *e);
        });
        let contact_person = OneLine::parse_optional(&self.contact_person, MAX_LEN);
        let contact_person = contact_person.map_err(one_line_error).inspect_err(|e| {
            errors.insert("contact_person".into(), *e);
        });
        let deadline = optional(&self.deadline)
            .map(|d| crate::hearing::calendar_day(d).ok_or(()))
            .transpose();
        if deadline.is_err() {
            errors.insert("deadline".into(), PartyError::DeadlineFormat);
        }
        match (name, kind, email, cvr, contact_person, deadline) {
            (Ok(name), Some(kind), Ok(email), Ok(cvr), Ok(contact_person), Ok(deadline))
                if errors.is_empty() =>
            {
                Ok(CheckedParty {
                    name,
                    kind,
                    email,
                    cvr,
                    contact_person,
                    deadline,
                })
            }
            _ => Err(errors),
        }
    }
}

impl CheckedParty {
    /// Refuses an own deadline later than the hearing's `closes_at`; `end_of_day` turns the
    /// date into the instant it ends (in the hearing's time zone).
    pub fn within(
        self,
        closes_at: DateTime<Utc>,
        end_of_day: impl Fn(NaiveDate) -> DateTime<Utc>,
    ) -> Result<Self, PartyErrors> {
        match self.deadline.map(end_of_day) {
            Some(last) if last > closes_at => Err(PartyErrors::from([(
                "deadline".to_owned(),
                PartyError::DeadlineAfterHearing,
            )])),
            _ => Ok(self),
        }
    }
}

/// A one-line field's problem as the party form says it.
fn one_line_error(error: OneLineError) -> PartyError {
    match error {
        OneLineError::Empty | OneLineError::TooLong { .. } => PartyError::TooLong,
        OneLineError::NotOneLine => PartyError::NotOneLine,
    }
}

fn optional(value: &str) -> Option<&str> {
    Some(value.trim()).filter(|v| !v.is_empty())
}

/// Reads pasted lines `name;kind;email;cvr` (CVR optional; a tab or comma also separates;
/// blank lines skipped) into inputs, each with its line number.
pub fn import_lines(text: &str) -> Vec<(usize, PartyInput)> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            let separator = [';', '\t', ','].into_iter().find(|s| line.contains(*s));
            let mut cells = line.split(separator.unwrap_or(';')).map(str::trim);
            let mut next = || cells.next().unwrap_or_default().to_owned();
            let input = PartyInput {
                name: next(),
                kind: next(),
                email: next(),
                cvr: next(),
                ..Default::default()
            };
            (i + 1, input)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn input(name: &str, kind: &str, email: &str, cvr: &str) -> PartyInput {
        PartyInput {
            name: name.into(),
            kind: kind.into(),
            email: email.into(),
            cvr: cvr.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_good_party_passes_with_its_fields_trimmed() {
        let party = input(
            " Dansk Industri ",
            "employers",
            "di@example.dk",
            "DK 6494 2212",
        )
        .parse()
        .unwrap();
        assert_eq!(party.name.as_str(), "Dansk Industri");
        assert_eq!(party.kind, PartyKind::Employers);
        assert_eq!(party.cvr.unwrap().as_str(), "64942212");
        assert_eq!(party.deadline, None);
    }

    #[test]
    fn every_bad_field_is_named_at_once() {
        let mut bad = input(" ", "club", "di@", "64942213");
        bad.deadline = "4/10/2010".into();
        let errors = bad.parse().unwrap_err();
        assert_eq!(errors["name"], PartyError::NameEmpty);
        assert_eq!(errors["kind"], PartyError::KindUnknown);
        assert_eq!(errors["email"], PartyError::EmailMalformed);
        assert_eq!(errors["cvr"], PartyError::CvrChecksum);
        assert_eq!(errors["deadline"], PartyError::DeadlineFormat);
        let errors = input("A", "union", "", "123").parse().unwrap_err();
        assert_eq!(errors["email"], PartyError::EmailEmpty);
        assert_eq!(errors["cvr"], PartyError::CvrDigits);
    }

    #[test]
    fn a_name_or_contact_on_more_than_one_line_is_refused() {
        let mut bad = input("Dansk\nIndustri", "employers", "di@example.dk", "");
        bad.contact_person = "Jens\u{0}".into();
        let errors = bad.parse().unwrap_err();
        assert_eq!(errors["name"], PartyError::NotOneLine);
        assert_eq!(errors["contact_person"], PartyError::NotOneLine);
        let lines = import_lines("Red\rBarnet;association;rb@example.dk\n");
        assert_eq!(
            lines[0].1.parse().unwrap_err()["name"],
            PartyError::NotOneLine
        );
    }

    #[test]
    fn an_own_deadline_after_the_hearings_is_refused() {
        let closes_at = Utc.with_ymd_and_hms(2010, 10, 4, 21, 59, 59).unwrap();
        let end = |d: NaiveDate| d.and_hms_opt(21, 59, 59).unwrap().and_utc();
        let mut party = input("A", "union", "a@example.dk", "");
        party.deadline = "2010-10-04".into();
        assert!(party.parse().unwrap().within(closes_at, end).is_ok());
        party.deadline = "2010-10-05".into();
        let errors = party.parse().unwrap().within(closes_at, end).unwrap_err();
        assert_eq!(errors["deadline"], PartyError::DeadlineAfterHearing);
        party.deadline = String::new();
        assert!(party.parse().unwrap().within(closes_at, end).is_ok());
    }

    #[test]
    fn pasted_lines_split_on_semicolons_tabs_or_commas() {
        let lines = import_lines(
            "Red Barnet;association;rb@example.dk\n\nLO\tunion\tlo@example.dk\t64942212\n",
        );
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].0, 1);
        assert_eq!(lines[0].1.email, "rb@example.dk");
        assert_eq!(lines[0].1.cvr, "");
        assert_eq!(lines[1].0, 3);
        assert_eq!(lines[1].1.cvr, "64942212");
    }
}
