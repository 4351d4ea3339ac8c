# Dansk — vocab.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# A status's name.
status_name-awaiting_verification = Afventer bekræftelse
status_name-verified = Bekræftet, afventer gennemgang
status_name-published = Offentliggjort
status_name-held = Tilbageholdt
status_name-rejected = Afvist
status_name-withdrawn = Trukket tilbage
status_name-awaiting_review = Afventer gennemgang

# A channel's name.
channel_name-web = Hjemmesiden
channel_name-email = E-mail
channel_name-letter = Brev
channel_name-meeting = Møde

# Where the response stands.
manage_status-published = Offentliggjort på høringens side
manage_status-held = Holdes tilbage, indtil en medarbejder har set det igennem
manage_status-rejected = Afvist af kommunen; det offentliggøres ikke
manage_status-withdrawn = Trukket tilbage
manage_status-awaiting_review = Modtaget – venter på, at en medarbejder har set det
manage_status-awaiting_verification = Modtaget; offentliggøres, når kommunen har gennemgået det
manage_status-verified = Modtaget; offentliggøres, når kommunen har gennemgået det

# A respondent kind's label.
kind_label-resident = Borger
kind_label-association = Forening eller organisation
kind_label-company = Virksomhed
kind_label-public_body = Myndighed eller institution

# A stance's label.
stance_label-support = For
stance_label-oppose = Imod
stance_label-mixed = Delvis for, delvis imod
stance_label-none = Vil ikke sige

# A respondent kind in the plural (`resident`, `association`, `company`, `public_body`).
theme_kind-resident = Borgere
theme_kind-association = Foreninger og organisationer
theme_kind-company = Virksomheder
theme_kind-public_body = Myndigheder og institutioner

# Respondents of no known kind, in the theme's bar.
theme_kind_other = Andre

# A role's name.
role_name-admin = Administrator
role_name-official = Sagsbehandler
role_name-moderator = Moderator
role_name-reader = Udvalgsmedlem (kun læse)

# A kind's name.
party_kind-council = Råd eller udvalg
party_kind-public_body = Myndighed eller institution
party_kind-association = Forening eller organisation
party_kind-union = Fagforening
party_kind-employers = Arbejdsgiverorganisation
party_kind-company = Virksomhed

# The name of a publication policy (`after_verification`, `after_moderation`,
# `after_deadline`).
ha_policy_name-after_verification = Når afsenderen har bekræftet sin e-mail
ha_policy_name-after_moderation = Når en sagsbehandler har godkendt svaret
ha_policy_name-after_deadline = Når høringsfristen er udløbet

# The name of a milestone kind.
ha_milestone_kind_name-synopsis = Synopsis
ha_milestone_kind_name-meeting = Møde
ha_milestone_kind_name-hearing_opens = Høringen åbner
ha_milestone_kind_name-hearing_closes = Høringsfrist
ha_milestone_kind_name-final_proposal = Endeligt forslag
ha_milestone_kind_name-adoption = Vedtagelse
ha_milestone_kind_name-other = Andet

# An erasure request's state, with the date it was carried out.
erasure_status-pending = Venter på kommunen
erasure_status-carried_out = Udført
erasure_status-carried_out_on = Udført { $at }

# Why a file shows no text.
no_extracted_text-pending = Teksten er ved at blive læst ud af filen.
no_extracted_text-no_text = Filen indeholder ingen tekst (fx en scanning). Åbn filen.
no_extracted_text-encrypted = Filen er beskyttet med adgangskode.
no_extracted_text-timed_out = Det tog for lang tid at læse filen. Åbn filen.
no_extracted_text-extracted = Teksten kunne ikke læses ud af filen. Åbn filen.
no_extracted_text-failed = Teksten kunne ikke læses ud af filen. Åbn filen.

# A digest kind (`weekly`, `final`, `manual`).
digest_kind-weekly = Ugentligt overblik
digest_kind-final = Endeligt overblik før udvalgsbehandlingen
digest_kind-manual = Overblik sendt manuelt

# A respondent kind's short name, as a search filter.
facet_kind-resident = Borger
facet_kind-association = Forening/organisation
facet_kind-company = Virksomhed
facet_kind-public_body = Myndighed/institution

# A stance's short name, as a search filter.
facet_stance-support = For
facet_stance-oppose = Imod
facet_stance-mixed = Delvist
facet_stance-none = Ingen holdning

# A channel's short name, as a search filter.
facet_channel-web = Web
facet_channel-email = E-mail
facet_channel-letter = Brev
facet_channel-meeting = Møde

# A status's short name, as a search filter.
facet_status-awaiting_verification = Afventer bekræftelse
facet_status-verified = Bekræftet
facet_status-published = Offentliggjort
facet_status-held = Tilbageholdt
facet_status-rejected = Afvist
facet_status-withdrawn = Trukket tilbage
facet_status-awaiting_review = Afventer gennemgang
