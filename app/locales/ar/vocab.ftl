# العربية (Arabic) — vocab.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Arabic; not word for word, in plain language.
# Review before use: a professional translator with Arabic as first language, and one resident from the hearing's audience reading it on a phone.

# A status's name.
status_name-awaiting_verification = في انتظار التأكيد
status_name-verified = مؤكَّد، في انتظار المراجعة
status_name-published = منشور
status_name-held = محجوب مؤقتًا
status_name-rejected = مرفوض
status_name-withdrawn = مسحوب
status_name-awaiting_review = بانتظار المراجعة

# A channel's name.
channel_name-web = الموقع الإلكتروني
channel_name-email = البريد الإلكتروني
channel_name-letter = رسالة ورقية
channel_name-meeting = اجتماع

# Where the response stands.
manage_status-published = منشور على صفحة الاستشارة
manage_status-held = محجوب إلى أن يراجعه أحد الموظفين
manage_status-rejected = رفضته البلدية، ولن يُنشر
manage_status-withdrawn = مسحوب
manage_status-awaiting_review = تم الاستلام – بانتظار مراجعة أحد الموظفين
manage_status-awaiting_verification = تم الاستلام، وسيُنشر بعد أن تراجعه البلدية
manage_status-verified = تم الاستلام، وسيُنشر بعد أن تراجعه البلدية

# A respondent kind's label.
kind_label-resident = أحد السكان
kind_label-association = جمعية أو منظمة
kind_label-company = شركة
kind_label-public_body = جهة حكومية أو مؤسسة عامة

# A stance's label.
stance_label-support = مع المقترح
stance_label-oppose = ضد المقترح
stance_label-mixed = مع جزء منه وضد جزء آخر
stance_label-none = بدون تحديد موقف

# A respondent kind in the plural (`resident`, `association`, `company`, `public_body`).
theme_kind-resident = السكان
theme_kind-association = الجمعيات والمنظمات
theme_kind-company = الشركات
theme_kind-public_body = الجهات الحكومية والمؤسسات العامة

# Respondents of no known kind, in the theme's bar.
theme_kind_other = آخرون

# A role's name.
role_name-admin = مدير النظام
role_name-official = موظف مختص بالملف
role_name-moderator = مشرف
role_name-reader = عضو لجنة (قراءة فقط)

# A kind's name.
party_kind-council = مجلس أو لجنة
party_kind-public_body = جهة حكومية أو مؤسسة عامة
party_kind-association = جمعية أو منظمة
party_kind-union = نقابة عمالية
party_kind-employers = منظمة أصحاب العمل
party_kind-company = شركة

# The name of a publication policy (`after_verification`, `after_moderation`,
# `after_deadline`).
ha_policy_name-after_verification = بعد أن يؤكد صاحب الرد بريده الإلكتروني
ha_policy_name-after_moderation = بعد أن يوافق موظف مختص على الرد
ha_policy_name-after_deadline = بعد انتهاء آخر موعد للاستشارة

# The name of a milestone kind.
ha_milestone_kind_name-synopsis = ملخص أولي (Synopsis)
ha_milestone_kind_name-meeting = اجتماع
ha_milestone_kind_name-hearing_opens = بدء الاستشارة
ha_milestone_kind_name-hearing_closes = آخر موعد للاستشارة
ha_milestone_kind_name-final_proposal = المقترح النهائي
ha_milestone_kind_name-adoption = الإقرار النهائي
ha_milestone_kind_name-other = أخرى

# An erasure request's state, with the date it was carried out.
erasure_status-pending = في انتظار البلدية
erasure_status-carried_out = تم التنفيذ
erasure_status-carried_out_on = تم التنفيذ في { $at }

# Why a file shows no text.
no_extracted_text-pending = تجري قراءة النص من الملف.
no_extracted_text-no_text = لا يحتوي الملف على نص (قد يكون صورة ممسوحة ضوئيًا، مثلًا). افتح الملف.
no_extracted_text-encrypted = الملف محمي بكلمة مرور.
no_extracted_text-timed_out = استغرقت قراءة الملف وقتًا طويلًا جدًا. افتح الملف.
no_extracted_text-extracted = تعذّرت قراءة النص من الملف. افتح الملف.
no_extracted_text-failed = تعذّرت قراءة النص من الملف. افتح الملف.

# A digest kind (`weekly`, `final`, `manual`).
digest_kind-weekly = نظرة عامة أسبوعية
digest_kind-final = نظرة عامة نهائية قبل أن تنظر اللجنة في الموضوع
digest_kind-manual = نظرة عامة أُرسلت يدويًا

# A respondent kind's short name, as a search filter.
facet_kind-resident = سكان
facet_kind-association = جمعيات/منظمات
facet_kind-company = شركات
facet_kind-public_body = جهات حكومية/مؤسسات

# A stance's short name, as a search filter.
facet_stance-support = مع
facet_stance-oppose = ضد
facet_stance-mixed = جزئيًا
facet_stance-none = بدون موقف

# A channel's short name, as a search filter.
facet_channel-web = الموقع
facet_channel-email = البريد الإلكتروني
facet_channel-letter = رسالة ورقية
facet_channel-meeting = اجتماع

# A status's short name, as a search filter.
facet_status-awaiting_verification = في انتظار التأكيد
facet_status-verified = مؤكَّد
facet_status-published = منشور
facet_status-held = محجوب
facet_status-rejected = مرفوض
facet_status-withdrawn = مسحوب
facet_status-awaiting_review = بانتظار المراجعة
