# Türkçe (Turkish) — manage.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Turkish; not word for word, in plain language.
# Review before use: a professional translator with Turkish as first language, and one resident from the hearing's audience reading it on a phone.

# Heading: "Your response 2010-64452-0001".
manage_title = { $svarnummer } numaralı görüşünüz

# Until when it can be changed.
manage_intro = Görüşünüzü şu tarihe kadar değiştirebilir veya geri çekebilirsiniz: { $deadline }.

# "Status" label.
status_label = Durum

# The save button.
save_changes = Değişiklikleri kaydet

# Confirmation after saving.
saved_notice = Değişiklikleriniz kaydedildi.

# Confirmation after withdrawing.
withdrawn_notice = Görüşünüz geri çekildi. Artık değerlendirmeye alınmayacak.

# Heading of the withdrawal part.
withdraw_heading = Görüşü geri çekin

# What withdrawing means.
withdraw_explain = Görüşünüzü geri çekerseniz, konunun sayfasından kaldırılır ve değerlendirmeye alınmaz. Bu işlem geri alınamaz. Ancak görüş toplama açık olduğu sürece yeni bir görüş gönderebilirsiniz.

# The confirmation checkbox.
withdraw_confirm_label = Evet, görüşümü geri çekmek istiyorum

# The withdraw button.
withdraw_button = Görüşü geri çek

# The checkbox was not ticked.
withdraw_confirm_required = Görüşünüzü geri çekmek istiyorsanız kutuyu işaretleyin.

# A withdrawn response cannot be changed.
already_withdrawn = Görüş geri çekildi ve artık değiştirilemez.

# The deadline has passed.
manage_closed = Son tarih geçti. Bu yüzden görüş artık değiştirilemez veya geri çekilemez.

# Heading when the link is unknown.
manage_unknown_title = Bağlantı çalışmıyor

# Text when the link is unknown.
manage_unknown_body = Alındı e-postasındaki bağlantının tamamını kopyaladığınızı kontrol edin.

# An official must give a reason to hold or reject.
moderation_reason_required = Bir gerekçe yazın: gerekçe kayıtlarda saklanır ve görüş reddedilirse gönderene iletilir.

# Subject of the mail telling a respondent their response was rejected.
rejected_mail_subject = { $svarnummer } numaralı görüşünüz reddedildi

# Body of that mail, with the official's reason.
rejected_mail_body =
    Sayın { $name },

    Belediye, “{ $hearing_title }” konusundaki { $svarnummer } numaralı görüşünüzü şu gerekçeyle reddetti:

    { $reason }

    Görüşünüz yayınlanmayacak. Bu karara katılmıyorsanız bu e-postayı yanıtlayabilirsiniz.

    Saygılarımızla
    Ordet
    {""}

# The response changed while the change was being saved: try again.
manage_changed_meanwhile = Siz yazarken görüş değiştirildi. Lütfen görüşü gözden geçirip yeniden kaydedin.

# A response or a change could not be stored (a failure on our side): the text is kept.
not_saved_try_again = Görüşünüz şu anda kaydedilemedi. Metniniz hâlâ burada; biraz sonra yeniden göndermeyi deneyin.

# Heading of the verification page before the button is pressed.
verify_confirm_title = Görüşünüzü onaylayın

# What the button does, naming the response and the hearing.
verify_confirm_body = “{ $hearing_title }” konusundaki { $svarnummer } numaralı görüşünüzü onaylamak için düğmeye basın. Görüşünüz ancak o zaman değerlendirmeye alınır.

# The button that confirms a response.
verify_confirm_button = Görüşü onayla

# Subject of the mail telling officials an author changed a decided response.
author_changed_mail_subject = { $svarnummer } numaralı görüş, gönderen tarafından değiştirildi

# Body of that mail: the hearing, the response, where it stands and a link to it.
author_changed_mail_body =
    Gönderen, “{ $hearing_title }” konusundaki { $svarnummer } numaralı görüşü, bir çalışan görüş hakkında karar verdikten sonra kendi özel bağlantısıyla değiştirdi.

    Görüş, çalışanın belirlediği durumda kalıyor: { $status }. Değişiklik yayınlanmadı; eski ve yeni metin kayıtlarda duruyor.

    Görüşü görün: { $link }

    Ordet
    {""}
