# العربية (Arabic) — files.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Arabic; not word for word, in plain language.
# Review before use: a professional translator with Arabic as first language, and one resident from the hearing's audience reading it on a phone.

# Label of the file field.
files_label = إرفاق ملفات، مثل رسالة مكتوبة تتضمن ردك

# Hint under the file field: kinds, how many, how large.
files_hint = الأنواع المقبولة: PDF أو Word (.docx) أو OpenDocument (.odt) أو نص (.txt). يمكنك إرفاق { $max_files ->
        [one] ملف واحد
        [two] ملفين
        [few] { $max_files } ملفات
        [many] { $max_files } ملفًا
       *[other] { $max_files } ملف
    } على الأكثر، وحجم كل ملف حتى { $mb } ميغابايت. تُنشر الملفات مع ردك.

# A refused upload: more than `max` files.
file_too_many = يمكنك إرفاق { $max ->
        [one] ملف واحد
        [two] ملفين
        [few] { $max } ملفات
        [many] { $max } ملفًا
       *[other] { $max } ملف
    } على الأكثر. ويمكنك مثلًا أن تجمعها في ملف PDF واحد.

# A refused file: larger than `max_bytes`.
file_too_large = الملف «{ $name }» أكبر من { $mb } ميغابايت. احفظ نسخة أصغر منه، مثلًا بصيغة PDF.

# A refused file: nothing in it.
file_empty = الملف «{ $name }» فارغ (0 بايت). يرجى اختيار الملف الصحيح.

# A refused file: not a PDF, Word, OpenDocument or text file, whatever its name says.
file_unsupported = الملف «{ $name }» ليس ملف PDF أو Word أو OpenDocument أو ملفًا نصيًا، مهما كان اسمه. احفظه بصيغة PDF وحاول مرة أخرى.

# A refused file: it would unpack to far more than a document holds.
file_zip_bomb = لا يمكن استلام الملف «{ $name }»: عند فك ضغطه يصبح أكبر بكثير من حجم أي وثيقة عادية. احفظه بصيغة PDF وحاول مرة أخرى.

# Shown when the form came back with errors after files were chosen.
files_choose_again = لأسباب أمنية، لا يستطيع المتصفح تذكّر الملفات التي اخترتها عندما يُعرض النموذج مرة أخرى. يرجى اختيارها من جديد قبل الإرسال.

# The upload could not be read at all (cut off, too large in all, malformed).
files_unreadable = تعذّر استلام الملفات. يرجى المحاولة مرة أخرى، وربما بعدد أقل من الملفات أو بملفات أصغر حجمًا.

# Heading of a published response's files.
attached_files = الملفات المرفقة

# Subject of the mail telling a respondent their response is held back.
held_mail_subject = ردك { $svarnummer } لم يُنشر بعد

# Body of that mail.
held_mail_body =
    مرحبًا { $name }،

    يبدو أن أحد الملفات التي أرفقتها بردك { $svarnummer } على الاستشارة «{ $hearing_title }» يحتوي على رقم CPR. لحماية البيانات الشخصية، لن يُنشر الرد حتى يراجعه أحد الموظفين. لقد استلمنا ردك، وهو ما زال جزءًا من الاستشارة.

    مع أطيب التحيات
    Ordet
    {""}

# Heading of the receipt's list of files.
receipt_files_heading = الملفات المرفقة:

# The public's answer for a file of a published response that is not public yet.
file_not_public_yet =
    هذا الملف غير متاح للعموم بعد. يجب على البلدية أولًا أن تتأكد من أنه لا يحتوي على بيانات شخصية، مثل رقم CPR. يرجى المحاولة لاحقًا.
    {""}

# For officials: the file is public, its text checked.
file_disclosure_checked = متاح للعموم: تم فحص نصه، ولا يحتوي على أي شيء يشبه رقم CPR.

# For officials: the file is public, released by an official.
file_disclosure_released = متاح للعموم: أتاحه أحد الموظفين.

# For officials: the file is not public yet, its text being read.
file_disclosure_pending = غير متاح للعموم بعد: تجري قراءة النص من الملف.

# For officials: the file is not public, its text could not be checked.
file_disclosure_unchecked = غير متاح للعموم: تعذّر فحص نصه بحثًا عن أرقام CPR. افتح الملف، وأتِحه للعموم إذا كان يجوز نشره.

# For officials: the file is not public, it seems to hold a CPR number.
file_disclosure_personal_data = غير متاح للعموم: يبدو أن اسم الملف أو نصه يحتوي على رقم CPR. لا تُتِحه للعموم إلا إذا لم يكن ذلك رقم CPR.

# The button that makes a file public although it was not checked.
release_file_button = إتاحة الملف للعموم
