//! The texts of the installation's own pages: the footer's links, the privacy notice and the
//! accessibility statement (every language implements it; `Messages` requires it).

use super::catalogue::messages;
use super::fluent as fl;
use super::texts::SiteTexts;

messages! {
    /// Texts of the privacy notice, the accessibility statement and the links to them.
    pub trait SiteMessages: SiteTexts;
    keys SITE_KEYS;

    /// Who processes what, in one paragraph.
    fn privacy_intro(controller: &str) -> String;

    /// How long personal data are kept.
    fn privacy_retention(months: u32) -> String;

    /// Which law and which site the statement is about.
    fn accessibility_intro(controller: &str) -> String;

    /// When and how it was made.
    fn accessibility_made(date: &str) -> String;

    provided {
        /// "Address", "E-mail", "Telephone".
        fn contact_labels(&self) -> [&'static str; 3] {
            fl::array(self.locale(), "contact_labels")
        }

        /// The purposes, one item each.
        fn privacy_purposes(&self) -> &'static [&'static str] {
            fl::list(self.locale(), "privacy_purposes")
        }

        /// The legal basis: GDPR art. 6(1)(e), art. 9 for sensitive data, CPR numbers.
        fn privacy_basis(&self) -> &'static [&'static str] {
            fl::list(self.locale(), "privacy_basis")
        }

        /// What is stored, one item each.
        fn privacy_data(&self) -> &'static [&'static str] {
            fl::list(self.locale(), "privacy_data")
        }

        /// The rights, one item each.
        fn privacy_rights(&self) -> &'static [&'static str] {
            fl::list(self.locale(), "privacy_rights")
        }

        /// The status: partly (known issues) or fully conformant with WCAG 2.1 AA.
        fn accessibility_status(&self, partly: bool) -> &'static str {
            fl::variant(
                self.locale(),
                "accessibility_status",
                if partly { "true" } else { "false" },
            )
        }
    }
}
