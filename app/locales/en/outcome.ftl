# English — outcome.
# The outcome of a hearing as residents read it (the hearing page, /hearings/{slug}/outcome,
# the public response list) and the e-mail each respondent gets once when it is published.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# Heading of the outcome, on the hearing page and the outcome page.
outcome_heading = The outcome of the hearing

# Who decided when.
outcome_decided = { $committee } decided on { $date }.

# Link to the minutes of the committee's meeting.
outcome_minutes = Read the minutes of the committee's meeting

# Heading: what was decided.
outcome_decision_heading = What was decided

# Heading: what changed in the text.
outcome_changes_heading = What changed in the text after the hearing

# The adopted text is the one residents were consulted on.
outcome_unchanged = The text was adopted as it was in the hearing.

# Which versions were compared.
outcome_versions = This compares version { $consulted }, which was in the hearing, with the adopted version { $adopted }.

# A new section.
outcome_section_added = New section: { $number } { $heading }

# A section taken out.
outcome_section_removed = Section taken out: { $number } { $heading }

# A section with changes.
outcome_section_changed = Section changed: { $number } { $heading }

# A renamed section's old heading.
outcome_section_renamed = Was called: { $old }

# How many paragraphs of a section were reworded.
outcome_paragraphs_changed = { $count ->
    [one] one paragraph reworded
   *[other] { $count } paragraphs reworded
}

# How many paragraphs were added to a section.
outcome_paragraphs_added = { $count ->
    [one] one paragraph added
   *[other] { $count } paragraphs added
}

# How many paragraphs were taken out of a section.
outcome_paragraphs_removed = { $count ->
    [one] one paragraph taken out
   *[other] { $count } paragraphs taken out
}

# Link from the hearing page to the outcome page.
outcome_read_all = Read the whole outcome with every response and the administration's remarks

# Heading of the høringsnotat on the outcome page.
outcome_notat_heading = Consultation report: the responses and the administration's remarks

# What the høringsnotat is.
outcome_notat_intro = The administration has read every response. Here are the published responses with the administration's remark, and whether the response led to a change.

# Link: the høringsnotat as a Word file.
outcome_docx = Download the consultation report as a Word file

# Link: the printable høringsnotat.
outcome_print = Print the consultation report or save it as PDF

# Label before the administration's remark on a response.
outcome_remark = The administration's remark

# Label before the remark written for all responses of a theme.
outcome_theme_remark = The administration's remark on every response about this subject

# Whether the response led to a change.
outcome_change-true = Led to a change
outcome_change-false = Did not lead to a change

# A response without a remark of its own.
outcome_no_remark = The administration wrote no separate remark.

# Heading: the consulted parties.
outcome_parties_heading = Consulted parties

# A consulted party answered / did not.
outcome_party_answered = answered
outcome_party_silent = did not answer

# Back to the hearing.
outcome_back = Back to the hearing

# The outcome page's heading when nothing is published yet.
outcome_not_yet = The outcome has not been published yet.

# Number of published responses in the høringsnotat.
outcome_response_count = { $count ->
    [one] One published response
   *[other] { $count } published responses
}

# Subject of the e-mail each respondent gets.
outcome_mail_subject = The outcome of the hearing: { $title }

# The e-mail's first paragraph.
outcome_mail_intro = You sent a response to the hearing “{ $title }”. { $committee } decided on { $date }.

# Which response the e-mail is about.
outcome_mail_response = Your response has number { $svarnummer }.

# No remark was written about the response.
outcome_mail_no_remark = The administration wrote no separate remark on your response.

# Where to read the outcome.
outcome_mail_link = Read the decision, what changed, and every response with the administration's remarks here:

# Why the e-mail came, and that it comes once.
outcome_mail_footer = You get this message once, because you responded to the hearing. Thank you for your response.

# Heading of the høringsnotat's part by theme.
outcome_general = General remarks

# Heading of its part by section of the draft.
outcome_textual = Remarks on particular sections

# The group of responses in neither a theme nor a section.
outcome_other = Other remarks
