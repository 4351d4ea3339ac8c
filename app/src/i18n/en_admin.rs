//! English texts of the officials' workspace.

use super::admin::AdminMessages;
use super::en::En;

impl AdminMessages for En {
    fn admin_title(&self) -> &'static str {
        "Case work"
    }
    fn login_title(&self) -> &'static str {
        "Sign in as a member of staff"
    }
    fn login_intro(&self) -> &'static str {
        "Residents and organisations do not need to sign in to respond. This page is for the municipality's staff and committee members."
    }
    fn password_label(&self) -> &'static str {
        "Password"
    }
    fn login_button(&self) -> &'static str {
        "Sign in"
    }
    fn login_failed(&self) -> &'static str {
        "Wrong e-mail or password. After 5 wrong attempts the account is locked for 15 minutes."
    }
    fn login_rate_limited(&self) -> &'static str {
        "Many password sign-ins have been tried from here in a short time. Wait a few minutes and try again, or get a sign-in link by e-mail."
    }
    fn cross_site_refused(&self) -> &'static str {
        "The request was refused because it came from a website other than Ordet. Go to Ordet, reload the page and try again."
    }
    fn origin_missing(&self) -> &'static str {
        "The request was refused: it carried a sign-in cookie but did not say which page it came from (neither Origin nor Referer). Reload the page and try again; a program must send the Origin header with Ordet's address."
    }
    fn logout_button(&self) -> &'static str {
        "Sign out"
    }
    fn not_signed_in(&self) -> &'static str {
        "Please sign in to see this page."
    }
    fn forbidden(&self) -> &'static str {
        "Your role does not give access to this page."
    }
    fn your_hearings(&self) -> &'static str {
        "Hearings"
    }
    fn open_inbox(&self) -> &'static str {
        "See responses"
    }
    fn filters(&self) -> &'static str {
        "Filter the responses"
    }
    fn filter_status(&self) -> &'static str {
        "Status"
    }
    fn filter_kind(&self) -> &'static str {
        "Sender"
    }
    fn filter_channel(&self) -> &'static str {
        "Channel"
    }
    fn filter_any(&self) -> &'static str {
        "All"
    }
    fn apply_filters(&self) -> &'static str {
        "Show"
    }
    fn no_matches(&self) -> &'static str {
        "No responses match the filters."
    }
    fn decision_legend(&self) -> &'static str {
        "Decision"
    }
    fn action_publish(&self) -> &'static str {
        "Publish"
    }
    fn action_hold(&self) -> &'static str {
        "Hold back"
    }
    fn action_reject(&self) -> &'static str {
        "Reject"
    }
    fn reason_label(&self) -> &'static str {
        "Reason (required to hold back or reject; sent to the respondent on rejection)"
    }
    fn decide_button(&self) -> &'static str {
        "Save decision"
    }
    fn decided_notice(&self) -> &'static str {
        "The decision is saved and written to the log."
    }
    fn download_exports(&self) -> &'static str {
        "Download every response with all fields as"
    }
    fn login_link_heading(&self) -> &'static str {
        "Or get a sign-in link by e-mail"
    }
    fn login_link_button(&self) -> &'static str {
        "Send me a link"
    }
    fn login_link_sent(&self) -> &'static str {
        "If the address belongs to an account, we have sent a sign-in link. It works for 15 minutes and only once."
    }
    fn login_link_invalid(&self) -> &'static str {
        "The link no longer works: it was used, has expired or is incomplete. Ask for a new one."
    }
    fn login_link_confirm(&self) -> &'static str {
        "Press the button to sign in with the link from your e-mail."
    }
    fn login_link_subject(&self) -> &'static str {
        "Your link to sign in to Ordet"
    }
    fn login_link_body(&self, name: &str, link: &str, minutes: i64) -> String {
        format!(
            "Dear {name}\n\nOpen this link to sign in to Ordet. It works for {minutes} minutes and only once:\n{link}\n\nIf you did not ask for it, you can ignore this e-mail.\n\nKind regards\nOrdet\n"
        )
    }
    fn audit_title(&self) -> &'static str {
        "Audit log"
    }
    fn audit_when(&self) -> &'static str {
        "When"
    }
    fn audit_who(&self) -> &'static str {
        "Who"
    }
    fn audit_what(&self) -> &'static str {
        "What"
    }
    fn audit_reason(&self) -> &'static str {
        "Reason"
    }
    fn response_total(&self, n: usize) -> String {
        format!("{n} responses")
    }
    fn signed_in_as(&self, name: &str) -> String {
        format!("Signed in as {name}")
    }
}
