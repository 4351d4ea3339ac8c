# العربية (Arabic) — rights.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Arabic; not word for word, in plain language.
# Review before use: a professional translator with Arabic as first language, and one resident from the hearing's audience reading it on a phone.

# Heading of the data pages: "Your data".
my_data_title = بياناتك

# What the page offers, above the address field.
my_data_intro = هنا يمكنك أن تطّلع على كل ما حفظته البلدية عنك فيما يخص الاستشارات، وأن تنزّله، وأن تطلب حذفه: معلوماتك، وردودك وملفاتك، ورسائل البريد الإلكتروني التي أرسلناها إليك. اكتب عنوان البريد الإلكتروني الذي استخدمته، وسنرسل إليه رابطًا.

# The button that asks for a link.
my_data_send_button = أرسل لي رابطًا

# After asking: said alike whether the address is known or not.
my_data_link_sent = إذا كانت لدينا بيانات مرتبطة بهذا العنوان، فقد أرسلنا إليه رابطًا الآن. الرابط صالح لمدة { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }، ويمكن استخدامه مرة واحدة فقط. إذا لم تصلك أي رسالة، فهذا يعني أنه ليست لدينا بيانات مرتبطة بهذا العنوان، أو أن الرسالة وصلت إلى مجلد الرسائل غير المرغوب فيها (spam)، فتحقّق منه.

# Too many links asked for the address or from the network.
my_data_rate_limited = طُلبت روابط كثيرة جدًا لهذا العنوان أو من شبكتك. حاول مرة أخرى بعد ساعة.

# Subject of the mail with the link.
my_data_mail_subject = رابط للاطلاع على بياناتك

# Body of that mail.
my_data_mail_body =
    مرحبًا،

    طلبت أنت (أو شخص كتب عنوانك) الاطلاع على البيانات التي حفظتها البلدية عن عنوان بريدك الإلكتروني فيما يخص الاستشارات.

    افتح الرابط أدناه. الرابط صالح لمدة { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }، ويمكن استخدامه مرة واحدة فقط:
    { $link }

    إذا لم تطلب ذلك، يمكنك تجاهل هذه الرسالة. لا يستطيع أحد الاطلاع على بياناتك بدون هذا الرابط.
    {""}

# What the mailed link's page says above its button.
my_data_open_body = اضغط على الزر لعرض بياناتك. ستتمكن من الوصول إليها في هذا المتصفح لمدة { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }؛ وبعد ذلك لا يمكن استخدام الرابط مرة أخرى.

# The button that opens the data.
my_data_open_button = اعرض بياناتي

# The link was used already.
my_data_link_used = تم استخدام هذا الرابط من قبل. كل رابط يعمل مرة واحدة فقط، لذلك اطلب رابطًا جديدًا.

# The link is too old.
my_data_link_expired = انتهت صلاحية الرابط. اطلب رابطًا جديدًا.

# No such link.
my_data_link_unknown = هذا الرابط غير موجود. تأكد من أنك نسخت الرابط كاملًا، أو اطلب رابطًا جديدًا.

# Link to ask for a new link.
my_data_ask_again = اطلب رابطًا جديدًا

# Heading of the data page, naming the address.
my_data_heading = البيانات المرتبطة بالعنوان { $email }

# How long the access lasts, and that it is this browser's only.
my_data_access_until = يمكنك الوصول إلى بياناتك في هذا المتصفح حتى { $until }. بعد ذلك، عليك أن تطلب رابطًا جديدًا.

# The download link.
my_data_download = تنزيل كل البيانات (JSON)

# The button that ends the access.
my_data_close = إنهاء الوصول

# After ending it.
my_data_closed_notice = انتهى وصولك إلى بياناتك في هذا المتصفح.

# The button on the private change-or-withdraw page that leads here.
my_data_from_manage = اعرض بياناتك أو نزّلها أو احذفها

# What that button does.
my_data_from_manage_explain = اطّلع على كل ما حفظته البلدية عن عنوان بريدك الإلكتروني في الاستشارات، ونزّله في ملف، أو اطلب حذفه.

# Heading of the stored identities.
my_data_identity_heading = معلوماتك

# "Sent with response(s) …": which responses an identity came with.
my_data_identity_of = أُرسلت مع الرد (أو الردود): { $svarnumre }

# "When stored" label.
my_data_stored_at = تاريخ الحفظ

# Heading of the responses.
my_data_responses_heading = ردودك

# No responses on the address.
my_data_no_responses = لا توجد ردود مرتبطة بهذا العنوان.

# The label of a response's date or field: `hearing`, `submitted`, `verified`,
# `published`, `updated`, `section`, `paragraph`, `published_text`, `files`, `channel`.
my_data_label-hearing = الاستشارة
my_data_label-submitted = تاريخ الإرسال
my_data_label-verified = تاريخ التأكيد
my_data_label-published = تاريخ النشر
my_data_label-updated = آخر تعديل
my_data_label-section = القسم
my_data_label-paragraph = الفقرة
my_data_label-published_text = النص كما نُشر (بعد أن حرّرته البلدية)
my_data_label-files = الملفات
my_data_label-channel = طريقة الاستلام
my_data_label-other = {""}

# A file: its name, size and whether the public may have it.
my_data_file = { $name } ({ $size_bytes } بايت، { $public ->
        [true] يمكن نشره
       *[false] لا يُنشر
    })

# Heading of the mails.
my_data_mails_heading = رسائل البريد الإلكتروني المرسلة إليك

# No mails.
my_data_no_mails = لم نرسل أي رسالة بريد إلكتروني إلى هذا العنوان.

# Column headers of the mails: date, subject, status.
my_data_mail_columns-1 = التاريخ
my_data_mail_columns-2 = الموضوع
my_data_mail_columns-3 = الحالة

# A mail's status (`pending`, `sending`, `sent`, `failed`).
my_data_mail_status-sent = أُرسلت
my_data_mail_status-failed = تعذّر إرسالها
my_data_mail_status-pending = في انتظار الإرسال

# Heading of the erasure requests.
my_data_erasures_heading = طلبات الحذف التي قدّمتها

# No erasure requests.
my_data_no_erasures = لم تطلب حذف أي شيء.

# Heading of a response's erasure part.
erase_heading = طلب الحذف

# What erasure means for this response (`decided`: the hearing has been decided).
erase_explain-true = صدر قرار في هذه الاستشارة، لذلك يجب على البلدية أن تحتفظ بما استند إليه القرار: سيُحذف اسمك وعنوانك وبقية معلوماتك، ويُحفظ النص بدونها.
erase_explain-false = ستحذف البلدية الرد وملفاته ومعلوماتك بالكامل. يقوم أحد الموظفين بتنفيذ الحذف.

# The checkbox that confirms an erasure request.
erase_confirm_label = نعم، أريد حذف ردي

# The checkbox was not ticked.
erase_confirm_required = ضع علامة في المربع لتأكيد أنك تريد حذف الرد.

# The button that asks for erasure of one response.
erase_button = طلب الحذف

# The button that asks for erasure of every response.
erase_all_button = طلب حذف كل ردودي

# Heading of the part that asks for all of them.
erase_all_heading = حذف كل ردودك

# After asking.
erasure_requested_notice = أُرسل طلب الحذف إلى البلدية. يمكنك متابعته هنا.

# Asked again: it is pending already.
erasure_pending_notice = لقد طلبت الحذف من قبل، والطلب في انتظار البلدية.

# The request for this response is waiting for the municipality.
erasure_already_requested = طلبت الحذف في { $requested }. الطلب في انتظار البلدية.

# Subject of the mail telling officials of an erasure request.
erasure_mail_subject = طلب حذف الرد { $svarnummer }

# Body of that mail.
erasure_mail_body =
    طلب صاحب الرد { $svarnummer } في الاستشارة «{ $hearing_title }» حذف ردّه.

    اطّلع على الطلب ونفّذه هنا:
    { $link }
    {""}

# Heading of the officials' page, and its link from the hearing's pages.
erasure_requests_title = طلبات الحذف

# What the officials' page is for.
erasure_requests_intro-true = صدر قرار في هذه الاستشارة: الحذف يزيل معلومات صاحب الرد وملفاته، لكنه يُبقي النص بعد إخفاء هوية صاحبه، لأنه كان جزءًا مما استند إليه القرار.
erasure_requests_intro-false = لم يصدر قرار في هذه الاستشارة بعد: الحذف يزيل الرد وملفاته ومعلومات صاحبه بالكامل.

# No requests.
erasure_requests_none = لم يطلب أحد الحذف في هذه الاستشارة.

# Column headers: number, asked, status, carried out by, action.
erasure_columns-1 = رقم الرد
erasure_columns-2 = تاريخ الطلب
erasure_columns-3 = الحالة
erasure_columns-4 = نفّذه
erasure_columns-5 = الإجراء

# The officials' button.
erasure_carry_out = تنفيذ الحذف

# After carrying one out.
erasure_done_notice = تم تنفيذ الحذف.
