# العربية (Arabic) — outcome.
# The outcome of a hearing as residents read it (the hearing page, /hearings/{slug}/outcome,
# the public response list) and the e-mail each respondent gets once when it is published.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Arabic; not word for word, in plain language.
# Review before use: a professional translator with Arabic as first language, and one resident from the hearing's audience reading it on a phone.

# Heading of the outcome, on the hearing page and the outcome page.
outcome_heading = نتيجة الاستشارة

# Who decided when.
outcome_decided = صدر القرار عن { $committee } في { $date }.

# Link to the minutes of the committee's meeting.
outcome_minutes = اقرأ محضر اجتماع اللجنة

# Heading: what was decided.
outcome_decision_heading = ما تقرّر

# Heading: what changed in the text.
outcome_changes_heading = ما الذي تغيّر في النص بعد الاستشارة

# The adopted text is the one residents were consulted on.
outcome_unchanged = أُقرّ النص كما كان في الاستشارة، دون تغيير.

# Which versions were compared.
outcome_versions = نقارن هنا بين النسخة { $consulted } التي عُرضت في الاستشارة، والنسخة المُقرّة { $adopted }.

# A new section.
outcome_section_added = قسم جديد: { $number } { $heading }

# A section taken out.
outcome_section_removed = قسم محذوف: { $number } { $heading }

# A section with changes.
outcome_section_changed = قسم مُعدَّل: { $number } { $heading }

# A renamed section's old heading.
outcome_section_renamed = كان عنوانه سابقًا: { $old }

# How many paragraphs of a section were reworded.
outcome_paragraphs_changed = { $count ->
    [one] أُعيدت صياغة فقرة واحدة
    [two] أُعيدت صياغة فقرتين
    [few] أُعيدت صياغة { $count } فقرات
    [many] أُعيدت صياغة { $count } فقرة
   *[other] أُعيدت صياغة { $count } فقرة
}

# How many paragraphs were added to a section.
outcome_paragraphs_added = { $count ->
    [one] أُضيفت فقرة واحدة
    [two] أُضيفت فقرتان
    [few] أُضيفت { $count } فقرات
    [many] أُضيفت { $count } فقرة
   *[other] أُضيفت { $count } فقرة
}

# How many paragraphs were taken out of a section.
outcome_paragraphs_removed = { $count ->
    [one] حُذفت فقرة واحدة
    [two] حُذفت فقرتان
    [few] حُذفت { $count } فقرات
    [many] حُذفت { $count } فقرة
   *[other] حُذفت { $count } فقرة
}

# Link from the hearing page to the outcome page.
outcome_read_all = اقرأ النتيجة كاملة، مع كل الردود وتعليقات الإدارة

# Heading of the høringsnotat on the outcome page.
outcome_notat_heading = تقرير الاستشارة (høringsnotat): الردود وتعليقات الإدارة

# What the høringsnotat is.
outcome_notat_intro = قرأت الإدارة كل الردود. هنا تجد الردود المنشورة مع تعليق الإدارة عليها. وتجد أيضًا هل أدى الرد إلى تغيير أم لا.

# Link: the høringsnotat as a Word file.
outcome_docx = نزّل تقرير الاستشارة كملف Word

# Link: the printable høringsnotat.
outcome_print = اطبع تقرير الاستشارة أو احفظه كملف PDF

# Label before the administration's remark on a response.
outcome_remark = تعليق الإدارة

# Label before the remark written for all responses of a theme.
outcome_theme_remark = تعليق الإدارة على كل الردود حول هذا الموضوع

# Whether the response led to a change.
outcome_change-true = أدى إلى تغيير
outcome_change-false = لم يؤدِّ إلى تغيير

# A response without a remark of its own.
outcome_no_remark = لم تكتب الإدارة تعليقًا خاصًا على هذا الرد.

# Heading: the consulted parties.
outcome_parties_heading = الجهات التي طُلب رأيها

# A consulted party answered / did not.
outcome_party_answered = أرسلت ردًا
outcome_party_silent = لم ترسل ردًا

# Back to the hearing.
outcome_back = العودة إلى الاستشارة

# The outcome page's heading when nothing is published yet.
outcome_not_yet = لم تُنشر النتيجة بعد.

# Number of published responses in the høringsnotat.
outcome_response_count = { $count ->
    [zero] لا توجد ردود منشورة
    [one] رد منشور واحد
    [two] ردّان منشوران
    [few] { $count } ردود منشورة
    [many] { $count } ردًا منشورًا
   *[other] { $count } رد منشور
}

# Subject of the e-mail each respondent gets.
outcome_mail_subject = نتيجة الاستشارة: { $title }

# The e-mail's first paragraph.
outcome_mail_intro = أرسلتَ ردًا على الاستشارة «{ $title }». صدر القرار عن { $committee } في { $date }.

# Which response the e-mail is about.
outcome_mail_response = رقم ردك (svarnummer) هو { $svarnummer }.

# No remark was written about the response.
outcome_mail_no_remark = لم تكتب الإدارة تعليقًا خاصًا على ردك.

# Where to read the outcome.
outcome_mail_link = اقرأ هنا القرار، وما الذي تغيّر، وكل الردود مع تعليقات الإدارة:

# Why the e-mail came, and that it comes once.
outcome_mail_footer = تصلك هذه الرسالة مرة واحدة فقط، لأنك أرسلت ردًا على الاستشارة. شكرًا على ردك.

# Heading of the høringsnotat's part by theme.
outcome_general = ملاحظات عامة

# Heading of its part by section of the draft.
outcome_textual = ملاحظات على أقسام محددة

# The group of responses in neither a theme nor a section.
outcome_other = ملاحظات أخرى
