# Soomaali (Somali) — respond.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Somali; not word for word, in plain language.
# Review before use: a professional translator with Somali as first language, and one resident from the hearing's audience reading it on a phone.

# Heading of the form page.
respond_title = Dhiib jawaabtaada

# Introduction above the form.
respond_intro = Jawaabtaada (høringssvar) ku qor erayadaada – af-Deenish ama luuqad kale, sida af-Soomaali. Waxaad heli doontaa iimayl leh link. Fur linkiga si aad u xaqiijiso jawaabtaada.

# The submit button.
respond_submit = Dir jawaabta

# Link from the hearing page to the form.
give_response = Dhiib jawaabtaada

# Visible text of the link beside a paragraph.
comment = Faallo ka bixi

# Hidden rest of that link's name: " on paragraph 12".
comment_on = {" "}qaybta { $number }

# Caption of the quoted paragraph.
commenting_on = Waxaad faallo ka bixinaysaa qaybta { $number }:

# Shown instead of the form when the hearing is not open.
not_open = La-tashigu hadda uma furna jawaabo.

# The form-level error when the deadline passed while writing.
closed_while_writing = Waqtigii ugu dambeeyay wuu dhaafay, sidaa darteed jawaabta lama diri karo. Qoraalkaagu weli hoos ayuu ku jiraa, si aad u kaydsato.

# The form came back faster than a person fills it in.
sent_too_fast = Si aad u degdeg ah ayaa loo diray. Fadlan hubi jawaabtaada, kadibna mar kale riix “Dir jawaabta”.

# The form-level error when one address sent too many responses.
rate_limited = Jawaabo badan ayaa meeshan laga diray waqti gaaban gudihiis. Sug hal saac, kadibna mar kale isku day. Qoraalkaagu weli hoos ayuu ku jiraa.

# Heading of the list of errors.
error_summary = Fadlan sax waxyaabahan soo socda

# "(optional)".
optional = (ma aha qasab)

# Legend of the respondent kind.
kind_legend = Jawaabtan waxay ka timid

# Name field.
name_label = Magacaaga

# E-mail field.
email_label = Iimaylkaaga

# Hint under the e-mail field.
email_hint = Linkiga xaqiijinta halkan ayaan u diraynaa. Iimaylkaaga weligiis lama daabacayo.

# Postal code field.
postal_code_label = Lambarka boostada

# Organisation field.
organisation_label = Magaca ururka

# Hint under the organisation field.
organisation_hint = Kaliya ururada, shirkadaha iyo hay'adaha dowladda. Jawaabta waxaa lagu daabacayaa magaca ururka.

# Contact role field.
contact_role_label = Doorkaaga ururka

# CVR field.
cvr_label = Lambarka CVR

# Hint under the CVR field.
cvr_hint = Kaliya shirkadaha: 8 lambar.

# The checkbox that lets a resident's name be published.
publish_name_label = Waan oggolahay in magacayga lala tuso jawaabtayda (haddii kale waxaa ku qornaan doona “Borger”, oo ah muwaadin, iyo lambarka boostadaada)

# Legend of the stance.
stance_legend = Maxaad ka qabtaa soo-jeedinta?

# The text field.
text_label = Jawaabtaada

# Hint under the text field.
text_hint = Ugu badnaan 20,000 xaraf.

# Heading of the list of published responses.
responses_title = Jawaabaha

# "n responses received" on the hearing page.
responses_received = { $verified ->
        [0] Weli jawaab lama helin.
        [one] 1 jawaab ayaa la helay.
       *[other] { $verified } jawaabood ayaa la helay.
    }

# Link to the published responses.
read_published = Akhri jawaabaha la daabacay ({ $published })

# Comment count beside a paragraph.
comment_count = { $count ->
        [one] 1 faallo
       *[other] { $count } faallo
    }

# Shown when nothing is published yet.
no_responses_yet = Weli jawaab lama daabicin.

# Link to the previous page.
previous_page = Bogga hore

# Link to the next page.
next_page = Bogga xiga

# Label of the page navigation.
pages = Bogagga

# "About paragraph n".
about_paragraph = Ku saabsan faqradda

# Subject of the receipt (kvittering) sent after verification.
receipt_subject = Rasiidka jawaabtaada { $svarnummer }

# Body of the receipt: what was received, where it stands, a copy of the text, the
# files with their SHA-256 and the private link to change or withdraw the response.
receipt_body =
    Salaan { $name },

    Waan helnay oo diiwaangelinay jawaabtaada ee “{ $hearing_title }”. Lambarka jawaabtu (svarnummer) waa { $svarnummer }.

    { $outcome }

    Waad wax ka beddeli kartaa jawaabtaada, ama dib u qaadan kartaa, ilaa { $deadline }. Isticmaal linkigan gaarka ah (ha la wadaagin dad kale):
    { $manage_link }

    Jawaabtaada, sidaad u qortay:

    { $text }

    { $files }Salaan diirran
    Ordet
    {""}

# Receipt: the verified response is public now.
receipt_status_published = Jawaabtaada hadda waxaa lagu akhrin karaa bogga la-tashiga.

# Receipt: the verified response is held back (it seems to hold a CPR number).
receipt_status_held = Waxay u muuqataa in jawaabtaada uu ku jiro lambar CPR. Sidaa darteed qof ka mid ah shaqaalaha ayaa eegi doona ka hor inta aan la daabicin.

# Receipt: the verified response waits for an official's review.
receipt_status_awaiting_review = Jawaabtaada waa la daabici doonaa marka degmadu dib u eegto.

# Receipt: the verified response is published with the others at the deadline.
receipt_status_awaiting_deadline = Jawaabtaada waxaa lala daabici doonaa jawaabaha kale marka waqtiga ugu dambeeya dhammaado.

# Heading of the "check your e-mail" page.
sent_title = Eeg iimaylkaaga

# Body of the "check your e-mail" page.
sent_body = Mahadsanid! Lambarka jawaabtaadu (svarnummer) waa { $svarnummer }. Waxaan kuu dirnay iimayl leh link. Fur linkiga 7 maalmood gudahood si aad u xaqiijiso jawaabtaada.

# An `Idempotency-Key` header that is empty, too long or not visible ASCII.
idempotency_key_invalid = Idempotency-Key waa inuu ahaadaa 1 ilaa 255 xaraf ASCII ah oo muuqda.

# An `Idempotency-Key` already used for another submission to the hearing.
idempotency_key_reused = Idempotency-Key-gan horay ayaa loogu isticmaalay jawaab kale oo la-tashigan ah. Jawaab cusub u isticmaal fure cusub.

# A rendered form sent again with other content after it was accepted.
form_already_sent = Foomkan horay ayaa loo diray, isagoo wata qoraal kale. Dib u soo rar bogga si aad u dirto jawaab cusub. Qoraalkaagu weli hoos ayuu ku jiraa.

# A field must be filled in.
field_required = Fadlan buuxi meeshan.

# The respondent kind is not one of the four.
field_unknown_kind = Dooro halka ay jawaabtu ka timid: muwaadin, urur, shirkad ama hay'ad dowladeed.

# The e-mail address does not look like one.
field_email_malformed = Qor cinwaan iimayl oo sax ah, tusaale ahaan magac@tusaale.dk.

# The CVR number is not eight digits.
field_cvr_not_eight_digits = Lambarka CVR waa 8 lambar, tusaale ahaan 12345678.

# The CVR number fails the modulus-11 check.
field_cvr_checksum = Lambarkan CVR ma jiro. Hubi inaadan isku beddelin laba lambar.

# The postal code is not four digits.
field_postal_code = Lambarka boostadu waa 4 lambar, tusaale ahaan 2300.

# The response's text is empty.
field_text_empty = Fadlan qor jawaabtaada.

# The response's text is too long: `chars` characters sent.
field_text_too_long = Qoraalku waa { $chars } xaraf; ugu badnaan 20,000 ayaa la oggol yahay. Soo gaabi, ama ku lifaaq warqad.

# A name is too long.
field_too_long = Ugu badnaan 200 xaraf.

# The stance is not one of the four.
field_unknown_stance = Dooro mid ka mid ah: waan taageersanahay, waan ka soo horjeedaa, qayb ahaan, ama ma rabo inaan sheego.

# No section of the current draft has this anchor.
field_unknown_section = Qaybtan kuma jirto qabyo-qoraalka hadda jira.

# No paragraph of the current draft has this anchor.
field_unknown_paragraph = Faqraddan kuma jirto qabyo-qoraalka hadda jira.

# Heading of the verification page: the response is verified.
verify_heading_verified = Mahadsanid – jawaabtaada waa la xaqiijiyay

# Heading of the verification page: verified, but held back for personal data.
verify_heading_held = Mahadsanid – jawaabtaada waa la xaqiijiyay

# Heading of the verification page: the link was followed before.
verify_heading_already_verified = Jawaabtaada horay ayaa loo xaqiijiyay

# Heading of the verification page: no such link.
verify_heading_unknown = Linkigu ma shaqaynayo

# Heading of the verification page: the link has expired.
verify_heading_expired = Linkiga waqtigiisii wuu dhammaaday

# Heading of the verification page: the hearing's deadline has passed.
verify_heading_closed = La-tashigu wuu dhammaaday

# Text of the verification page: verified, with its number and where it stands (a
# `receipt_status_*` text).
verify_body_verified = Lambarka jawaabtaadu waa { $svarnummer }. { $standing }

# Text of the verification page: verified, but held back for personal data.
verify_body_held = Lambarka jawaabtaadu waa { $svarnummer }. Waxay u muuqataa in jawaabta uu ku jiro lambar CPR. Sidaa darteed qof ka mid ah shaqaalaha ayaa eegi doona ka hor inta aan la daabicin. Tani waa si laguu ilaaliyo.

# Text of the verification page: the link was followed before.
verify_body_already_verified = Lambarka jawaabtaadu waa { $svarnummer }. Wax kale uma baahnid inaad samayso.

# Text of the verification page: no such link.
verify_body_unknown = Hubi inaad koobiyeysay linkiga oo dhan ee ku jira iimaylka.

# Text of the verification page: the link has expired.
verify_body_expired = Linkiga xaqiijinta wuxuu shaqeeyaa 7 maalmood. Haddii la-tashigu weli furan yahay, mar kale dir jawaabtaada.

# Text of the verification page: the hearing's deadline has passed.
verify_body_closed = Waqtigii ugu dambeeyay wuu dhaafay, sidaa darteed jawaabta lama xaqiijin karo.
