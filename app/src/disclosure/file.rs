//! The one place that decides whether the public may have a file: every public list, export
//! and download asks [`of`], so a file cannot be shown before its text was checked for CPR
//! numbers, or an official released it.

use super::Disclosure;
use crate::entities::attachment;
use crate::respondent::contains_cpr;
use crate::vocab::Extraction;

/// Where `row` stands. Worked out from the row each time (not stored), so a better detector
/// applies to every file already kept.
pub fn of(row: &attachment::Model) -> Disclosure {
    if row.released_at.is_some() {
        Disclosure::Released
    } else if holds_cpr(row) {
        Disclosure::PersonalData
    } else if row.extraction_state == Extraction::Extracted {
        Disclosure::Checked
    } else if row.extraction_state == Extraction::Pending {
        Disclosure::Pending
    } else {
        Disclosure::Unchecked
    }
}

/// Whether the file's name or its extracted text seems to hold a CPR number.
pub fn holds_cpr(row: &attachment::Model) -> bool {
    contains_cpr(&row.filename) || row.extracted_text.as_deref().is_some_and(contains_cpr)
}

/// Whether the file holds something like a CPR number that no official has released: the
/// file's part of the personal-data guard on its response.
pub fn holds_unreleased_cpr(row: &attachment::Model) -> bool {
    row.released_at.is_none() && holds_cpr(row)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, state: Extraction, text: Option<&str>) -> attachment::Model {
        attachment::Model {
            id: 1,
            response_id: Some(1),
            filename: name.into(),
            content_type: "application/pdf".into(),
            size_bytes: 1,
            sha256: "0".repeat(64),
            extraction_state: state,
            extracted_text: text.map(str::to_owned),
            extraction_note: None,
            extraction_attempts: 1,
            created_at: chrono::Utc::now(),
            released_at: None,
            released_by: None,
            claimed_by: None,
            claimed_until: None,
            case_file: false,
        }
    }

    #[test]
    fn only_a_checked_or_released_file_is_public() {
        let cases = [
            (
                file("svar.pdf", Extraction::Extracted, Some("Et svar")),
                Disclosure::Checked,
            ),
            (
                file("svar.pdf", Extraction::Pending, None),
                Disclosure::Pending,
            ),
            (
                file("svar.pdf", Extraction::NoText, None),
                Disclosure::Unchecked,
            ),
            (
                file("svar.pdf", Extraction::Failed, None),
                Disclosure::Unchecked,
            ),
            (
                file("svar.pdf", Extraction::Encrypted, None),
                Disclosure::Unchecked,
            ),
            (
                file("svar.pdf", Extraction::TimedOut, None),
                Disclosure::Unchecked,
            ),
            (
                file("svar.pdf", Extraction::Extracted, Some("CPR 010190–1234")),
                Disclosure::PersonalData,
            ),
            (
                file(
                    "cpr 010190-1234.pdf",
                    Extraction::Extracted,
                    Some("Et svar"),
                ),
                Disclosure::PersonalData,
            ),
            (
                file("cpr 010190-1234.pdf", Extraction::Pending, None),
                Disclosure::PersonalData,
            ),
        ];
        for (row, want) in cases {
            let got = of(&row);
            assert_eq!(got, want, "{} {}", row.filename, row.extraction_state);
            assert_eq!(got.is_public(), want == Disclosure::Checked);
            let mut released = row.clone();
            released.released_at = Some(chrono::Utc::now());
            assert_eq!(of(&released), Disclosure::Released);
            assert!(of(&released).is_public());
            assert!(!holds_unreleased_cpr(&released));
        }
    }
}
