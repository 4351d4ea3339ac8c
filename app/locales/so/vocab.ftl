# Soomaali (Somali) — vocab.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Somali; not word for word, in plain language.
# Review before use: a professional translator with Somali as first language, and one resident from the hearing's audience reading it on a phone.

# A status's name.
status_name-awaiting_verification = Xaqiijin ayaa la sugayaa
status_name-verified = La xaqiijiyay, dib-u-eegis ayaa la sugayaa
status_name-published = La daabacay
status_name-held = La hakiyay
status_name-rejected = La diiday
status_name-withdrawn = Dib loo qaaday
status_name-awaiting_review = Sugaya dib-u-eegis

# A channel's name.
channel_name-web = Bogga internetka
channel_name-email = Iimayl
channel_name-letter = Warqad
channel_name-meeting = Shir

# Where the response stands.
manage_status-published = Waxaa lagu daabacay bogga la-tashiga
manage_status-held = Waa la hakiyay ilaa qof ka mid ah shaqaalaha uu eego
manage_status-rejected = Degmadu way diiday; lama daabacayo
manage_status-withdrawn = Dib loo qaaday
manage_status-awaiting_review = Waa la helay – wuxuu sugayaa in shaqaale eego
manage_status-awaiting_verification = Waa la helay; waa la daabici doonaa marka degmadu dib u eegto
manage_status-verified = Waa la helay; waa la daabici doonaa marka degmadu dib u eegto

# A respondent kind's label.
kind_label-resident = Muwaadin
kind_label-association = Urur ama jimciyad
kind_label-company = Shirkad
kind_label-public_body = Hay'ad dowladeed ama machad

# A stance's label.
stance_label-support = Waan taageersanahay
stance_label-oppose = Waan ka soo horjeedaa
stance_label-mixed = Qayb waan taageersanahay, qaybna waan ka soo horjeedaa
stance_label-none = Ma rabo inaan sheego

# A respondent kind in the plural (`resident`, `association`, `company`, `public_body`).
theme_kind-resident = Muwaadiniin
theme_kind-association = Ururro iyo jimciyado
theme_kind-company = Shirkado
theme_kind-public_body = Hay'ado dowladeed iyo machadyo

# Respondents of no known kind, in the theme's bar.
theme_kind_other = Kuwo kale

# A role's name.
role_name-admin = Maamule
role_name-official = Sarkaalka kiiska
role_name-moderator = Kormeere
role_name-reader = Xubin guddi (akhris oo keliya)

# A kind's name.
party_kind-council = Gole ama guddi
party_kind-public_body = Hay'ad dowladeed ama machad
party_kind-association = Urur ama jimciyad
party_kind-union = Ururka shaqaalaha
party_kind-employers = Ururka loo-shaqeeyayaasha
party_kind-company = Shirkad

# The name of a publication policy (`after_verification`, `after_moderation`,
# `after_deadline`).
ha_policy_name-after_verification = Marka qofka soo diray xaqiijiyo iimaylka
ha_policy_name-after_moderation = Marka sarkaalka kiisku oggolaado jawaabta
ha_policy_name-after_deadline = Marka waqtiga ugu dambeeya dhammaado

# The name of a milestone kind.
ha_milestone_kind_name-synopsis = Soo koobid
ha_milestone_kind_name-meeting = Shir
ha_milestone_kind_name-hearing_opens = La-tashigu wuu furmayaa
ha_milestone_kind_name-hearing_closes = Waqtiga ugu dambeeya
ha_milestone_kind_name-final_proposal = Soo-jeedinta kama dambaysta ah
ha_milestone_kind_name-adoption = Ansixin
ha_milestone_kind_name-other = Kale

# An erasure request's state, with the date it was carried out.
erasure_status-pending = Degmada ayaa la sugayaa
erasure_status-carried_out = La fuliyay
erasure_status-carried_out_on = La fuliyay { $at }

# Why a file shows no text.
no_extracted_text-pending = Qoraalka ayaa hadda laga akhrinayaa faylka.
no_extracted_text-no_text = Faylka qoraal kuma jiro (tusaale ahaan, waa sawir la iskaan gareeyay). Fur faylka.
no_extracted_text-encrypted = Faylka waxaa lagu xiray fure sir ah.
no_extracted_text-timed_out = Akhrinta faylka waqti aad u dheer ayay qaadatay. Fur faylka.
no_extracted_text-extracted = Qoraalka lagama akhrin karin faylka. Fur faylka.
no_extracted_text-failed = Qoraalka lagama akhrin karin faylka. Fur faylka.

# A digest kind (`weekly`, `final`, `manual`).
digest_kind-weekly = Warbixin toddobaadle ah
digest_kind-final = Warbixinta kama dambaysta ah, ka hor shirka guddiga
digest_kind-manual = Warbixin gacanta lagu diray

# A respondent kind's short name, as a search filter.
facet_kind-resident = Muwaadin
facet_kind-association = Urur/jimciyad
facet_kind-company = Shirkad
facet_kind-public_body = Hay'ad dowladeed/machad

# A stance's short name, as a search filter.
facet_stance-support = Taageero
facet_stance-oppose = Diidmo
facet_stance-mixed = Qayb ahaan
facet_stance-none = Aragti la'aan

# A channel's short name, as a search filter.
facet_channel-web = Internet
facet_channel-email = Iimayl
facet_channel-letter = Warqad
facet_channel-meeting = Shir

# A status's short name, as a search filter.
facet_status-awaiting_verification = Xaqiijin ayaa la sugayaa
facet_status-verified = La xaqiijiyay
facet_status-published = La daabacay
facet_status-held = La hakiyay
facet_status-rejected = La diiday
facet_status-withdrawn = Dib loo qaaday
facet_status-awaiting_review = Sugaya dib-u-eegis
