# اردو (Urdu) — files.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Urdu; not word for word, in plain language.
# Review before use: a professional translator with Urdu as first language, and one resident from the hearing's audience reading it on a phone.

# Label of the file field.
files_label = فائلیں لگائیں، مثلاً اپنا خط

# Hint under the file field: kinds, how many, how large.
files_hint = فائل PDF، ورڈ (.docx)، اوپن ڈاکیومنٹ (.odt) یا ٹیکسٹ (.txt) ہو سکتی ہے۔ زیادہ سے زیادہ { $max_files } فائلیں، ہر ایک { $mb } MB تک۔ فائلیں آپ کے جواب کے ساتھ شائع ہوں گی۔

# A refused upload: more than `max` files.
file_too_many = آپ زیادہ سے زیادہ { $max } فائلیں لگا سکتے ہیں۔ چاہیں تو انہیں ایک PDF میں جمع کر لیں۔

# A refused file: larger than `max_bytes`.
file_too_large = فائل «{ $name }» { $mb } MB سے بڑی ہے۔ اسے چھوٹے سائز میں محفوظ کریں، مثلاً PDF کی صورت میں۔

# A refused file: nothing in it.
file_empty = فائل «{ $name }» خالی ہے (0 بائٹ)۔ صحیح فائل منتخب کریں۔

# A refused file: not a PDF, Word, OpenDocument or text file, whatever its name says.
file_unsupported = فائل «{ $name }» نہ PDF ہے، نہ ورڈ، نہ اوپن ڈاکیومنٹ اور نہ ٹیکسٹ فائل، چاہے اس کا نام کچھ بھی ہو۔ اسے PDF کی صورت میں محفوظ کریں اور دوبارہ کوشش کریں۔

# A refused file: it would unpack to far more than a document holds.
file_zip_bomb = فائل «{ $name }» قبول نہیں کی جا سکتی: کھلنے پر یہ کسی عام دستاویز سے کہیں زیادہ بڑی ہو جاتی ہے۔ اسے PDF کی صورت میں محفوظ کریں اور دوبارہ کوشش کریں۔

# Shown when the form came back with errors after files were chosen.
files_choose_again = حفاظت کی وجہ سے براؤزر فارم دوبارہ دکھاتے وقت چنی ہوئی فائلیں یاد نہیں رکھتا۔ بھیجنے سے پہلے فائلیں دوبارہ چنیں۔

# The upload could not be read at all (cut off, too large in all, malformed).
files_unreadable = فائلیں وصول نہیں ہو سکیں۔ دوبارہ کوشش کریں، ہو سکے تو کم یا چھوٹی فائلوں کے ساتھ۔

# Heading of a published response's files.
attached_files = ساتھ لگی فائلیں

# Subject of the mail telling a respondent their response is held back.
held_mail_subject = آپ کا جواب { $svarnummer } ابھی شائع نہیں ہوا

# Body of that mail.
held_mail_body =
    محترم { $name }،

    آپ نے «{ $hearing_title }» پر اپنے جواب { $svarnummer } کے ساتھ جو فائلیں لگائیں، لگتا ہے ان میں سے ایک میں CPR نمبر ہے۔ ذاتی معلومات کی حفاظت کے لیے یہ جواب اس وقت تک شائع نہیں ہوگا جب تک بلدیہ کا کوئی ملازم اسے دیکھ نہ لے۔ آپ کا جواب پھر بھی وصول ہو چکا ہے اور مشاورت میں شامل ہے۔

    نیک خواہشات کے ساتھ
    Ordet
    {""}

# Heading of the receipt's list of files.
receipt_files_heading = ساتھ لگی فائلیں:

# The public's answer for a file of a published response that is not public yet.
file_not_public_yet =
    یہ فائل ابھی سب کے لیے کھلی نہیں۔ بلدیہ پہلے دیکھے گی کہ اس میں کوئی ذاتی معلومات، مثلاً CPR نمبر، تو نہیں۔ بعد میں دوبارہ کوشش کریں۔
    {""}

# For officials: the file is public, its text checked.
file_disclosure_checked = پبلک: متن جانچا جا چکا ہے اور اس میں CPR نمبر جیسی کوئی چیز نہیں۔

# For officials: the file is public, released by an official.
file_disclosure_released = پبلک: ایک ملازم نے جاری کی۔

# For officials: the file is not public yet, its text being read.
file_disclosure_pending = ابھی پبلک نہیں: فائل سے متن پڑھا جا رہا ہے۔

# For officials: the file is not public, its text could not be checked.
file_disclosure_unchecked = پبلک نہیں: متن میں CPR نمبر کی جانچ نہیں ہو سکی۔ فائل کھولیں، اور اگر یہ شائع ہو سکتی ہے تو اسے جاری کریں۔

# For officials: the file is not public, it seems to hold a CPR number.
file_disclosure_personal_data = پبلک نہیں: لگتا ہے فائل کے نام یا متن میں CPR نمبر ہے۔ اسے صرف تب جاری کریں جب یہ CPR نمبر نہ ہو۔

# The button that makes a file public although it was not checked.
release_file_button = فائل جاری کریں
