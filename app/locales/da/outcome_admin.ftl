# Dansk — outcome_admin.
# The officials' page /admin/hearings/{slug}/outcome: the decision, the checklist before
# publishing, the previews, and the respondents who need a letter.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# The page's heading and its link on the hearing's administration page.
oc_heading = Resultat og besked til svarafgivere

# What the page does.
oc_intro = Skriv udvalgets beslutning, gennemgå tjeklisten, og se siden og én e-mail, før du offentliggør. Når resultatet offentliggøres, bliver høringen markeret som besluttet, bemærkningerne bliver offentlige, og hver svarafgiver med en e-mailadresse får én besked.

# Labels of the decision's fields.
oc_decided_on = Beslutningsdato
oc_committee = Udvalg
oc_minutes_url = Link til referatet (valgfrit)
oc_decision = Beslutningen i klart sprog

# Hint below the decision's date.
oc_decided_on_hint = Skriv datoen som ÅÅÅÅ-MM-DD.

# Hint below the decision's text.
oc_decision_hint = Skriv kort, hvad udvalget besluttede, så alle kan forstå det. Højst { $max } tegn.

# The save button and its confirmation.
oc_save = Gem beslutningen
oc_saved = Beslutningen er gemt.

# Heading of the checklist.
oc_checklist_heading = Tjekliste før offentliggørelse

# The decision is written / not yet.
oc_check_decision_done = Beslutningen er skrevet og gemt.
oc_check_decision_open = Beslutningen er ikke gemt endnu.

# Every response has a remark (directly or through its theme).
oc_check_remarks_done = Alle { $total } svar har en bemærkning, direkte eller via deres tema.

# Responses without a remark.
oc_check_remarks_open = { $missing } af { $total } svar mangler en bemærkning. Skriv dem i hvidbogen.

# Every consulted party answered.
oc_check_parties_done = Alle høringsparter på høringslisten har svaret.

# Consulted parties without an answer.
oc_check_parties_open = { $count ->
    [one] Én høringspart har ikke svaret. Bekræft nedenfor, at I har overvejet det.
   *[other] { $count } høringsparter har ikke svaret. Bekræft nedenfor, at I har overvejet det.
}

# How many e-mails publishing sends.
oc_check_mails = { $count ->
    [one] Én svarafgiver får en e-mail.
   *[other] { $count } svarafgivere får hver én e-mail.
}

# Respondents without an e-mail address.
oc_check_letters = { $count ->
    [0] Alle svarafgivere har en e-mailadresse.
    [one] Én svarafgiver har ingen e-mailadresse og skal have et brev.
   *[other] { $count } svarafgivere har ingen e-mailadresse og skal have et brev.
}

# The draft versions compared.
oc_check_versions = Resultatet sammenligner version { $consulted } (i høring) med version { $adopted } (vedtaget).

# No version after the hearing.
oc_check_no_new_version = Der er ikke indlæst en ny version efter høringen: resultatet siger, at teksten er vedtaget uændret.

# Heading: the responses without a remark.
oc_missing_heading = Svar uden bemærkning

# Heading: the parties that did not answer.
oc_silent_heading = Høringsparter uden svar

# Heading: respondents who need a letter.
oc_letters_heading = Svarafgivere uden e-mailadresse (send et brev)

# Column headings of the letters' table.
oc_col_svarnummer = Svarnummer
oc_col_respondent = Afsender
oc_col_channel = Modtaget som

# The checkbox that confirms the silent parties were considered.
oc_parties_considered = Vi har overvejet de høringsparter, der ikke har svaret

# The publish button.
oc_publish = Offentliggør resultatet og send beskederne

# Heading of the previews.
oc_preview_page = Forhåndsvisning af resultatet
oc_preview_mail = Forhåndsvisning af én e-mail

# Who the previewed e-mail goes to.
oc_preview_to = Til: { $address }

# No respondent has an e-mail address.
oc_preview_no_mail = Ingen svarafgiver har en e-mailadresse.

# Published: when (date and time), and that the messages were queued once.
oc_published = Resultatet blev offentliggjort den { $date }. Hver svarafgiver med e-mailadresse har fået én besked; ændringer herefter sender ingen nye.

# Link to the public outcome page.
oc_public_link = Se den offentlige resultatside

# Errors of the form, next to their field.
oc_error_date = Skriv en gyldig dato som ÅÅÅÅ-MM-DD.
oc_error_date_early = Beslutningen kan ikke være truffet før høringsfristen.
oc_error_committee = Skriv, hvilket udvalg der besluttede.
oc_error_decision = Skriv, hvad udvalget besluttede.
oc_error_decision_long = Beslutningen må højst være { $max } tegn.
oc_error_url = Skriv en hel adresse, der begynder med https:// eller http://.
oc_error_not_saved = Gem beslutningen, før du offentliggør.
oc_error_remarks = { $count ->
    [one] Ét svar mangler stadig en bemærkning. Skriv den i hvidbogen, direkte eller til svarets tema.
   *[other] { $count } svar mangler stadig en bemærkning. Skriv dem i hvidbogen, direkte eller til svarenes tema.
}
oc_error_parties = Bekræft, at I har overvejet de høringsparter, der ikke har svaret.
oc_error_state = Resultatet kan først offentliggøres, når høringen er lukket og under behandling.
oc_error_published = Resultatet er allerede offentliggjort. Beskederne sendes kun én gang.
