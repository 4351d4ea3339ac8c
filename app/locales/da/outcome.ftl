# Dansk — outcome.
# The outcome of a hearing as residents read it (the hearing page, /hearings/{slug}/outcome,
# the public response list) and the e-mail each respondent gets once when it is published.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# Heading of the outcome, on the hearing page and the outcome page.
outcome_heading = Resultatet af høringen

# Who decided when.
outcome_decided = { $committee } traf beslutning den { $date }.

# Link to the minutes of the committee's meeting.
outcome_minutes = Læs referatet fra udvalgets møde

# Heading: what was decided.
outcome_decision_heading = Det blev besluttet

# Heading: what changed in the text.
outcome_changes_heading = Det er ændret i teksten efter høringen

# The adopted text is the one residents were consulted on.
outcome_unchanged = Teksten blev vedtaget, som den var i høring.

# Which versions were compared.
outcome_versions = Her sammenlignes version { $consulted }, som var i høring, med den vedtagne version { $adopted }.

# A new section.
outcome_section_added = Nyt afsnit: { $number } { $heading }

# A section taken out.
outcome_section_removed = Afsnit taget ud: { $number } { $heading }

# A section with changes.
outcome_section_changed = Afsnit ændret: { $number } { $heading }

# A renamed section's old heading.
outcome_section_renamed = Hed før: { $old }

# How many paragraphs of a section were reworded.
outcome_paragraphs_changed = { $count ->
    [one] ét tekststykke omskrevet
   *[other] { $count } tekststykker omskrevet
}

# How many paragraphs were added to a section.
outcome_paragraphs_added = { $count ->
    [one] ét tekststykke tilføjet
   *[other] { $count } tekststykker tilføjet
}

# How many paragraphs were taken out of a section.
outcome_paragraphs_removed = { $count ->
    [one] ét tekststykke taget ud
   *[other] { $count } tekststykker taget ud
}

# Link from the hearing page to the outcome page.
outcome_read_all = Læs hele resultatet med alle svar og forvaltningens bemærkninger

# Heading of the høringsnotat on the outcome page.
outcome_notat_heading = Høringsnotat: svarene og forvaltningens bemærkninger

# What the høringsnotat is.
outcome_notat_intro = Forvaltningen har læst alle svar. Her står de offentliggjorte svar med forvaltningens bemærkning, og om svaret gav anledning til en ændring.

# Link: the høringsnotat as a Word file.
outcome_docx = Hent høringsnotatet som Word-fil

# Link: the printable høringsnotat.
outcome_print = Udskriv høringsnotatet eller gem det som PDF

# Label before the administration's remark on a response.
outcome_remark = Forvaltningens bemærkning

# Label before the remark written for all responses of a theme.
outcome_theme_remark = Forvaltningens bemærkning til alle svar om emnet

# Whether the response led to a change.
outcome_change-true = Gav anledning til ændring
outcome_change-false = Gav ikke anledning til ændring

# A response without a remark of its own.
outcome_no_remark = Forvaltningen har ikke skrevet en særskilt bemærkning.

# Heading: the consulted parties.
outcome_parties_heading = Høringsparter

# A consulted party answered / did not.
outcome_party_answered = har svaret
outcome_party_silent = har ikke svaret

# Back to the hearing.
outcome_back = Tilbage til høringen

# The outcome page's heading when nothing is published yet.
outcome_not_yet = Resultatet er ikke offentliggjort endnu.

# Number of published responses in the høringsnotat.
outcome_response_count = { $count ->
    [one] Ét offentliggjort svar
   *[other] { $count } offentliggjorte svar
}

# Subject of the e-mail each respondent gets.
outcome_mail_subject = Resultatet af høringen: { $title }

# The e-mail's first paragraph.
outcome_mail_intro = Du har sendt et høringssvar til høringen »{ $title }«. { $committee } traf beslutning den { $date }.

# Which response the e-mail is about.
outcome_mail_response = Dit svar har nummer { $svarnummer }.

# No remark was written about the response.
outcome_mail_no_remark = Forvaltningen har ikke skrevet en særskilt bemærkning til dit svar.

# Where to read the outcome.
outcome_mail_link = Læs beslutningen, hvad der er ændret, og alle svar med forvaltningens bemærkninger her:

# Why the e-mail came, and that it comes once.
outcome_mail_footer = Du får denne besked én gang, fordi du svarede på høringen. Tak for dit svar.

# Heading of the høringsnotat's part by theme.
outcome_general = Generelle bemærkninger

# Heading of its part by section of the draft.
outcome_textual = Bemærkninger til bestemte afsnit

# The group of responses in neither a theme nor a section.
outcome_other = Øvrige bemærkninger
