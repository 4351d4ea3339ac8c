//! The texts of the installation's own pages: the footer's links, the privacy notice and the
//! accessibility statement (every language implements it; `Messages` requires it).

/// Texts of the privacy notice, the accessibility statement and the links to them.
pub trait SiteMessages: Sync {
    /// Label of the footer's navigation.
    fn footer_nav(&self) -> &'static str;
    /// The privacy notice's name (link and heading).
    fn privacy_title(&self) -> &'static str;
    /// The accessibility statement's name (link and heading).
    fn accessibility_title(&self) -> &'static str;
    /// Says that the page shows the demo's example values.
    fn site_demo_note(&self) -> &'static str;
    /// "Address", "E-mail", "Telephone".
    fn contact_labels(&self) -> [&'static str; 3];

    /// Who processes what, in one paragraph.
    fn privacy_intro(&self, controller: &str) -> String;
    /// Heading: the data controller.
    fn privacy_controller_heading(&self) -> &'static str;
    /// Heading: the data protection officer.
    fn privacy_dpo_heading(&self) -> &'static str;
    /// Before the officer's address.
    fn privacy_dpo_text(&self) -> &'static str;
    /// Heading: why.
    fn privacy_purpose_heading(&self) -> &'static str;
    /// The purposes, one item each.
    fn privacy_purposes(&self) -> &'static [&'static str];
    /// Heading: the legal basis.
    fn privacy_basis_heading(&self) -> &'static str;
    /// The legal basis: GDPR art. 6(1)(e), art. 9 for sensitive data, CPR numbers.
    fn privacy_basis(&self) -> &'static [&'static str];
    /// Heading: what is stored.
    fn privacy_data_heading(&self) -> &'static str;
    /// What is stored, one item each.
    fn privacy_data(&self) -> &'static [&'static str];
    /// What the public sees, and what never.
    fn privacy_published(&self) -> &'static str;
    /// Heading: how long.
    fn privacy_retention_heading(&self) -> &'static str;
    /// How long personal data are kept.
    fn privacy_retention(&self, months: u32) -> String;
    /// Heading: your rights.
    fn privacy_rights_heading(&self) -> &'static str;
    /// The rights, one item each.
    fn privacy_rights(&self) -> &'static [&'static str];
    /// The link to the respondent's own data.
    fn privacy_my_data_link(&self) -> &'static str;
    /// After the link: how else to use the rights.
    fn privacy_rights_contact(&self) -> &'static str;
    /// Heading: complaints.
    fn privacy_complaint_heading(&self) -> &'static str;
    /// The right to complain to Datatilsynet.
    fn privacy_complaint(&self) -> &'static str;

    /// Which law and which site the statement is about.
    fn accessibility_intro(&self, controller: &str) -> String;
    /// Heading: conformance status.
    fn accessibility_status_heading(&self) -> &'static str;
    /// The status: partly (known issues) or fully conformant with WCAG 2.1 AA.
    fn accessibility_status(&self, partly: bool) -> &'static str;
    /// Heading: what is not accessible.
    fn accessibility_issues_heading(&self) -> &'static str;
    /// When no issue is known.
    fn accessibility_no_issues(&self) -> &'static str;
    /// Heading: how the statement was made.
    fn accessibility_made_heading(&self) -> &'static str;
    /// When and how it was made.
    fn accessibility_made(&self, date: &str) -> String;
    /// Heading: feedback and contact.
    fn accessibility_feedback_heading(&self) -> &'static str;
    /// How to report what is not accessible.
    fn accessibility_feedback(&self) -> &'static str;
    /// Heading: enforcement.
    fn accessibility_enforcement_heading(&self) -> &'static str;
    /// Digitaliseringsstyrelsen's part.
    fn accessibility_enforcement(&self) -> &'static str;
    /// The link to Digitaliseringsstyrelsen's page.
    fn accessibility_enforcement_link(&self) -> &'static str;
}
