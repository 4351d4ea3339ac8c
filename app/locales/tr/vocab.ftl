# Türkçe (Turkish) — vocab.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Turkish; not word for word, in plain language.
# Review before use: a professional translator with Turkish as first language, and one resident from the hearing's audience reading it on a phone.

# A status's name.
status_name-awaiting_verification = Onay bekliyor
status_name-verified = Onaylandı, inceleme bekliyor
status_name-published = Yayınlandı
status_name-held = Bekletiliyor
status_name-rejected = Reddedildi
status_name-withdrawn = Geri çekildi
status_name-awaiting_review = İnceleme bekliyor

# A channel's name.
channel_name-web = Web sitesi
channel_name-email = E-posta
channel_name-letter = Mektup
channel_name-meeting = Toplantı

# Where the response stands.
manage_status-published = Konunun sayfasında yayınlandı
manage_status-held = Bir belediye çalışanı inceleyene kadar bekletiliyor
manage_status-rejected = Belediye tarafından reddedildi; yayınlanmayacak
manage_status-withdrawn = Geri çekildi
manage_status-awaiting_review = Alındı – bir görevlinin incelemesini bekliyor
manage_status-awaiting_verification = Alındı; belediye inceledikten sonra yayınlanacak
manage_status-verified = Alındı; belediye inceledikten sonra yayınlanacak

# A respondent kind's label.
kind_label-resident = Kent sakini
kind_label-association = Dernek veya sivil toplum kuruluşu
kind_label-company = Şirket
kind_label-public_body = Kamu kurumu veya kuruluşu

# A stance's label.
stance_label-support = Destekliyorum
stance_label-oppose = Karşıyım
stance_label-mixed = Kısmen destekliyorum, kısmen karşıyım
stance_label-none = Belirtmek istemiyorum

# A respondent kind in the plural (`resident`, `association`, `company`, `public_body`).
theme_kind-resident = Kent sakinleri
theme_kind-association = Dernekler ve sivil toplum kuruluşları
theme_kind-company = Şirketler
theme_kind-public_body = Kamu kurum ve kuruluşları

# Respondents of no known kind, in the theme's bar.
theme_kind_other = Diğerleri

# A role's name.
role_name-admin = Yönetici
role_name-official = Dosya sorumlusu
role_name-moderator = Moderatör
role_name-reader = Komite üyesi (yalnızca okuma)

# A kind's name.
party_kind-council = Kurul veya komite
party_kind-public_body = Kamu kurumu veya kuruluşu
party_kind-association = Dernek veya sivil toplum kuruluşu
party_kind-union = Sendika
party_kind-employers = İşveren örgütü
party_kind-company = Şirket

# The name of a publication policy (`after_verification`, `after_moderation`,
# `after_deadline`).
ha_policy_name-after_verification = Gönderen e-posta adresini onayladığında
ha_policy_name-after_moderation = Bir dosya sorumlusu görüşü onayladığında
ha_policy_name-after_deadline = Son tarih geçtiğinde

# The name of a milestone kind.
ha_milestone_kind_name-synopsis = Ön taslak (synopsis)
ha_milestone_kind_name-meeting = Toplantı
ha_milestone_kind_name-hearing_opens = Görüş toplama başlıyor
ha_milestone_kind_name-hearing_closes = Son tarih
ha_milestone_kind_name-final_proposal = Son öneri
ha_milestone_kind_name-adoption = Kabul edilmesi
ha_milestone_kind_name-other = Diğer

# An erasure request's state, with the date it was carried out.
erasure_status-pending = Belediyenin işlem yapması bekleniyor
erasure_status-carried_out = Yerine getirildi
erasure_status-carried_out_on = Yerine getirildi: { $at }

# Why a file shows no text.
no_extracted_text-pending = Metin dosyadan okunuyor.
no_extracted_text-no_text = Dosyada metin yok (örneğin taranmış bir belge). Dosyayı açın.
no_extracted_text-encrypted = Dosya parola ile korunuyor.
no_extracted_text-timed_out = Dosyayı okumak çok uzun sürdü. Dosyayı açın.
no_extracted_text-extracted = Metin dosyadan okunamadı. Dosyayı açın.
no_extracted_text-failed = Metin dosyadan okunamadı. Dosyayı açın.

# A digest kind (`weekly`, `final`, `manual`).
digest_kind-weekly = Haftalık özet
digest_kind-final = Komite görüşmesinden önceki son özet
digest_kind-manual = Elle gönderilen özet

# A respondent kind's short name, as a search filter.
facet_kind-resident = Kent sakini
facet_kind-association = Dernek/kuruluş
facet_kind-company = Şirket
facet_kind-public_body = Kamu kurumu

# A stance's short name, as a search filter.
facet_stance-support = Destekliyor
facet_stance-oppose = Karşı
facet_stance-mixed = Kısmen
facet_stance-none = Tutum belirtilmemiş

# A channel's short name, as a search filter.
facet_channel-web = Web
facet_channel-email = E-posta
facet_channel-letter = Mektup
facet_channel-meeting = Toplantı

# A status's short name, as a search filter.
facet_status-awaiting_verification = Onay bekliyor
facet_status-verified = Onaylandı
facet_status-published = Yayınlandı
facet_status-held = Bekletiliyor
facet_status-rejected = Reddedildi
facet_status-withdrawn = Geri çekildi
facet_status-awaiting_review = İnceleme bekliyor
