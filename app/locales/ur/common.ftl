# اردو (Urdu) — common.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Urdu; not word for word, in plain language.
# Review before use: a professional translator with Urdu as first language, and one resident from the hearing's audience reading it on a phone.

# The product name.
site_name = Ordet

# What the site is, under the product name.
site_tagline = عوامی مشاورت

# A one-line field (name, organisation, title, label) holds a line break or another
# control character.
not_one_line = اسے ایک ہی لائن میں لکھیں: نئی لائن، ٹیب یا کوئی اور کنٹرول نشان نہ ڈالیں۔

# Link that skips the header for keyboard and screen-reader users.
skip_to_content = اصل مواد پر جائیں

# Label of the main navigation.
main_nav = مین مینو

# Name of this language in itself, shown on the switch that leads to it.
language_name = اردو

# Accessible label of the language switch, in the language it leads to.
switch_to_this_language = یہ صفحہ اردو میں دکھائیں

# Label of the list of languages in the header.
languages_nav = زبانیں

# Footer text.
footer_text = Ordet عوامی مشاورت کی ویب سائٹ ہے۔ یہاں ہر کوئی مسودہ پڑھ کر اپنی رائے دے سکتا ہے۔

# Front page heading.
front_title = عوامی مشاورتیں

# Front page introduction.
front_intro = یہاں آپ وہ تجاویز پڑھ سکتے ہیں جو بلدیہ (kommune) نے عوام کی رائے لینے کے لیے پیش کی ہیں، اور دیکھ سکتے ہیں کہ آپ کس تاریخ تک جواب دے سکتے ہیں۔

# Heading of the open hearings.
open_hearings = جاری مشاورتیں

# Heading of the upcoming hearings.
upcoming_hearings = آنے والی مشاورتیں

# Heading of the closed hearings.
closed_hearings = ختم شدہ مشاورتیں

# Shown when a group has no hearings.
no_hearings = اس وقت یہاں کوئی مشاورت نہیں ہے۔

# Hearing status: being prepared, not public.
hearing_status_draft = زیرِ تیاری

# Hearing status: published, not open yet.
hearing_status_upcoming = جلد شروع ہوگی

# Hearing status: taking responses.
hearing_status_open = جواب دینے کے لیے کھلی ہے

# Hearing status: the deadline has passed.
hearing_status_closed = مشاورت ختم ہو گئی ہے

# Hearing status: the administration is processing the responses.
hearing_status_processing = جوابات پر غور ہو رہا ہے

# Hearing status: the committee has decided.
hearing_status_decided = فیصلہ ہو گیا ہے

# Countdown: the hearing opens in `days` days (at least 1).
countdown_opens_in = { $days ->
        [one] کل شروع ہوگی
       *[other] { $days } دن میں شروع ہوگی
    }

# Countdown: the hearing is open, with `days` days left after today (at least 1).
countdown_closes_in = { $days ->
        [one] 1 دن باقی
       *[other] { $days } دن باقی
    }

# Countdown: the hearing is open, and today is the deadline.
countdown_last_day = آج آخری دن ہے

# Countdown: the hearing no longer takes responses.
countdown_closed = آخری تاریخ گزر چکی ہے

# "Deadline" label.
deadline = آخری تاریخ

# "Hearing period" label.
hearing_period = مشاورت کی مدت

# "Committee" label.
committee = کمیٹی

# "Case number" label.
journal_number = کیس نمبر

# Heading of the timeline.
timeline = شیڈول

# Marks a milestone in the past.
milestone_done = مکمل

# Heading of the draft.
draft_heading = مشاورت کا مسودہ

# "Version n of the draft, published d".
draft_version = ورژن { $version_no }، { $date } کو شائع ہوا

# Shown when a hearing has no draft yet.
no_draft = مسودہ ابھی شائع نہیں ہوا۔

# Heading of the table of contents.
contents = فہرست

# Button that hides the table of contents.
hide_contents = فہرست چھپائیں

# Button that shows the table of contents.
show_contents = فہرست دکھائیں

# Accessible name of a paragraph's permalink.
paragraph_link = لنک: پیراگراف { $number }

# Heading of the annexes.
annexes = ضمیمے

# "Annex n".
annex_label = ضمیمہ { $number }

# Heading of the not-found page.
not_found_title = یہ صفحہ موجود نہیں

# Body of the not-found page.
not_found_body = ہمیں وہ صفحہ یا مشاورت نہیں ملی جو آپ ڈھونڈ رہے ہیں۔ ہو سکتا ہے ویب ایڈریس غلط لکھا گیا ہو۔

# Link back to the front page.
back_to_front = ہوم پیج پر جائیں، جہاں سب مشاورتیں ہیں

# Heading of the error page.
error_title = کچھ غلط ہو گیا

# Body of the error page.
error_body = یہ صفحہ ابھی نہیں دکھایا جا سکا۔ تھوڑی دیر بعد دوبارہ کوشش کریں۔

# Shown while a page's data loads.
loading = لوڈ ہو رہا ہے …

# A refused draft file: it holds nothing but whitespace.
draft_empty = فائل خالی ہے۔ مسودے والی Markdown فائل منتخب کریں۔

# A refused draft file: `bytes` long, more than the `max` the importer accepts.
draft_too_large = یہ فائل { $kb } kB کی ہے؛ زیادہ سے زیادہ { $max_kb } kB لوڈ ہو سکتی ہے۔ کیا یہ صحیح فائل ہے؟

# A refused draft file: not UTF-8 text (the first invalid byte on `line`).
draft_invalid_utf8 = یہ فائل UTF-8 ٹیکسٹ نہیں ہے (پہلی غلطی لائن { $line } میں)۔ اسے UTF-8 ٹیکسٹ کے طور پر محفوظ کریں اور دوبارہ کوشش کریں۔

# A refused draft file: it has no Markdown heading at all.
draft_no_heading = مسودے میں کوئی سرخی نہیں۔ ہر حصہ ایسی لائن سے شروع کریں جس کے شروع میں # ہو۔

# A refused draft file: text on `line` stands before the first section heading.
draft_text_before_first_heading = لائن { $line }: یہ متن پہلے حصے کی سرخی سے پہلے ہے۔ اس کے اوپر ایک سرخی (## …) لگائیں۔

# Subject of the e-mail with the verification link.
verify_mail_subject = اپنے جواب کی تصدیق کریں: { $hearing_title }

# Body of the e-mail with the verification link.
verify_mail_body =
    محترم { $name }،

    آپ نے «{ $hearing_title }» پر جو جواب بھیجا، اس کا شکریہ۔ اس کا جواب نمبر { $svarnummer } ہے۔

    تصدیق کریں کہ یہ جواب آپ ہی نے بھیجا ہے: { $days } دن کے اندر یہ لنک کھولیں اور «جواب کی تصدیق کریں» والا بٹن دبائیں:

    { $link }

    آپ کا جواب تصدیق کے بعد ہی مشاورت میں شامل ہوگا۔ اگر آپ نے کوئی جواب نہیں لکھا تو اس ای میل کو نظر انداز کر دیں۔

    نیک خواہشات کے ساتھ
    Ordet
    {""}

# Month name, 1-based.
month-1 = جنوری
month-2 = فروری
month-3 = مارچ
month-4 = اپریل
month-5 = مئی
month-6 = جون
month-7 = جولائی
month-8 = اگست
month-9 = ستمبر
month-10 = اکتوبر
month-11 = نومبر
month-12 = دسمبر

# A date written out, e.g. "9. august 2010".
date = { $day } { $month } { $year }

# A date and time, e.g. "4. oktober 2010 kl. 23.59".
date_time = { $date }، { $hour }:{ $minute } بجے


# The label of a section's short plain-language summary ("kort fortalt"), above its full text.
short_version = مختصراً

# Beside the summary when it is shown in Danish: officials wrote none in the reader's language.
short_version_only_danish = (صرف ڈینش میں دستیاب ہے)

# The link from the hearing page to the printable draft with its summaries; also the printable page's title.
print_version = مسودے کا پرنٹ کرنے والا ورژن

# On the printable draft: the link back to the hearing's page.
print_back = مشاورت کے صفحے پر واپس جائیں

# On the printable draft (not printed): what the page is and how to print it.
print_intro = یہاں پورا مسودہ ہے، اور ہر حصے کے اوپر "مختصراً" کے عنوان سے ایک چھوٹا خلاصہ ہے۔ اس صفحے کو پرنٹ کرنے یا PDF کے طور پر محفوظ کرنے کے لیے اپنے براؤزر کا پرنٹ کا فنکشن استعمال کریں۔
