//! One response as the index holds it: plain data first ([`IndexDoc`], also what the
//! benchmark generates), then the tantivy documents made of it — one for both scopes when the
//! public may search exactly what officials search, else one for each.

use chrono::{DateTime, Utc};
use tantivy::TantivyDocument;

use super::analysis::{DANISH, for_language};
use super::schema::Fields;

/// What the index needs of one response.
#[derive(Clone, Debug, PartialEq)]
pub struct IndexDoc {
    /// `response.id`.
    pub response_id: i32,
    /// `response.hearing_id`.
    pub hearing_id: i32,
    /// `response.updated_at` in microseconds.
    pub version: i64,
    /// `response.submitted_at`.
    pub submitted_at: DateTime<Utc>,
    /// Language detected at intake; picks the analyser.
    pub language: Option<String>,
    /// Keyword values by field name ([`super::schema::KEYWORDS`]); missing ones are empty.
    pub keywords: Vec<(&'static str, String)>,
    /// Names only officials may search by (name, organisation).
    pub names: String,
    /// What else officials may search: the public name, the text as sent, every file's text.
    pub private_text: String,
    /// What the public may search, only while the response is publicly shown: the public
    /// name, the published (redacted) text, the text of the files the public may have.
    pub public_text: Option<String>,
}

impl IndexDoc {
    /// The tantivy documents of this response: one when the public may search exactly what
    /// officials search (beside the names), else the officials' one and, while publicly
    /// shown, the public's.
    pub fn to_documents(&self, f: &Fields) -> Vec<TantivyDocument> {
        let analyser = for_language(self.language.as_deref());
        match &self.public_text {
            Some(public) if *public == self.private_text => {
                vec![self.document(f, (true, true), public, analyser)]
            }
            Some(public) => vec![
                self.document(f, (false, true), &self.private_text, analyser),
                self.document(f, (true, false), public, analyser),
            ],
            None => vec![self.document(f, (false, true), &self.private_text, analyser)],
        }
    }

    fn document(
        &self,
        f: &Fields,
        (public, officials): (bool, bool),
        text: &str,
        analyser: &str,
    ) -> TantivyDocument {
        let mut doc = TantivyDocument::default();
        doc.add_u64(f.response_id, self.response_id as u64);
        doc.add_u64(f.hearing_id, self.hearing_id as u64);
        doc.add_u64(f.version, self.version as u64);
        doc.add_u64(f.public, u64::from(public));
        doc.add_u64(f.officials, u64::from(officials));
        let micros = self.submitted_at.timestamp_micros();
        doc.add_date(
            f.submitted,
            tantivy::DateTime::from_timestamp_micros(micros),
        );
        for (name, value) in self.keywords.iter().filter(|(_, v)| !v.is_empty()) {
            if let Some((_, field)) = f.keywords.iter().find(|(n, _)| n == name) {
                doc.add_text(*field, value);
            }
        }
        let field = match (public, analyser) {
            (false, DANISH) => f.officials_da,
            _ => f.text.for_analyser(analyser),
        };
        doc.add_text(field, text);
        if officials && !self.names.is_empty() {
            doc.add_text(f.names, &self.names);
        }
        doc
    }
}
