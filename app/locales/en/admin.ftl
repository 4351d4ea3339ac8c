# English — admin.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# Heading of the officials' front page.
admin_title = Case work

# Heading of the sign-in page.
login_title = Sign in as a member of staff

# Text above the sign-in form.
login_intro = Residents and organisations do not need to sign in to respond. This page is for the municipality's staff and committee members.

# The password field.
password_label = Password

# The sign-in button.
login_button = Sign in

# A failed sign-in.
login_failed = Wrong e-mail or password. After 5 wrong attempts the account is locked for 15 minutes.

# Too many password sign-ins from one network.
login_rate_limited = Many password sign-ins have been tried from here in a short time. Wait a few minutes and try again, or get a sign-in link by e-mail.

# A state-changing request from another site's page.
cross_site_refused = The request was refused because it came from a website other than Ordet. Go to Ordet, reload the page and try again.

# A signed-in request that says neither where it comes from (`Origin`) nor which page
# sent it (`Referer`).
origin_missing = The request was refused: it carried a sign-in cookie but did not say which page it came from (neither Origin nor Referer). Reload the page and try again; a program must send the Origin header with Ordet's address.

# The sign-out button.
logout_button = Sign out

# Shown instead of a workspace page without a session.
not_signed_in = Please sign in to see this page.

# Shown when the role does not reach the page.
forbidden = Your role does not give access to this page.

# Heading of the hearings list on the officials' front page.
your_hearings = Hearings

# Link to a hearing's responses.
open_inbox = See responses

# Legend of the inbox filters.
filters = Filter the responses

# The status filter.
filter_status = Status

# The respondent-kind filter.
filter_kind = Sender

# The channel filter.
filter_channel = Channel

# The filter value that means any.
filter_any = All

# The filter button.
apply_filters = Show

# An empty inbox.
no_matches = No responses match the filters.

# Legend of the moderation choices.
decision_legend = Decision

# Publish.
action_publish = Publish

# Hold back.
action_hold = Hold back

# Reject.
action_reject = Reject

# The reason field.
reason_label = Reason (required to hold back or reject; sent to the respondent on rejection)

# The moderation button.
decide_button = Save decision

# Confirmation after a decision.
decided_notice = The decision is saved and written to the log.

# Label before the export links.
download_exports = Download every response with all fields as

# Heading of the sign-in-by-link form.
login_link_heading = Or get a sign-in link by e-mail

# Its button.
login_link_button = Send me a link

# Shown after asking for a link.
login_link_sent = If the address belongs to an account, we have sent a sign-in link. It works for 15 minutes and only once.

# Shown when a link is used up, expired or unknown.
login_link_invalid = The link no longer works: it was used, has expired or is incomplete. Ask for a new one.

# The page a sign-in link opens.
login_link_confirm = Press the button to sign in with the link from your e-mail.

# Subject of the sign-in mail.
login_link_subject = Your link to sign in to Ordet

# Body of the sign-in mail.
login_link_body =
    Dear { $name }

    Open this link to sign in to Ordet. It works for { $minutes } minutes and only once:
    { $link }

    If you did not ask for it, you can ignore this e-mail.

    Kind regards
    Ordet
    {""}

# Heading of the audit log, and the link to it.
audit_title = Audit log

# Column: when.
audit_when = When

# Column: who.
audit_who = Who

# Column: what.
audit_what = What

# Column: reason.
audit_reason = Reason

# "n responses".
response_total = { $n } responses

# "Signed in as …".
signed_in_as = Signed in as { $name }
