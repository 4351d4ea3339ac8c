//! What officials see of responses: every status, every field, with the inbox's filters and
//! counts. Shared by the admin JSON API and the officials' pages.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::web::url::encode;

/// The inbox filters; each narrows the list when given.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::IntoParams))]
#[serde(default)]
pub struct Filters {
    /// Words to search for (the search box's language: "phrases", -exclusions, OR, `type:…`);
    /// the best matches first unless `sort` says otherwise.
    pub q: Option<String>,
    /// `relevance` (the default with `q`), `oldest` (the default without) or `newest`.
    pub sort: Option<String>,
    /// `awaiting_verification`, `verified`, `published`, `held`, `rejected`, `withdrawn`.
    pub status: Option<String>,
    /// Respondent kind.
    pub kind: Option<String>,
    /// `web`, `email`, `letter`, `meeting`.
    pub channel: Option<String>,
    /// Detected language (ISO 639-1).
    pub language: Option<String>,
    /// Only responses with (true) or without (false) files.
    pub has_attachments: Option<bool>,
    /// Only responses flagged (true) or not (false) for personal data.
    pub personal_data: Option<bool>,
    /// Anchor of a draft section: responses about it or one of its paragraphs (any version).
    pub section: Option<String>,
    /// Anchor of a draft paragraph: responses about it (any version that has it).
    pub paragraph: Option<String>,
    /// Submitted on or after this day (`YYYY-MM-DD`, Copenhagen time).
    pub from: Option<String>,
    /// Submitted on or before this day (`YYYY-MM-DD`, Copenhagen time).
    pub to: Option<String>,
    /// Only responses with this internal tag.
    pub tag: Option<String>,
    /// Only duplicates (true) or only responses that are not (false).
    pub duplicate: Option<bool>,
    /// Page, from 1 (0 or less is 1; a page past the last is the last).
    #[serde(deserialize_with = "crate::paging::lenient")]
    pub page: Option<u64>,
    /// Responses per page (default 50, at most 500; more is 500).
    #[serde(deserialize_with = "crate::paging::lenient")]
    pub per_page: Option<u64>,
}

impl Filters {
    /// The words to search for, when there are any.
    pub fn words(&self) -> Option<&str> {
        self.q.as_deref().map(str::trim).filter(|q| !q.is_empty())
    }

    /// The page asked for, bounded.
    pub fn paging(&self) -> crate::paging::Paging {
        crate::paging::Paging::new(self.page, self.per_page, PAGE_SIZE)
    }

    /// The order of the page: by rank only when there are words and no other order was
    /// chosen.
    pub fn order(&self) -> Order {
        match (self.sort.as_deref(), self.words()) {
            (Some("newest"), _) => Order::Newest,
            (Some("oldest"), _) | (_, None) => Order::Oldest,
            (_, Some(_)) => Order::Rank,
        }
    }
}

/// The order of an inbox page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// Best match first.
    Rank,
    /// By svarnummer, oldest first.
    Oldest,
    /// By svarnummer, newest first.
    Newest,
}

/// Responses per inbox page unless asked otherwise.
pub const DEFAULT_PER_PAGE: u64 = 50;
/// The most responses one inbox page may hold.
pub const MAX_PER_PAGE: u64 = 500;
/// An inbox page's size.
pub const PAGE_SIZE: crate::paging::PageSize = crate::paging::PageSize {
    default: DEFAULT_PER_PAGE,
    max: MAX_PER_PAGE,
};

/// A response with everything officials may see.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AdminResponse {
    /// Id (for moderation).
    pub id: i32,
    /// Number.
    pub svarnummer: String,
    /// Status.
    pub status: crate::vocab::ResponseStatus,
    /// Why it is held or rejected.
    pub held_reason: Option<String>,
    /// How it arrived.
    pub channel: crate::vocab::Channel,
    /// Respondent kind.
    pub kind: String,
    /// The person.
    pub name: String,
    /// The organisation.
    pub organisation: Option<String>,
    /// E-mail (private).
    pub email: String,
    /// CVR.
    pub cvr: Option<String>,
    /// Postal code.
    pub postal_code: Option<String>,
    /// Whether the name may be published.
    pub publish_name: bool,
    /// Stance.
    pub stance: crate::vocab::Stance,
    /// Text.
    pub text: String,
    /// Language.
    pub language: Option<String>,
    /// Submitted.
    pub submitted_at: DateTime<Utc>,
    /// Files with their extraction state.
    pub attachments: Vec<AdminAttachment>,
    /// Anchor of the section it is about.
    pub section: Option<String>,
    /// Anchor of the paragraph it is about.
    pub paragraph: Option<String>,
    /// The text the public sees, when an official redacted passages of `text`.
    pub public_text: Option<String>,
    /// The svarnummer of the response this one repeats, when marked as a duplicate.
    pub duplicate_of: Option<String>,
    /// Internal tags (never public).
    pub tags: Vec<String>,
    /// How many internal notes it has (never public).
    pub note_count: u64,
    /// When the respondent's personal data was erased (name, e-mail, postal code and files
    /// outside the case file are then empty or gone; the record stays).
    pub personal_data_erased_at: Option<DateTime<Utc>>,
    /// In search results: the best passage, HTML-escaped, the matched words in `<mark>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snippet: Option<String>,
}

/// A file as officials see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AdminAttachment {
    /// Id.
    pub id: i32,
    /// Name.
    pub name: String,
    /// Bytes.
    pub size_bytes: i64,
    /// SHA-256.
    pub sha256: String,
    /// Where reading its text stands.
    pub extraction_state: crate::vocab::Extraction,
    /// Why extraction failed.
    pub extraction_note: Option<String>,
    /// Whether the public may download it (once the response is published), and why not.
    pub disclosure: crate::disclosure::Disclosure,
    /// When an official released it.
    pub released_at: Option<DateTime<Utc>>,
    /// Officials marked it as part of the case file: it stays when the respondent's personal
    /// data is erased.
    pub case_file: bool,
}

/// The filtered list and the counts per filter value over the whole hearing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
pub struct AdminResponses {
    /// How many match.
    pub total: usize,
    /// This page of the matching responses, oldest first.
    pub items: Vec<AdminResponse>,
    /// The page shown, from 1.
    pub page: u64,
    /// Responses per page.
    pub per_page: u64,
    /// Filter → value → how many of the hearing's responses have it (with `q`: how many of
    /// the responses that match the words).
    pub counts: BTreeMap<String, BTreeMap<String, u64>>,
    /// With `q`: what was wrong with the words, in the reader's language; the results are
    /// then those of the plain words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
}

impl Filters {
    /// The filters in a URL query's name/value pairs; empty and unreadable values are left out.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> Self {
        let mut f = Filters::default();
        for (name, value) in pairs.into_iter().filter(|(_, v)| !v.is_empty()) {
            let text = Some(value.clone());
            match name.as_str() {
                "q" => f.q = text,
                "sort" => f.sort = text,
                "status" => f.status = text,
                "kind" => f.kind = text,
                "channel" => f.channel = text,
                "language" => f.language = text,
                "has_attachments" => f.has_attachments = value.parse().ok(),
                "personal_data" => f.personal_data = value.parse().ok(),
                "section" => f.section = text,
                "paragraph" => f.paragraph = text,
                "from" => f.from = text,
                "to" => f.to = text,
                "tag" => f.tag = text,
                "duplicate" => f.duplicate = value.parse().ok(),
                "page" => f.page = crate::paging::read_number(&value),
                "per_page" => f.per_page = crate::paging::read_number(&value),
                _ => {}
            }
        }
        f
    }

    /// The filters as a URL query (`status=held&tag=bolig`), page `page` when above 1.
    pub fn query(&self, page: u64) -> String {
        let flag = |v: Option<bool>| v.map(|v| v.to_string());
        let pairs = [
            ("q", self.q.clone()),
            ("sort", self.sort.clone()),
            ("status", self.status.clone()),
            ("kind", self.kind.clone()),
            ("channel", self.channel.clone()),
            ("language", self.language.clone()),
            ("has_attachments", flag(self.has_attachments)),
            ("personal_data", flag(self.personal_data)),
            ("section", self.section.clone()),
            ("paragraph", self.paragraph.clone()),
            ("from", self.from.clone()),
            ("to", self.to.clone()),
            ("tag", self.tag.clone()),
            ("duplicate", flag(self.duplicate)),
            ("page", (page > 1).then(|| page.to_string())),
            ("per_page", self.per_page.map(|n| n.to_string())),
        ];
        pairs
            .into_iter()
            .filter_map(|(name, value)| value.filter(|v| !v.is_empty()).map(|v| (name, v)))
            .map(|(name, value)| format!("{name}={}", encode(&value)))
            .collect::<Vec<_>>()
            .join("&")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_become_a_query_that_keeps_danish_letters() {
        let filters = Filters {
            status: Some("held".into()),
            tag: Some("bolig og skole".into()),
            section: Some("4-beskæftigelse".into()),
            has_attachments: Some(false),
            ..Default::default()
        };
        assert_eq!(
            filters.query(3),
            "status=held&has_attachments=false&section=4-besk%C3%A6ftigelse&tag=bolig%20og%20skole&page=3"
        );
        assert_eq!(Filters::default().query(1), "");
        let query = filters.query(3);
        let pairs = query.split('&').map(|pair| {
            let (name, value) = pair.split_once('=').unwrap();
            (
                name.to_owned(),
                value.replace("%20", " ").replace("%C3%A6", "æ"),
            )
        });
        let back = Filters::from_pairs(pairs);
        assert_eq!(
            back,
            Filters {
                page: Some(3),
                ..filters
            }
        );
    }
}
