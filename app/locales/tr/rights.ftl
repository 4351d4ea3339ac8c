# Türkçe (Turkish) — rights.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Turkish; not word for word, in plain language.
# Review before use: a professional translator with Turkish as first language, and one resident from the hearing's audience reading it on a phone.

# Heading of the data pages: "Your data".
my_data_title = Verileriniz

# What the page offers, above the address field.
my_data_intro = Burada belediyenin görüş toplama süreçleriyle ilgili olarak hakkınızda sakladığı her şeyi görebilir, indirebilir ve silinmesini isteyebilirsiniz: bilgileriniz, görüşleriniz ve dosyalarınız, size gönderdiğimiz e-postalar. Kullandığınız e-posta adresini yazın; bu adrese bir bağlantı gönderelim.

# The button that asks for a link.
my_data_send_button = Bana bağlantı gönder

# After asking: said alike whether the address is known or not.
my_data_link_sent = Bu adresle ilgili verimiz varsa, adrese şimdi bir bağlantı gönderdik. Bağlantı { $minutes } dakika geçerlidir ve yalnızca bir kez kullanılabilir. E-posta gelmezse bu adresle ilgili verimiz yoktur – ya da istenmeyen e-posta (spam) klasörünüze bakın.

# Too many links asked for the address or from the network.
my_data_rate_limited = Bu adres için veya ağınızdan çok fazla bağlantı istendi. Lütfen bir saat sonra tekrar deneyin.

# Subject of the mail with the link.
my_data_mail_subject = Verilerinizi görmek için bağlantı

# Body of that mail.
my_data_mail_body =
    Merhaba,

    Siz (veya e-posta adresinizi yazan başka biri), belediyenin görüş toplama süreçleriyle ilgili olarak e-posta adresiniz hakkında sakladığı verileri görmek istedi.

    Aşağıdaki bağlantıyı açın. Bağlantı { $minutes } dakika geçerlidir ve yalnızca bir kez kullanılabilir:
    { $link }

    Bunu siz istemediyseniz bu e-postayı dikkate almayabilirsiniz. Bu bağlantı olmadan kimse verilerinizi göremez.
    {""}

# What the mailed link's page says above its button.
my_data_open_body = Verilerinizi görmek için düğmeye basın. Bu tarayıcıda { $minutes } dakika boyunca verilerinizi görebilirsiniz; bundan sonra bağlantı tekrar kullanılamaz.

# The button that opens the data.
my_data_open_button = Verilerimi göster

# The link was used already.
my_data_link_used = Bu bağlantı zaten kullanıldı. Bir bağlantı yalnızca bir kez çalışır – yeni bir bağlantı isteyin.

# The link is too old.
my_data_link_expired = Bu bağlantının süresi doldu. Yeni bir bağlantı isteyin.

# No such link.
my_data_link_unknown = Böyle bir bağlantı yok. Bağlantının tamamını kopyaladığınızı kontrol edin veya yeni bir bağlantı isteyin.

# Link to ask for a new link.
my_data_ask_again = Yeni bağlantı iste

# Heading of the data page, naming the address.
my_data_heading = { $email } adresiyle ilgili veriler

# How long the access lasts, and that it is this browser's only.
my_data_access_until = Bu tarayıcıda verilerinizi şu zamana kadar görebilirsiniz: { $until }. Sonra yeni bir bağlantı istemeniz gerekir.

# The download link.
my_data_download = Tüm verileri indir (JSON)

# The button that ends the access.
my_data_close = Erişimi sonlandır

# After ending it.
my_data_closed_notice = Bu tarayıcıda verilerinize erişim sona erdi.

# The button on the private change-or-withdraw page that leads here.
my_data_from_manage = Verilerinizi görün, indirin veya silin

# What that button does.
my_data_from_manage_explain = Belediyenin görüş toplama süreçlerinde e-posta adresiniz hakkında sakladığı her şeyi görün, bir dosya olarak indirin veya silinmesini isteyin.

# Heading of the stored identities.
my_data_identity_heading = Bilgileriniz

# "Sent with response(s) …": which responses an identity came with.
my_data_identity_of = { $svarnumre } numaralı görüşle birlikte verildi

# "When stored" label.
my_data_stored_at = Kaydedildiği tarih

# Heading of the responses.
my_data_responses_heading = Görüşleriniz

# No responses on the address.
my_data_no_responses = Bu adresten gönderilmiş bir görüş yok.

# The label of a response's date or field: `hearing`, `submitted`, `verified`,
# `published`, `updated`, `section`, `paragraph`, `published_text`, `files`, `channel`.
my_data_label-hearing = Konu
my_data_label-submitted = Gönderildi
my_data_label-verified = Onaylandı
my_data_label-published = Yayınlandı
my_data_label-updated = Son değişiklik
my_data_label-section = Bölüm
my_data_label-paragraph = Paragraf
my_data_label-published_text = Yayınlanan metin (belediye tarafından düzenlenmiş)
my_data_label-files = Dosyalar
my_data_label-channel = Nasıl alındı
my_data_label-other = {""}

# A file: its name, size and whether the public may have it.
my_data_file = { $name } ({ $size_bytes } bayt, { $public ->
        [true] yayınlanabilir
       *[false] yayınlanmaz
    })

# Heading of the mails.
my_data_mails_heading = Size gönderilen e-postalar

# No mails.
my_data_no_mails = Bu adrese hiç e-posta göndermedik.

# Column headers of the mails: date, subject, status.
my_data_mail_columns-1 = Tarih
my_data_mail_columns-2 = Konu
my_data_mail_columns-3 = Durum

# A mail's status (`pending`, `sending`, `sent`, `failed`).
my_data_mail_status-sent = Gönderildi
my_data_mail_status-failed = Gönderilemedi
my_data_mail_status-pending = Gönderilmeyi bekliyor

# Heading of the erasure requests.
my_data_erasures_heading = Silme talepleriniz

# No erasure requests.
my_data_no_erasures = Silme talebinde bulunmadınız.

# Heading of a response's erasure part.
erase_heading = Silinmesini isteyin

# What erasure means for this response (`decided`: the hearing has been decided).
erase_explain-true = Bu konuda karar verildi. Bu yüzden belediye, kararda kullanılan bilgileri saklamak zorundadır: adınız, adresiniz ve diğer bilgileriniz silinir; görüşünüzün metni ise bu bilgiler olmadan saklanır.
erase_explain-false = Belediye görüşünüzü, dosyalarını ve bilgilerinizi tamamen siler. Silme işlemini bir belediye çalışanı yapar.

# The checkbox that confirms an erasure request.
erase_confirm_label = Evet, görüşüm silinsin

# The checkbox was not ticked.
erase_confirm_required = Görüşün silinmesini istediğinizi onaylamak için kutuyu işaretleyin.

# The button that asks for erasure of one response.
erase_button = Silinmesini iste

# The button that asks for erasure of every response.
erase_all_button = Tüm görüşlerimin silinmesini iste

# Heading of the part that asks for all of them.
erase_all_heading = Tüm görüşlerinizin silinmesi

# After asking.
erasure_requested_notice = Silme talebiniz belediyeye gönderildi. Talebin durumunu buradan takip edebilirsiniz.

# Asked again: it is pending already.
erasure_pending_notice = Silme talebinde zaten bulundunuz. Talep, belediyenin işlem yapmasını bekliyor.

# The request for this response is waiting for the municipality.
erasure_already_requested = Silme talebinde bulunduğunuz tarih: { $requested }. Talep, belediyenin işlem yapmasını bekliyor.

# Subject of the mail telling officials of an erasure request.
erasure_mail_subject = { $svarnummer } numaralı görüşün silinmesi talebi

# Body of that mail.
erasure_mail_body =
    “{ $hearing_title }” konusundaki { $svarnummer } numaralı görüşü gönderen kişi, görüşün silinmesini istedi.

    Talebi buradan görüp yerine getirin:
    { $link }
    {""}

# Heading of the officials' page, and its link from the hearing's pages.
erasure_requests_title = Silme talepleri

# What the officials' page is for.
erasure_requests_intro-true = Bu konuda karar verildi: silme işlemi gönderenin bilgilerini ve dosyalarını kaldırır, ama kararda kullanılan anonimleştirilmiş metni saklar.
erasure_requests_intro-false = Bu konuda henüz karar verilmedi: silme işlemi görüşü, dosyalarını ve gönderenin bilgilerini tamamen kaldırır.

# No requests.
erasure_requests_none = Bu konuda kimse silme talebinde bulunmadı.

# Column headers: number, asked, status, carried out by, action.
erasure_columns-1 = Görüş numarası
erasure_columns-2 = Talep tarihi
erasure_columns-3 = Durum
erasure_columns-4 = Yapan
erasure_columns-5 = İşlem

# The officials' button.
erasure_carry_out = Silme işlemini yap

# After carrying one out.
erasure_done_notice = Silme işlemi yapıldı.
