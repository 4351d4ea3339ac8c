//! Checking a submission field by field: every problem is found at once, so the form can
//! show each message next to its field.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::SubmitRequest;
use super::text::{ResponseText, TextError};
use crate::one_line::{OneLine, OneLineError};
use crate::respondent::{Cvr, CvrError, Email, EmailError, PostalCode, RespondentKind};

/// The longest name or organisation accepted.
pub const MAX_NAME_CHARS: usize = 200;

/// What is wrong with one field of a submission.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(strum::EnumIter))]
pub enum FieldError {
    /// The field must be filled in.
    Required,
    /// The respondent kind is not one of the four.
    UnknownKind,
    /// The e-mail address does not look like one.
    EmailMalformed,
    /// The CVR number is not eight digits.
    CvrNotEightDigits,
    /// The CVR number fails the modulus-11 check.
    CvrChecksum,
    /// The postal code is not four digits.
    PostalCode,
    /// The text is empty.
    TextEmpty,
    /// The text is too long.
    TextTooLong {
        /// Characters sent.
        chars: usize,
    },
    /// A name is longer than [`MAX_NAME_CHARS`].
    TooLong,
    /// A one-line field holds a line break or another control character.
    NotOneLine,
    /// The stance is not one of the four.
    UnknownStance,
    /// No section of the current draft has this anchor.
    UnknownSection,
    /// No paragraph of the current draft has this anchor.
    UnknownParagraph,
}

pub use crate::vocab::Stance;

/// A submission that passed every check that needs no database.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewResponse {
    /// Kind of respondent.
    pub kind: RespondentKind,
    /// Name.
    pub name: OneLine,
    /// E-mail.
    pub email: Email,
    /// Organisation, for organisations.
    pub organisation: Option<OneLine>,
    /// Contact person's role.
    pub contact_role: Option<OneLine>,
    /// CVR, for companies.
    pub cvr: Option<Cvr>,
    /// Postal code.
    pub postal_code: Option<PostalCode>,
    /// Section anchor.
    pub section: Option<String>,
    /// Paragraph anchor.
    pub paragraph: Option<String>,
    /// Stance.
    pub stance: Stance,
    /// Text.
    pub text: ResponseText,
    /// May a resident's name be published.
    pub publish_name: bool,
}

/// Field name → what is wrong with it.
pub type FieldErrors = BTreeMap<&'static str, FieldError>;

impl NewResponse {
    /// Checks every field and returns all problems found.
    pub fn parse(request: &SubmitRequest) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let kind = check(
            &mut errors,
            "kind",
            RespondentKind::parse(request.kind.trim()).ok_or(FieldError::UnknownKind),
        );
        let name = check(&mut errors, "name", name(&request.name));
        let email = check(
            &mut errors,
            "email",
            Email::parse(&request.email).map_err(email_error),
        );
        let is_org = kind.is_some_and(RespondentKind::is_organisation);
        let organisation = check(
            &mut errors,
            "organisation",
            optional_name(request.organisation.as_deref(), is_org),
        );
        let contact_role = check(
            &mut errors,
            "contact_role",
            optional_name(request.contact_role.as_deref(), false),
        );
        let cvr = check(
            &mut errors,
            "cvr",
            cvr(
                request.cvr.as_deref(),
                kind == Some(RespondentKind::Company),
            ),
        );
        let postal_code = check(
            &mut errors,
            "postal_code",
            postal_code(request.postal_code.as_deref()),
        );
        let stance = check(
            &mut errors,
            "stance",
            Stance::from_form(request.stance.as_deref()).ok_or(FieldError::UnknownStance),
        );
        let text = check(&mut errors, "text", text_field(&request.text));
        match (
            kind,
            name,
            email,
            organisation,
            contact_role,
            cvr,
            postal_code,
            stance,
            text,
        ) {
            (
                Some(kind),
                Some(name),
                Some(email),
                Some(organisation),
                Some(contact_role),
                Some(cvr),
                Some(postal_code),
                Some(stance),
                Some(text),
            ) if errors.is_empty() => Ok(NewResponse {
                kind,
                name,
                email,
                organisation,
                contact_role,
                cvr,
                postal_code,
                section: anchor(request.section.as_deref()),
                paragraph: anchor(request.paragraph.as_deref()),
                stance,
                text,
                publish_name: request.publish_name || kind.is_organisation(),
            }),
            _ => Err(errors),
        }
    }
}

/// The value, or `None` with the field's error recorded.
fn check<T>(
    errors: &mut FieldErrors,
    field: &'static str,
    result: Result<T, FieldError>,
) -> Option<T> {
    result.map_err(|error| errors.insert(field, error)).ok()
}

fn name(value: &str) -> Result<OneLine, FieldError> {
    OneLine::parse(value, MAX_NAME_CHARS).map_err(one_line_error)
}

fn optional_name(value: Option<&str>, required: bool) -> Result<Option<OneLine>, FieldError> {
    match OneLine::parse_optional(value.unwrap_or(""), MAX_NAME_CHARS) {
        Ok(None) if required => Err(FieldError::Required),
        other => other.map_err(one_line_error),
    }
}

/// What is wrong with a one-line field, as the form says it.
pub fn one_line_error(error: OneLineError) -> FieldError {
    match error {
        OneLineError::Empty => FieldError::Required,
        OneLineError::TooLong { .. } => FieldError::TooLong,
        OneLineError::NotOneLine => FieldError::NotOneLine,
    }
}

fn cvr(value: Option<&str>, required: bool) -> Result<Option<Cvr>, FieldError> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None if required => Err(FieldError::Required),
        None => Ok(None),
        Some(value) => Cvr::parse(value).map(Some).map_err(|error| match error {
            CvrError::NotEightDigits => FieldError::CvrNotEightDigits,
            CvrError::Checksum => FieldError::CvrChecksum,
        }),
    }
}

fn postal_code(value: Option<&str>) -> Result<Option<PostalCode>, FieldError> {
    match value.map(str::trim).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(value) => PostalCode::parse(value)
            .map(Some)
            .ok_or(FieldError::PostalCode),
    }
}

fn anchor(value: Option<&str>) -> Option<String> {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

fn email_error(error: EmailError) -> FieldError {
    match error {
        EmailError::Empty => FieldError::Required,
        EmailError::Malformed => FieldError::EmailMalformed,
    }
}

/// The response text, or what is wrong with it.
pub fn text_field(value: &str) -> Result<ResponseText, FieldError> {
    ResponseText::parse(value).map_err(text_error)
}

fn text_error(error: TextError) -> FieldError {
    match error {
        TextError::Empty => FieldError::TextEmpty,
        TextError::TooLong { chars } => FieldError::TextTooLong { chars },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resident() -> SubmitRequest {
        SubmitRequest {
            kind: "resident".into(),
            name: "Fatima Hassan".into(),
            email: "fatima@example.dk".into(),
            postal_code: Some("2300".into()),
            text: "Sprogundervisning skal starte tidligere.".into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_resident_needs_name_email_and_text() {
        let parsed = NewResponse::parse(&resident()).unwrap();
        assert_eq!(parsed.kind, RespondentKind::Resident);
        assert!(!parsed.publish_name);
        assert_eq!(parsed.stance, Stance::None);
    }

    #[test]
    fn every_bad_field_is_reported_at_once() {
        let request = SubmitRequest {
            kind: "company".into(),
            cvr: Some("64942213".into()),
            ..Default::default()
        };
        let errors = NewResponse::parse(&request).unwrap_err();
        assert_eq!(errors["name"], FieldError::Required);
        assert_eq!(errors["email"], FieldError::Required);
        assert_eq!(errors["organisation"], FieldError::Required);
        assert_eq!(errors["cvr"], FieldError::CvrChecksum);
        assert_eq!(errors["text"], FieldError::TextEmpty);
    }

    #[test]
    fn a_company_without_cvr_is_asked_for_it_and_organisations_are_public() {
        let request = SubmitRequest {
            kind: "company".into(),
            organisation: Some("Firma ApS".into()),
            ..resident()
        };
        assert_eq!(
            NewResponse::parse(&request).unwrap_err()["cvr"],
            FieldError::Required
        );
        let request = SubmitRequest {
            cvr: Some("64942212".into()),
            ..request
        };
        assert!(NewResponse::parse(&request).unwrap().publish_name);
    }

    #[test]
    fn names_and_organisations_with_line_breaks_are_refused_at_their_field() {
        let request = SubmitRequest {
            kind: "association".into(),
            name: "Fatima\n\nKlik her: https://evil.example".into(),
            organisation: Some("Forening\r\nBcc: x@evil.example".into()),
            contact_role: Some("Formand\u{202E}".into()),
            ..resident()
        };
        let errors = NewResponse::parse(&request).unwrap_err();
        assert_eq!(errors["name"], FieldError::NotOneLine);
        assert_eq!(errors["organisation"], FieldError::NotOneLine);
        assert_eq!(errors["contact_role"], FieldError::NotOneLine);
        assert_eq!(errors.len(), 3);
    }

    #[test]
    fn unknown_kind_and_stance_are_refused() {
        let request = SubmitRequest {
            kind: "robot".into(),
            stance: Some("maybe".into()),
            ..resident()
        };
        let errors = NewResponse::parse(&request).unwrap_err();
        assert_eq!(errors["kind"], FieldError::UnknownKind);
        assert_eq!(errors["stance"], FieldError::UnknownStance);
    }
}
