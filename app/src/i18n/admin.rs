//! The texts of the officials' workspace (every language implements it; `Messages`
//! requires it).

use super::catalogue::messages;

messages! {
    /// The workspace's texts in one language.
    pub trait AdminMessages;
    keys ADMIN_KEYS;

    /// Heading of the officials' front page.
    fn admin_title() -> &'static str;

    /// Heading of the sign-in page.
    fn login_title() -> &'static str;

    /// Text above the sign-in form.
    fn login_intro() -> &'static str;

    /// The password field.
    fn password_label() -> &'static str;

    /// The sign-in button.
    fn login_button() -> &'static str;

    /// A failed sign-in.
    fn login_failed() -> &'static str;

    /// Too many password sign-ins from one network.
    fn login_rate_limited() -> &'static str;

    /// A state-changing request from another site's page.
    fn cross_site_refused() -> &'static str;

    /// A signed-in request that says neither where it comes from (`Origin`) nor which page
    /// sent it (`Referer`).
    fn origin_missing() -> &'static str;

    /// The sign-out button.
    fn logout_button() -> &'static str;

    /// Shown instead of a workspace page without a session.
    fn not_signed_in() -> &'static str;

    /// Shown when the role does not reach the page.
    fn forbidden() -> &'static str;

    /// Heading of the hearings list on the officials' front page.
    fn your_hearings() -> &'static str;

    /// Link to a hearing's responses.
    fn open_inbox() -> &'static str;

    /// Legend of the inbox filters.
    fn filters() -> &'static str;

    /// The status filter.
    fn filter_status() -> &'static str;

    /// The respondent-kind filter.
    fn filter_kind() -> &'static str;

    /// The channel filter.
    fn filter_channel() -> &'static str;

    /// The filter value that means any.
    fn filter_any() -> &'static str;

    /// The filter button.
    fn apply_filters() -> &'static str;

    /// An empty inbox.
    fn no_matches() -> &'static str;

    /// Legend of the moderation choices.
    fn decision_legend() -> &'static str;

    /// Publish.
    fn action_publish() -> &'static str;

    /// Hold back.
    fn action_hold() -> &'static str;

    /// Reject.
    fn action_reject() -> &'static str;

    /// The reason field.
    fn reason_label() -> &'static str;

    /// The moderation button.
    fn decide_button() -> &'static str;

    /// Confirmation after a decision.
    fn decided_notice() -> &'static str;

    /// Label before the export links.
    fn download_exports() -> &'static str;

    /// Heading of the sign-in-by-link form.
    fn login_link_heading() -> &'static str;

    /// Its button.
    fn login_link_button() -> &'static str;

    /// Shown after asking for a link.
    fn login_link_sent() -> &'static str;

    /// Shown when a link is used up, expired or unknown.
    fn login_link_invalid() -> &'static str;

    /// The page a sign-in link opens.
    fn login_link_confirm() -> &'static str;

    /// Subject of the sign-in mail.
    fn login_link_subject() -> &'static str;

    /// Body of the sign-in mail.
    fn login_link_body(name: &str, link: &str, minutes: i64) -> String;

    /// Heading of the audit log, and the link to it.
    fn audit_title() -> &'static str;

    /// Column: when.
    fn audit_when() -> &'static str;

    /// Column: who.
    fn audit_who() -> &'static str;

    /// Column: what.
    fn audit_what() -> &'static str;

    /// Column: reason.
    fn audit_reason() -> &'static str;

    /// "n responses".
    fn response_total(n: usize) -> String;

    /// "Signed in as …".
    fn signed_in_as(name: &str) -> String;
}
