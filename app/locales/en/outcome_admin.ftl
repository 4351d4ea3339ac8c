# English — outcome_admin.
# The officials' page /admin/hearings/{slug}/outcome: the decision, the checklist before
# publishing, the previews, and the respondents who need a letter.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# The page's heading and its link on the hearing's administration page.
oc_heading = Outcome and message to respondents

# What the page does.
oc_intro = Write the committee's decision, go through the checklist, and see the page and one e-mail before you publish. Publishing marks the hearing as decided, makes the remarks public, and sends every respondent with an e-mail address one message.

# Labels of the decision's fields.
oc_decided_on = Date of the decision
oc_committee = Committee
oc_minutes_url = Link to the minutes (optional)
oc_decision = The decision in plain words

# Hint below the decision's date.
oc_decided_on_hint = Write the date as YYYY-MM-DD.

# Hint below the decision's text.
oc_decision_hint = Say briefly what the committee decided, so that everyone can understand it. At most { $max } characters.

# The save button and its confirmation.
oc_save = Save the decision
oc_saved = The decision is saved.

# Heading of the checklist.
oc_checklist_heading = Checklist before publishing

# The decision is written / not yet.
oc_check_decision_done = The decision is written and saved.
oc_check_decision_open = The decision is not saved yet.

# Every response has a remark (directly or through its theme).
oc_check_remarks_done = All { $total } responses have a remark, directly or through their theme.

# Responses without a remark.
oc_check_remarks_open = { $missing } of { $total } responses have no remark. Write them in the hvidbog.

# Every consulted party answered.
oc_check_parties_done = Every party on the consultation list has answered.

# Consulted parties without an answer.
oc_check_parties_open = { $count ->
    [one] One consulted party did not answer. Confirm below that you considered it.
   *[other] { $count } consulted parties did not answer. Confirm below that you considered it.
}

# How many e-mails publishing sends.
oc_check_mails = { $count ->
    [one] One respondent gets an e-mail.
   *[other] { $count } respondents get one e-mail each.
}

# Respondents without an e-mail address.
oc_check_letters = { $count ->
    [0] Every respondent has an e-mail address.
    [one] One respondent has no e-mail address and needs a letter.
   *[other] { $count } respondents have no e-mail address and need a letter.
}

# The draft versions compared.
oc_check_versions = The outcome compares version { $consulted } (in the hearing) with version { $adopted } (adopted).

# No version after the hearing.
oc_check_no_new_version = No new version was loaded after the hearing: the outcome says the text was adopted unchanged.

# Heading: the responses without a remark.
oc_missing_heading = Responses without a remark

# Heading: the parties that did not answer.
oc_silent_heading = Consulted parties without an answer

# Heading: respondents who need a letter.
oc_letters_heading = Respondents without an e-mail address (send a letter)

# Column headings of the letters' table.
oc_col_svarnummer = Response number
oc_col_respondent = Sender
oc_col_channel = Received by

# The checkbox that confirms the silent parties were considered.
oc_parties_considered = We have considered the consulted parties that did not answer

# The publish button.
oc_publish = Publish the outcome and send the messages

# Heading of the previews.
oc_preview_page = Preview of the outcome
oc_preview_mail = Preview of one e-mail

# Who the previewed e-mail goes to.
oc_preview_to = To: { $address }

# No respondent has an e-mail address.
oc_preview_no_mail = No respondent has an e-mail address.

# Published: when (date and time), and that the messages were queued once.
oc_published = The outcome was published on { $date }. Every respondent with an e-mail address got one message; changes from now on send none.

# Link to the public outcome page.
oc_public_link = See the public outcome page

# Errors of the form, next to their field.
oc_error_date = Write a valid date as YYYY-MM-DD.
oc_error_date_early = The decision cannot have been made before the hearing's deadline.
oc_error_committee = Write which committee decided.
oc_error_decision = Write what the committee decided.
oc_error_decision_long = The decision can be at most { $max } characters.
oc_error_url = Write a whole address that starts with https:// or http://.
oc_error_not_saved = Save the decision before you publish.
oc_error_remarks = { $count ->
    [one] One response still has no remark. Write it in the hvidbog, directly or on the response's theme.
   *[other] { $count } responses still have no remark. Write them in the hvidbog, directly or on the responses' theme.
}
oc_error_parties = Confirm that you have considered the consulted parties that did not answer.
oc_error_state = The outcome can be published only once the hearing is closed and being processed.
oc_error_published = The outcome is already published. The messages are sent only once.
