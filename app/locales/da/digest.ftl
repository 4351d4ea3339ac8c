# Dansk — digest.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# A refused digest form: the weekday is not 1–7.
digest_weekday_invalid = Vælg en ugedag.

# A refused digest form: the hour is not 0–23.
digest_hour_invalid = Skriv en hel time mellem 0 og 23.

# A refused digest form: the lead time is not 0–60 days.
digest_lead_days_invalid = Skriv et antal dage mellem 0 og 60.

# A refused "send now": the hearing has no recipients.
digest_no_recipients = Høringen har ingen modtagere. Tilføj dem under høringens indstillinger.

# A refused hvidbog remark: longer than the limit.
digest_remark_too_long = Bemærkningen må højst være 10.000 tegn.

# A refused hvidbog remark: the response or theme is not in this hearing.
digest_unknown_target = Svaret eller temaet findes ikke i denne høring.

# A refused hvidbog remark: "gives rise to a change" is not yes, no or undecided.
digest_change_choice_invalid = Vælg ja, nej eller ikke besluttet.

# Heading of the digest page, and the links to it.
digest_title = Overblik til udvalget

# What the digest is and when it goes out.
digest_intro = Udvalget og sekretariatet får et overblik over høringssvarene med e-mail: hver uge, mens høringen er åben, og en sidste gang et antal dage før det endelige forslag til udvalget. Hvert overblik sendes én gang.

# Heading of the recipients.
digest_recipients = Modtagere

# Where recipients are edited.
digest_recipients_hint = Modtagerne rettes under høringens indstillinger.

# Heading of the schedule form.
digest_schedule = Hvornår overblikket sendes

# Label of the weekday select.
digest_weekday_label = Ugedag for det ugentlige overblik

# A weekday by ISO number (1 Monday).
weekday_name-1 = mandag
weekday_name-2 = tirsdag
weekday_name-3 = onsdag
weekday_name-4 = torsdag
weekday_name-5 = fredag
weekday_name-6 = lørdag
weekday_name-other = søndag

# Label of the hour field.
digest_hour_label = Klokkeslæt (hel time, dansk tid)

# Label of the lead-days field.
digest_lead_label = Dage før det endelige forslag til udvalget, det sidste overblik sendes

# Label of the weekly checkbox.
digest_weekly_label = Send et ugentligt overblik, mens høringen er åben

# Save button of the schedule.
digest_save = Gem tidspunkter

# Heading of the upcoming digests.
digest_upcoming = Næste overblik

# Shown when none is scheduled.
digest_none_upcoming = Der er ikke flere overblik planlagt.

# Heading of "send now" and preview.
digest_now = Se eller send overblikket nu

# The preview link.
digest_preview = Se overblikket, som det ser ud lige nu

# The final digest's preview link.
digest_preview_final = Se det endelige overblik til udvalget, som det ser ud lige nu

# The send button.
digest_send = Send overblikket til modtagerne nu

# Heading of the history table.
digest_history = Sendte overblik

# Shown when none was sent.
digest_none_sent = Der er ikke sendt noget overblik endnu.

# Column headings of the history: kind, period, queued, sent, waiting, failed, error.
digest_columns-1 = Overblik
digest_columns-2 = Periode
digest_columns-3 = Sat i kø
digest_columns-4 = Sendt
digest_columns-5 = Venter
digest_columns-6 = Fejlet
digest_columns-7 = Seneste fejl

# A warning by key.
digest_warning-no_recipients = Høringen har ingen modtagere af overblikket. Tilføj dem under høringens indstillinger.
digest_warning-no_final_milestone = Tidsplanen har intet endeligt forslag til udvalget, så der sendes intet endeligt overblik.
digest_warning-final_missed = Det endelige overblik blev ikke sendt, før det endelige forslag gik til udvalget. Send det manuelt, hvis udvalget stadig skal have det.
digest_warning-other = Nogle e-mails kunne ikke afleveres efter flere forsøg. Se fejlen i tabellen.

# The confirmation after an accepted form (`saved=` value), if it is one.
digest_saved_notice-settings = Tidspunkterne er gemt.
digest_saved_notice-sent = Overblikket er sat i kø og sendes om et øjeblik.
digest_saved_notice-remark = Bemærkningen er gemt.

# Heading of the hvidbog page.
hvidbog_title = Hvidbog (høringsnotat)

# What the page is.
hvidbog_intro = Et udkast til hvidbogen, lavet ud fra høringssvarene: hvert svar står én gang, med de sætninger der bedst sammenfatter det. Skriv forvaltningens bemærkninger ved temaerne og svarene, og hent dokumentet som Word-fil eller udskriv det.

# Link to the Word file.
hvidbog_docx = Hent hvidbogen som Word-fil (DOCX)

# Link to the printable page.
hvidbog_print = Udskriftsvenlig udgave

# Heading: the hearing period and numbers.
hvidbog_period = Høringsperioden

# "From … to …, n days".
hvidbog_period_text = Fra { $from } til { $to }: { $days } dage.

# "n responses were received".
hvidbog_total = Der er modtaget { $n } høringssvar.

# In place of a summary: the response is not published, so nothing of its text is here.
hvidbog_not_published = Ikke offentliggjort: intet af svarets tekst er gengivet her.

# Heading: the consulted parties.
hvidbog_parties = Hørte parter

# Column headings of the parties: party, answered.
hvidbog_party_columns-1 = Part
hvidbog_party_columns-2 = Har svaret

# Heading: general remarks (by theme).
hvidbog_general = Generelle bemærkninger

# Heading: remarks on the text (by section).
hvidbog_textual = Tekstnære bemærkninger

# Heading of responses in no theme and about no paragraph.
hvidbog_other = Øvrige bemærkninger

# Label of the remark field.
remark_label = Forvaltningens bemærkninger

# Legend of "gives rise to a change".
change_legend = Giver anledning til ændring

# The choices: yes, no, not decided.
change_choices-1 = Ja
change_choices-2 = Nej
change_choices-3 = Ikke besluttet

# Save button of a remark.
remark_save = Gem bemærkning

# "Remark on the theme".
theme_remark = Bemærkning til temaet

# Yes / no.
yes_no-true = Ja
yes_no-false = Nej
