//! One response as the index holds it: plain data first ([`IndexDoc`], also what the
//! benchmark generates), then the tantivy document made of it.

use chrono::{DateTime, Utc};
use tantivy::TantivyDocument;
use tantivy::tokenizer::PreTokenizedString;

use super::analysis::{for_language, grams};
use super::schema::{Fields, TextFields};

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
    /// Everything officials may search: text as sent, attachments, names.
    pub private_text: String,
    /// What the public may search, only while the response is publicly shown.
    pub public_text: Option<String>,
}

impl IndexDoc {
    /// The tantivy document of this response.
    pub fn to_document(&self, schema: &tantivy::schema::Schema, f: &Fields) -> TantivyDocument {
        let mut doc = TantivyDocument::default();
        doc.add_u64(f.response_id, self.response_id as u64);
        doc.add_u64(f.hearing_id, self.hearing_id as u64);
        doc.add_u64(f.version, self.version as u64);
        doc.add_u64(f.public, u64::from(self.public_text.is_some()));
        let micros = self.submitted_at.timestamp_micros();
        doc.add_date(
            f.submitted,
            tantivy::DateTime::from_timestamp_micros(micros),
        );
        for (name, value) in self.keywords.iter().filter(|(_, v)| !v.is_empty()) {
            if let Ok(field) = schema.get_field(name) {
                doc.add_text(field, value);
            }
        }
        let analyser = for_language(self.language.as_deref());
        add_text(&mut doc, &f.all, analyser, &self.private_text);
        if let Some(text) = &self.public_text {
            add_text(&mut doc, &f.public_text, analyser, text);
        }
        doc
    }
}

fn add_text(doc: &mut TantivyDocument, fields: &TextFields, analyser: &str, text: &str) {
    doc.add_text(fields.for_analyser(analyser), text);
    let tokens = grams(text);
    doc.add_pre_tokenized_text(
        fields.sub,
        PreTokenizedString {
            text: text.to_owned(),
            tokens,
        },
    );
}
