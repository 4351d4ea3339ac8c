//! The index's fields. One index serves both scopes: each document says whom it is for
//! (`public`, `officials`). A response whose published text is its text as sent (nothing
//! redacted, every file public) is one document for both; otherwise it is one document of the
//! officials' text and, while publicly shown, one of the published, redacted text. Names only
//! officials may see are in a field of their own that the public search never reads. Nothing
//! is stored but numbers: snippets are made from the database's text at query time.

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STRING, Schema, TextFieldIndexing, TextOptions,
};

use super::analysis::{DANISH, DANISH_OFFICIALS_INDEX, DANISH_PUBLIC_INDEX, ENGLISH, PLAIN};

/// Bumped when the schema, the analysis or what a field holds changes; an index of another
/// version is rebuilt. 2: the public text holds only the files the public may have. 3: one
/// document for both scopes, compounds split against the vocabulary instead of trigrams.
pub const VERSION: u32 = 3;

/// Who searches: the public sees published text only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Published responses, public fields.
    Public,
    /// Every response of the hearing, every field.
    Officials,
}

/// The text fields, one per analyser.
#[derive(Clone, Copy, Debug)]
pub struct TextFields {
    /// Danish text, split against the public vocabulary.
    pub da: Field,
    /// English-analysed text.
    pub en: Field,
    /// Text in other languages.
    pub plain: Field,
}

impl TextFields {
    /// The field of the (query) analyser `name`.
    pub fn for_analyser(&self, name: &str) -> Field {
        match name {
            DANISH => self.da,
            ENGLISH => self.en,
            _ => self.plain,
        }
    }

    /// The three analysed fields with the analysers of their queries.
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
    /// 1 when the public searches this document (its text is what the public may search).
    pub public: Field,
    /// 1 when officials search this document (its text is what officials may search).
    pub officials: Field,
    /// Submitted (a date fast field, for sorting and date filters).
    pub submitted: Field,
    /// The text of every document.
    pub text: TextFields,
    /// Danish text of a document only officials search, split against their vocabulary.
    pub officials_da: Field,
    /// Names only officials may search (name and organisation).
    pub names: Field,
    /// The keyword fields by name ([`KEYWORDS`]).
    pub keywords: Vec<(&'static str, Field)>,
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
    let public = b.add_u64_field("public", INDEXED | FAST);
    let officials = b.add_u64_field("officials", INDEXED | FAST);
    let submitted = b.add_date_field("submitted", INDEXED | FAST);
    let keywords = KEYWORDS
        .iter()
        .map(|name| (*name, b.add_text_field(name, STRING | FAST)))
        .collect();
    let text = TextFields {
        da: b.add_text_field("text_da", analysed(DANISH_PUBLIC_INDEX)),
        en: b.add_text_field("text_en", analysed(ENGLISH)),
        plain: b.add_text_field("text_plain", analysed(PLAIN)),
    };
    let officials_da = b.add_text_field("officials_da", analysed(DANISH_OFFICIALS_INDEX));
    let names = b.add_text_field("names", analysed(PLAIN));
    let fields = Fields {
        response_id,
        hearing_id,
        version,
        public,
        officials,
        submitted,
        text,
        officials_da,
        names,
        keywords,
    };
    (b.build(), fields)
}

impl Fields {
    /// The fields `scope` searches, each with the analyser of its queries.
    pub fn searched(&self, scope: Scope) -> Vec<(Field, &'static str)> {
        let mut fields = self.text.analysed().to_vec();
        if scope == Scope::Officials {
            fields.extend([(self.officials_da, DANISH), (self.names, PLAIN)]);
        }
        fields
    }

    /// The field `scope` finds text of the (query) analyser `name` in (snippets, more like
    /// this); for officials' Danish the field split against their vocabulary.
    pub fn for_analyser(&self, scope: Scope, name: &str) -> Field {
        match (scope, name) {
            (Scope::Officials, DANISH) => self.officials_da,
            _ => self.text.for_analyser(name),
        }
    }

    /// The flag field of the documents `scope` searches.
    pub fn scope_flag(&self, scope: Scope) -> Field {
        match scope {
            Scope::Public => self.public,
            Scope::Officials => self.officials,
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
