# English — manage.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# Heading: "Your response 2010-64452-0001".
manage_title = Your response { $svarnummer }

# Until when it can be changed.
manage_intro = You can change or withdraw your response until { $deadline }.

# "Status" label.
status_label = Status

# The save button.
save_changes = Save changes

# Confirmation after saving.
saved_notice = Your changes are saved.

# Confirmation after withdrawing.
withdrawn_notice = Your response is withdrawn. It no longer counts in the consultation.

# Heading of the withdrawal part.
withdraw_heading = Withdraw the response

# What withdrawing means.
withdraw_explain = If you withdraw your response, it is removed from the hearing's page and is not considered. This cannot be undone, but you can send a new response while the hearing is open.

# The confirmation checkbox.
withdraw_confirm_label = Yes, withdraw my response

# The withdraw button.
withdraw_button = Withdraw the response

# The checkbox was not ticked.
withdraw_confirm_required = Tick the box if you want to withdraw your response.

# A withdrawn response cannot be changed.
already_withdrawn = The response is withdrawn and can no longer be changed.

# The deadline has passed.
manage_closed = The deadline has passed, so the response can no longer be changed or withdrawn.

# Heading when the link is unknown.
manage_unknown_title = The link does not work

# Text when the link is unknown.
manage_unknown_body = Check that you copied the whole link from the receipt.

# An official must give a reason to hold or reject.
moderation_reason_required = Give a reason: it is kept in the log and sent to the respondent when a response is rejected.

# Subject of the mail telling a respondent their response was rejected.
rejected_mail_subject = Your response { $svarnummer } was rejected

# Body of that mail, with the official's reason.
rejected_mail_body =
    Dear { $name }

    The municipality has rejected your response { $svarnummer } to “{ $hearing_title }” for this reason:

    { $reason }

    The response is not published. If you disagree, you can reply to this e-mail.

    Kind regards
    Ordet
    {""}

# The response changed while the change was being saved: try again.
manage_changed_meanwhile = Your response was changed while you were writing. Look it over and save again.

# A response or a change could not be stored (a failure on our side): the text is kept.
not_saved_try_again = Your response could not be saved just now. Your text is still here; please send it again shortly.

# Heading of the verification page before the button is pressed.
verify_confirm_title = Confirm your response

# What the button does, naming the response and the hearing.
verify_confirm_body = Press the button to confirm response { $svarnummer } to “{ $hearing_title }”. Only then is it part of the hearing.

# The button that confirms a response.
verify_confirm_button = Confirm the response

# Subject of the mail telling officials an author changed a decided response.
author_changed_mail_subject = Response { $svarnummer } was changed by its author

# Body of that mail: the hearing, the response, where it stands and a link to it.
author_changed_mail_body =
    The author changed response { $svarnummer } to “{ $hearing_title }” through their private link after a member of staff had decided on it.

    The response stays where it was put: { $status }. The change is not published; the old and the new text are both in the log.

    See the response: { $link }

    Ordet
    {""}
