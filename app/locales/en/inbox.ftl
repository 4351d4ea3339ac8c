# English — inbox.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# A date filter that is not a date.
inbox_bad_date = Write the date as YYYY-MM-DD, e.g. 2010-08-09.

# The end date lies before the start date.
inbox_dates_reversed = The end date is before the start date.

# A decision without an action.
moderation_action_required = Choose what should happen to the response.

# A redaction without a passage.
redact_passage_required = Paste the text that should be left out into the field.

# A passage that is not in the text.
redact_passage_not_found = The text does not appear word for word in the response. Copy it exactly from the response.

# A duplicate mark without a number.
duplicate_required = Write the number of the response that this one repeats.

# No response with that number in the hearing.
duplicate_unknown = There is no response numbered «{ $svarnummer }» in this hearing.

# A response marked as a duplicate of itself.
duplicate_of_itself = A response cannot be a duplicate of itself.

# The chosen response is itself a duplicate.
duplicate_of_duplicate = «{ $svarnummer }» is itself marked as a duplicate of «{ $first }». Choose «{ $first }» instead.

# Other responses repeat this one.
duplicate_has_duplicates = Other responses (e.g. «{ $other }») are marked as duplicates of this one, so it cannot become a duplicate itself.

# An empty tag.
tag_required = Write a tag.

# A tag over the limit.
tag_too_long = A tag can have at most { $max } characters.

# A tag with other characters.
tag_bad_characters = A tag may only contain letters, digits, spaces and hyphens.

# An empty note.
note_required = Write the note.

# A note over the limit.
note_too_long = A note can have at most { $max } characters.

# A bulk action without responses.
bulk_none_selected = Tick at least one response.

# More responses in one bulk action than it takes at once.
bulk_too_many = Choose at most { $max } responses at a time.

# How many responses a bulk action changed.
bulk_done = { $done } responses were changed and logged.

# One response a bulk action left alone.
bulk_refused = { $svarnummer } was not changed: { $why }

# A response that cannot be decided yet (not confirmed, or withdrawn).
not_decidable = The sender has not confirmed the response, or it was withdrawn.

# The language filter.
filter_language = Language

# The files filter.
filter_attachments = Files

# The personal-data filter.
filter_personal_data = Possible personal data (CPR)

# The section filter.
filter_section = Section of the draft

# The paragraph filter (shown when set).
filter_paragraph = Only responses on paragraph

# The from-date filter.
filter_from = Submitted from (YYYY-MM-DD)

# The to-date filter.
filter_to = Submitted up to and including (YYYY-MM-DD)

# The tag filter.
filter_tag = Tag

# The duplicate filter.
filter_duplicate = Duplicates of other responses

# Yes.
yes = Yes

# No.
no = No

# A language that was not detected.
unknown_language = Unknown

# Link that removes every filter.
clear_filters = Clear all filters

# Where the reader is in the pages.
page_of = Page { $page } of { $pages }

# Label of the page navigation.
pages_label = Pages

# Link to one response's page.
open_response = Open { $svarnummer }

# The tick box that selects a response for a bulk action.
select_response = Select { $svarnummer }

# Legend of the bulk form.
bulk_legend = Do the same to every selected response

# How the bulk form works.
bulk_hint = Tick the responses in the list below, choose the action here and press the button.

# The bulk form's button.
bulk_button = Apply to the selected

# The action chooser.
action_label = Action

# The redact action.
action_redact = Leave a passage out of the published text

# The unredact action.
action_unredact = Publish the text without omissions

# The duplicate action.
action_duplicate = Mark as a duplicate of another response

# The undo-duplicate action.
action_not_duplicate = Remove the duplicate mark

# The add-tag bulk action.
action_tag = Add a tag

# The passage field.
passage_label = Text to leave out (copy it word for word)

# What happens to a redacted passage.
passage_hint = The passage is replaced by [udeladt] in public. The original text is kept on record.

# The duplicate-of field.
duplicate_of_label = Number of the response it repeats

# The tag field.
tag_label = Tag

# The add-tag button.
add_tag = Add tag

# The remove-tag button.
remove_tag = Remove the tag «{ $tag }»

# Heading of the tags.
tags_heading = Tags (internal)

# No tags yet.
no_tags = No tags yet.

# Heading of the notes.
notes_heading = Internal notes – never shown in public

# No notes yet.
no_notes = No notes yet.

# The note field.
note_label = New note

# The add-note button.
add_note = Save the note

# How many notes a response has.
note_count = { $n ->
        [one] 1 note
       *[other] { $n } notes
    }

# A change on the response page was saved.
response_saved_notice = The change was saved and logged.

# Link back to the inbox.
back_to_inbox = Back to the responses

# Heading of the sender's details.
sender_heading = Sender

# Heading of the original text.
text_as_sent = The text as sent

# Heading of the redacted public text.
public_text_heading = Published text (with omissions)

# Marks a redacted response in the list.
redacted_badge = With omissions

# Marks a duplicate in the list.
duplicate_badge = Duplicate of { $svarnummer }

# Heading of the files.
files_heading = Files

# Heading of a file's text.
extracted_text = Text found in the file

# Link that downloads a file.
download_file = Download { $name }

# Heading of the response's audit history.
history_heading = History

# No history yet.
no_history = No changes yet.

# Label before the draft paragraph a response is about.
comments_on = Comments on

# The paragraph has changed in a later version.
paragraph_changed_since = The paragraph has changed in a later version of the draft.

# When it was submitted.
submitted_label = Submitted

# Who wrote a note and when (prefix).
note_by = Written by

# Legend of the response page's decision form.
decide_legend_full = Decide on the response

# The sender's name on the response page.
fact_name = Name

# The organisation on the response page.
fact_organisation = Organisation

# The e-mail address on the response page.
fact_email = E-mail

# The postal code on the response page.
fact_postal_code = Postal code

# The kind of sender on the response page.
fact_kind = Kind of sender

# The chosen original is not confirmed or was withdrawn.
duplicate_of_unconfirmed = «{ $svarnummer }» has not been confirmed by its sender or was withdrawn, so it cannot be the original.

# Redaction is chosen for many responses.
bulk_one_at_a_time = Omissions are chosen on each response's own page, one response at a time.

# A ticked response that is not in this hearing.
bulk_not_in_hearing = The response is not in this hearing.

## Register a response that came by e-mail, letter or at a meeting (/admin/hearings/{slug}/responses/new)
rg_title = Register a response
rg_link = Register a response from e-mail, letter or a meeting
rg_intro = For responses that came by e-mail, by letter or at a meeting. The response gets its number at once and needs no confirmation from the sender. If you enter the sender's e-mail address, they get the usual receipt.
rg_channel_legend = How did the response come?
rg_received_on_label = Received on
rg_received_on_hint = The day the municipality received it. A letter posted before the deadline can be registered after it.
rg_email_label = E-mail
rg_email_hint = If known: the sender gets a receipt with the response number. Leave it empty for a letter without an e-mail address.
rg_about_label = What is the response about?
rg_about_whole = The whole draft
rg_submit = Register the response
rg_open_response = Open the response
rg_error_channel = Choose how the response came: e-mail, letter or meeting.
rg_error_received_on = Write the date as year-month-day, e.g. 2010-11-15.
rg_error_received_future = The date cannot be after today.
rg_registered = Response { $svarnummer } is registered.

## E-mails that could not be registered as responses (quarantine)
mb_heading = E-mails waiting for an official
mb_intro = These e-mails came to the hearing's mailbox but could not be registered as responses by themselves. They are kept whole. Download the e-mail, register the response by hand if it is one, and mark it as dealt with.
mb_download = Download the e-mail (.eml)
mb_resolve = Mark as dealt with
mb_unknown_sender = Unknown sender

## The registration form's fields, from the official's side
rg_kind_legend = The sender responds as
rg_name_label = The sender's name (for an organisation: the contact person)
rg_contact_role_label = The contact person's role in the organisation
rg_publish_name_label = The sender allowed their name to be shown with the response (otherwise it says “Resident” and the postal code)
rg_stance_legend = What does the sender think of the proposal?
rg_text_label = The response's text, or a summary of the letter

## Correct the sender of a response from e-mail, letter or a meeting (/admin/responses/{id}/sender)
sd_title = Correct the sender
sd_link = Correct the sender
sd_intro = For responses that came by e-mail, by letter or at a meeting: say, when an organisation's response came from a staff member's address. The text, the response number and the e-mail address stay as they are.
sd_submit = Save the sender
sd_back = Back to response { $svarnummer }
