//! The texts of the officials' workspace (every language implements it; `Messages`
//! requires it).

/// The workspace's texts in one language.
pub trait AdminMessages: Sync {
    /// Heading of the officials' front page.
    fn admin_title(&self) -> &'static str;
    /// Heading of the sign-in page.
    fn login_title(&self) -> &'static str;
    /// Text above the sign-in form.
    fn login_intro(&self) -> &'static str;
    /// The password field.
    fn password_label(&self) -> &'static str;
    /// The sign-in button.
    fn login_button(&self) -> &'static str;
    /// A failed sign-in.
    fn login_failed(&self) -> &'static str;
    /// Too many password sign-ins from one network.
    fn login_rate_limited(&self) -> &'static str;
    /// A state-changing request from another site's page.
    fn cross_site_refused(&self) -> &'static str;
    /// A signed-in request that says neither where it comes from (`Origin`) nor which page
    /// sent it (`Referer`).
    fn origin_missing(&self) -> &'static str;
    /// The sign-out button.
    fn logout_button(&self) -> &'static str;
    /// Shown instead of a workspace page without a session.
    fn not_signed_in(&self) -> &'static str;
    /// Shown when the role does not reach the page.
    fn forbidden(&self) -> &'static str;
    /// Heading of the hearings list on the officials' front page.
    fn your_hearings(&self) -> &'static str;
    /// Link to a hearing's responses.
    fn open_inbox(&self) -> &'static str;
    /// Legend of the inbox filters.
    fn filters(&self) -> &'static str;
    /// The status filter.
    fn filter_status(&self) -> &'static str;
    /// The respondent-kind filter.
    fn filter_kind(&self) -> &'static str;
    /// The channel filter.
    fn filter_channel(&self) -> &'static str;
    /// The filter value that means any.
    fn filter_any(&self) -> &'static str;
    /// The filter button.
    fn apply_filters(&self) -> &'static str;
    /// An empty inbox.
    fn no_matches(&self) -> &'static str;
    /// Legend of the moderation choices.
    fn decision_legend(&self) -> &'static str;
    /// Publish.
    fn action_publish(&self) -> &'static str;
    /// Hold back.
    fn action_hold(&self) -> &'static str;
    /// Reject.
    fn action_reject(&self) -> &'static str;
    /// The reason field.
    fn reason_label(&self) -> &'static str;
    /// The moderation button.
    fn decide_button(&self) -> &'static str;
    /// Confirmation after a decision.
    fn decided_notice(&self) -> &'static str;
    /// Label before the export links.
    fn download_exports(&self) -> &'static str;
    /// Heading of the sign-in-by-link form.
    fn login_link_heading(&self) -> &'static str;
    /// Its button.
    fn login_link_button(&self) -> &'static str;
    /// Shown after asking for a link.
    fn login_link_sent(&self) -> &'static str;
    /// Shown when a link is used up, expired or unknown.
    fn login_link_invalid(&self) -> &'static str;
    /// The page a sign-in link opens.
    fn login_link_confirm(&self) -> &'static str;
    /// Subject of the sign-in mail.
    fn login_link_subject(&self) -> &'static str;
    /// Body of the sign-in mail.
    fn login_link_body(&self, name: &str, link: &str, minutes: i64) -> String;
    /// Heading of the audit log, and the link to it.
    fn audit_title(&self) -> &'static str;
    /// Column: when.
    fn audit_when(&self) -> &'static str;
    /// Column: who.
    fn audit_who(&self) -> &'static str;
    /// Column: what.
    fn audit_what(&self) -> &'static str;
    /// Column: reason.
    fn audit_reason(&self) -> &'static str;
    /// "n responses".
    fn response_total(&self, n: usize) -> String;
    /// "Signed in as …".
    fn signed_in_as(&self, name: &str) -> String;
}
