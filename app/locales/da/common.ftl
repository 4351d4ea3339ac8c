# Dansk — common.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# The product name.
site_name = Ordet

# What the site is, under the product name.
site_tagline = Offentlige høringer

# A one-line field (name, organisation, title, label) holds a line break or another
# control character.
not_one_line = Skriv det på én linje, uden linjeskift, tabulatorer eller andre kontroltegn.

# Link that skips the header for keyboard and screen-reader users.
skip_to_content = Gå til indholdet

# Label of the main navigation.
main_nav = Hovedmenu

# Name of this language in itself, shown on the switch that leads to it.
language_name = Dansk

# Accessible label of the language switch, in the language it leads to.
switch_to_this_language = Vis siden på dansk

# Label of the list of languages in the header.
languages_nav = Sprog

# Footer text.
footer_text = Ordet er en høringsportal. Alle kan læse udkastet og give deres mening til kende.

# Front page heading.
front_title = Høringer

# Front page introduction.
front_intro = Her kan du læse forslag, som kommunen har sendt i offentlig høring, og se hvornår du senest kan svare.

# Heading of the open hearings.
open_hearings = Åbne høringer

# Heading of the upcoming hearings.
upcoming_hearings = Kommende høringer

# Heading of the closed hearings.
closed_hearings = Afsluttede høringer

# Shown when a group has no hearings.
no_hearings = Der er ingen høringer her lige nu.

# Hearing status: being prepared, not public.
hearing_status_draft = Kladde

# Hearing status: published, not open yet.
hearing_status_upcoming = Kommende

# Hearing status: taking responses.
hearing_status_open = Åben for høringssvar

# Hearing status: the deadline has passed.
hearing_status_closed = Høringen er afsluttet

# Hearing status: the administration is processing the responses.
hearing_status_processing = Høringssvarene behandles

# Hearing status: the committee has decided.
hearing_status_decided = Afgjort

# Countdown: the hearing opens in `days` days (at least 1).
countdown_opens_in = { $days ->
        [one] Åbner i morgen
       *[other] Åbner om { $days } dage
    }

# Countdown: the hearing is open, with `days` days left after today (at least 1).
countdown_closes_in = { $days ->
        [one] 1 dag tilbage
       *[other] { $days } dage tilbage
    }

# Countdown: the hearing is open, and today is the deadline.
countdown_last_day = Sidste dag i dag

# Countdown: the hearing no longer takes responses.
countdown_closed = Fristen er udløbet

# "Deadline" label.
deadline = Høringsfrist

# "Hearing period" label.
hearing_period = Høringsperiode

# "Committee" label.
committee = Udvalg

# "Case number" label.
journal_number = Sagsnummer

# Heading of the timeline.
timeline = Tidsplan

# Marks a milestone in the past.
milestone_done = overstået

# Heading of the draft.
draft_heading = Høringsudkastet

# "Version n of the draft, published d".
draft_version = Version { $version_no }, offentliggjort { $date }

# Shown when a hearing has no draft yet.
no_draft = Udkastet er ikke offentliggjort endnu.

# Heading of the table of contents.
contents = Indhold

# Button that hides the table of contents.
hide_contents = Skjul indholdsfortegnelsen

# Button that shows the table of contents.
show_contents = Vis indholdsfortegnelsen

# Accessible name of a paragraph's permalink.
paragraph_link = Link til afsnit { $number }

# Heading of the annexes.
annexes = Bilag

# "Annex n".
annex_label = Bilag { $number }

# Heading of the not-found page.
not_found_title = Siden findes ikke

# Body of the not-found page.
not_found_body = Vi kan ikke finde den side eller høring, du leder efter. Måske er adressen skrevet forkert.

# Link back to the front page.
back_to_front = Gå til forsiden med alle høringer

# Heading of the error page.
error_title = Noget gik galt

# Body of the error page.
error_body = Siden kunne ikke vises lige nu. Prøv igen om lidt.

# Shown while a page's data loads.
loading = Henter …

# A refused draft file: it holds nothing but whitespace.
draft_empty = Filen er tom. Vælg filen med udkastet i Markdown.

# A refused draft file: `bytes` long, more than the `max` the importer accepts.
draft_too_large = Filen fylder { $kb } kB; der kan højst indlæses { $max_kb } kB. Er det den rigtige fil?

# A refused draft file: not UTF-8 text (the first invalid byte on `line`).
draft_invalid_utf8 = Filen er ikke tekst i UTF-8 (første fejl i linje { $line }). Gem den som UTF-8-tekst og prøv igen.

# A refused draft file: it has no Markdown heading at all.
draft_no_heading = Udkastet har ingen overskrifter. Start hvert afsnit med en linje, der begynder med #.

# A refused draft file: text on `line` stands before the first section heading.
draft_text_before_first_heading = Linje { $line }: teksten står før første afsnitsoverskrift. Sæt en overskrift (## …) over den.

# Subject of the e-mail with the verification link.
verify_mail_subject = Bekræft dit høringssvar: { $hearing_title }

# Body of the e-mail with the verification link.
verify_mail_body =
    Kære { $name }

    Tak for dit høringssvar til «{ $hearing_title }». Det har svarnummer { $svarnummer }.

    Bekræft, at det er dig: åbn dette link inden { $days } dage, og tryk på knappen «Bekræft høringssvaret»:

    { $link }

    Først når du har bekræftet, indgår svaret i høringen. Har du ikke skrevet et høringssvar, kan du se bort fra denne e-mail.

    Med venlig hilsen
    Ordet
    {""}

# Month name, 1-based.
month-1 = januar
month-2 = februar
month-3 = marts
month-4 = april
month-5 = maj
month-6 = juni
month-7 = juli
month-8 = august
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

# A date written out, e.g. "9. august 2010".
date = { $day }. { $month } { $year }

# A date and time, e.g. "4. oktober 2010 kl. 23.59".
date_time = { $date } kl. { $hour }.{ $minute }


# The label of a section's short plain-language summary ("kort fortalt"), above its full text.
short_version = Kort fortalt

# Beside the summary when it is shown in Danish: officials wrote none in the reader's language.
short_version_only_danish = (findes kun på dansk)

# The link from the hearing page to the printable draft with its summaries; also the printable page's title.
print_version = Udskriftsvenlig udgave af udkastet

# On the printable draft: the link back to the hearing's page.
print_back = Tilbage til høringen

# On the printable draft (not printed): what the page is and how to print it.
print_intro = Her er hele udkastet med "kort fortalt" over hvert afsnit. Brug din browsers udskriftsfunktion for at udskrive siden eller gemme den som PDF.
