# English — parties.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# Heading of the page, and the link to it.
parties_title = Consultation list

# Shown when the list is empty.
no_parties = There are no parties on the consultation list yet.

# "a of n parties have answered".
parties_answered = { $answered } of { $total } parties have answered.

# A refused party field: no name.
party_name_empty = Write the party's name.

# A refused party field: a name holds a line break or another control character.
party_not_one_line = Write it on one line, without line breaks, tabs or other control characters.

# A refused party field: a field is longer than 200 characters.
party_too_long = Write at most 200 characters.

# A refused party field: not one of the kinds.
party_kind_unknown = Choose what kind of party it is.

# A refused party field: no e-mail address.
party_email_empty = Write the e-mail address the letter should go to.

# A refused party field: not an e-mail address.
party_email_malformed = The e-mail address looks wrong. Write it as name@domain.dk.

# A refused party field: the CVR number is not eight digits.
party_cvr_digits = A CVR number has 8 digits. Leave the field empty if the party has none.

# A refused party field: the CVR number fails the modulus-11 check.
party_cvr_checksum = This CVR number does not exist. Check the digits.

# A refused party field: the deadline is not a date.
party_deadline_format = Write the deadline as a date, e.g. 2010-10-04, or leave the field empty.

# A refused party field: the list already has a party with this name (or CVR number).
party_duplicate = The list already has a party with this name or CVR number.

# A refused party field: the party's own deadline is after the hearing's.
party_deadline_after_hearing = A party's deadline cannot be after the hearing's deadline; the web form closes at the hearing's deadline. Choose an earlier date or leave the field empty.

# Label: name.
party_name = Name

# Label: kind.
party_kind_label = Kind of party

# Label: e-mail.
party_email = E-mail

# Label: CVR number.
party_cvr = CVR number (optional)

# Label: contact person.
party_contact = Contact person (optional)

# Label: own deadline.
party_deadline = Own deadline (optional)

# Hint under the deadline and the optional fields.
party_deadline_hint = Empty: the hearing's deadline. The deadline is 23:59 Danish time that day.

# Column: deadline.
col_deadline = Deadline

# Column: invited.
col_invited = Letter sent

# Column: reminded.
col_reminded = Reminded

# Column: answered.
col_answered = Answered

# Tick: has answered.
answered_yes = ✓ Has answered

# No tick: has not answered.
answered_no = Has not answered

# Marks a verdict set by hand.
answered_by_hand = (set by hand)

# Heading of the add form.
add_party_heading = Add a party

# The add button.
add_party_button = Add party

# Heading of the edit forms.
edit_parties_heading = Edit parties

# The save button of a party.
save_party_button = Save changes

# The remove button of a party.
remove_party_button = Remove the party from the list

# Legend of the answered verdict.
answered_legend = Has the party answered?

# Verdict: automatic.
answered_auto_option = Automatic: by CVR number, e-mail or name

# Verdict: yes.
answered_yes_option = Yes, the party has answered

# Verdict: no.
answered_no_option = No, the party has not answered

# The verdict is not `auto`, `yes` or `no`.
answered_invalid = Choose automatic, yes or no.

# Marks an answer matched only by the organisation's name or CVR number, which anyone
# could write: `name` or `cvr`.
answered_probably-cvr = probably (CVR)
answered_probably-other = probably (name)

# Label: a response to link by its number.
svarnummer_label = Link a response to the party (response number, optional)

# No response of the hearing has that number.
svarnummer_unknown = The hearing has no response with this number. Write it as e.g. 2010-64452-0001.

# The verdict's save button.
save_answered_button = Save answer status

# Heading of the invitations.
invite_heading = Consultation letter

# "Send the høringsbrev to n parties".
invite_button = { $n ->
        [one] Send the letter to 1 party
       *[other] Send the letter to { $n } parties
    }

# What the button will do, before it is pressed.
invite_confirm = { $n } parties have not received the consultation letter yet. The button sends it to them, one e-mail each. Parties that already have it do not get it again.

# Every party has been invited.
invite_none = Every party on the list has received the consultation letter.

# The list changed since the page was shown.
invite_changed = The list changed since the page was shown: now { $n } parties will get the letter. Press again to send.

# The hearing is a draft: the letter's link would not work yet.
invite_draft = The hearing is a draft, so the link in the letter does not work yet. Publish the hearing first, then send the letter.

# The hearing's deadline has passed.
invite_closed = The hearing's deadline has passed, so the letter cannot be sent. Extend the deadline first if the parties should be able to answer.

# After sending.
invited_notice = The consultation letter is queued for { $n } parties.

# Label of the reminder setting.
remind_label = Reminder, days before the deadline

# Hint of the reminder setting.
remind_hint = Parties that received the letter and have not answered get one reminder. 0 = no reminder.

# A bad reminder setting.
remind_error = Write a whole number of days from 0 to 60.

# Its save button.
save_settings_button = Save reminder

# Heading of the import.
import_heading = Paste many parties

# Label of the import field.
import_label = One party per line: name;kind;e-mail;CVR

# Hint of the import field.
import_hint = Kind is council, public_body, association, union, employers or company. CVR may be left out. If one line is wrong, none is saved.

# The import button.
import_button = Add the parties

# Nothing to import.
import_empty = Paste at least one line.

# More pasted lines than one import takes.
import_too_many = Paste at most { $max } lines at a time; split the list.

# "Line n: message".
import_line_error = Line { $line }: { $message }

# After a change was saved.
party_saved_notice = The change is saved.

# Subject of the høringsbrev.
invitation_subject = Consultation: { $title }

# Body of the høringsbrev.
invitation_body =
    { $greeting }

    { $committee } hereby sends «{ $title }» out for consultation, and you are on the consultation list.

    Read the material here:
    { $link }

    The deadline is { $deadline } (Danish time).

    How to answer: use the form at { $respond_link } and choose «association or organisation». Give the organisation's name and CVR number so we can see that you have answered. You may also reply to this e-mail.

    Kind regards
    { $committee }
    City of Copenhagen
    {""}

# Subject of the reminder.
reminder_subject = Reminder: consultation on { $title }

# Body of the reminder.
reminder_body =
    { $greeting }

    We have not yet received your response on «{ $title }». The deadline is { $deadline } (Danish time).

    Read the material here:
    { $link }

    Answer here:
    { $respond_link }

    If you have already answered, please disregard this reminder.

    Kind regards
    { $committee }
    City of Copenhagen
    {""}

# The first line of a letter to a party: to its contact person where there is one, else to the party.
letter_greeting-contact = Dear { $contact }, { $party }
letter_greeting-party = To { $party }
