# اردو (Urdu) — themes.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Urdu; not word for word, in plain language.
# Review before use: a professional translator with Urdu as first language, and one resident from the hearing's audience reading it on a phone.

# A refused edit: the new name is empty.
theme_name_empty = موضوع کا نام لکھیں۔

# A refused edit: the new name is longer than the limit.
theme_name_too_long = نام زیادہ سے زیادہ 80 حروف کا ہو سکتا ہے۔

# A refused edit: the new name holds a line break or another control character.
theme_name_not_one_line = نام ایک ہی لائن میں لکھیں: نئی لائن، ٹیب یا کوئی اور کنٹرول نشان نہ ڈالیں۔

# A refused merge: the other theme is missing, retired or of another hearing.
theme_merge_target_unknown = اسی مشاورت کا کوئی دوسرا موضوع چنیں۔

# A refused merge: a theme cannot be merged into itself.
theme_merge_into_itself = کسی موضوع کو خود اسی کے ساتھ نہیں ملایا جا سکتا۔

# A refused split: too few responses to split.
theme_too_small_to_split = اس موضوع میں تقسیم کے لیے بہت کم جوابات ہیں۔

# A refused move: the theme is missing, retired or of another hearing.
theme_move_target_unknown = اسی مشاورت کا کوئی موضوع چنیں۔

# A refused edit: the theme is pinned; unpin it before merging or splitting it.
theme_pinned = یہ موضوع لاک ہے۔ پہلے اسے ان لاک کریں۔

# Heading of the officials' theme page, and the links to it.
themes_title = موضوعات

# What the page shows and how voices are counted.
themes_intro = جوابات کو ان کے موضوع کے مطابق گروپوں میں رکھا گیا ہے۔ سائز سے مراد آوازوں کی تعداد ہے: ایک مہم (تقریباً ایک جیسے جوابات) ایک آواز گنی جاتی ہے، اور اپنی نقلوں سمیت ایک جواب بھی ایک آواز۔

# Shown when the hearing has no themes yet.
no_themes = ابھی کوئی موضوع نہیں بنا۔ جوابات آنے کے تھوڑی دیر بعد موضوعات خود بن جاتے ہیں – یا فوراً، جب آپ "موضوعات ابھی بنائیں" دبائیں۔

# Heading of the list of themes.
themes_by_size = سائز کے لحاظ سے موضوعات

# The confirmation after an accepted form (`saved=` value), if it is one.
theme_saved_notice-rename = موضوع کو نیا نام مل گیا ہے۔
theme_saved_notice-unname = نام ہٹا دیا گیا ہے۔ اب موضوع اپنے نمایاں الفاظ سے دکھایا جائے گا۔
theme_saved_notice-pin = موضوع لاک کر دیا گیا ہے۔
theme_saved_notice-unpin = موضوع ان لاک کر دیا گیا ہے۔
theme_saved_notice-merge = موضوعات ملا دیے گئے ہیں۔
theme_saved_notice-split = موضوع تقسیم کر دیا گیا ہے۔
theme_saved_notice-refresh = موضوعات بنا دیے گئے ہیں۔

# Badge of a pinned theme.
pinned_badge = لاک

# "n voices · m responses with the campaigns' signers".
theme_size = { $voices } { $voices ->
        [one] آواز
       *[other] آوازیں
    } · مہموں پر دستخط کرنے والوں سمیت { $responses } جواب

# Label before a theme's distinctive terms.
theme_terms_label = نمایاں الفاظ

# Label before a theme's responses by the language they are written in.
theme_languages_label = زبان کے لحاظ سے جوابات

# The themes page without the sentence model: themes from words alone.
themes_words_only = یہ موضوعات صرف الفاظ سے بنائے گئے ہیں: وہ زبانی ماڈل جو مختلف زبانوں میں ایک ہی موضوع کے جوابات کو اکٹھا کرتا ہے، سرور پر نصب نہیں ہے، اس لیے ڈینش کے علاوہ دوسری زبانوں کے جوابات الگ موضوعات بنا سکتے ہیں۔

# Name of the list of voices by respondent kind.
kind_breakdown_label = بھیجنے والوں کی قسم کے لحاظ سے آوازیں

# Heading of a theme's quotes.
quotes_heading = نمونے کے جوابات

# The drill-down link into the inbox.
theme_drill_down = اس موضوع کے { $responses } جوابات ان باکس میں دیکھیں

# Heading of the campaigns.
campaigns_heading = مہمیں

# What a campaign is.
campaigns_intro = مہم سے مراد ایسے جوابات ہیں جن کا متن (تقریباً) ایک جیسا ہو۔ موضوعات میں ایک مہم ایک آواز گنی جاتی ہے۔

# "n signers".
campaign_signers = { $signers ->
        [one] 1 شخص نے دستخط کیے
       *[other] { $signers } لوگوں نے دستخط کیے
    }

# Before the representative response's svarnummer.
campaign_representative = متن اس جواب میں ہے:

# The drill-down link into a campaign's responses.
campaign_drill_down = مہم کے { $signers } جوابات دیکھیں

# Heading of the heat-map.
heatmap_heading = ہر حصے پر تبصرے

# How to read the heat-map.
heatmap_explained = اعداد بتاتے ہیں کہ ہر موضوع کی کتنی آوازیں تجویز کے کسی حصے پر تبصرہ کرتی ہیں۔ خانہ جتنا گہرا ہو، تعداد اتنی زیادہ۔

# The heat-map's first column.
heatmap_theme_column = موضوع

# The heat-map's column of voices on no section.
heatmap_elsewhere = پوری تجویز

# The list of the sections' numbers and headings.
heatmap_sections_key = حصوں کے نمبر اور سرخیاں

# Next to "compute now".
refresh_hint = ورنہ نئے جوابات آنے کے تھوڑی دیر بعد موضوعات خود بخود بن جاتے ہیں۔

# "Compute now".
refresh_button = موضوعات ابھی بنائیں

# The fold with a theme's edit forms.
edit_theme_summary = موضوع میں ترمیم کریں

# Label: the theme's name.
rename_label = موضوع کا نام

# Hint under the name.
rename_hint = زیادہ سے زیادہ 80 حروف۔ موضوعات دوبارہ بننے پر بھی یہ نام برقرار رہے گا۔

# Saves the name.
rename_button = نام محفوظ کریں

# Clears the name.
unname_button = نام ہٹائیں

# Pins.
pin_button = موضوع لاک کریں

# Unpins.
unpin_button = موضوع ان لاک کریں

# What pinning does.
pin_hint = لاک کیا ہوا موضوع، موضوعات دوبارہ بننے پر نہیں بدلتا۔

# Label: the theme to merge into.
merge_label = اس موضوع کے ساتھ ملائیں

# What merging does.
merge_hint = اس موضوع کے تمام جوابات اس موضوع میں چلے جائیں گے جو آپ چنیں گے۔

# The select's empty choice.
merge_choose = موضوع چنیں

# Merges.
merge_button = موضوعات ملائیں

# What splitting does.
split_hint = اس موضوع کے جوابات کو الگ سے دوبارہ گروپوں میں بانٹا جائے گا، کم از کم دو موضوعات میں۔

# Splits.
split_button = موضوع تقسیم کریں

# Heading of the themes on the public hearing page.
public_themes_heading = جوابات کے موضوعات

# What the public themes are.
public_themes_intro = شائع شدہ جوابات، ان کے موضوع کے مطابق گروپوں میں۔ عدد آوازوں کی تعداد ہے: ایک جیسے جوابات ایک ہی بار گنے جاتے ہیں۔

# "n voices".
theme_voices = { $voices ->
        [one] (1 آواز)
       *[other] ({ $voices } آوازیں)
    }

# Heading of the theme section on a response's page.
response_theme_heading = موضوع

# "The response is in the theme …".
response_theme_current = یہ جواب موضوع «{ $label }» میں ہے۔

# The response is in no theme.
response_theme_none = یہ جواب ابھی کسی موضوع میں نہیں ہے۔

# Label: the theme to move the response to.
move_theme_label = جواب کو اس موضوع میں منتقل کریں

# Moves the response.
move_theme_button = جواب منتقل کریں
