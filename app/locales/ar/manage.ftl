# العربية (Arabic) — manage.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Arabic; not word for word, in plain language.
# Review before use: a professional translator with Arabic as first language, and one resident from the hearing's audience reading it on a phone.

# Heading: "Your response 2010-64452-0001".
manage_title = ردك { $svarnummer }

# Until when it can be changed.
manage_intro = يمكنك تعديل ردك أو سحبه حتى { $deadline }.

# "Status" label.
status_label = الحالة

# The save button.
save_changes = حفظ التغييرات

# Confirmation after saving.
saved_notice = تم حفظ تغييراتك.

# Confirmation after withdrawing.
withdrawn_notice = تم سحب ردك. لم يعد جزءًا من الاستشارة.

# Heading of the withdrawal part.
withdraw_heading = سحب الرد

# What withdrawing means.
withdraw_explain = إذا سحبت ردك، فسيُحذف من صفحة الاستشارة ولن يؤخذ في الاعتبار. لا يمكن التراجع عن ذلك، لكن يمكنك إرسال رد جديد ما دامت الاستشارة مفتوحة.

# The confirmation checkbox.
withdraw_confirm_label = نعم، أريد سحب ردي

# The withdraw button.
withdraw_button = سحب الرد

# The checkbox was not ticked.
withdraw_confirm_required = ضع علامة في المربع إذا كنت تريد سحب ردك.

# A withdrawn response cannot be changed.
already_withdrawn = تم سحب هذا الرد، ولم يعد من الممكن تعديله.

# The deadline has passed.
manage_closed = انتهى آخر موعد للاستشارة، لذلك لم يعد من الممكن تعديل الرد أو سحبه.

# Heading when the link is unknown.
manage_unknown_title = الرابط لا يعمل

# Text when the link is unknown.
manage_unknown_body = تأكد من أنك نسخت الرابط كاملًا من الإيصال.

# An official must give a reason to hold or reject.
moderation_reason_required = اكتب سببًا: يُحفظ في السجل، ويُرسل إلى صاحب الرد إذا رُفض الرد.

# Subject of the mail telling a respondent their response was rejected.
rejected_mail_subject = تم رفض ردك { $svarnummer }

# Body of that mail, with the official's reason.
rejected_mail_body =
    مرحبًا { $name }،

    رفضت البلدية ردك { $svarnummer } على الاستشارة «{ $hearing_title }» للسبب التالي:

    { $reason }

    لن يُنشر الرد. إذا كنت لا توافق على ذلك، يمكنك الرد على هذه الرسالة.

    مع أطيب التحيات
    Ordet
    {""}

# The response changed while the change was being saved: try again.
manage_changed_meanwhile = تغيّر الرد أثناء كتابتك. راجعه، ثم احفظه مرة أخرى.

# A response or a change could not be stored (a failure on our side): the text is kept.
not_saved_try_again = تعذّر حفظ الرد الآن. نصك ما زال هنا؛ حاول إرساله مرة أخرى بعد قليل.

# Heading of the verification page before the button is pressed.
verify_confirm_title = أكّد ردك

# What the button does, naming the response and the hearing.
verify_confirm_body = اضغط على الزر لتأكيد ردك رقم { $svarnummer } على الاستشارة «{ $hearing_title }». لن يُحتسب ردك ضمن الاستشارة إلا بعد ذلك.

# The button that confirms a response.
verify_confirm_button = تأكيد الرد

# Subject of the mail telling officials an author changed a decided response.
author_changed_mail_subject = الرد { $svarnummer }: عدّله صاحبه

# Body of that mail: the hearing, the response, where it stands and a link to it.
author_changed_mail_body =
    قام صاحب الرد { $svarnummer } على الاستشارة «{ $hearing_title }» بتعديله عبر رابطه الخاص، بعد أن اتخذ أحد الموظفين قرارًا بشأنه.

    ما زال الرد في الحالة التي وضعه فيها الموظف: { $status }. لم يُنشر التعديل، والنصان القديم والجديد محفوظان في السجل.

    عرض الرد: { $link }

    Ordet
    {""}
