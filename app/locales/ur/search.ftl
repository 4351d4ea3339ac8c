# اردو (Urdu) — search.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Urdu; not word for word, in plain language.
# Review before use: a professional translator with Urdu as first language, and one resident from the hearing's audience reading it on a phone.

# Label of the search box.
search_label = جوابات میں تلاش کریں

# The hint under the search box: what the query language offers.
search_hint = سب الفاظ کا ملنا ضروری ہے۔ کئی الفاظ کو ایک ساتھ ڈھونڈنے کے لیے انہیں "ایسے" لکھیں، کسی لفظ کو نکالنے کے لیے اس سے پہلے - لگائیں، اور متبادل الفاظ کے درمیان OR لکھیں۔ فلٹر: kind:association، section:…، language:en

# The search button.
search_button = تلاش کریں

# Link that clears the search.
search_clear = تلاش صاف کریں

# "12 results for …".
search_results = { $total ->
        [one] تلاش «{ $query }» پر { $total } جواب ملا
       *[other] تلاش «{ $query }» پر { $total } جواب ملے
    }
search_results-filters = { $total ->
        [one] فلٹرز کے مطابق { $total } جواب ملا
       *[other] فلٹرز کے مطابق { $total } جواب ملے
    }

# Nothing matched.
search_nothing = کوئی جواب نہیں ملا۔ کم الفاظ یا دوسرے الفاظ سے تلاش کریں۔

# Label of the sort choice, and its two options.
search_sort = ترتیب

# Best match first.
search_sort_relevance = سب سے زیادہ ملتے جلتے پہلے

# Newest first.
search_sort_newest = نئے پہلے

# Heading of a facet (`kind`, `section`, `language`, `stance`, `channel`, `status`).
facet_heading-kind = بھیجنے والا
facet_heading-section = حصہ
facet_heading-language = زبان
facet_heading-stance = رائے
facet_heading-channel = ذریعہ
facet_heading-status = صورتحال
facet_heading-other = دیگر

# The name of a language a response was written in (`da`, `en`, `ar`, `tr`, `ur`, `so`), if known.
language_name_of-da = ڈینش
language_name_of-en = انگریزی
language_name_of-ar = عربی
language_name_of-tr = ترکی
language_name_of-ur = اردو
language_name_of-so = صومالی

# The heading of the filters next to results.
search_filters = نتائج محدود کریں

# A query problem: a `"` without its closing partner.
search_unclosed_quote = ایک کوٹیشن مارک (") بند نہیں کیا گیا۔

# A query problem: `OR` with nothing on one side.
search_dangling_or = لفظ OR کے دونوں طرف ایک ایک لفظ ہونا چاہیے۔

# A query problem: a lone `-` or `-""`.
search_empty_exclusion = مائنس (-) اس لفظ کے بالکل ساتھ، اس سے پہلے لگائیں جو نتائج میں نہیں آنا چاہیے۔

# A query problem: `name:value` where `name` is no field.
search_unknown_field = «{ $name }:» کوئی فلٹر نہیں ہے۔ فلٹر یہ ہیں: kind:، section:، language:، stance: اور channel:

# A query problem: `name:` with no value.
search_missing_value = «{ $name }:» کے بعد کچھ لکھنا ضروری ہے، مثلاً { $name }:association

# Said after a query problem: the results shown are those of the plain words.
search_plain_words_instead = اس کی بجائے ہم نے الفاظ کو الگ الگ تلاش کیا ہے۔

# Heading of "more like this" on a response.
similar_responses = ملتے جلتے جوابات

# No similar responses.
no_similar_responses = کوئی اور جواب اس جیسا نہیں ہے۔

# The word before a query problem, so it is not told by colour alone ("Bemærk:").
search_note = نوٹ:

# Read after a chosen facet value: it is chosen, and choosing it again removes it.
facet_selected = {" "}(منتخب – فلٹر ہٹانے کے لیے دوبارہ منتخب کریں)

# Oldest first (the inbox's order without words).
search_sort_oldest = پرانے پہلے

# The summary that opens a search result's whole text in the inbox.
search_whole_text = پورا متن
