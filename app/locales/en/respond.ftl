# English — respond.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# Heading of the form page.
respond_title = Have your say

# Introduction above the form.
respond_intro = Write in your own words – in Danish or another language. You will get an e-mail with a link that you open to confirm your response.

# The submit button.
respond_submit = Send response

# Link from the hearing page to the form.
give_response = Have your say

# Visible text of the link beside a paragraph.
comment = Comment

# Hidden rest of that link's name: " on paragraph 12".
comment_on = {" "}on paragraph { $number }

# Caption of the quoted paragraph.
commenting_on = You are commenting on paragraph { $number }:

# Shown instead of the form when the hearing is not open.
not_open = The hearing is not open for responses.

# The form-level error when the deadline passed while writing.
closed_while_writing = The deadline has passed, so the response can no longer be sent. Your text is still below so that you can keep it.

# The form came back faster than a person fills it in.
sent_too_fast = That was very quick. Please check your response and press Send again.

# The form-level error when one address sent too many responses.
rate_limited = Many responses have been sent from here in a short time. Wait an hour and try again. Your text is still below.

# Heading of the list of errors.
error_summary = Please correct the following

# "(optional)".
optional = (optional)

# Legend of the respondent kind.
kind_legend = I am responding as

# Name field.
name_label = Your name

# E-mail field.
email_label = Your e-mail

# Hint under the e-mail field.
email_hint = We send the confirmation link here. Your e-mail is never published.

# Postal code field.
postal_code_label = Postal code

# Organisation field.
organisation_label = Name of the organisation

# Hint under the organisation field.
organisation_hint = Only for associations, companies and public bodies. The response is published under the organisation's name.

# Contact role field.
contact_role_label = Your role in the organisation

# CVR field.
cvr_label = CVR number

# Hint under the CVR field.
cvr_hint = Only for companies: 8 digits.

# The checkbox that lets a resident's name be published.
publish_name_label = My name may be shown with my response (otherwise it says “Resident” and your postal code)

# Legend of the stance.
stance_legend = What do you think of the proposal?

# The text field.
text_label = Your response

# Hint under the text field.
text_hint = At most 20,000 characters.

# Heading of the list of published responses.
responses_title = Responses

# "n responses received" on the hearing page.
responses_received = { $verified ->
        [0] No responses yet.
        [one] 1 response received.
       *[other] { $verified } responses received.
    }

# Link to the published responses.
read_published = Read the published responses ({ $published })

# Comment count beside a paragraph.
comment_count = { $count ->
        [one] 1 comment
       *[other] { $count } comments
    }

# Shown when nothing is published yet.
no_responses_yet = No responses have been published yet.

# Link to the previous page.
previous_page = Previous page

# Link to the next page.
next_page = Next page

# Label of the page navigation.
pages = Pages

# "About paragraph n".
about_paragraph = About the paragraph

# Subject of the receipt (kvittering) sent after verification.
receipt_subject = Receipt for your response { $svarnummer }

# Body of the receipt: what was received, where it stands, a copy of the text, the
# files with their SHA-256 and the private link to change or withdraw the response.
receipt_body =
    Dear { $name }

    We have received and registered your response to «{ $hearing_title }» with number { $svarnummer }.

    { $outcome }

    You can change or withdraw your response until { $deadline } through this private link (do not share it):
    { $manage_link }

    Your response as you wrote it:

    { $text }

    { $files }Kind regards
    Ordet
    {""}

# Receipt: the verified response is public now.
receipt_status_published = Your response can now be read on the hearing's page.

# Receipt: the verified response is held back (it seems to hold a CPR number).
receipt_status_held = Your response seems to contain a CPR number, so a member of staff will look at it before it is published.

# Receipt: the verified response waits for an official's review.
receipt_status_awaiting_review = Your response will be published once the municipality has reviewed it.

# Receipt: the verified response is published with the others at the deadline.
receipt_status_awaiting_deadline = Your response will be published with the others when the deadline has passed.

# Heading of the "check your e-mail" page.
sent_title = Check your e-mail

# Body of the "check your e-mail" page.
sent_body = Thank you! Your response has number { $svarnummer }. We have sent you an e-mail with a link: open it within 7 days to confirm your response.

# An `Idempotency-Key` header that is empty, too long or not visible ASCII.
idempotency_key_invalid = The Idempotency-Key must be 1 to 255 visible ASCII characters.

# An `Idempotency-Key` already used for another submission to the hearing.
idempotency_key_reused = This Idempotency-Key was already used for another response to this hearing. Use a new key for a new response.

# A rendered form sent again with other content after it was accepted.
form_already_sent = This form was already sent with other content. Reload the page to send a new response. Your text is still below.

# A field must be filled in.
field_required = Please fill in this field.

# The respondent kind is not one of the four.
field_unknown_kind = Choose whether you respond as a resident, association, company or public body.

# The e-mail address does not look like one.
field_email_malformed = Enter a valid e-mail address, e.g. name@example.com.

# The CVR number is not eight digits.
field_cvr_not_eight_digits = A CVR number has 8 digits, e.g. 12345678.

# The CVR number fails the modulus-11 check.
field_cvr_checksum = This CVR number does not exist. Check whether two digits were swapped.

# The postal code is not four digits.
field_postal_code = A postal code has 4 digits, e.g. 2300.

# The response's text is empty.
field_text_empty = Write your response.

# The response's text is too long: `chars` characters sent.
field_text_too_long = The text has { $chars } characters; there is room for 20,000. Shorten it or attach a letter.

# A name is too long.
field_too_long = At most 200 characters.

# The stance is not one of the four.
field_unknown_stance = Choose for, against, mixed or no stance.

# No section of the current draft has this anchor.
field_unknown_section = This section is not in the current draft.

# No paragraph of the current draft has this anchor.
field_unknown_paragraph = This paragraph is not in the current draft.

# Heading of the verification page: the response is verified.
verify_heading_verified = Thank you – your response is confirmed

# Heading of the verification page: verified, but held back for personal data.
verify_heading_held = Thank you – your response is confirmed

# Heading of the verification page: the link was followed before.
verify_heading_already_verified = Your response is already confirmed

# Heading of the verification page: no such link.
verify_heading_unknown = This link does not work

# Heading of the verification page: the link has expired.
verify_heading_expired = This link has expired

# Heading of the verification page: the hearing's deadline has passed.
verify_heading_closed = The hearing has closed

# Text of the verification page: verified, with its number and where it stands (a
# `receipt_status_*` text).
verify_body_verified = Your response has number { $svarnummer }. { $standing }

# Text of the verification page: verified, but held back for personal data.
verify_body_held = Your response has number { $svarnummer }. It seems to contain a CPR number, so a member of staff will look at it before it is published. This is to protect you.

# Text of the verification page: the link was followed before.
verify_body_already_verified = Your response has number { $svarnummer }. There is nothing more to do.

# Text of the verification page: no such link.
verify_body_unknown = Check that you copied the whole link from the e-mail.

# Text of the verification page: the link has expired.
verify_body_expired = A confirmation link works for 7 days. Send your response again if the hearing is still open.

# Text of the verification page: the hearing's deadline has passed.
verify_body_closed = The deadline has passed, so the response can no longer be confirmed.
