# Soomaali (Somali) — rights.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Somali; not word for word, in plain language.
# Review before use: a professional translator with Somali as first language, and one resident from the hearing's audience reading it on a phone.

# Heading of the data pages: "Your data".
my_data_title = Xogtaada

# What the page offers, above the address field.
my_data_intro = Halkan waxaad ku arki kartaa, kuna soo degsan kartaa, wax kasta oo degmadu kaa hayso oo la xiriira la-tashiyada: macluumaadkaaga, jawaabahaaga iyo faylashaada, iyo iimaylada aan kuu dirnay. Waxaad sidoo kale codsan kartaa in la tirtiro. Qor cinwaanka iimaylka aad isticmaashay, waxaanan u diraynaa link.

# The button that asks for a link.
my_data_send_button = Ii soo dir link

# After asking: said alike whether the address is known or not.
my_data_link_sent = Haddii aan xog ka hayno cinwaankan, hadda waxaan u dirnay link. Linkigu wuxuu shaqeeyaa { $minutes } daqiiqo, hal mar oo keliya ayaana la isticmaali karaa. Haddii aanay waxba imaan, xog kama hayno cinwaankan – ama eeg galka spam-ka.

# Too many links asked for the address or from the network.
my_data_rate_limited = Linkiyo aad u badan ayaa la codsaday, cinwaankan ama shabakaddaada. Mar kale isku day hal saac kadib.

# Subject of the mail with the link.
my_data_mail_subject = Linkiga xogtaada

# Body of that mail.
my_data_mail_body =
    Salaan,

    Adiga (ama qof qoray cinwaankaaga) ayaa codsaday in la arko xogta ay degmadu ka hayso cinwaanka iimaylkaaga, ee la xiriirta la-tashiyada.

    Fur linkiga hoose. Wuxuu shaqeeyaa { $minutes } daqiiqo, hal mar oo keliya ayaana la isticmaali karaa:
    { $link }

    Haddii aadan codsan, iska dhaaf iimaylkan. Qofna ma arki karo xogtaada linkiga la'aantiis.
    {""}

# What the mailed link's page says above its button.
my_data_open_body = Riix badhanka si aad u aragto xogtaada. Xogta waxaad ku arki kartaa browser-kan { $minutes } daqiiqo. Kadib linkiga mar kale lama isticmaali karo.

# The button that opens the data.
my_data_open_button = Tus xogtayda

# The link was used already.
my_data_link_used = Linkigan horay ayaa loo isticmaalay. Link wuxuu shaqeeyaa hal mar oo keliya – codso mid cusub.

# The link is too old.
my_data_link_expired = Linkigan waqtigiisii wuu dhammaaday. Codso mid cusub.

# No such link.
my_data_link_unknown = Linkigan ma jiro. Hubi inaad koobiyeysay linkiga oo dhan, ama codso mid cusub.

# Link to ask for a new link.
my_data_ask_again = Codso link cusub

# Heading of the data page, naming the address.
my_data_heading = Xogta ku saabsan { $email }

# How long the access lasts, and that it is this browser's only.
my_data_access_until = Xogta waxaad ku arki kartaa browser-kan ilaa { $until }. Kadib waa inaad codsato link cusub.

# The download link.
my_data_download = Soo deji dhammaan xogta (JSON)

# The button that ends the access.
my_data_close = Xir xogta

# After ending it.
my_data_closed_notice = Xogtaada waa laga xiray browser-kan.

# The button on the private change-or-withdraw page that leads here.
my_data_from_manage = Eeg, soo deji ama tirtir xogtaada

# What that button does.
my_data_from_manage_explain = Eeg wax kasta oo degmadu la-tashiyada ku kaydisay oo ku saabsan cinwaanka iimaylkaaga. U soo deji fayl ahaan, ama codso in la tirtiro.

# Heading of the stored identities.
my_data_identity_heading = Macluumaadkaaga

# "Sent with response(s) …": which responses an identity came with.
my_data_identity_of = Lala diray jawaabta { $svarnumre }

# "When stored" label.
my_data_stored_at = La kaydiyay

# Heading of the responses.
my_data_responses_heading = Jawaabahaaga

# No responses on the address.
my_data_no_responses = Ma jiraan jawaabo ka yimid cinwaankan.

# The label of a response's date or field: `hearing`, `submitted`, `verified`,
# `published`, `updated`, `section`, `paragraph`, `published_text`, `files`, `channel`.
my_data_label-hearing = La-tashiga
my_data_label-submitted = La diray
my_data_label-verified = La xaqiijiyay
my_data_label-published = La daabacay
my_data_label-updated = Markii ugu dambaysay ee la beddelay
my_data_label-section = Qaybta
my_data_label-paragraph = Faqradda
my_data_label-published_text = Qoraalka sida loo daabacay (degmadu way tafatirtay)
my_data_label-files = Faylasha
my_data_label-channel = Sida loo helay
my_data_label-other = {""}

# A file: its name, size and whether the public may have it.
my_data_file = { $name } ({ $size_bytes } byte, { $public ->
        [true] waa la daabici karaa
       *[false] lama daabacayo
    })

# Heading of the mails.
my_data_mails_heading = Iimaylada laguu soo diray

# No mails.
my_data_no_mails = Cinwaankan weli iimayl looma dirin.

# Column headers of the mails: date, subject, status.
my_data_mail_columns-1 = Taariikhda
my_data_mail_columns-2 = Mawduuca
my_data_mail_columns-3 = Xaaladda

# A mail's status (`pending`, `sending`, `sent`, `failed`).
my_data_mail_status-sent = La diray
my_data_mail_status-failed = Lama diri karin
my_data_mail_status-pending = Wuxuu sugayaa in la diro

# Heading of the erasure requests.
my_data_erasures_heading = Codsiyadaada tirtirka

# No erasure requests.
my_data_no_erasures = Ma aadan codsan in wax la tirtiro.

# Heading of a response's erasure part.
erase_heading = Codso tirtir

# What erasure means for this response (`decided`: the hearing has been decided).
erase_explain-true = Go'aan ayaa laga gaaray la-tashiga. Sidaa darteed degmadu waa inay haysato waxa go'aanka lagu saleeyay: magacaaga, cinwaankaaga iyo macluumaadkaaga kale waa la tirtirayaa, qoraalkana waa la kaydinayaa iyaga la'aantood.
erase_explain-false = Degmadu gebi ahaanba way tirtiraysaa jawaabta, faylasheeda iyo macluumaadkaaga. Qof ka mid ah shaqaalaha ayaa samaynaya tirtirka.

# The checkbox that confirms an erasure request.
erase_confirm_label = Haa, tirtir jawaabtayda

# The checkbox was not ticked.
erase_confirm_required = Calaamadee sanduuqa si aad u xaqiijiso inaad rabto in jawaabta la tirtiro.

# The button that asks for erasure of one response.
erase_button = Codso tirtir

# The button that asks for erasure of every response.
erase_all_button = Codso in la tirtiro dhammaan jawaabahayga

# Heading of the part that asks for all of them.
erase_all_heading = Tirtir dhammaan jawaabahaaga

# After asking.
erasure_requested_notice = Codsigaaga tirtirka waxaa loo diray degmada. Halkan ayaad kala socon kartaa.

# Asked again: it is pending already.
erasure_pending_notice = Horay ayaad u codsatay tirtir. Codsigu wuxuu sugayaa degmada.

# The request for this response is waiting for the municipality.
erasure_already_requested = Waxaad tirtir codsatay { $requested }. Codsigu wuxuu sugayaa degmada.

# Subject of the mail telling officials of an erasure request.
erasure_mail_subject = Codsi ah in la tirtiro jawaabta { $svarnummer }

# Body of that mail.
erasure_mail_body =
    Qofkii soo diray jawaabta { $svarnummer } ee la-tashiga "{ $hearing_title }" ayaa codsaday in jawaabta la tirtiro.

    Halkan ka eeg oo ka fuli codsiga:
    { $link }
    {""}

# Heading of the officials' page, and its link from the hearing's pages.
erasure_requests_title = Codsiyada tirtirka

# What the officials' page is for.
erasure_requests_intro-true = Go'aan ayaa laga gaaray la-tashiga: tirtirku wuxuu meesha ka saarayaa macluumaadka iyo faylasha qofka soo diray, laakiin wuxuu hayaa qoraalka aan magaca lahayn ee go'aanka lagu saleeyay.
erasure_requests_intro-false = Go'aan lagama gaarin la-tashiga: tirtirku gebi ahaanba wuxuu meesha ka saarayaa jawaabta, faylasheeda iyo macluumaadka qofka soo diray.

# No requests.
erasure_requests_none = Qofna ma codsan tirtir la-tashigan.

# Column headers: number, asked, status, carried out by, action.
erasure_columns-1 = Lambarka jawaabta
erasure_columns-2 = La codsaday
erasure_columns-3 = Xaaladda
erasure_columns-4 = Waxaa fuliyay
erasure_columns-5 = Ficil

# The officials' button.
erasure_carry_out = Fuli tirtirka

# After carrying one out.
erasure_done_notice = Tirtirka waa la fuliyay.
