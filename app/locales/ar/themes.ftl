# العربية (Arabic) — themes.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Arabic; not word for word, in plain language.
# Review before use: a professional translator with Arabic as first language, and one resident from the hearing's audience reading it on a phone.

# A refused edit: the new name is empty.
theme_name_empty = اكتب اسمًا للموضوع.

# A refused edit: the new name is longer than the limit.
theme_name_too_long = يجب ألا يزيد الاسم على 80 حرفًا.

# A refused edit: the new name holds a line break or another control character.
theme_name_not_one_line = اكتب الاسم في سطر واحد، بدون الانتقال إلى سطر جديد، وبدون علامات Tab أو رموز تحكّم أخرى.

# A refused merge: the other theme is missing, retired or of another hearing.
theme_merge_target_unknown = اختر موضوعًا آخر في الاستشارة نفسها.

# A refused merge: a theme cannot be merged into itself.
theme_merge_into_itself = لا يمكن دمج موضوع مع نفسه.

# A refused split: too few responses to split.
theme_too_small_to_split = عدد الردود في هذا الموضوع قليل جدًا لتقسيمه.

# A refused move: the theme is missing, retired or of another hearing.
theme_move_target_unknown = اختر موضوعًا في الاستشارة نفسها.

# A refused edit: the theme is pinned; unpin it before merging or splitting it.
theme_pinned = هذا الموضوع مثبّت. ألغِ تثبيته أولًا.

# Heading of the officials' theme page, and the links to it.
themes_title = المواضيع

# What the page shows and how voices are counted.
themes_intro = جُمعت الردود في مواضيع بحسب ما تتناوله. الحجم هو عدد الأصوات: الحملة (ردود متطابقة النص) تُحسب صوتًا واحدًا، وكذلك الرد مع نسخه المكررة.

# Shown when the hearing has no themes yet.
no_themes = لا توجد مواضيع بعد. تُحسب المواضيع بعد وصول الردود بوقت قصير، أو فورًا عندما تضغط على «احسب المواضيع الآن».

# Heading of the list of themes.
themes_by_size = المواضيع حسب الحجم

# The confirmation after an accepted form (`saved=` value), if it is one.
theme_saved_notice-rename = تم تغيير اسم الموضوع.
theme_saved_notice-unname = أُزيل الاسم. يظهر الموضوع الآن بكلماته المميزة.
theme_saved_notice-pin = تم تثبيت الموضوع.
theme_saved_notice-unpin = تم إلغاء تثبيت الموضوع.
theme_saved_notice-merge = تم دمج المواضيع.
theme_saved_notice-split = تم تقسيم الموضوع.
theme_saved_notice-refresh = تم حساب المواضيع.

# Badge of a pinned theme.
pinned_badge = مثبّت

# "n voices · m responses with the campaigns' signers".
theme_size = { $voices ->
        [one] صوت واحد
        [two] صوتان
        [few] { $voices } أصوات
        [many] { $voices } صوتًا
       *[other] { $voices } صوت
    } · عدد الردود مع الموقّعين على الحملات: { $responses }

# Label before a theme's distinctive terms.
theme_terms_label = الكلمات المميزة

# Label before a theme's responses by the language they are written in.
theme_languages_label = الردود حسب اللغة

# The themes page without the sentence model: themes from words alone.
themes_words_only = حُسبت هذه المواضيع من الكلمات وحدها: نموذج اللغة الذي يجمع الردود حول الموضوع نفسه عبر اللغات غير مثبت على الخادم، لذلك قد تشكّل الردود بلغات غير الدنماركية مواضيع خاصة بها.

# Name of the list of voices by respondent kind.
kind_breakdown_label = الأصوات حسب نوع المرسل

# Heading of a theme's quotes.
quotes_heading = ردود نموذجية

# The drill-down link into the inbox.
theme_drill_down = اعرض ردود هذا الموضوع في صندوق الوارد ({ $responses })

# Heading of the campaigns.
campaigns_heading = الحملات

# What a campaign is.
campaigns_intro = الحملة هي مجموعة ردود بالنص نفسه (تقريبًا). وتُحسب صوتًا واحدًا في المواضيع.

# "n signers".
campaign_signers = { $signers ->
        [one] موقّع واحد
        [two] موقّعان
        [few] { $signers } موقّعين
        [many] { $signers } موقّعًا
       *[other] { $signers } موقّع
    }

# Before the representative response's svarnummer.
campaign_representative = النص موجود في الرد

# The drill-down link into a campaign's responses.
campaign_drill_down = اعرض ردود الحملة ({ $signers })

# Heading of the heat-map.
heatmap_heading = التعليقات حسب القسم

# How to read the heat-map.
heatmap_explained = الأرقام هي عدد الأصوات في كل موضوع التي تعلّق على قسم من المقترح. كلما كان لون الخانة أغمق، كان العدد أكبر.

# The heat-map's first column.
heatmap_theme_column = الموضوع

# The heat-map's column of voices on no section.
heatmap_elsewhere = المقترح كله

# The list of the sections' numbers and headings.
heatmap_sections_key = أرقام الأقسام وعناوينها

# Next to "compute now".
refresh_hint = وإلا فإن المواضيع تُحسب تلقائيًا بعد وصول ردود جديدة بوقت قصير.

# "Compute now".
refresh_button = احسب المواضيع الآن

# The fold with a theme's edit forms.
edit_theme_summary = تعديل الموضوع

# Label: the theme's name.
rename_label = اسم الموضوع

# Hint under the name.
rename_hint = 80 حرفًا كحد أقصى. يبقى الاسم كما هو عند إعادة حساب المواضيع.

# Saves the name.
rename_button = حفظ الاسم

# Clears the name.
unname_button = إزالة الاسم

# Pins.
pin_button = تثبيت الموضوع

# Unpins.
unpin_button = إلغاء تثبيت الموضوع

# What pinning does.
pin_hint = الموضوع المثبّت لا يتغيّر عند إعادة حساب المواضيع.

# Label: the theme to merge into.
merge_label = دمج مع

# What merging does.
merge_hint = تُنقل كل ردود هذا الموضوع إلى الموضوع الذي تختاره.

# The select's empty choice.
merge_choose = اختر موضوعًا

# Merges.
merge_button = دمج المواضيع

# What splitting does.
split_hint = تُجمَّع ردود هذا الموضوع من جديد فيما بينها، في موضوعين على الأقل.

# Splits.
split_button = تقسيم الموضوع

# Heading of the themes on the public hearing page.
public_themes_heading = المواضيع التي تتناولها الردود

# What the public themes are.
public_themes_intro = الردود المنشورة مجمّعة بحسب ما تتناوله. الرقم هو عدد الأصوات: الردود المتطابقة تُحسب مرة واحدة.

# "n voices".
theme_voices = { $voices ->
        [one] (صوت واحد)
        [two] (صوتان)
        [few] ({ $voices } أصوات)
        [many] ({ $voices } صوتًا)
       *[other] ({ $voices } صوت)
    }

# Heading of the theme section on a response's page.
response_theme_heading = الموضوع

# "The response is in the theme …".
response_theme_current = هذا الرد ضمن موضوع «{ $label }».

# The response is in no theme.
response_theme_none = هذا الرد ليس ضمن أي موضوع بعد.

# Label: the theme to move the response to.
move_theme_label = نقل الرد إلى الموضوع

# Moves the response.
move_theme_button = نقل الرد
