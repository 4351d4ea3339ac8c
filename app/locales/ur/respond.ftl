# اردو (Urdu) — respond.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Urdu; not word for word, in plain language.
# Review before use: a professional translator with Urdu as first language, and one resident from the hearing's audience reading it on a phone.

# Heading of the form page.
respond_title = اپنی رائے دیں

# Introduction above the form.
respond_intro = اپنا جواب (høringssvar) اپنے الفاظ میں لکھیں – ڈینش میں یا کسی اور زبان میں، اردو میں بھی۔ آپ کو ایک ای میل ملے گی جس میں ایک لنک ہوگا۔ جواب کی تصدیق کے لیے وہ لنک کھولیں۔

# The submit button.
respond_submit = جواب بھیجیں

# Link from the hearing page to the form.
give_response = اپنی رائے دیں

# Visible text of the link beside a paragraph.
comment = تبصرہ کریں

# Hidden rest of that link's name: " on paragraph 12".
comment_on = {" "}پیراگراف { $number } پر

# Caption of the quoted paragraph.
commenting_on = آپ پیراگراف { $number } پر تبصرہ کر رہے ہیں:

# Shown instead of the form when the hearing is not open.
not_open = یہ مشاورت اس وقت جواب دینے کے لیے کھلی نہیں ہے۔

# The form-level error when the deadline passed while writing.
closed_while_writing = آخری تاریخ گزر چکی ہے، اس لیے اب جواب نہیں بھیجا جا سکتا۔ آپ کا متن نیچے موجود ہے تاکہ آپ اسے اپنے پاس محفوظ کر سکیں۔

# The form came back faster than a person fills it in.
sent_too_fast = یہ بہت جلدی ہو گیا۔ اپنا جواب ایک بار دیکھ لیں اور پھر «جواب بھیجیں» دوبارہ دبائیں۔

# The form-level error when one address sent too many responses.
rate_limited = یہاں سے تھوڑے وقت میں بہت سے جواب بھیجے گئے ہیں۔ ایک گھنٹہ انتظار کریں اور پھر کوشش کریں۔ آپ کا متن نیچے موجود ہے۔

# Heading of the list of errors.
error_summary = مہربانی کر کے یہ چیزیں ٹھیک کریں

# "(optional)".
optional = (اختیاری)

# Legend of the respondent kind.
kind_legend = آپ کس حیثیت سے جواب دے رہے ہیں؟

# Name field.
name_label = آپ کا نام

# E-mail field.
email_label = آپ کی ای میل

# Hint under the e-mail field.
email_hint = ہم تصدیق کا لنک اسی ای میل پر بھیجیں گے۔ آپ کی ای میل کبھی شائع نہیں ہوگی۔

# Postal code field.
postal_code_label = پوسٹ کوڈ

# Organisation field.
organisation_label = تنظیم کا نام

# Hint under the organisation field.
organisation_hint = صرف انجمنوں، کمپنیوں اور سرکاری اداروں کے لیے۔ جواب تنظیم کے نام سے شائع ہوگا۔

# Contact role field.
contact_role_label = تنظیم میں آپ کا عہدہ

# CVR field.
cvr_label = CVR نمبر

# Hint under the CVR field.
cvr_hint = صرف کمپنیوں کے لیے: 8 ہندسے۔

# The checkbox that lets a resident's name be published.
publish_name_label = میرا نام میرے جواب کے ساتھ دکھایا جا سکتا ہے (ورنہ وہاں «Borger» یعنی شہری اور آپ کا پوسٹ کوڈ لکھا ہوگا)

# Legend of the stance.
stance_legend = اس تجویز کے بارے میں آپ کی کیا رائے ہے؟

# The text field.
text_label = آپ کا جواب

# Hint under the text field.
text_hint = زیادہ سے زیادہ 20,000 حروف۔

# Heading of the list of published responses.
responses_title = مشاورتی جوابات

# "n responses received" on the hearing page.
responses_received = { $verified ->
        [0] ابھی تک کوئی جواب نہیں آیا۔
        [one] 1 جواب موصول ہوا۔
       *[other] { $verified } جواب موصول ہوئے۔
    }

# Link to the published responses.
read_published = شائع شدہ جواب پڑھیں ({ $published })

# Comment count beside a paragraph.
comment_count = { $count ->
        [one] 1 تبصرہ
       *[other] { $count } تبصرے
    }

# Shown when nothing is published yet.
no_responses_yet = ابھی تک کوئی جواب شائع نہیں ہوا۔

# Link to the previous page.
previous_page = پچھلا صفحہ

# Link to the next page.
next_page = اگلا صفحہ

# Label of the page navigation.
pages = صفحات

# "About paragraph n".
about_paragraph = اس پیراگراف کے بارے میں

# Subject of the receipt (kvittering) sent after verification.
receipt_subject = آپ کے جواب { $svarnummer } کی رسید

# Body of the receipt: what was received, where it stands, a copy of the text, the
# files with their SHA-256 and the private link to change or withdraw the response.
receipt_body =
    محترم { $name }،

    ہمیں «{ $hearing_title }» پر آپ کا جواب مل گیا ہے اور درج کر لیا گیا ہے۔ اس کا جواب نمبر (svarnummer) { $svarnummer } ہے۔

    { $outcome }

    آپ { $deadline } تک اس ذاتی لنک سے اپنے جواب میں تبدیلی کر سکتے ہیں یا اسے واپس لے سکتے ہیں (یہ لنک کسی اور کو نہ دیں):
    { $manage_link }

    آپ کا جواب، جیسا آپ نے لکھا:

    { $text }

    { $files }نیک خواہشات کے ساتھ
    Ordet
    {""}

# Receipt: the verified response is public now.
receipt_status_published = آپ کا جواب اب مشاورت کے صفحے پر پڑھا جا سکتا ہے۔

# Receipt: the verified response is held back (it seems to hold a CPR number).
receipt_status_held = لگتا ہے آپ کے جواب میں CPR نمبر ہے، اس لیے شائع ہونے سے پہلے بلدیہ کا ایک ملازم اسے دیکھے گا۔

# Receipt: the verified response waits for an official's review.
receipt_status_awaiting_review = بلدیہ کے جائزے کے بعد آپ کا جواب شائع ہوگا۔

# Receipt: the verified response is published with the others at the deadline.
receipt_status_awaiting_deadline = آخری تاریخ گزرنے کے بعد آپ کا جواب باقی جوابات کے ساتھ شائع ہوگا۔

# Heading of the "check your e-mail" page.
sent_title = اپنی ای میل دیکھیں

# Body of the "check your e-mail" page.
sent_body = شکریہ! آپ کے جواب کا نمبر (svarnummer) { $svarnummer } ہے۔ ہم نے آپ کو ایک ای میل بھیجی ہے جس میں لنک ہے: جواب کی تصدیق کے لیے 7 دن کے اندر یہ لنک کھولیں۔

# An `Idempotency-Key` header that is empty, too long or not visible ASCII.
idempotency_key_invalid = ہیڈر Idempotency-Key میں 1 سے 255 تک نظر آنے والے ASCII حروف ہونے چاہئیں۔

# An `Idempotency-Key` already used for another submission to the hearing.
idempotency_key_reused = یہ Idempotency-Key اس مشاورت کے کسی اور جواب کے لیے پہلے ہی استعمال ہو چکی ہے۔ نئے جواب کے لیے نئی key استعمال کریں۔

# A rendered form sent again with other content after it was accepted.
form_already_sent = یہ فارم پہلے ہی کسی اور متن کے ساتھ بھیجا جا چکا ہے۔ نیا جواب بھیجنے کے لیے صفحہ دوبارہ لوڈ کریں۔ آپ کا متن نیچے موجود ہے۔

# A field must be filled in.
field_required = یہ خانہ بھریں۔

# The respondent kind is not one of the four.
field_unknown_kind = چنیں کہ آپ شہری، انجمن، کمپنی یا سرکاری ادارے کی حیثیت سے جواب دے رہے ہیں۔

# The e-mail address does not look like one.
field_email_malformed = درست ای میل ایڈریس لکھیں، مثلاً navn@eksempel.dk

# The CVR number is not eight digits.
field_cvr_not_eight_digits = CVR نمبر میں 8 ہندسے ہوتے ہیں، مثلاً 12345678۔

# The CVR number fails the modulus-11 check.
field_cvr_checksum = یہ CVR نمبر موجود نہیں۔ دیکھ لیں کہ کہیں دو ہندسے آگے پیچھے تو نہیں ہو گئے۔

# The postal code is not four digits.
field_postal_code = پوسٹ کوڈ میں 4 ہندسے ہوتے ہیں، مثلاً 2300۔

# The response's text is empty.
field_text_empty = اپنا جواب لکھیں۔

# The response's text is too long: `chars` characters sent.
field_text_too_long = متن میں { $chars } حروف ہیں؛ گنجائش 20,000 حروف کی ہے۔ اسے مختصر کریں، یا اپنی بات خط کی صورت میں فائل کے طور پر لگائیں۔

# A name is too long.
field_too_long = زیادہ سے زیادہ 200 حروف۔

# The stance is not one of the four.
field_unknown_stance = ان میں سے ایک چنیں: حق میں، خلاف، کچھ حق میں کچھ خلاف، یا نہیں بتانا چاہتے۔

# No section of the current draft has this anchor.
field_unknown_section = یہ حصہ موجودہ مسودے میں نہیں ہے۔

# No paragraph of the current draft has this anchor.
field_unknown_paragraph = یہ پیراگراف موجودہ مسودے میں نہیں ہے۔

# Heading of the verification page: the response is verified.
verify_heading_verified = شکریہ – آپ کے جواب کی تصدیق ہو گئی ہے

# Heading of the verification page: verified, but held back for personal data.
verify_heading_held = شکریہ – آپ کے جواب کی تصدیق ہو گئی ہے

# Heading of the verification page: the link was followed before.
verify_heading_already_verified = آپ کے جواب کی تصدیق پہلے ہی ہو چکی ہے

# Heading of the verification page: no such link.
verify_heading_unknown = یہ لنک کام نہیں کر رہا

# Heading of the verification page: the link has expired.
verify_heading_expired = اس لنک کی مدت ختم ہو گئی ہے

# Heading of the verification page: the hearing's deadline has passed.
verify_heading_closed = مشاورت ختم ہو چکی ہے

# Text of the verification page: verified, with its number and where it stands (a
# `receipt_status_*` text).
verify_body_verified = آپ کے جواب کا نمبر { $svarnummer } ہے۔ { $standing }

# Text of the verification page: verified, but held back for personal data.
verify_body_held = آپ کے جواب کا نمبر { $svarnummer } ہے۔ لگتا ہے اس میں CPR نمبر ہے، اس لیے شائع ہونے سے پہلے بلدیہ کا ایک ملازم اسے دیکھے گا۔ یہ آپ کی حفاظت کے لیے ہے۔

# Text of the verification page: the link was followed before.
verify_body_already_verified = آپ کے جواب کا نمبر { $svarnummer } ہے۔ آپ کو مزید کچھ کرنے کی ضرورت نہیں۔

# Text of the verification page: no such link.
verify_body_unknown = دیکھ لیں کہ آپ نے ای میل سے پورا لنک کاپی کیا ہے۔

# Text of the verification page: the link has expired.
verify_body_expired = تصدیق کا لنک 7 دن تک کام کرتا ہے۔ اگر مشاورت ابھی کھلی ہے تو اپنا جواب دوبارہ بھیجیں۔

# Text of the verification page: the hearing's deadline has passed.
verify_body_closed = آخری تاریخ گزر چکی ہے، اس لیے اب جواب کی تصدیق نہیں ہو سکتی۔
