//! The texts of the committee digest page and the hvidbog page (every language implements
//! it; `Messages` requires it). The digest mail and the hvidbog document themselves are in
//! Danish, the committee's language.

use super::catalogue::messages;
use super::fluent as fl;
use super::texts::DigestTexts;

messages! {
    /// Digest and hvidbog texts in one language.
    pub trait DigestMessages: DigestTexts;
    keys DIGEST_KEYS;

    /// "From … to …, n days".
    fn hvidbog_period_text(from: &str, to: &str, days: i64) -> String;

    /// "n responses were received".
    fn hvidbog_total(n: usize) -> String;

    provided {
        /// A weekday by ISO number (1 Monday).
        fn weekday_name(&self, number: u32) -> &'static str {
            fl::variant(self.locale(), "weekday_name", &number.to_string())
        }

        /// Column headings of the history: kind, period, queued, sent, waiting, failed, error.
        fn digest_columns(&self) -> [&'static str; 7] {
            fl::array(self.locale(), "digest_columns")
        }

        /// A warning by key.
        fn digest_warning(&self, key: &str) -> &'static str {
            fl::variant(self.locale(), "digest_warning", key)
        }

        /// The confirmation after an accepted form (`saved=` value), if it is one.
        fn digest_saved_notice(&self, what: &str) -> Option<&'static str> {
            fl::variant_or_none(self.locale(), "digest_saved_notice", what)
        }

        /// Column headings of the parties: party, answered.
        fn hvidbog_party_columns(&self) -> [&'static str; 2] {
            fl::array(self.locale(), "hvidbog_party_columns")
        }

        /// The choices: yes, no, not decided.
        fn change_choices(&self) -> [&'static str; 3] {
            fl::array(self.locale(), "change_choices")
        }

        /// Yes / no.
        fn yes_no(&self, yes: bool) -> &'static str {
            fl::variant(self.locale(), "yes_no", if yes { "true" } else { "false" })
        }
    }
}
