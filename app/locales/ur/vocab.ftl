# اردو (Urdu) — vocab.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Urdu; not word for word, in plain language.
# Review before use: a professional translator with Urdu as first language, and one resident from the hearing's audience reading it on a phone.

# A status's name.
status_name-awaiting_verification = تصدیق کا انتظار
status_name-verified = تصدیق شدہ، جائزے کا انتظار
status_name-published = شائع شدہ
status_name-held = روکا گیا
status_name-rejected = رد کیا گیا
status_name-withdrawn = واپس لیا گیا
status_name-awaiting_review = جائزے کا منتظر

# A channel's name.
channel_name-web = ویب سائٹ
channel_name-email = ای میل
channel_name-letter = خط
channel_name-meeting = میٹنگ

# Where the response stands.
manage_status-published = مشاورت کے صفحے پر شائع ہو گیا ہے
manage_status-held = روکا گیا ہے، جب تک بلدیہ کا کوئی ملازم اسے دیکھ نہ لے
manage_status-rejected = بلدیہ نے رد کر دیا ہے؛ یہ شائع نہیں ہوگا
manage_status-withdrawn = واپس لیا گیا
manage_status-awaiting_review = موصول ہوا – کسی اہلکار کے جائزے کا منتظر
manage_status-awaiting_verification = موصول ہو گیا ہے؛ بلدیہ کے جائزے کے بعد شائع ہوگا
manage_status-verified = موصول ہو گیا ہے؛ بلدیہ کے جائزے کے بعد شائع ہوگا

# A respondent kind's label.
kind_label-resident = شہری
kind_label-association = انجمن یا تنظیم
kind_label-company = کمپنی
kind_label-public_body = سرکاری ادارہ

# A stance's label.
stance_label-support = حق میں
stance_label-oppose = خلاف
stance_label-mixed = کچھ حق میں، کچھ خلاف
stance_label-none = نہیں بتانا چاہتے

# A respondent kind in the plural (`resident`, `association`, `company`, `public_body`).
theme_kind-resident = شہری
theme_kind-association = انجمنیں اور تنظیمیں
theme_kind-company = کمپنیاں
theme_kind-public_body = سرکاری ادارے

# Respondents of no known kind, in the theme's bar.
theme_kind_other = دیگر

# A role's name.
role_name-admin = ایڈمنسٹریٹر
role_name-official = کیس افسر
role_name-moderator = ماڈریٹر
role_name-reader = کمیٹی کا رکن (صرف پڑھنے کی اجازت)

# A kind's name.
party_kind-council = کونسل یا کمیٹی
party_kind-public_body = سرکاری ادارہ
party_kind-association = انجمن یا تنظیم
party_kind-union = ٹریڈ یونین
party_kind-employers = آجروں کی تنظیم
party_kind-company = کمپنی

# The name of a publication policy (`after_verification`, `after_moderation`,
# `after_deadline`).
ha_policy_name-after_verification = جب بھیجنے والا اپنی ای میل کی تصدیق کر دے
ha_policy_name-after_moderation = جب کیس افسر جواب منظور کر دے
ha_policy_name-after_deadline = جب آخری تاریخ گزر جائے

# The name of a milestone kind.
ha_milestone_kind_name-synopsis = ابتدائی خاکہ
ha_milestone_kind_name-meeting = میٹنگ
ha_milestone_kind_name-hearing_opens = مشاورت کا آغاز
ha_milestone_kind_name-hearing_closes = آخری تاریخ
ha_milestone_kind_name-final_proposal = حتمی تجویز
ha_milestone_kind_name-adoption = منظوری
ha_milestone_kind_name-other = دیگر

# An erasure request's state, with the date it was carried out.
erasure_status-pending = بلدیہ کی کارروائی کا انتظار
erasure_status-carried_out = مٹا دیا گیا
erasure_status-carried_out_on = { $at } کو مٹا دیا گیا

# Why a file shows no text.
no_extracted_text-pending = فائل سے متن پڑھا جا رہا ہے۔
no_extracted_text-no_text = فائل میں کوئی متن نہیں (مثلاً اسکین کی ہوئی فائل)۔ فائل کھولیں۔
no_extracted_text-encrypted = فائل پاس ورڈ سے محفوظ ہے۔
no_extracted_text-timed_out = فائل پڑھنے میں بہت دیر لگی۔ فائل کھولیں۔
no_extracted_text-extracted = فائل سے متن نہیں پڑھا جا سکا۔ فائل کھولیں۔
no_extracted_text-failed = فائل سے متن نہیں پڑھا جا سکا۔ فائل کھولیں۔

# A digest kind (`weekly`, `final`, `manual`).
digest_kind-weekly = ہفتہ وار خلاصہ
digest_kind-final = کمیٹی میں پیش ہونے سے پہلے حتمی خلاصہ
digest_kind-manual = ہاتھ سے بھیجا گیا خلاصہ

# A respondent kind's short name, as a search filter.
facet_kind-resident = شہری
facet_kind-association = انجمن/تنظیم
facet_kind-company = کمپنی
facet_kind-public_body = سرکاری ادارہ

# A stance's short name, as a search filter.
facet_stance-support = حق میں
facet_stance-oppose = خلاف
facet_stance-mixed = جزوی
facet_stance-none = کوئی رائے نہیں

# A channel's short name, as a search filter.
facet_channel-web = ویب
facet_channel-email = ای میل
facet_channel-letter = خط
facet_channel-meeting = میٹنگ

# A status's short name, as a search filter.
facet_status-awaiting_verification = تصدیق کا انتظار
facet_status-verified = تصدیق شدہ
facet_status-published = شائع شدہ
facet_status-held = روکا گیا
facet_status-rejected = رد کیا گیا
facet_status-withdrawn = واپس لیا گیا
facet_status-awaiting_review = جائزے کا منتظر
