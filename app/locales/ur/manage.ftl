# اردو (Urdu) — manage.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Urdu; not word for word, in plain language.
# Review before use: a professional translator with Urdu as first language, and one resident from the hearing's audience reading it on a phone.

# Heading: "Your response 2010-64452-0001".
manage_title = آپ کا جواب { $svarnummer }

# Until when it can be changed.
manage_intro = آپ { $deadline } تک اپنے جواب میں تبدیلی کر سکتے ہیں یا اسے واپس لے سکتے ہیں۔

# "Status" label.
status_label = صورتحال

# The save button.
save_changes = تبدیلیاں محفوظ کریں

# Confirmation after saving.
saved_notice = آپ کی تبدیلیاں محفوظ ہو گئی ہیں۔

# Confirmation after withdrawing.
withdrawn_notice = آپ کا جواب واپس لے لیا گیا ہے۔ اب یہ مشاورت میں شامل نہیں۔

# Heading of the withdrawal part.
withdraw_heading = جواب واپس لیں

# What withdrawing means.
withdraw_explain = اگر آپ جواب واپس لیں گے تو اسے مشاورت کے صفحے سے ہٹا دیا جائے گا اور اس پر غور نہیں ہوگا۔ یہ قدم واپس نہیں ہو سکتا، لیکن جب تک مشاورت کھلی ہے آپ نیا جواب بھیج سکتے ہیں۔

# The confirmation checkbox.
withdraw_confirm_label = جی ہاں، میرا جواب واپس لے لیں

# The withdraw button.
withdraw_button = جواب واپس لیں

# The checkbox was not ticked.
withdraw_confirm_required = اگر آپ جواب واپس لینا چاہتے ہیں تو خانے پر نشان لگائیں۔

# A withdrawn response cannot be changed.
already_withdrawn = یہ جواب واپس لیا جا چکا ہے اور اب اس میں تبدیلی نہیں ہو سکتی۔

# The deadline has passed.
manage_closed = آخری تاریخ گزر چکی ہے، اس لیے اب نہ جواب میں تبدیلی ہو سکتی ہے اور نہ اسے واپس لیا جا سکتا ہے۔

# Heading when the link is unknown.
manage_unknown_title = یہ لنک کام نہیں کر رہا

# Text when the link is unknown.
manage_unknown_body = دیکھ لیں کہ آپ نے رسید والی ای میل سے پورا لنک کاپی کیا ہے۔

# An official must give a reason to hold or reject.
moderation_reason_required = وجہ لکھیں: یہ لاگ میں محفوظ ہوگی، اور جواب رد ہونے کی صورت میں بھیجنے والے کو بھیجی جائے گی۔

# Subject of the mail telling a respondent their response was rejected.
rejected_mail_subject = آپ کا جواب { $svarnummer } رد کر دیا گیا ہے

# Body of that mail, with the official's reason.
rejected_mail_body =
    محترم { $name }،

    بلدیہ نے «{ $hearing_title }» پر آپ کا جواب { $svarnummer } اس وجہ سے رد کر دیا ہے:

    { $reason }

    یہ جواب شائع نہیں ہوگا۔ اگر آپ اس سے متفق نہیں تو اس ای میل کا جواب دے سکتے ہیں۔

    نیک خواہشات کے ساتھ
    Ordet
    {""}

# The response changed while the change was being saved: try again.
manage_changed_meanwhile = جب آپ لکھ رہے تھے، اسی دوران جواب میں تبدیلی ہو گئی۔ اسے دیکھ لیں اور دوبارہ محفوظ کریں۔

# A response or a change could not be stored (a failure on our side): the text is kept.
not_saved_try_again = آپ کا جواب ابھی محفوظ نہیں ہو سکا۔ آپ کا متن یہیں موجود ہے؛ تھوڑی دیر بعد دوبارہ بھیجیں۔

# Heading of the verification page before the button is pressed.
verify_confirm_title = اپنے جواب کی تصدیق کریں

# What the button does, naming the response and the hearing.
verify_confirm_body = بٹن دبا کر «{ $hearing_title }» پر اپنے جواب { $svarnummer } کی تصدیق کریں۔ اس کے بعد ہی یہ مشاورت میں شامل ہوگا۔

# The button that confirms a response.
verify_confirm_button = جواب کی تصدیق کریں

# Subject of the mail telling officials an author changed a decided response.
author_changed_mail_subject = بھیجنے والے نے جواب { $svarnummer } میں تبدیلی کی ہے

# Body of that mail: the hearing, the response, where it stands and a link to it.
author_changed_mail_body =
    بھیجنے والے نے «{ $hearing_title }» پر جواب { $svarnummer } میں اپنے ذاتی لنک کے ذریعے تبدیلی کی ہے، حالانکہ ایک ملازم اس کے بارے میں فیصلہ کر چکا تھا۔

    جواب اسی حالت میں ہے جس میں ملازم نے اسے رکھا تھا: { $status }۔ یہ تبدیلی شائع نہیں ہوئی، اور پرانا اور نیا دونوں متن لاگ میں موجود ہیں۔

    جواب دیکھیں: { $link }

    Ordet
    {""}
