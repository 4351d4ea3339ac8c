//! A hearing's settings as an official typed or sent them: every value a string, checked
//! field by field (`settings.rs`) so a refused form comes back as typed.

use serde::{Deserialize, Serialize};

/// The most months a hearing may keep its respondents' personal data after it was decided.
pub const MAX_RETENTION_MONTHS: i32 = 120;

/// A hearing's settings as typed or sent: every value a string, so a refused form comes
/// back exactly as typed. Times are `2010-08-09T00:00` on Copenhagen's clock, or RFC 3339.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct SettingsInput {
    /// URL name; only when creating (it never changes afterwards).
    pub slug: String,
    /// Title.
    pub title: String,
    /// A short summary in plain language.
    pub summary: String,
    /// The committee that decides.
    pub committee: String,
    /// Journal number, e.g. `2010-64452`.
    pub journal_number: String,
    /// When the hearing opens.
    pub opens_at: String,
    /// The deadline.
    pub closes_at: String,
    /// `after_verification`, `after_moderation` or `after_deadline`.
    pub publication_policy: String,
    /// The timetable.
    pub milestones: Vec<MilestoneInput>,
    /// Who gets the digest of the responses.
    pub digest_recipients: Vec<RecipientInput>,
    /// Months the respondents' personal data is kept after the hearing is decided (1 to
    /// [`MAX_RETENTION_MONTHS`]); empty: the installation's default (`ORDET_RETENTION_MONTHS`).
    /// The API takes a number or a string and answers with a string.
    #[serde(deserialize_with = "number_or_text")]
    #[cfg_attr(feature = "ssr", schema(value_type = String, example = "24"))]
    pub retention_months: String,
}

/// A JSON number, string or null as the text a form would hold ("" for null), so a value
/// of the wrong kind is refused at its field like a typed one.
fn number_or_text<'de, D: serde::Deserializer<'de>>(input: D) -> Result<String, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Raw {
        Whole(i64),
        Fraction(f64),
        Text(String),
    }
    Ok(match Option::<Raw>::deserialize(input)? {
        None => String::new(),
        Some(Raw::Whole(n)) => n.to_string(),
        Some(Raw::Fraction(x)) => x.to_string(),
        Some(Raw::Text(text)) => text,
    })
}

/// A row of the timetable as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct MilestoneInput {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// What happens.
    pub label: String,
    /// `synopsis`, `meeting`, `hearing_opens`, `hearing_closes`, `final_proposal`,
    /// `adoption` or `other`.
    pub kind: String,
}

/// A digest recipient as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(default)]
pub struct RecipientInput {
    /// Name.
    pub name: String,
    /// E-mail address.
    pub email: String,
}
