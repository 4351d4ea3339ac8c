//! The index's fields. Text is indexed twice: once as officials may search it (the text as
//! sent, the attachments, every name) and once as the public may (the published, redacted
//! text and public names, only while the response is publicly shown). Nothing is stored but
//! numbers: snippets are made from the database's text at query time.

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STRING, Schema, TextFieldIndexing, TextOptions,
};

use super::analysis::{DANISH, ENGLISH, PLAIN};

/// Bumped when the schema, the analysis or what a field holds changes; an index of another
/// version is rebuilt. 2: the public text holds only the files the public may have.
pub const VERSION: u32 = 2;

/// Who searches: the public sees published text only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Published responses, public fields.
    Public,
    /// Every response of the hearing, every field.
    Officials,
}

/// The text fields of one scope: one per analyser, plus the compound sub-field.
#[derive(Clone, Copy, Debug)]
pub struct TextFields {
    /// Danish-analysed text.
    pub da: Field,
    /// English-analysed text.
    pub en: Field,
    /// Text in other languages.
    pub plain: Field,
    /// Character trigrams of every word (compounds).
    pub sub: Field,
}

impl TextFields {
    /// The field of the analyser `name`.
    pub fn for_analyser(&self, name: &str) -> Field {
        match name {
            DANISH => self.da,
            ENGLISH => self.en,
            _ => self.plain,
        }
    }

    /// The three analysed fields with their analysers.
    pub fn analysed(&self) -> [(Field, &'static str); 3] {
        [(self.da, DANISH), (self.en, ENGLISH), (self.plain, PLAIN)]
    }
}

/// Every field, by handle.
#[derive(Clone, Debug)]
pub struct Fields {
    /// `response.id`; the key documents are replaced by.
    pub response_id: Field,
    /// `response.hearing_id`.
    pub hearing_id: Field,
    /// `response.updated_at` in microseconds: which state of the row the document holds.
    pub version: Field,
    /// 1 while the response is publicly shown, else 0.
    pub public: Field,
    /// Submitted (a date fast field, for sorting and date filters).
    pub submitted: Field,
    /// What officials may search.
    pub all: TextFields,
    /// What the public may search (empty unless public).
    pub public_text: TextFields,
}

/// Keyword fields: one value each, filterable and counted as facets. Their names are the
/// query language's field keys (see [`super::query::FieldName::key`]) plus these two.
pub const KEYWORDS: [&str; 9] = [
    "kind",
    "section",
    "language",
    "stance",
    "channel",
    "status",
    "paragraph",
    "theme",
    "campaign",
];

/// Builds the schema and the handles to its fields.
pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let response_id = b.add_u64_field("response_id", INDEXED | FAST);
    let hearing_id = b.add_u64_field("hearing_id", INDEXED | FAST);
    let version = b.add_u64_field("version", FAST);
    let public = b.add_u64_field("public", INDEXED);
    let submitted = b.add_date_field("submitted", INDEXED | FAST);
    for name in KEYWORDS {
        b.add_text_field(name, STRING | FAST);
    }
    let mut text = |prefix: &str| TextFields {
        da: b.add_text_field(&format!("{prefix}_da"), analysed(DANISH)),
        en: b.add_text_field(&format!("{prefix}_en"), analysed(ENGLISH)),
        plain: b.add_text_field(&format!("{prefix}_plain"), analysed(PLAIN)),
        sub: b.add_text_field(&format!("{prefix}_sub"), analysed(PLAIN)),
    };
    let all = text("all");
    let public_text = text("pub");
    let fields = Fields {
        response_id,
        hearing_id,
        version,
        public,
        submitted,
        all,
        public_text,
    };
    (b.build(), fields)
}

impl Fields {
    /// The text fields `scope` searches.
    pub fn text(&self, scope: Scope) -> &TextFields {
        match scope {
            Scope::Public => &self.public_text,
            Scope::Officials => &self.all,
        }
    }
}

fn analysed(analyser: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(analyser)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    )
}
