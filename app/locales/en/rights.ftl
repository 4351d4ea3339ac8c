# English — rights.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# Heading of the data pages: "Your data".
my_data_title = Your data

# What the page offers, above the address field.
my_data_intro = Here you can see, download and ask us to erase everything the municipality has stored about you in its hearings: your details, your responses and files, and the e-mails we sent you. Enter the e-mail address you used and we will send a link to it.

# The button that asks for a link.
my_data_send_button = Send me a link

# After asking: said alike whether the address is known or not.
my_data_link_sent = If we hold data about the address, we have now sent a link to it. The link works for { $minutes } minutes and once only. If nothing arrives, we hold no data about the address – or check your spam filter.

# Too many links asked for the address or from the network.
my_data_rate_limited = Too many links have been asked for this address or from your network. Please try again in an hour.

# Subject of the mail with the link.
my_data_mail_subject = A link to your data

# Body of that mail.
my_data_mail_body =
    Hello

    You (or someone who typed your address) asked to see the data the municipality holds about your e-mail address from its hearings.

    Open the link below. It works for { $minutes } minutes and once only:
    { $link }

    If you did not ask, you can ignore this e-mail. Nobody can see your data without the link.
    {""}

# What the mailed link's page says above its button.
my_data_open_body = Press the button to see your data. This browser gets access for { $minutes } minutes; the link cannot be used again after that.

# The button that opens the data.
my_data_open_button = Show my data

# The link was used already.
my_data_link_used = This link has been used already. A link works once only – ask for a new one.

# The link is too old.
my_data_link_expired = This link has expired. Ask for a new one.

# No such link.
my_data_link_unknown = There is no such link. Check that you copied the whole link, or ask for a new one.

# Link to ask for a new link.
my_data_ask_again = Ask for a new link

# Heading of the data page, naming the address.
my_data_heading = Data about { $email }

# How long the access lasts, and that it is this browser's only.
my_data_access_until = This browser has access until { $until }. After that, ask for a new link.

# The download link.
my_data_download = Download all data (JSON)

# The button that ends the access.
my_data_close = End access

# After ending it.
my_data_closed_notice = Access to your data has ended in this browser.

# The button on the private change-or-withdraw page that leads here.
my_data_from_manage = See, download or erase your data

# What that button does.
my_data_from_manage_explain = See everything the municipality holds about your e-mail address in its hearings, download it as a file, or ask for it to be erased.

# Heading of the stored identities.
my_data_identity_heading = Your details

# "Sent with response(s) …": which responses an identity came with.
my_data_identity_of = Given with response { $svarnumre }

# "When stored" label.
my_data_stored_at = Stored

# Heading of the responses.
my_data_responses_heading = Your responses

# No responses on the address.
my_data_no_responses = There are no responses from this address.

# The label of a response's date or field: `hearing`, `submitted`, `verified`,
# `published`, `updated`, `section`, `paragraph`, `published_text`, `files`, `channel`.
my_data_label-hearing = Hearing
my_data_label-submitted = Sent
my_data_label-verified = Confirmed
my_data_label-published = Published
my_data_label-updated = Last changed
my_data_label-section = Section
my_data_label-paragraph = Paragraph
my_data_label-published_text = The text as published (edited by the municipality)
my_data_label-files = Files
my_data_label-channel = Received by
my_data_label-other = {""}

# A file: its name, size and whether the public may have it.
my_data_file = { $name } ({ $size_bytes } bytes, { $public ->
        [true] may be published
       *[false] not published
    })

# Heading of the mails.
my_data_mails_heading = E-mails sent to you

# No mails.
my_data_no_mails = We have sent no e-mails to this address.

# Column headers of the mails: date, subject, status.
my_data_mail_columns-1 = Date
my_data_mail_columns-2 = Subject
my_data_mail_columns-3 = Status

# A mail's status (`pending`, `sending`, `sent`, `failed`).
my_data_mail_status-sent = Sent
my_data_mail_status-failed = Could not be sent
my_data_mail_status-pending = Waiting to be sent

# Heading of the erasure requests.
my_data_erasures_heading = Your requests for erasure

# No erasure requests.
my_data_no_erasures = You have not asked for erasure.

# Heading of a response's erasure part.
erase_heading = Ask for erasure

# What erasure means for this response (`decided`: the hearing has been decided).
erase_explain-true = The hearing has been decided, so the municipality must keep what the decision was based on: your name, address and other details are erased, and the text is kept without them.
erase_explain-false = The municipality erases the response, its files and your details entirely. An official carries out the erasure.

# The checkbox that confirms an erasure request.
erase_confirm_label = Yes, erase my response

# The checkbox was not ticked.
erase_confirm_required = Tick the box to confirm that you want the response erased.

# The button that asks for erasure of one response.
erase_button = Ask for erasure

# The button that asks for erasure of every response.
erase_all_button = Ask for erasure of all my responses

# Heading of the part that asks for all of them.
erase_all_heading = Erase all your responses

# After asking.
erasure_requested_notice = Your request for erasure has been sent to the municipality. You can follow it here.

# Asked again: it is pending already.
erasure_pending_notice = You have already asked for erasure; the request is waiting for the municipality.

# The request for this response is waiting for the municipality.
erasure_already_requested = You asked for erasure on { $requested }. The request is waiting for the municipality.

# Subject of the mail telling officials of an erasure request.
erasure_mail_subject = Request to erase response { $svarnummer }

# Body of that mail.
erasure_mail_body =
    The sender of response { $svarnummer } in the hearing "{ $hearing_title }" has asked for it to be erased.

    See and carry out the request here:
    { $link }
    {""}

# Heading of the officials' page, and its link from the hearing's pages.
erasure_requests_title = Requests for erasure

# What the officials' page is for.
erasure_requests_intro-true = The hearing has been decided: erasure removes the sender's details and files but keeps the anonymised text the decision was based on.
erasure_requests_intro-false = The hearing has not been decided: erasure removes the response, its files and the sender's details entirely.

# No requests.
erasure_requests_none = Nobody has asked for erasure in this hearing.

# Column headers: number, asked, status, carried out by, action.
erasure_columns-1 = Number
erasure_columns-2 = Asked
erasure_columns-3 = Status
erasure_columns-4 = Carried out by
erasure_columns-5 = Action

# The officials' button.
erasure_carry_out = Carry out erasure

# After carrying one out.
erasure_done_notice = The erasure has been carried out.
