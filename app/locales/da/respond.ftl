# Dansk — respond.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# Heading of the form page.
respond_title = Giv dit høringssvar

# Introduction above the form.
respond_intro = Skriv med dine egne ord – på dansk eller et andet sprog. Du får en e-mail med et link, som du skal åbne for at bekræfte dit svar.

# The submit button.
respond_submit = Send høringssvar

# Link from the hearing page to the form.
give_response = Giv dit høringssvar

# Visible text of the link beside a paragraph.
comment = Kommentér

# Hidden rest of that link's name: " on paragraph 12".
comment_on = {" "}afsnit { $number }

# Caption of the quoted paragraph.
commenting_on = Du kommenterer afsnit { $number }:

# Shown instead of the form when the hearing is not open.
not_open = Høringen er ikke åben for høringssvar.

# The form-level error when the deadline passed while writing.
closed_while_writing = Høringsfristen er udløbet, så svaret kan ikke længere sendes. Din tekst står stadig herunder, så du kan gemme den.

# The form came back faster than a person fills it in.
sent_too_fast = Det gik meget hurtigt. Tjek dit svar, og tryk på Send igen.

# The form-level error when one address sent too many responses.
rate_limited = Der er sendt mange høringssvar herfra på kort tid. Vent en time, og prøv igen. Din tekst står stadig herunder.

# Heading of the list of errors.
error_summary = Ret venligst følgende

# "(optional)".
optional = (valgfrit)

# Legend of the respondent kind.
kind_legend = Jeg svarer som

# Name field.
name_label = Dit navn

# E-mail field.
email_label = Din e-mail

# Hint under the e-mail field.
email_hint = Vi sender bekræftelseslinket hertil. Din e-mail bliver aldrig offentliggjort.

# Postal code field.
postal_code_label = Postnummer

# Organisation field.
organisation_label = Organisationens navn

# Hint under the organisation field.
organisation_hint = Kun for foreninger, virksomheder og myndigheder. Svaret offentliggøres under organisationens navn.

# Contact role field.
contact_role_label = Din rolle i organisationen

# CVR field.
cvr_label = CVR-nummer

# Hint under the CVR field.
cvr_hint = Kun for virksomheder: 8 cifre.

# The checkbox that lets a resident's name be published.
publish_name_label = Mit navn må stå ved mit svar (ellers står der »Borger« og dit postnummer)

# Legend of the stance.
stance_legend = Hvad mener du om forslaget?

# The text field.
text_label = Dit høringssvar

# Hint under the text field.
text_hint = Højst 20.000 tegn.

# Heading of the list of published responses.
responses_title = Høringssvar

# "n responses received" on the hearing page.
responses_received = { $verified ->
        [0] Ingen høringssvar endnu.
        [one] 1 høringssvar modtaget.
       *[other] { $verified } høringssvar modtaget.
    }

# Link to the published responses.
read_published = Læs de offentliggjorte høringssvar ({ $published })

# Comment count beside a paragraph.
comment_count = { $count ->
        [one] 1 kommentar
       *[other] { $count } kommentarer
    }

# Shown when nothing is published yet.
no_responses_yet = Der er ikke offentliggjort nogen høringssvar endnu.

# Link to the previous page.
previous_page = Forrige side

# Link to the next page.
next_page = Næste side

# Label of the page navigation.
pages = Sider

# "About paragraph n".
about_paragraph = Om tekststykket

# Subject of the receipt (kvittering) sent after verification.
receipt_subject = Kvittering for dit høringssvar { $svarnummer }

# Body of the receipt: what was received, where it stands, a copy of the text, the
# files with their SHA-256 and the private link to change or withdraw the response.
receipt_body =
    Kære { $name }

    Vi har modtaget og registreret dit høringssvar til «{ $hearing_title }» med svarnummer { $svarnummer }.

    { $outcome }

    Du kan rette eller trække dit svar tilbage indtil { $deadline } via dette private link (del det ikke med andre):
    { $manage_link }

    Dit svar, som du skrev det:

    { $text }

    { $files }Med venlig hilsen
    Ordet
    {""}

# Receipt: the verified response is public now.
receipt_status_published = Svaret kan nu læses på høringens side.

# Receipt: the verified response is held back (it seems to hold a CPR number).
receipt_status_held = Svaret ser ud til at indeholde et CPR-nummer, så en medarbejder ser det igennem, før det offentliggøres.

# Receipt: the verified response waits for an official's review.
receipt_status_awaiting_review = Svaret offentliggøres, når kommunen har gennemgået det.

# Receipt: the verified response is published with the others at the deadline.
receipt_status_awaiting_deadline = Svaret offentliggøres sammen med de andre svar, når høringsfristen er udløbet.

# Heading of the "check your e-mail" page.
sent_title = Tjek din e-mail

# Body of the "check your e-mail" page.
sent_body = Tak! Dit høringssvar har nummer { $svarnummer }. Vi har sendt dig en e-mail med et link: åbn det inden 7 dage for at bekræfte svaret.

# An `Idempotency-Key` header that is empty, too long or not visible ASCII.
idempotency_key_invalid = Idempotency-Key skal være 1 til 255 synlige ASCII-tegn.

# An `Idempotency-Key` already used for another submission to the hearing.
idempotency_key_reused = Denne Idempotency-Key er allerede brugt til et andet høringssvar til høringen. Brug en ny nøgle til et nyt høringssvar.

# A rendered form sent again with other content after it was accepted.
form_already_sent = Denne formular er allerede sendt med et andet indhold. Hent siden igen for at sende et nyt høringssvar. Din tekst står stadig herunder.

# A field must be filled in.
field_required = Udfyld feltet.

# The respondent kind is not one of the four.
field_unknown_kind = Vælg, om du svarer som borger, forening, virksomhed eller myndighed.

# The e-mail address does not look like one.
field_email_malformed = Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.

# The CVR number is not eight digits.
field_cvr_not_eight_digits = Et CVR-nummer har 8 cifre, fx 12345678.

# The CVR number fails the modulus-11 check.
field_cvr_checksum = CVR-nummeret findes ikke. Tjek, om der er byttet om på to cifre.

# The postal code is not four digits.
field_postal_code = Et postnummer har 4 cifre, fx 2300.

# The response's text is empty.
field_text_empty = Skriv dit høringssvar.

# The response's text is too long: `chars` characters sent.
field_text_too_long = Teksten har { $chars } tegn; der er plads til 20.000. Forkort den, eller vedhæft et brev.

# A name is too long.
field_too_long = Højst 200 tegn.

# The stance is not one of the four.
field_unknown_stance = Vælg for, imod, delvis eller ingen holdning.

# No section of the current draft has this anchor.
field_unknown_section = Afsnittet findes ikke i det gældende udkast.

# No paragraph of the current draft has this anchor.
field_unknown_paragraph = Tekststykket findes ikke i det gældende udkast.

# Heading of the verification page: the response is verified.
verify_heading_verified = Tak – dit høringssvar er bekræftet

# Heading of the verification page: verified, but held back for personal data.
verify_heading_held = Tak – dit høringssvar er bekræftet

# Heading of the verification page: the link was followed before.
verify_heading_already_verified = Dit høringssvar er allerede bekræftet

# Heading of the verification page: no such link.
verify_heading_unknown = Linket virker ikke

# Heading of the verification page: the link has expired.
verify_heading_expired = Linket er udløbet

# Heading of the verification page: the hearing's deadline has passed.
verify_heading_closed = Høringen er afsluttet

# Text of the verification page: verified, with its number and where it stands (a
# `receipt_status_*` text).
verify_body_verified = Dit svar har nummer { $svarnummer }. { $standing }

# Text of the verification page: verified, but held back for personal data.
verify_body_held = Dit svar har nummer { $svarnummer }. Det ser ud til at indeholde et CPR-nummer, så en medarbejder ser det igennem, før det offentliggøres. Det er for at beskytte dig.

# Text of the verification page: the link was followed before.
verify_body_already_verified = Dit svar har nummer { $svarnummer }. Du behøver ikke gøre mere.

# Text of the verification page: no such link.
verify_body_unknown = Tjek, at du har kopieret hele linket fra e-mailen.

# Text of the verification page: the link has expired.
verify_body_expired = Et bekræftelseslink virker i 7 dage. Send dit høringssvar igen, hvis høringen stadig er åben.

# Text of the verification page: the hearing's deadline has passed.
verify_body_closed = Høringsfristen er udløbet, så svaret kan ikke længere bekræftes.
