# العربية (Arabic) — common.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Arabic; not word for word, in plain language.
# Review before use: a professional translator with Arabic as first language, and one resident from the hearing's audience reading it on a phone.

# The product name.
site_name = Ordet

# What the site is, under the product name.
site_tagline = استشارات عامة

# A one-line field (name, organisation, title, label) holds a line break or another
# control character.
not_one_line = اكتب النص في سطر واحد، بدون الانتقال إلى سطر جديد، وبدون علامات Tab أو رموز تحكّم أخرى.

# Link that skips the header for keyboard and screen-reader users.
skip_to_content = انتقل إلى المحتوى

# Label of the main navigation.
main_nav = القائمة الرئيسية

# Name of this language in itself, shown on the switch that leads to it.
language_name = العربية

# Accessible label of the language switch, in the language it leads to.
switch_to_this_language = اعرض الصفحة بالعربية

# Label of the list of languages in the header.
languages_nav = اللغات

# Footer text.
footer_text = منصة Ordet بوابة للاستشارات العامة. يمكن لأي شخص قراءة المسودة وإبداء رأيه فيها.

# Front page heading.
front_title = الاستشارات العامة

# Front page introduction.
front_intro = هنا يمكنك قراءة المقترحات التي طرحتها البلدية للاستشارة العامة (høring)، ومعرفة آخر موعد يمكنك فيه إرسال ردك.

# Heading of the open hearings.
open_hearings = استشارات مفتوحة

# Heading of the upcoming hearings.
upcoming_hearings = استشارات قادمة

# Heading of the closed hearings.
closed_hearings = استشارات منتهية

# Shown when a group has no hearings.
no_hearings = لا توجد استشارات هنا في الوقت الحالي.

# Hearing status: being prepared, not public.
hearing_status_draft = مسودة

# Hearing status: published, not open yet.
hearing_status_upcoming = قادمة

# Hearing status: taking responses.
hearing_status_open = مفتوحة لاستقبال الردود

# Hearing status: the deadline has passed.
hearing_status_closed = انتهت الاستشارة

# Hearing status: the administration is processing the responses.
hearing_status_processing = تجري دراسة الردود

# Hearing status: the committee has decided.
hearing_status_decided = صدر القرار

# Countdown: the hearing opens in `days` days (at least 1).
countdown_opens_in = { $days ->
        [one] تبدأ غدًا
        [two] تبدأ بعد يومين
        [few] تبدأ بعد { $days } أيام
        [many] تبدأ بعد { $days } يومًا
       *[other] تبدأ بعد { $days } يوم
    }

# Countdown: the hearing is open, with `days` days left after today (at least 1).
countdown_closes_in = { $days ->
        [one] بقي يوم واحد
        [two] بقي يومان
        [few] بقي { $days } أيام
        [many] بقي { $days } يومًا
       *[other] بقي { $days } يوم
    }

# Countdown: the hearing is open, and today is the deadline.
countdown_last_day = اليوم هو آخر يوم

# Countdown: the hearing no longer takes responses.
countdown_closed = انتهى آخر موعد للرد

# "Deadline" label.
deadline = آخر موعد للرد

# "Hearing period" label.
hearing_period = فترة الاستشارة

# "Committee" label.
committee = اللجنة

# "Case number" label.
journal_number = رقم الملف

# Heading of the timeline.
timeline = الجدول الزمني

# Marks a milestone in the past.
milestone_done = تمّ

# Heading of the draft.
draft_heading = المسودة المطروحة للاستشارة

# "Version n of the draft, published d".
draft_version = النسخة { $version_no }، نُشرت في { $date }

# Shown when a hearing has no draft yet.
no_draft = لم تُنشر المسودة بعد.

# Heading of the table of contents.
contents = المحتويات

# Button that hides the table of contents.
hide_contents = إخفاء جدول المحتويات

# Button that shows the table of contents.
show_contents = عرض جدول المحتويات

# Accessible name of a paragraph's permalink.
paragraph_link = رابط إلى الفقرة { $number }

# Heading of the annexes.
annexes = الملاحق

# "Annex n".
annex_label = الملحق { $number }

# Heading of the not-found page.
not_found_title = الصفحة غير موجودة

# Body of the not-found page.
not_found_body = لم نعثر على الصفحة أو الاستشارة التي تبحث عنها. ربما كُتب العنوان بشكل خاطئ.

# Link back to the front page.
back_to_front = العودة إلى الصفحة الرئيسية التي تضم جميع الاستشارات

# Heading of the error page.
error_title = حدث خطأ ما

# Body of the error page.
error_body = لا يمكن عرض الصفحة الآن. يرجى المحاولة مرة أخرى بعد قليل.

# Shown while a page's data loads.
loading = جارٍ التحميل …

# A refused draft file: it holds nothing but whitespace.
draft_empty = الملف فارغ. اختر ملف المسودة بصيغة Markdown.

# A refused draft file: `bytes` long, more than the `max` the importer accepts.
draft_too_large = حجم الملف { $kb } كيلوبايت، والحد الأقصى للاستيراد { $max_kb } كيلوبايت. هل هذا هو الملف الصحيح؟

# A refused draft file: not UTF-8 text (the first invalid byte on `line`).
draft_invalid_utf8 = الملف ليس نصًا بترميز UTF-8 (أول خطأ في السطر { $line }). احفظه كنص بترميز UTF-8 وحاول مرة أخرى.

# A refused draft file: it has no Markdown heading at all.
draft_no_heading = لا توجد عناوين في المسودة. ابدأ كل قسم بسطر يبدأ بالرمز #.

# A refused draft file: text on `line` stands before the first section heading.
draft_text_before_first_heading = السطر { $line }: النص يأتي قبل عنوان القسم الأول. ضع عنوانًا (## …) فوقه.

# Subject of the e-mail with the verification link.
verify_mail_subject = أكّد ردك على الاستشارة: { $hearing_title }

# Body of the e-mail with the verification link.
verify_mail_body =
    مرحبًا { $name }،

    شكرًا على ردك على الاستشارة «{ $hearing_title }». رقم ردك هو { $svarnummer }.

    يرجى أن تؤكد أنك أنت من أرسل الرد: افتح هذا الرابط خلال { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }، ثم اضغط على زر «تأكيد الرد»:

    { $link }

    لن يُحتسب ردك ضمن الاستشارة إلا بعد أن تؤكده. إذا لم تكتب ردًا، يمكنك تجاهل هذه الرسالة.

    مع أطيب التحيات
    Ordet
    {""}

# Month name, 1-based.
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

# A date written out, e.g. "9. august 2010".
date = { $day } { $month } { $year }

# A date and time, e.g. "4. oktober 2010 kl. 23.59".
date_time = { $date }، الساعة { $hour }:{ $minute }


# The label of a section's short plain-language summary ("kort fortalt"), above its full text.
short_version = باختصار

# Beside the summary when it is shown in Danish: officials wrote none in the reader's language.
short_version_only_danish = (متوفر باللغة الدنماركية فقط)

# The link from the hearing page to the printable draft with its summaries; also the printable page's title.
print_version = نسخة من المسودة للطباعة

# On the printable draft: the link back to the hearing's page.
print_back = العودة إلى صفحة الاستشارة

# On the printable draft (not printed): what the page is and how to print it.
print_intro = هذه هي المسودة كاملةً، وفوق كل قسم ملخص قصير بعنوان "باختصار". استخدم خاصية الطباعة في متصفحك لطباعة هذه الصفحة أو حفظها كملف PDF.
