# Türkçe (Turkish) — files.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Turkish; not word for word, in plain language.
# Review before use: a professional translator with Turkish as first language, and one resident from the hearing's audience reading it on a phone.

# Label of the file field.
files_label = Dosya ekleyin, örneğin bir görüş yazısı

# Hint under the file field: kinds, how many, how large.
files_hint = PDF, Word (.docx), OpenDocument (.odt) veya metin (.txt). En fazla { $max_files } dosya; her biri en fazla { $mb } MB. Dosyalar görüşünüzle birlikte yayınlanır.

# A refused upload: more than `max` files.
file_too_many = En fazla { $max } dosya ekleyebilirsiniz. Gerekirse dosyaları tek bir PDF dosyasında birleştirin.

# A refused file: larger than `max_bytes`.
file_too_large = “{ $name }” dosyası çok büyük: bir dosya en fazla { $mb } MB olabilir. Dosyayı daha küçük bir biçimde, örneğin PDF olarak kaydedin.

# A refused file: nothing in it.
file_empty = “{ $name }” dosyası boş (0 bayt). Doğru dosyayı seçin.

# A refused file: not a PDF, Word, OpenDocument or text file, whatever its name says.
file_unsupported = “{ $name }” dosyası, adı ne olursa olsun, PDF, Word, OpenDocument veya metin dosyası değil. Dosyayı PDF olarak kaydedip tekrar deneyin.

# A refused file: it would unpack to far more than a document holds.
file_zip_bomb = “{ $name }” dosyası kabul edilemiyor: açıldığında normal bir belgeden çok daha büyük oluyor. Dosyayı PDF olarak kaydedip tekrar deneyin.

# Shown when the form came back with errors after files were chosen.
files_choose_again = Güvenlik nedeniyle tarayıcı, form yeniden gösterildiğinde seçtiğiniz dosyaları hatırlayamaz. Göndermeden önce dosyaları yeniden seçin.

# The upload could not be read at all (cut off, too large in all, malformed).
files_unreadable = Dosyalar alınamadı. Lütfen tekrar deneyin; gerekirse daha az veya daha küçük dosyalarla.

# Heading of a published response's files.
attached_files = Ekli dosyalar

# Subject of the mail telling a respondent their response is held back.
held_mail_subject = { $svarnummer } numaralı görüşünüz henüz yayınlanmadı

# Body of that mail.
held_mail_body =
    Sayın { $name },

    “{ $hearing_title }” konusundaki { $svarnummer } numaralı görüşünüze eklediğiniz dosyalardan biri, bir CPR numarası içeriyor gibi görünüyor. Kişisel verileri korumak için görüşünüz, bir belediye çalışanı inceleyene kadar yayınlanmayacak. Görüşünüz yine de alındı ve değerlendirmeye katılıyor.

    Saygılarımızla
    Ordet
    {""}

# Heading of the receipt's list of files.
receipt_files_heading = Ekli dosyalar:

# The public's answer for a file of a published response that is not public yet.
file_not_public_yet =
    Bu dosya henüz herkese açık değil. Belediyenin önce dosyada CPR numarası gibi kişisel veriler olmadığını kontrol etmesi gerekiyor. Lütfen daha sonra tekrar deneyin.
    {""}

# For officials: the file is public, its text checked.
file_disclosure_checked = Herkese açık: metin kontrol edildi; CPR numarasına benzeyen bir şey yok.

# For officials: the file is public, released by an official.
file_disclosure_released = Herkese açık: bir çalışan tarafından yayına açıldı.

# For officials: the file is not public yet, its text being read.
file_disclosure_pending = Henüz herkese açık değil: metin dosyadan okunuyor.

# For officials: the file is not public, its text could not be checked.
file_disclosure_unchecked = Herkese açık değil: metin, CPR numarası açısından kontrol edilemedi. Dosyayı açın; yayınlanabilecekse yayına açın.

# For officials: the file is not public, it seems to hold a CPR number.
file_disclosure_personal_data = Herkese açık değil: dosyanın adında veya metninde bir CPR numarası var gibi görünüyor. Yalnızca bu bir CPR numarası değilse yayına açın.

# The button that makes a file public although it was not checked.
release_file_button = Dosyayı yayına aç
