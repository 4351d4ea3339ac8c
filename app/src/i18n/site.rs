//! The texts of the installation's own pages: the footer's links, the privacy notice and the
//! accessibility statement (every language implements it; `Messages` requires it).

use super::catalogue::messages;
use super::fluent as fl;

messages! {
    /// Texts of the privacy notice, the accessibility statement and the links to them.
    pub trait SiteMessages;
    keys SITE_KEYS;

    /// Label of the footer's navigation.
    fn footer_nav() -> &'static str;

    /// The privacy notice's name (link and heading).
    fn privacy_title() -> &'static str;

    /// The accessibility statement's name (link and heading).
    fn accessibility_title() -> &'static str;

    /// Says that the page shows the demo's example values.
    fn site_demo_note() -> &'static str;

    /// Who processes what, in one paragraph.
    fn privacy_intro(controller: &str) -> String;

    /// Heading: the data controller.
    fn privacy_controller_heading() -> &'static str;

    /// Heading: the data protection officer.
    fn privacy_dpo_heading() -> &'static str;

    /// Before the officer's address.
    fn privacy_dpo_text() -> &'static str;

    /// Heading: why.
    fn privacy_purpose_heading() -> &'static str;

    /// Heading: the legal basis.
    fn privacy_basis_heading() -> &'static str;

    /// Heading: what is stored.
    fn privacy_data_heading() -> &'static str;

    /// What the public sees, and what never.
    fn privacy_published() -> &'static str;

    /// Heading: how long.
    fn privacy_retention_heading() -> &'static str;

    /// How long personal data are kept.
    fn privacy_retention(months: u32) -> String;

    /// Heading: your rights.
    fn privacy_rights_heading() -> &'static str;

    /// The link to the respondent's own data.
    fn privacy_my_data_link() -> &'static str;

    /// After the link: how else to use the rights.
    fn privacy_rights_contact() -> &'static str;

    /// Heading: complaints.
    fn privacy_complaint_heading() -> &'static str;

    /// The right to complain to Datatilsynet.
    fn privacy_complaint() -> &'static str;

    /// Which law and which site the statement is about.
    fn accessibility_intro(controller: &str) -> String;

    /// Heading: conformance status.
    fn accessibility_status_heading() -> &'static str;

    /// Heading: what is not accessible.
    fn accessibility_issues_heading() -> &'static str;

    /// When no issue is known.
    fn accessibility_no_issues() -> &'static str;

    /// Heading: how the statement was made.
    fn accessibility_made_heading() -> &'static str;

    /// When and how it was made.
    fn accessibility_made(date: &str) -> String;

    /// Heading: feedback and contact.
    fn accessibility_feedback_heading() -> &'static str;

    /// How to report what is not accessible.
    fn accessibility_feedback() -> &'static str;

    /// Heading: enforcement.
    fn accessibility_enforcement_heading() -> &'static str;

    /// Digitaliseringsstyrelsen's part.
    fn accessibility_enforcement() -> &'static str;

    /// The link to Digitaliseringsstyrelsen's page.
    fn accessibility_enforcement_link() -> &'static str;

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
