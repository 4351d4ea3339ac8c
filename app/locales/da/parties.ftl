# Dansk — parties.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# Heading of the page, and the link to it.
parties_title = Høringsliste

# Shown when the list is empty.
no_parties = Der er endnu ingen parter på høringslisten.

# "a of n parties have answered".
parties_answered = { $answered } af { $total } parter har svaret.

# A refused party field: no name.
party_name_empty = Skriv partens navn.

# A refused party field: a name holds a line break or another control character.
party_not_one_line = Skriv det på én linje, uden linjeskift, tabulatorer eller andre kontroltegn.

# A refused party field: a field is longer than 200 characters.
party_too_long = Skriv højst 200 tegn.

# A refused party field: not one of the kinds.
party_kind_unknown = Vælg hvilken slags part det er.

# A refused party field: no e-mail address.
party_email_empty = Skriv den e-mailadresse, høringsbrevet skal sendes til.

# A refused party field: not an e-mail address.
party_email_malformed = E-mailadressen ser forkert ud. Skriv den som navn@domæne.dk.

# A refused party field: the CVR number is not eight digits.
party_cvr_digits = Et CVR-nummer har 8 cifre. Lad feltet stå tomt, hvis parten ikke har et.

# A refused party field: the CVR number fails the modulus-11 check.
party_cvr_checksum = CVR-nummeret findes ikke. Tjek, at cifrene er skrevet rigtigt.

# A refused party field: the deadline is not a date.
party_deadline_format = Skriv fristen som en dato, fx 2010-10-04, eller lad feltet stå tomt.

# A refused party field: the list already has a party with this name (or CVR number).
party_duplicate = Listen har allerede en part med dette navn eller CVR-nummer.

# A refused party field: the party's own deadline is after the hearing's.
party_deadline_after_hearing = Partens frist kan ikke ligge efter høringens frist; webformularen lukker ved høringens frist. Vælg en tidligere dato, eller lad feltet stå tomt.

# Label: name.
party_name = Navn

# Label: kind.
party_kind_label = Slags part

# Label: e-mail.
party_email = E-mail

# Label: CVR number.
party_cvr = CVR-nummer (valgfrit)

# Label: contact person.
party_contact = Kontaktperson (valgfrit)

# Label: own deadline.
party_deadline = Egen frist (valgfri)

# Hint under the deadline and the optional fields.
party_deadline_hint = Tom: høringens frist. Fristen er kl. 23.59 dansk tid den dag.

# Column: deadline.
col_deadline = Frist

# Column: invited.
col_invited = Høringsbrev sendt

# Column: reminded.
col_reminded = Påmindet

# Column: answered.
col_answered = Svaret

# Tick: has answered.
answered_yes = ✓ Har svaret

# No tick: has not answered.
answered_no = Har ikke svaret

# Marks a verdict set by hand.
answered_by_hand = (sat manuelt)

# Heading of the add form.
add_party_heading = Tilføj en part

# The add button.
add_party_button = Tilføj part

# Heading of the edit forms.
edit_parties_heading = Ret parter

# The save button of a party.
save_party_button = Gem ændringer

# The remove button of a party.
remove_party_button = Fjern parten fra listen

# Legend of the answered verdict.
answered_legend = Har parten svaret?

# Verdict: automatic.
answered_auto_option = Automatisk: efter CVR-nummer, e-mail eller navn

# Verdict: yes.
answered_yes_option = Ja, parten har svaret

# Verdict: no.
answered_no_option = Nej, parten har ikke svaret

# The verdict is not `auto`, `yes` or `no`.
answered_invalid = Vælg automatisk, ja eller nej.

# Marks an answer matched only by the organisation's name or CVR number, which anyone
# could write: `name` or `cvr`.
answered_probably-cvr = sandsynligvis (CVR)
answered_probably-other = sandsynligvis (navn)

# Label: a response to link by its number.
svarnummer_label = Knyt et høringssvar til parten (svarnummer, valgfrit)

# No response of the hearing has that number.
svarnummer_unknown = Høringen har intet svar med dette nummer. Skriv det som fx 2010-64452-0001.

# The verdict's save button.
save_answered_button = Gem svarstatus

# Heading of the invitations.
invite_heading = Høringsbrev

# "Send the høringsbrev to n parties".
invite_button = { $n ->
        [one] Send høringsbrev til 1 part
       *[other] Send høringsbrev til { $n } parter
    }

# What the button will do, before it is pressed.
invite_confirm = { $n } parter har ikke fået høringsbrevet endnu. Knappen sender det til dem, én e-mail til hver. Parter, der allerede har fået det, får det ikke igen.

# Every party has been invited.
invite_none = Alle parter på listen har fået høringsbrevet.

# The list changed since the page was shown.
invite_changed = Listen er ændret, siden siden blev vist: nu får { $n } parter høringsbrevet. Tryk igen for at sende.

# The hearing is a draft: the letter's link would not work yet.
invite_draft = Høringen er en kladde, så linket i høringsbrevet virker ikke endnu. Offentliggør høringen først, og send så brevet.

# The hearing's deadline has passed.
invite_closed = Høringens frist er overskredet, så høringsbrevet kan ikke sendes. Forlæng fristen først, hvis parterne skal kunne svare.

# After sending.
invited_notice = Høringsbrevet er lagt i kø til { $n } parter.

# Label of the reminder setting.
remind_label = Påmindelse antal dage før fristen

# Hint of the reminder setting.
remind_hint = Parter, der har fået høringsbrevet og ikke har svaret, får én påmindelse. 0 = ingen påmindelse.

# A bad reminder setting.
remind_error = Skriv et helt antal dage fra 0 til 60.

# Its save button.
save_settings_button = Gem påmindelse

# Heading of the import.
import_heading = Indsæt mange parter

# Label of the import field.
import_label = Én part pr. linje: navn;slags;e-mail;CVR

# Hint of the import field.
import_hint = Slags er council, public_body, association, union, employers eller company. CVR kan udelades. Er én linje forkert, gemmes ingen.

# The import button.
import_button = Tilføj parterne

# Nothing to import.
import_empty = Indsæt mindst én linje.

# More pasted lines than one import takes.
import_too_many = Indsæt højst { $max } linjer ad gangen; del listen op.

# "Line n: message".
import_line_error = Linje { $line }: { $message }

# After a change was saved.
party_saved_notice = Ændringen er gemt.

# Subject of the høringsbrev.
invitation_subject = Høring: { $title }

# Body of the høringsbrev.
invitation_body =
    { $greeting }

    { $committee } sender hermed «{ $title }» i høring, og I er på høringslisten.

    Læs høringsmaterialet her:
    { $link }

    Fristen for at svare er { $deadline } (dansk tid).

    Sådan svarer I: brug formularen på { $respond_link } og vælg «forening eller organisation». Skriv organisationens navn og CVR-nummer, så vi kan se, at I har svaret. I kan også svare ved at besvare denne e-mail.

    Med venlig hilsen
    { $committee }
    Københavns Kommune
    {""}

# Subject of the reminder.
reminder_subject = Påmindelse: høring om { $title }

# Body of the reminder.
reminder_body =
    { $greeting }

    Vi har endnu ikke modtaget jeres høringssvar om «{ $title }». Fristen er { $deadline } (dansk tid).

    Læs høringsmaterialet her:
    { $link }

    Svar her:
    { $respond_link }

    Har I allerede svaret, kan I se bort fra denne påmindelse.

    Med venlig hilsen
    { $committee }
    Københavns Kommune
    {""}

# The first line of a letter to a party: to its contact person where there is one, else to the party.
letter_greeting-contact = Kære { $contact }, { $party }
letter_greeting-party = Til { $party }
