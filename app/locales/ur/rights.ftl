# اردو (Urdu) — rights.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Urdu; not word for word, in plain language.
# Review before use: a professional translator with Urdu as first language, and one resident from the hearing's audience reading it on a phone.

# Heading of the data pages: "Your data".
my_data_title = آپ کا ڈیٹا

# What the page offers, above the address field.
my_data_intro = بلدیہ نے مشاورتوں کے سلسلے میں آپ کے بارے میں جو کچھ محفوظ کیا ہے، وہ سب آپ یہاں دیکھ سکتے ہیں، ڈاؤن لوڈ کر سکتے ہیں اور اسے مٹانے کی درخواست کر سکتے ہیں: آپ کی معلومات، آپ کے جوابات اور فائلیں، اور وہ ای میلز جو ہم نے آپ کو بھیجیں۔ وہ ای میل ایڈریس لکھیں جو آپ نے استعمال کیا تھا، ہم اس پر ایک لنک بھیج دیں گے۔

# The button that asks for a link.
my_data_send_button = مجھے لنک بھیجیں

# After asking: said alike whether the address is known or not.
my_data_link_sent = اگر اس ایڈریس کے بارے میں ہمارے پاس کوئی ڈیٹا ہے تو ہم نے اس پر لنک بھیج دیا ہے۔ لنک { $minutes } منٹ تک کام کرے گا اور صرف ایک بار استعمال ہو سکتا ہے۔ اگر کوئی ای میل نہ آئے تو یا تو ہمارے پاس اس ایڈریس کا کوئی ڈیٹا نہیں، یا اپنا اسپام فولڈر دیکھ لیں۔

# Too many links asked for the address or from the network.
my_data_rate_limited = اس ایڈریس کے لیے یا آپ کے نیٹ ورک سے بہت زیادہ لنک مانگے گئے ہیں۔ ایک گھنٹے بعد دوبارہ کوشش کریں۔

# Subject of the mail with the link.
my_data_mail_subject = آپ کے ڈیٹا کا لنک

# Body of that mail.
my_data_mail_body =
    ہیلو،

    آپ نے (یا کسی ایسے شخص نے جس نے آپ کا ایڈریس لکھا) وہ ڈیٹا دیکھنے کی درخواست کی ہے جو بلدیہ نے مشاورتوں کے سلسلے میں آپ کے ای میل ایڈریس کے بارے میں محفوظ کیا ہے۔

    نیچے دیا گیا لنک کھولیں۔ یہ { $minutes } منٹ تک کام کرے گا اور صرف ایک بار استعمال ہو سکتا ہے:
    { $link }

    اگر آپ نے یہ درخواست نہیں کی تو اس ای میل کو نظر انداز کر دیں۔ اس لنک کے بغیر کوئی آپ کا ڈیٹا نہیں دیکھ سکتا۔
    {""}

# What the mailed link's page says above its button.
my_data_open_body = اپنا ڈیٹا دیکھنے کے لیے بٹن دبائیں۔ آپ کو اس براؤزر میں { $minutes } منٹ تک رسائی ملے گی؛ اس کے بعد یہ لنک دوبارہ استعمال نہیں ہو سکے گا۔

# The button that opens the data.
my_data_open_button = میرا ڈیٹا دکھائیں

# The link was used already.
my_data_link_used = یہ لنک پہلے ہی استعمال ہو چکا ہے۔ ہر لنک صرف ایک بار کام کرتا ہے – نیا لنک مانگیں۔

# The link is too old.
my_data_link_expired = اس لنک کی مدت ختم ہو گئی ہے۔ نیا لنک مانگیں۔

# No such link.
my_data_link_unknown = یہ لنک موجود نہیں۔ دیکھ لیں کہ آپ نے پورا لنک کاپی کیا ہے، یا نیا لنک مانگیں۔

# Link to ask for a new link.
my_data_ask_again = نیا لنک مانگیں

# Heading of the data page, naming the address.
my_data_heading = اس ایڈریس کا ڈیٹا: { $email }

# How long the access lasts, and that it is this browser's only.
my_data_access_until = اس براؤزر میں آپ کو { $until } تک رسائی ہے۔ اس کے بعد نیا لنک مانگنا ہوگا۔

# The download link.
my_data_download = سارا ڈیٹا ڈاؤن لوڈ کریں (JSON)

# The button that ends the access.
my_data_close = رسائی ختم کریں

# After ending it.
my_data_closed_notice = اس براؤزر میں آپ کے ڈیٹا تک رسائی ختم ہو گئی ہے۔

# The button on the private change-or-withdraw page that leads here.
my_data_from_manage = اپنا ڈیٹا دیکھیں، ڈاؤن لوڈ کریں یا مٹائیں

# What that button does.
my_data_from_manage_explain = دیکھیں کہ بلدیہ نے مشاورتوں میں آپ کے ای میل ایڈریس کے بارے میں کیا کچھ محفوظ کیا ہے، اسے فائل کی صورت میں ڈاؤن لوڈ کریں، یا اسے مٹانے کی درخواست کریں۔

# Heading of the stored identities.
my_data_identity_heading = آپ کی معلومات

# "Sent with response(s) …": which responses an identity came with.
my_data_identity_of = یہ معلومات ان جوابات کے ساتھ دی گئیں: { $svarnumre }

# "When stored" label.
my_data_stored_at = محفوظ کرنے کی تاریخ

# Heading of the responses.
my_data_responses_heading = آپ کے جوابات

# No responses on the address.
my_data_no_responses = اس ایڈریس سے کوئی جواب نہیں ہے۔

# The label of a response's date or field: `hearing`, `submitted`, `verified`,
# `published`, `updated`, `section`, `paragraph`, `published_text`, `files`, `channel`.
my_data_label-hearing = مشاورت
my_data_label-submitted = بھیجا گیا
my_data_label-verified = تصدیق ہوئی
my_data_label-published = شائع ہوا
my_data_label-updated = آخری تبدیلی
my_data_label-section = حصہ
my_data_label-paragraph = پیراگراف
my_data_label-published_text = شائع شدہ متن (بلدیہ کی ترمیم کے ساتھ)
my_data_label-files = فائلیں
my_data_label-channel = کیسے موصول ہوا
my_data_label-other = {""}

# A file: its name, size and whether the public may have it.
my_data_file = { $name } ({ $size_bytes } بائٹ، { $public ->
        [true] شائع ہو سکتی ہے
       *[false] شائع نہیں ہوگی
    })

# Heading of the mails.
my_data_mails_heading = آپ کو بھیجی گئی ای میلز

# No mails.
my_data_no_mails = ہم نے اس ایڈریس پر کوئی ای میل نہیں بھیجی۔

# Column headers of the mails: date, subject, status.
my_data_mail_columns-1 = تاریخ
my_data_mail_columns-2 = موضوع
my_data_mail_columns-3 = صورتحال

# A mail's status (`pending`, `sending`, `sent`, `failed`).
my_data_mail_status-sent = بھیج دی گئی
my_data_mail_status-failed = نہیں بھیجی جا سکی
my_data_mail_status-pending = بھیجے جانے کا انتظار

# Heading of the erasure requests.
my_data_erasures_heading = ڈیٹا مٹانے کی آپ کی درخواستیں

# No erasure requests.
my_data_no_erasures = آپ نے مٹانے کی کوئی درخواست نہیں کی۔

# Heading of a response's erasure part.
erase_heading = مٹانے کی درخواست کریں

# What erasure means for this response (`decided`: the hearing has been decided).
erase_explain-true = اس مشاورت کا فیصلہ ہو چکا ہے، اس لیے بلدیہ کو وہ ریکارڈ رکھنا ہوگا جس کی بنیاد پر فیصلہ ہوا: آپ کا نام، ایڈریس اور باقی معلومات مٹا دی جائیں گی، اور آپ کا متن ان کے بغیر محفوظ رہے گا۔
erase_explain-false = بلدیہ آپ کا جواب، اس کی فائلیں اور آپ کی معلومات پوری طرح مٹا دے گی۔ یہ کام بلدیہ کا ایک ملازم کرے گا۔

# The checkbox that confirms an erasure request.
erase_confirm_label = جی ہاں، میرا جواب مٹا دیں

# The checkbox was not ticked.
erase_confirm_required = خانے پر نشان لگا کر تصدیق کریں کہ آپ جواب مٹوانا چاہتے ہیں۔

# The button that asks for erasure of one response.
erase_button = مٹانے کی درخواست بھیجیں

# The button that asks for erasure of every response.
erase_all_button = میرے سب جوابات مٹانے کی درخواست بھیجیں

# Heading of the part that asks for all of them.
erase_all_heading = اپنے سب جوابات مٹوائیں

# After asking.
erasure_requested_notice = مٹانے کی آپ کی درخواست بلدیہ کو بھیج دی گئی ہے۔ آپ یہاں دیکھ سکتے ہیں کہ اس پر کیا کارروائی ہوئی۔

# Asked again: it is pending already.
erasure_pending_notice = آپ پہلے ہی مٹانے کی درخواست کر چکے ہیں؛ اس پر بلدیہ کی کارروائی کا انتظار ہے۔

# The request for this response is waiting for the municipality.
erasure_already_requested = آپ نے { $requested } کو مٹانے کی درخواست کی تھی۔ اس پر بلدیہ کی کارروائی کا انتظار ہے۔

# Subject of the mail telling officials of an erasure request.
erasure_mail_subject = جواب { $svarnummer } مٹانے کی درخواست

# Body of that mail.
erasure_mail_body =
    مشاورت «{ $hearing_title }» میں جواب { $svarnummer } بھیجنے والے نے اپنا جواب مٹانے کی درخواست کی ہے۔

    درخواست یہاں دیکھیں اور اس پر عمل کریں:
    { $link }
    {""}

# Heading of the officials' page, and its link from the hearing's pages.
erasure_requests_title = مٹانے کی درخواستیں

# What the officials' page is for.
erasure_requests_intro-true = مشاورت کا فیصلہ ہو چکا ہے: مٹانے سے بھیجنے والے کی معلومات اور فائلیں ہٹ جاتی ہیں، لیکن وہ گمنام متن باقی رہتا ہے جس کی بنیاد پر فیصلہ ہوا۔
erasure_requests_intro-false = مشاورت کا فیصلہ ابھی نہیں ہوا: مٹانے سے جواب، اس کی فائلیں اور بھیجنے والے کی معلومات پوری طرح ہٹ جاتی ہیں۔

# No requests.
erasure_requests_none = اس مشاورت میں کسی نے مٹانے کی درخواست نہیں کی۔

# Column headers: number, asked, status, carried out by, action.
erasure_columns-1 = جواب نمبر
erasure_columns-2 = درخواست کی تاریخ
erasure_columns-3 = صورتحال
erasure_columns-4 = کس نے مٹایا
erasure_columns-5 = کارروائی

# The officials' button.
erasure_carry_out = ڈیٹا مٹائیں

# After carrying one out.
erasure_done_notice = ڈیٹا مٹا دیا گیا ہے۔
