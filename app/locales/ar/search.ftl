# العربية (Arabic) — search.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Arabic; not word for word, in plain language.
# Review before use: a professional translator with Arabic as first language, and one resident from the hearing's audience reading it on a phone.

# Label of the search box.
search_label = ابحث في الردود

# The hint under the search box: what the query language offers.
search_hint = يجب أن تظهر كل الكلمات. ضع العبارة بين "علامتي تنصيص" للبحث عنها كاملة، واكتب -كلمة لاستبعاد كلمة، واكتب OR بين البدائل. عوامل التصفية: kind:association، section:…، language:ar.

# The search button.
search_button = بحث

# Link that clears the search.
search_clear = مسح البحث

# "12 results for …".
search_results = عدد الردود المطابقة لـ «{ $query }»: { $total }
search_results-filters = عدد الردود المطابقة لعوامل التصفية: { $total }

# Nothing matched.
search_nothing = لا توجد ردود مطابقة. جرّب كلمات أقل أو كلمات أخرى.

# Label of the sort choice, and its two options.
search_sort = الترتيب

# Best match first.
search_sort_relevance = الأكثر تطابقًا أولًا

# Newest first.
search_sort_newest = الأحدث أولًا

# Heading of a facet (`kind`, `section`, `language`, `stance`, `channel`, `status`).
facet_heading-kind = المرسل
facet_heading-section = القسم
facet_heading-language = اللغة
facet_heading-stance = الموقف
facet_heading-channel = طريقة الإرسال
facet_heading-status = الحالة
facet_heading-other = أخرى

# The name of a language a response was written in (`da`, `en`, `ar`, `tr`, `ur`, `so`), if known.
language_name_of-da = الدنماركية
language_name_of-en = الإنجليزية
language_name_of-ar = العربية
language_name_of-tr = التركية
language_name_of-ur = الأردية
language_name_of-so = الصومالية

# The heading of the filters next to results.
search_filters = تضييق النتائج

# A query problem: a `"` without its closing partner.
search_unclosed_quote = هناك علامة تنصيص لم تُغلق.

# A query problem: `OR` with nothing on one side.
search_dangling_or = يجب أن تأتي OR بين كلمتين.

# A query problem: a lone `-` or `-""`.
search_empty_exclusion = يجب أن تأتي علامة الناقص (-) مباشرة قبل الكلمة التي تريد استبعادها.

# A query problem: `name:value` where `name` is no field.
search_unknown_field = «{ $name }:» ليس عامل تصفية. عوامل التصفية هي: kind:، section:، language:، stance:، channel:.

# A query problem: `name:` with no value.
search_missing_value = «{ $name }:» يحتاج إلى قيمة، مثل { $name }:association.

# Said after a query problem: the results shown are those of the plain words.
search_plain_words_instead = بدلًا من ذلك، بحثنا عن كل كلمة على حدة.

# Heading of "more like this" on a response.
similar_responses = ردود مشابهة

# No similar responses.
no_similar_responses = لا توجد ردود أخرى مشابهة لهذا الرد.

# The word before a query problem, so it is not told by colour alone ("Bemærk:").
search_note = ملاحظة:

# Read after a chosen facet value: it is chosen, and choosing it again removes it.
facet_selected = {" "}(مُختار – اختره مرة أخرى لإزالة عامل التصفية)

# Oldest first (the inbox's order without words).
search_sort_oldest = الأقدم أولًا

# The summary that opens a search result's whole text in the inbox.
search_whole_text = النص كاملًا
