//! What was wrong with a query, in the reader's language: one exhaustive `match` onto the
//! catalogue's message for the case.

use super::query::Problem;
use crate::i18n::Messages;

impl Problem {
    /// Explains the problem; the results shown are those of the plain words.
    pub fn message(&self, t: &dyn Messages) -> String {
        let what = match self {
            Problem::UnclosedQuote => t.search_unclosed_quote().to_owned(),
            Problem::DanglingOr => t.search_dangling_or().to_owned(),
            Problem::EmptyExclusion => t.search_empty_exclusion().to_owned(),
            Problem::UnknownField(name) => t.search_unknown_field(name),
            Problem::MissingValue(name) => t.search_missing_value(name),
        };
        format!("{what} {}", t.search_plain_words_instead())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    #[test]
    fn query_problems_read_as_before() {
        let (da, en) = (Locale::Da.messages(), Locale::En.messages());
        assert_eq!(
            Problem::MissingValue("type".into()).message(da),
            "»type:« mangler en værdi, fx type:forening. Vi har søgt på ordene hver for sig i \
             stedet."
        );
        assert_eq!(
            Problem::UnclosedQuote.message(en),
            "A quotation mark is not closed. We searched for the words one by one instead."
        );
    }
}
