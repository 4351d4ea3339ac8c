//! English texts of the privacy notice and the accessibility statement.

use super::en::En;
use super::site::SiteMessages;

impl SiteMessages for En {
    fn footer_nav(&self) -> &'static str {
        "About this site"
    }
    fn privacy_title(&self) -> &'static str {
        "Privacy notice"
    }
    fn accessibility_title(&self) -> &'static str {
        "Accessibility statement"
    }
    fn site_demo_note(&self) -> &'static str {
        "Example: the controller and contact details are the demo's default values. An \
         installation sets its own (ORDET_CONTROLLER_* and ORDET_ACCESSIBILITY_*)."
    }
    fn contact_labels(&self) -> [&'static str; 3] {
        ["Address", "E-mail", "Telephone"]
    }

    fn privacy_intro(&self, controller: &str) -> String {
        format!(
            "{controller} is the data controller for the personal data you give when you send a \
             response here. This notice says what we use them for, how long we keep them and \
             what your rights are."
        )
    }
    fn privacy_controller_heading(&self) -> &'static str {
        "Data controller"
    }
    fn privacy_dpo_heading(&self) -> &'static str {
        "Data protection officer"
    }
    fn privacy_dpo_text(&self) -> &'static str {
        "You can always write to our data protection officer:"
    }
    fn privacy_purpose_heading(&self) -> &'static str {
        "What we use the data for"
    }
    fn privacy_purposes(&self) -> &'static [&'static str] {
        &[
            "To receive and handle your response, so the politicians can read it before they decide.",
            "To confirm your e-mail address and send you a receipt with a link where you can change or withdraw your response.",
            "To publish the responses so everyone can read them (see below what is never published).",
            "To prepare the summary (hvidbog) and overviews for the committee.",
        ]
    }
    fn privacy_basis_heading(&self) -> &'static str {
        "Legal basis"
    }
    fn privacy_basis(&self) -> &'static [&'static str] {
        &[
            "We process the data to carry out a task in the public interest and in the exercise of official authority: the municipality's consultation of citizens and organisations (GDPR article 6(1)(e)).",
            "If you write sensitive data in your response yourself, such as about health, religion or political opinions, we process them under article 9(2) (point g, substantial public interest), only as far as the consultation needs. We hold a response back from the public when we see such data.",
            "A response or file that seems to hold a CPR number is not published until a member of staff has looked at it.",
        ]
    }
    fn privacy_data_heading(&self) -> &'static str {
        "What we store"
    }
    fn privacy_data(&self) -> &'static [&'static str] {
        &[
            "Your name and e-mail address and, if given, postcode, organisation, CVR number and your role in the organisation.",
            "Your response, your attached files and the text we read from them.",
            "When you sent and confirmed it, and the decisions staff have made about it.",
            "Your IP address in the server's logs and, without storing the address itself, in counters against abuse.",
        ]
    }
    fn privacy_published(&self) -> &'static str {
        "The public sees your response, your files (once checked) and your name if you agreed – otherwise \"Borger\" (resident) and your postcode. Organisations are shown by name. Your e-mail address is never published."
    }
    fn privacy_retention_heading(&self) -> &'static str {
        "How long we keep the data"
    }
    fn privacy_retention(&self, months: u32) -> String {
        format!(
            "Responses you never confirmed are deleted with their files after 7 days. Once the \
             committee has decided, we keep your name (if it may not be published), e-mail \
             address, postal code and files that are not part of the case file for {months} \
             months — unless the hearing sets another period — and then delete them. The \
             response number, date, published text and the administration's remarks stay as \
             the case record and may be archived under the Danish Archives Act."
        )
    }
    fn privacy_rights_heading(&self) -> &'static str {
        "Your rights"
    }
    fn privacy_rights(&self) -> &'static [&'static str] {
        &[
            "The right to see the data we hold about you (access).",
            "The right to have wrong data corrected.",
            "The right to have data erased when we may or must no longer keep them.",
            "The right to have the processing restricted.",
            "The right to object to the processing.",
        ]
    }
    fn privacy_my_data_link(&self) -> &'static str {
        "See and download your data"
    }
    fn privacy_rights_contact(&self) -> &'static str {
        "You can also write to us or to the data protection officer to use your rights."
    }
    fn privacy_complaint_heading(&self) -> &'static str {
        "Complaints to Datatilsynet"
    }
    fn privacy_complaint(&self) -> &'static str {
        "You have the right to complain to Datatilsynet, the Danish Data Protection Agency, if you are not satisfied with how we process your personal data. Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, Denmark, telephone +45 33 19 32 00, dt@datatilsynet.dk."
    }

    fn accessibility_intro(&self, controller: &str) -> String {
        format!(
            "{controller} must make this website accessible under the Danish act on the \
             accessibility of public sector bodies' websites and mobile applications. This \
             statement applies to the consultation portal, its pages for citizens and for staff."
        )
    }
    fn accessibility_status_heading(&self) -> &'static str {
        "Compliance status"
    }
    fn accessibility_status(&self, partly: bool) -> &'static str {
        match partly {
            true => {
                "This website is partially compliant with WCAG 2.1 level AA (EN 301 549), due to the shortcomings listed below."
            }
            false => "This website is fully compliant with WCAG 2.1 level AA (EN 301 549).",
        }
    }
    fn accessibility_issues_heading(&self) -> &'static str {
        "Non-accessible content"
    }
    fn accessibility_no_issues(&self) -> &'static str {
        "We know of no content that is not accessible."
    }
    fn accessibility_made_heading(&self) -> &'static str {
        "Preparation of this statement"
    }
    fn accessibility_made(&self, date: &str) -> String {
        format!(
            "This statement was prepared on {date}. The assessment is a self-evaluation: \
             automated tests with axe on every page and manual review with a keyboard and a \
             screen reader."
        )
    }
    fn accessibility_feedback_heading(&self) -> &'static str {
        "Feedback and contact information"
    }
    fn accessibility_feedback(&self) -> &'static str {
        "If you meet content that is not accessible, or need it in another form, write or call us:"
    }
    fn accessibility_enforcement_heading(&self) -> &'static str {
        "Enforcement procedure"
    }
    fn accessibility_enforcement(&self) -> &'static str {
        "The Danish Agency for Digital Government (Digitaliseringsstyrelsen) enforces the act. If you do not get a satisfactory answer from us within 10 working days, you can contact the agency."
    }
    fn accessibility_enforcement_link(&self) -> &'static str {
        "Digitaliseringsstyrelsen: meeting content that is not accessible (in Danish)"
    }
}
