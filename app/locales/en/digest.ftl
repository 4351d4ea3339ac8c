# English — digest.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# A refused digest form: the weekday is not 1–7.
digest_weekday_invalid = Choose a day of the week.

# A refused digest form: the hour is not 0–23.
digest_hour_invalid = Enter a whole hour between 0 and 23.

# A refused digest form: the lead time is not 0–60 days.
digest_lead_days_invalid = Enter a number of days between 0 and 60.

# A refused "send now": the hearing has no recipients.
digest_no_recipients = The hearing has no recipients. Add them in the hearing's settings.

# A refused hvidbog remark: longer than the limit.
digest_remark_too_long = The remark may be at most 10,000 characters.

# A refused hvidbog remark: the response or theme is not in this hearing.
digest_unknown_target = The response or theme is not in this hearing.

# A refused hvidbog remark: "gives rise to a change" is not yes, no or undecided.
digest_change_choice_invalid = Choose yes, no or not decided.

# Heading of the digest page, and the links to it.
digest_title = Digest for the committee

# What the digest is and when it goes out.
digest_intro = The committee and its secretariat get a digest of the responses by e-mail: every week while the hearing is open, and a last one some days before the final proposal to the committee. Each digest is sent once.

# Heading of the recipients.
digest_recipients = Recipients

# Where recipients are edited.
digest_recipients_hint = Recipients are edited in the hearing's settings.

# Heading of the schedule form.
digest_schedule = When the digest is sent

# Label of the weekday select.
digest_weekday_label = Day of the weekly digest

# A weekday by ISO number (1 Monday).
weekday_name-1 = Monday
weekday_name-2 = Tuesday
weekday_name-3 = Wednesday
weekday_name-4 = Thursday
weekday_name-5 = Friday
weekday_name-6 = Saturday
weekday_name-other = Sunday

# Label of the hour field.
digest_hour_label = Time (whole hour, Danish time)

# Label of the lead-days field.
digest_lead_label = Days before the final proposal to the committee that the last digest is sent

# Label of the weekly checkbox.
digest_weekly_label = Send a weekly digest while the hearing is open

# Save button of the schedule.
digest_save = Save times

# Heading of the upcoming digests.
digest_upcoming = Next digests

# Shown when none is scheduled.
digest_none_upcoming = No more digests are scheduled.

# Heading of "send now" and preview.
digest_now = See or send the digest now

# The preview link.
digest_preview = See the digest as it is right now

# The final digest's preview link.
digest_preview_final = See the final digest for the committee as it is right now

# The send button.
digest_send = Send the digest to the recipients now

# Heading of the history table.
digest_history = Digests sent

# Shown when none was sent.
digest_none_sent = No digest has been sent yet.

# Column headings of the history: kind, period, queued, sent, waiting, failed, error.
digest_columns-1 = Digest
digest_columns-2 = Period
digest_columns-3 = Queued
digest_columns-4 = Sent
digest_columns-5 = Waiting
digest_columns-6 = Failed
digest_columns-7 = Last error

# A warning by key.
digest_warning-no_recipients = The hearing has no digest recipients. Add them in the hearing's settings.
digest_warning-no_final_milestone = The timetable has no final proposal to the committee, so no final digest is sent.
digest_warning-final_missed = The final digest was not sent before the final proposal went to the committee. Send it by hand if the committee still needs it.
digest_warning-other = Some e-mails could not be delivered after several attempts. See the error in the table.

# The confirmation after an accepted form (`saved=` value), if it is one.
digest_saved_notice-settings = The times are saved.
digest_saved_notice-sent = The digest is queued and goes out in a moment.
digest_saved_notice-remark = The remark is saved.

# Heading of the hvidbog page.
hvidbog_title = White paper (hvidbog)

# What the page is.
hvidbog_intro = A draft of the white paper, made from the responses: each response appears once, with the sentences that best sum it up. Write the administration's remarks on the themes and responses, then download the document for Word or print it.

# Link to the Word file.
hvidbog_docx = Download the white paper for Word (DOCX)

# Link to the printable page.
hvidbog_print = Printable version

# Heading: the hearing period and numbers.
hvidbog_period = The hearing period

# "From … to …, n days".
hvidbog_period_text = From { $from } to { $to }: { $days } days.

# "n responses were received".
hvidbog_total = { $n ->
        [one] 1 response was received.
       *[other] { $n } responses were received.
    }

# In place of a summary: the response is not published, so nothing of its text is here.
hvidbog_not_published = Not published: nothing of its text is summarised here.

# Heading: the consulted parties.
hvidbog_parties = Consulted parties

# Column headings of the parties: party, answered.
hvidbog_party_columns-1 = Party
hvidbog_party_columns-2 = Answered

# Heading: general remarks (by theme).
hvidbog_general = General remarks

# Heading: remarks on the text (by section).
hvidbog_textual = Remarks on the text

# Heading of responses in no theme and about no paragraph.
hvidbog_other = Other remarks

# Label of the remark field.
remark_label = The administration's remarks

# Legend of "gives rise to a change".
change_legend = Gives rise to a change

# The choices: yes, no, not decided.
change_choices-1 = Yes
change_choices-2 = No
change_choices-3 = Not decided

# Save button of a remark.
remark_save = Save remark

# "Remark on the theme".
theme_remark = Remark on the theme

# Yes / no.
yes_no-true = Yes
yes_no-false = No
