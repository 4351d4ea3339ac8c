# Dansk — inbox.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# A date filter that is not a date.
inbox_bad_date = Skriv datoen som ÅÅÅÅ-MM-DD, fx 2010-08-09.

# The end date lies before the start date.
inbox_dates_reversed = Slutdatoen ligger før startdatoen.

# A decision without an action.
moderation_action_required = Vælg, hvad der skal ske med høringssvaret.

# A redaction without a passage.
redact_passage_required = Kopiér den tekst, der skal udelades, ind i feltet.

# A passage that is not in the text.
redact_passage_not_found = Teksten står ikke ordret i høringssvaret. Kopiér den præcist fra svaret.

# A duplicate mark without a number.
duplicate_required = Skriv svarnummeret på det høringssvar, som dette svar gentager.

# No response with that number in the hearing.
duplicate_unknown = Der er intet høringssvar med nummeret «{ $svarnummer }» i denne høring.

# A response marked as a duplicate of itself.
duplicate_of_itself = Et høringssvar kan ikke være en kopi af sig selv.

# The chosen response is itself a duplicate.
duplicate_of_duplicate = «{ $svarnummer }» er selv markeret som kopi af «{ $first }». Vælg «{ $first }» i stedet.

# Other responses repeat this one.
duplicate_has_duplicates = Andre svar (fx «{ $other }») er markeret som kopi af dette svar, så det kan ikke selv blive en kopi.

# An empty tag.
tag_required = Skriv et emneord.

# A tag over the limit.
tag_too_long = Et emneord må højst have { $max } tegn.

# A tag with other characters.
tag_bad_characters = Et emneord må kun indeholde bogstaver, tal, mellemrum og bindestreg.

# An empty note.
note_required = Skriv noten.

# A note over the limit.
note_too_long = En note må højst have { $max } tegn.

# A bulk action without responses.
bulk_none_selected = Sæt flueben ved mindst ét høringssvar.

# More responses in one bulk action than it takes at once.
bulk_too_many = Vælg højst { $max } høringssvar ad gangen.

# How many responses a bulk action changed.
bulk_done = { $done } høringssvar er ændret og skrevet i loggen.

# One response a bulk action left alone.
bulk_refused = { $svarnummer } er ikke ændret: { $why }

# A response that cannot be decided yet (not confirmed, or withdrawn).
not_decidable = Svaret er ikke bekræftet af afsenderen eller er trukket tilbage.

# The language filter.
filter_language = Sprog

# The files filter.
filter_attachments = Bilag

# The personal-data filter.
filter_personal_data = Mulige personoplysninger (CPR)

# The section filter.
filter_section = Afsnit i udkastet

# The paragraph filter (shown when set).
filter_paragraph = Kun svar på stykket

# The from-date filter.
filter_from = Indsendt fra (ÅÅÅÅ-MM-DD)

# The to-date filter.
filter_to = Indsendt til og med (ÅÅÅÅ-MM-DD)

# The tag filter.
filter_tag = Emneord

# The duplicate filter.
filter_duplicate = Kopier af andre svar

# Yes.
yes = Ja

# No.
no = Nej

# A language that was not detected.
unknown_language = Ukendt

# Link that removes every filter.
clear_filters = Fjern alle filtre

# Where the reader is in the pages.
page_of = Side { $page } af { $pages }

# Label of the page navigation.
pages_label = Sider

# Link to one response's page.
open_response = Åbn { $svarnummer }

# The tick box that selects a response for a bulk action.
select_response = Vælg { $svarnummer }

# Legend of the bulk form.
bulk_legend = Gør det samme ved alle de valgte høringssvar

# How the bulk form works.
bulk_hint = Sæt flueben ved svarene i listen nedenfor, vælg handlingen her og tryk på knappen.

# The bulk form's button.
bulk_button = Udfør for de valgte

# The action chooser.
action_label = Handling

# The redact action.
action_redact = Udelad en passage fra den offentliggjorte tekst

# The unredact action.
action_unredact = Offentliggør teksten uden udeladelser

# The duplicate action.
action_duplicate = Markér som kopi af et andet svar

# The undo-duplicate action.
action_not_duplicate = Fjern markeringen som kopi

# The add-tag bulk action.
action_tag = Tilføj emneord

# The passage field.
passage_label = Tekst, der skal udelades (kopiér den ordret)

# What happens to a redacted passage.
passage_hint = Passagen erstattes af [udeladt] i den offentlige visning. Den oprindelige tekst gemmes i sagen.

# The duplicate-of field.
duplicate_of_label = Svarnummer på det svar, der gentages

# The tag field.
tag_label = Emneord

# The add-tag button.
add_tag = Tilføj emneord

# The remove-tag button.
remove_tag = Fjern emneordet «{ $tag }»

# Heading of the tags.
tags_heading = Emneord (interne)

# No tags yet.
no_tags = Ingen emneord endnu.

# Heading of the notes.
notes_heading = Interne noter – vises aldrig offentligt

# No notes yet.
no_notes = Ingen noter endnu.

# The note field.
note_label = Ny note

# The add-note button.
add_note = Gem noten

# How many notes a response has.
note_count = { $n ->
        [one] 1 note
       *[other] { $n } noter
    }

# A change on the response page was saved.
response_saved_notice = Ændringen er gemt og skrevet i loggen.

# Link back to the inbox.
back_to_inbox = Tilbage til høringssvarene

# Heading of the sender's details.
sender_heading = Afsender

# Heading of the original text.
text_as_sent = Teksten som indsendt

# Heading of the redacted public text.
public_text_heading = Offentliggjort tekst (med udeladelser)

# Marks a redacted response in the list.
redacted_badge = Med udeladelser

# Marks a duplicate in the list.
duplicate_badge = Kopi af { $svarnummer }

# Heading of the files.
files_heading = Bilag

# Heading of a file's text.
extracted_text = Tekst fundet i filen

# Link that downloads a file.
download_file = Hent { $name }

# Heading of the response's audit history.
history_heading = Historik

# No history yet.
no_history = Ingen ændringer endnu.

# Label before the draft paragraph a response is about.
comments_on = Kommenterer

# The paragraph has changed in a later version.
paragraph_changed_since = Stykket er ændret i en senere version af udkastet.

# When it was submitted.
submitted_label = Indsendt

# Who wrote a note and when (prefix).
note_by = Skrevet af

# Legend of the response page's decision form.
decide_legend_full = Beslut om høringssvaret

# The sender's name on the response page.
fact_name = Navn

# The organisation on the response page.
fact_organisation = Organisation

# The e-mail address on the response page.
fact_email = E-mail

# The postal code on the response page.
fact_postal_code = Postnummer

# The kind of sender on the response page.
fact_kind = Type afsender

# The chosen original is not confirmed or was withdrawn.
duplicate_of_unconfirmed = «{ $svarnummer }» er ikke bekræftet af afsenderen eller er trukket tilbage, så det kan ikke være originalen.

# Redaction is chosen for many responses.
bulk_one_at_a_time = Udeladelser vælges på det enkelte svars side, ét svar ad gangen.

# A ticked response that is not in this hearing.
bulk_not_in_hearing = Svaret findes ikke i denne høring.

## Registrér et høringssvar fra e-mail, brev eller møde (/admin/hearings/{slug}/responses/new)
rg_title = Registrér høringssvar
rg_link = Registrér et høringssvar fra e-mail, brev eller møde
rg_intro = Til høringssvar, der er kommet med e-mail, med brev eller på et møde. Svaret får sit svarnummer med det samme og skal ikke bekræftes af afsenderen. Skriver du afsenderens e-mailadresse, får afsenderen den sædvanlige kvittering.
rg_channel_legend = Hvordan kom svaret?
rg_received_on_label = Modtaget den
rg_received_on_hint = Den dag, kommunen fik svaret. Et brev, der er sendt inden fristen, kan registreres efter den.
rg_email_label = E-mail
rg_email_hint = Hvis den kendes: afsenderen får en kvittering med svarnummeret. Lad feltet stå tomt ved et brev uden e-mailadresse.
rg_about_label = Hvad handler svaret om?
rg_about_whole = Hele udkastet
rg_submit = Registrér svaret
rg_open_response = Åbn svaret
rg_error_channel = Vælg, hvordan svaret kom: e-mail, brev eller møde.
rg_error_received_on = Skriv datoen som år-måned-dag, fx 2010-11-15.
rg_error_received_future = Datoen kan ikke ligge efter i dag.
rg_registered = Høringssvar { $svarnummer } er registreret.

## E-mails, der ikke kunne registreres som høringssvar (karantæne)
mb_heading = E-mails, der venter på en medarbejder
mb_intro = Disse e-mails kom til høringens postkasse, men kunne ikke registreres som høringssvar af sig selv. De er gemt hele. Hent e-mailen, registrér svaret i hånden, hvis det er et høringssvar, og markér den som behandlet.
mb_download = Hent e-mailen (.eml)
mb_resolve = Markér som behandlet
mb_unknown_sender = Ukendt afsender

## Registreringsformularens felter, set fra medarbejderens side
rg_kind_legend = Afsenderen svarer som
rg_name_label = Afsenderens navn (for en organisation: kontaktpersonen)
rg_contact_role_label = Kontaktpersonens rolle i organisationen
rg_publish_name_label = Afsenderen har givet lov til, at navnet står ved svaret (ellers står der »Borger« og postnummeret)
rg_stance_legend = Hvad mener afsenderen om forslaget?
rg_text_label = Svarets tekst eller et resumé af brevet

## Ret afsenderen af et høringssvar fra e-mail, brev eller møde (/admin/responses/{id}/sender)
sd_title = Ret afsenderen
sd_link = Ret afsenderen
sd_intro = For svar, der er kommet med e-mail, med brev eller på et møde: fx når en organisations høringssvar kom fra en medarbejders e-mailadresse. Teksten, svarnummeret og e-mailadressen bliver, som de er.
sd_submit = Gem afsenderen
sd_back = Tilbage til høringssvar { $svarnummer }
