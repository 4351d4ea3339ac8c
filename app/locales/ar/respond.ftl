# العربية (Arabic) — respond.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Arabic; not word for word, in plain language.
# Review before use: a professional translator with Arabic as first language, and one resident from the hearing's audience reading it on a phone.

# Heading of the form page.
respond_title = أرسل ردك على الاستشارة (høringssvar)

# Introduction above the form.
respond_intro = اكتب بكلماتك الخاصة، بالدنماركية أو بأي لغة أخرى. ستصلك رسالة بريد إلكتروني فيها رابط، افتحه لتأكيد ردك.

# The submit button.
respond_submit = إرسال الرد

# Link from the hearing page to the form.
give_response = أرسل ردك

# Visible text of the link beside a paragraph.
comment = علّق

# Hidden rest of that link's name: " on paragraph 12".
comment_on = {" "}على الفقرة { $number }

# Caption of the quoted paragraph.
commenting_on = أنت تعلّق على الفقرة { $number }:

# Shown instead of the form when the hearing is not open.
not_open = هذه الاستشارة غير مفتوحة لاستقبال الردود.

# The form-level error when the deadline passed while writing.
closed_while_writing = انتهى آخر موعد للاستشارة، لذلك لم يعد من الممكن إرسال الرد. نصك ما زال موجودًا أدناه حتى تتمكن من حفظه.

# The form came back faster than a person fills it in.
sent_too_fast = أُرسل النموذج بسرعة كبيرة جدًا. راجع ردك، ثم اضغط على «إرسال الرد» مرة أخرى.

# The form-level error when one address sent too many responses.
rate_limited = أُرسلت ردود كثيرة من هنا خلال وقت قصير. انتظر ساعة، ثم حاول مرة أخرى. نصك ما زال موجودًا أدناه.

# Heading of the list of errors.
error_summary = يرجى تصحيح ما يلي

# "(optional)".
optional = (اختياري)

# Legend of the respondent kind.
kind_legend = أرسل ردي بصفتي

# Name field.
name_label = اسمك

# E-mail field.
email_label = بريدك الإلكتروني

# Hint under the e-mail field.
email_hint = سنرسل رابط التأكيد إلى هذا العنوان. لن يُنشر بريدك الإلكتروني أبدًا.

# Postal code field.
postal_code_label = الرمز البريدي

# Organisation field.
organisation_label = اسم المنظمة

# Hint under the organisation field.
organisation_hint = فقط للجمعيات والشركات والجهات الحكومية. يُنشر الرد باسم المنظمة.

# Contact role field.
contact_role_label = دورك في المنظمة

# CVR field.
cvr_label = رقم CVR

# Hint under the CVR field.
cvr_hint = للشركات فقط: 8 أرقام.

# The checkbox that lets a resident's name be published.
publish_name_label = أوافق على ظهور اسمي مع ردي (إذا لم توافق، فستظهر كلمة «Borger»، أي أحد السكان، مع رمزك البريدي)

# Legend of the stance.
stance_legend = ما رأيك في المقترح؟

# The text field.
text_label = ردك

# Hint under the text field.
text_hint = 20,000 حرف كحد أقصى.

# Heading of the list of published responses.
responses_title = الردود

# "n responses received" on the hearing page.
responses_received = { $verified ->
        [0] لا توجد ردود حتى الآن.
        [one] تم استلام رد واحد.
        [two] تم استلام ردّين.
        [few] تم استلام { $verified } ردود.
        [many] تم استلام { $verified } ردًا.
       *[other] تم استلام { $verified } رد.
    }

# Link to the published responses.
read_published = اقرأ الردود المنشورة ({ $published })

# Comment count beside a paragraph.
comment_count = { $count ->
        [zero] لا توجد تعليقات
        [one] تعليق واحد
        [two] تعليقان
        [few] { $count } تعليقات
        [many] { $count } تعليقًا
       *[other] { $count } تعليق
    }

# Shown when nothing is published yet.
no_responses_yet = لم يُنشر أي رد حتى الآن.

# Link to the previous page.
previous_page = الصفحة السابقة

# Link to the next page.
next_page = الصفحة التالية

# Label of the page navigation.
pages = الصفحات

# "About paragraph n".
about_paragraph = حول الفقرة

# Subject of the receipt (kvittering) sent after verification.
receipt_subject = إيصال استلام ردك { $svarnummer }

# Body of the receipt: what was received, where it stands, a copy of the text, the
# files with their SHA-256 and the private link to change or withdraw the response.
receipt_body =
    مرحبًا { $name }،

    استلمنا ردك على الاستشارة «{ $hearing_title }» وسجّلناه. رقم ردك (svarnummer) هو { $svarnummer }.

    { $outcome }

    يمكنك تعديل ردك أو سحبه حتى { $deadline } عبر هذا الرابط الخاص (لا تشاركه مع أحد):
    { $manage_link }

    ردك كما كتبته:

    { $text }

    { $files }مع أطيب التحيات
    Ordet
    {""}

# Receipt: the verified response is public now.
receipt_status_published = يمكن الآن قراءة ردك على صفحة الاستشارة.

# Receipt: the verified response is held back (it seems to hold a CPR number).
receipt_status_held = يبدو أن ردك يحتوي على رقم CPR، لذلك سيراجعه أحد الموظفين قبل نشره.

# Receipt: the verified response waits for an official's review.
receipt_status_awaiting_review = سيُنشر ردك بعد أن تراجعه البلدية.

# Receipt: the verified response is published with the others at the deadline.
receipt_status_awaiting_deadline = سيُنشر ردك مع الردود الأخرى بعد انتهاء آخر موعد للاستشارة.

# Heading of the "check your e-mail" page.
sent_title = تحقّق من بريدك الإلكتروني

# Body of the "check your e-mail" page.
sent_body = شكرًا! رقم ردك (svarnummer) هو { $svarnummer }. أرسلنا إليك رسالة بريد إلكتروني فيها رابط: افتحه خلال 7 أيام لتأكيد ردك.

# An `Idempotency-Key` header that is empty, too long or not visible ASCII.
idempotency_key_invalid = يجب أن يتكوّن مفتاح Idempotency-Key من 1 إلى 255 رمزًا مرئيًا من رموز ASCII.

# An `Idempotency-Key` already used for another submission to the hearing.
idempotency_key_reused = سبق استخدام مفتاح Idempotency-Key هذا لرد آخر على هذه الاستشارة. استخدم مفتاحًا جديدًا لكل رد جديد.

# A rendered form sent again with other content after it was accepted.
form_already_sent = سبق إرسال هذا النموذج بمحتوى مختلف. أعد تحميل الصفحة لإرسال رد جديد. نصك ما زال موجودًا أدناه.

# A field must be filled in.
field_required = يرجى ملء هذا الحقل.

# The respondent kind is not one of the four.
field_unknown_kind = اختر الصفة التي ترسل بها ردك: أحد السكان، أو جمعية، أو شركة، أو جهة حكومية.

# The e-mail address does not look like one.
field_email_malformed = اكتب عنوان بريد إلكتروني صحيحًا، مثل name@example.dk.

# The CVR number is not eight digits.
field_cvr_not_eight_digits = يتكوّن رقم CVR من 8 أرقام، مثل 12345678.

# The CVR number fails the modulus-11 check.
field_cvr_checksum = رقم CVR هذا غير موجود. تحقّق مما إذا كان رقمان قد تبادلا مكانيهما.

# The postal code is not four digits.
field_postal_code = يتكوّن الرمز البريدي من 4 أرقام، مثل 2300.

# The response's text is empty.
field_text_empty = اكتب ردك.

# The response's text is too long: `chars` characters sent.
field_text_too_long = عدد الأحرف في نصك { $chars }، والحد الأقصى 20,000 حرف. اختصر النص، أو أرفقه كرسالة في ملف.

# A name is too long.
field_too_long = 200 حرف كحد أقصى.

# The stance is not one of the four.
field_unknown_stance = اختر: مع المقترح، أو ضده، أو مع جزء منه، أو بدون تحديد موقف.

# No section of the current draft has this anchor.
field_unknown_section = هذا القسم غير موجود في المسودة الحالية.

# No paragraph of the current draft has this anchor.
field_unknown_paragraph = هذه الفقرة غير موجودة في المسودة الحالية.

# Heading of the verification page: the response is verified.
verify_heading_verified = شكرًا – تم تأكيد ردك

# Heading of the verification page: verified, but held back for personal data.
verify_heading_held = شكرًا – تم تأكيد ردك

# Heading of the verification page: the link was followed before.
verify_heading_already_verified = تم تأكيد ردك من قبل

# Heading of the verification page: no such link.
verify_heading_unknown = الرابط لا يعمل

# Heading of the verification page: the link has expired.
verify_heading_expired = انتهت صلاحية الرابط

# Heading of the verification page: the hearing's deadline has passed.
verify_heading_closed = انتهت الاستشارة

# Text of the verification page: verified, with its number and where it stands (a
# `receipt_status_*` text).
verify_body_verified = رقم ردك هو { $svarnummer }. { $standing }

# Text of the verification page: verified, but held back for personal data.
verify_body_held = رقم ردك هو { $svarnummer }. يبدو أنه يحتوي على رقم CPR، لذلك سيراجعه أحد الموظفين قبل نشره. هذا لحمايتك.

# Text of the verification page: the link was followed before.
verify_body_already_verified = رقم ردك هو { $svarnummer }. لا تحتاج إلى فعل أي شيء آخر.

# Text of the verification page: no such link.
verify_body_unknown = تأكد من أنك نسخت الرابط كاملًا من رسالة البريد الإلكتروني.

# Text of the verification page: the link has expired.
verify_body_expired = رابط التأكيد صالح لمدة 7 أيام. أرسل ردك مرة أخرى إذا كانت الاستشارة ما زالت مفتوحة.

# Text of the verification page: the hearing's deadline has passed.
verify_body_closed = انتهى آخر موعد للاستشارة، لذلك لم يعد من الممكن تأكيد الرد.
