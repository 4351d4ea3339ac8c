# Soomaali (Somali) — outcome.
# The outcome of a hearing as residents read it (the hearing page, /hearings/{slug}/outcome,
# the public response list) and the e-mail each respondent gets once when it is published.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Somali; not word for word, in plain language.
# Review before use: a professional translator with Somali as first language, and one resident from the hearing's audience reading it on a phone.

# Heading of the outcome, on the hearing page and the outcome page.
outcome_heading = Natiijada la-tashiga

# Who decided when.
outcome_decided = { $committee } ayaa go'aan gaaray { $date }.

# Link to the minutes of the committee's meeting.
outcome_minutes = Akhri qoraalka shirka guddiga

# Heading: what was decided.
outcome_decision_heading = Waxa la go'aamiyay

# Heading: what changed in the text.
outcome_changes_heading = Waxa qoraalka ka beddelmay la-tashiga kadib

# The adopted text is the one residents were consulted on.
outcome_unchanged = Qoraalka waxaa loo ansixiyay sidii uu ahaa intii la-tashigu socday.

# Which versions were compared.
outcome_versions = Halkan waxaa la isbarbardhigayaa nuqulka { $consulted }, oo ahaa kii la-tashiga, iyo nuqulka la ansixiyay { $adopted }.

# A new section.
outcome_section_added = Qayb cusub: { $number } { $heading }

# A section taken out.
outcome_section_removed = Qayb la saaray: { $number } { $heading }

# A section with changes.
outcome_section_changed = Qayb la beddelay: { $number } { $heading }

# A renamed section's old heading.
outcome_section_renamed = Cinwaankii hore: { $old }

# How many paragraphs of a section were reworded.
outcome_paragraphs_changed = { $count ->
    [one] hal faqrad ayaa dib loo qoray
   *[other] { $count } faqradood ayaa dib loo qoray
}

# How many paragraphs were added to a section.
outcome_paragraphs_added = { $count ->
    [one] hal faqrad ayaa lagu daray
   *[other] { $count } faqradood ayaa lagu daray
}

# How many paragraphs were taken out of a section.
outcome_paragraphs_removed = { $count ->
    [one] hal faqrad ayaa la saaray
   *[other] { $count } faqradood ayaa la saaray
}

# Link from the hearing page to the outcome page.
outcome_read_all = Akhri natiijada oo dhan, jawaabaha oo dhan iyo faallooyinka maamulka

# Heading of the høringsnotat on the outcome page.
outcome_notat_heading = Warbixinta la-tashiga (høringsnotat): jawaabaha iyo faallooyinka maamulka

# What the høringsnotat is.
outcome_notat_intro = Maamulku wuxuu akhriyay jawaabaha oo dhan. Halkan waxaa ku qoran jawaabaha la daabacay iyo faallada maamulka. Waxaa kale oo ku qoran in jawaabtu keentay isbeddel iyo in kale.

# Link: the høringsnotat as a Word file.
outcome_docx = Soo deji warbixinta la-tashiga oo ah fayl Word

# Link: the printable høringsnotat.
outcome_print = Daabac warbixinta la-tashiga, ama u kaydi PDF ahaan

# Label before the administration's remark on a response.
outcome_remark = Faallada maamulka

# Label before the remark written for all responses of a theme.
outcome_theme_remark = Faallada maamulka ee jawaabaha oo dhan ee ku saabsan mawduucan

# Whether the response led to a change.
outcome_change-true = Waxay keentay isbeddel
outcome_change-false = Isbeddel ma keenin

# A response without a remark of its own.
outcome_no_remark = Maamulku faallo gaar ah kama qorin jawaabtan.

# Heading: the consulted parties.
outcome_parties_heading = Hay'adaha lala tashaday

# A consulted party answered / did not.
outcome_party_answered = jawaab waa laga helay
outcome_party_silent = jawaab lagama helin

# Back to the hearing.
outcome_back = Ku noqo la-tashiga

# The outcome page's heading when nothing is published yet.
outcome_not_yet = Natiijada weli lama daabicin.

# Number of published responses in the høringsnotat.
outcome_response_count = { $count ->
    [one] 1 jawaab oo la daabacay
   *[other] { $count } jawaabood oo la daabacay
}

# Subject of the e-mail each respondent gets.
outcome_mail_subject = Natiijada la-tashiga: { $title }

# The e-mail's first paragraph.
outcome_mail_intro = Waxaad jawaab u dirtay la-tashiga “{ $title }”. { $committee } ayaa go'aan gaaray { $date }.

# Which response the e-mail is about.
outcome_mail_response = Lambarka jawaabtaadu (svarnummer) waa { $svarnummer }.

# No remark was written about the response.
outcome_mail_no_remark = Maamulku faallo gaar ah kama qorin jawaabtaada.

# Where to read the outcome.
outcome_mail_link = Halkan ka akhri go'aanka, waxa isbeddelay, iyo jawaabaha oo dhan oo ay la socdaan faallooyinka maamulka:

# Why the e-mail came, and that it comes once.
outcome_mail_footer = Fariintan hal mar oo keliya ayaad helaysaa, sababtoo ah waxaad ka jawaabtay la-tashiga. Mahadsanid jawaabtaada.

# Heading of the høringsnotat's part by theme.
outcome_general = Faallooyin guud

# Heading of its part by section of the draft.
outcome_textual = Faallooyin ku saabsan qaybo gaar ah

# The group of responses in neither a theme nor a section.
outcome_other = Faallooyin kale
