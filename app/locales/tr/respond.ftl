# Türkçe (Turkish) — respond.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Turkish; not word for word, in plain language.
# Review before use: a professional translator with Turkish as first language, and one resident from the hearing's audience reading it on a phone.

# Heading of the form page.
respond_title = Görüşünüzü bildirin (høringssvar)

# Introduction above the form.
respond_intro = Kendi sözlerinizle yazın – Danca, Türkçe veya başka bir dilde. Size bir bağlantı içeren bir e-posta göndereceğiz. Görüşünüzü onaylamak için bu bağlantıyı açmanız gerekir.

# The submit button.
respond_submit = Görüşü gönder

# Link from the hearing page to the form.
give_response = Görüşünüzü bildirin

# Visible text of the link beside a paragraph.
comment = Yorum yap

# Hidden rest of that link's name: " on paragraph 12".
comment_on = {" "}(paragraf { $number })

# Caption of the quoted paragraph.
commenting_on = Paragraf { $number } hakkında yorum yazıyorsunuz:

# Shown instead of the form when the hearing is not open.
not_open = Bu konu şu anda görüşlere açık değil.

# The form-level error when the deadline passed while writing.
closed_while_writing = Son tarih geçti. Bu yüzden görüş artık gönderilemez. Metniniz aşağıda duruyor; isterseniz kendinize kaydedebilirsiniz.

# The form came back faster than a person fills it in.
sent_too_fast = Bu çok hızlı oldu. Görüşünüzü kontrol edin ve gönder düğmesine tekrar basın.

# The form-level error when one address sent too many responses.
rate_limited = Kısa sürede buradan çok sayıda görüş gönderildi. Bir saat bekleyip tekrar deneyin. Metniniz aşağıda duruyor.

# Heading of the list of errors.
error_summary = Lütfen şunları düzeltin

# "(optional)".
optional = (isteğe bağlı)

# Legend of the respondent kind.
kind_legend = Görüşünüzü hangi sıfatla gönderiyorsunuz?

# Name field.
name_label = Adınız

# E-mail field.
email_label = E-posta adresiniz

# Hint under the e-mail field.
email_hint = Onay bağlantısını bu adrese göndereceğiz. E-posta adresiniz hiçbir zaman yayınlanmaz.

# Postal code field.
postal_code_label = Posta kodu

# Organisation field.
organisation_label = Kuruluşun adı

# Hint under the organisation field.
organisation_hint = Yalnızca dernekler, şirketler ve kamu kurumları için. Görüş, kuruluşun adıyla yayınlanır.

# Contact role field.
contact_role_label = Kuruluştaki göreviniz

# CVR field.
cvr_label = CVR numarası

# Hint under the CVR field.
cvr_hint = Yalnızca şirketler için: 8 hane.

# The checkbox that lets a resident's name be published.
publish_name_label = Adım görüşümle birlikte gösterilebilir (işaretlemezseniz adınız yerine “Borger” (kent sakini) yazar ve posta kodunuz gösterilir)

# Legend of the stance.
stance_legend = Öneri hakkında ne düşünüyorsunuz?

# The text field.
text_label = Görüşünüz

# Hint under the text field.
text_hint = En fazla 20.000 karakter.

# Heading of the list of published responses.
responses_title = Görüşler

# "n responses received" on the hearing page.
responses_received = { $verified ->
        [0] Henüz görüş yok.
        [one] 1 görüş alındı.
       *[other] { $verified } görüş alındı.
    }

# Link to the published responses.
read_published = Yayınlanan görüşleri okuyun ({ $published })

# Comment count beside a paragraph.
comment_count = { $count ->
        [one] 1 yorum
       *[other] { $count } yorum
    }

# Shown when nothing is published yet.
no_responses_yet = Henüz yayınlanmış bir görüş yok.

# Link to the previous page.
previous_page = Önceki sayfa

# Link to the next page.
next_page = Sonraki sayfa

# Label of the page navigation.
pages = Sayfalar

# "About paragraph n".
about_paragraph = İlgili paragraf

# Subject of the receipt (kvittering) sent after verification.
receipt_subject = { $svarnummer } numaralı görüşünüz alındı

# Body of the receipt: what was received, where it stands, a copy of the text, the
# files with their SHA-256 and the private link to change or withdraw the response.
receipt_body =
    Sayın { $name },

    “{ $hearing_title }” konusundaki görüşünüzü aldık ve kaydettik. Görüş numaranız (svarnummer): { $svarnummer }.

    { $outcome }

    Görüşünüzü şu tarihe kadar değiştirebilir veya geri çekebilirsiniz: { $deadline }. Bunun için size özel olan bu bağlantıyı kullanın (başkalarıyla paylaşmayın):
    { $manage_link }

    Yazdığınız haliyle görüşünüz:

    { $text }

    { $files }Saygılarımızla
    Ordet
    {""}

# Receipt: the verified response is public now.
receipt_status_published = Görüşünüz artık konunun sayfasında okunabilir.

# Receipt: the verified response is held back (it seems to hold a CPR number).
receipt_status_held = Görüşünüzde bir CPR numarası var gibi görünüyor. Bu yüzden görüşünüz yayınlanmadan önce bir belediye çalışanı onu inceleyecek.

# Receipt: the verified response waits for an official's review.
receipt_status_awaiting_review = Görüşünüz, belediye inceledikten sonra yayınlanacak.

# Receipt: the verified response is published with the others at the deadline.
receipt_status_awaiting_deadline = Görüşünüz, son tarih geçtikten sonra diğer görüşlerle birlikte yayınlanacak.

# Heading of the "check your e-mail" page.
sent_title = E-postanızı kontrol edin

# Body of the "check your e-mail" page.
sent_body = Teşekkürler! Görüş numaranız (svarnummer): { $svarnummer }. Size bir bağlantı içeren bir e-posta gönderdik. Görüşünüzü onaylamak için bağlantıyı 7 gün içinde açın.

# An `Idempotency-Key` header that is empty, too long or not visible ASCII.
idempotency_key_invalid = Idempotency-Key, 1 ile 255 arasında görünür ASCII karakterinden oluşmalıdır.

# An `Idempotency-Key` already used for another submission to the hearing.
idempotency_key_reused = Bu Idempotency-Key, bu konudaki başka bir görüş için zaten kullanıldı. Yeni bir görüş için yeni bir anahtar kullanın.

# A rendered form sent again with other content after it was accepted.
form_already_sent = Bu form daha önce farklı bir içerikle gönderildi. Yeni bir görüş göndermek için sayfayı yeniden yükleyin. Metniniz aşağıda duruyor.

# A field must be filled in.
field_required = Bu alanı doldurun.

# The respondent kind is not one of the four.
field_unknown_kind = Görüşünüzü hangi sıfatla gönderdiğinizi seçin: kent sakini, dernek, şirket veya kamu kurumu.

# The e-mail address does not look like one.
field_email_malformed = Geçerli bir e-posta adresi yazın, örneğin ad@ornek.dk.

# The CVR number is not eight digits.
field_cvr_not_eight_digits = CVR numarası 8 hanelidir, örneğin 12345678.

# The CVR number fails the modulus-11 check.
field_cvr_checksum = Böyle bir CVR numarası yok. İki rakamın yerini karıştırmış olabilirsiniz; lütfen kontrol edin.

# The postal code is not four digits.
field_postal_code = Posta kodu 4 hanelidir, örneğin 2300.

# The response's text is empty.
field_text_empty = Görüşünüzü yazın.

# The response's text is too long: `chars` characters sent.
field_text_too_long = Metniniz { $chars } karakter; en fazla 20.000 karakter yazabilirsiniz. Metni kısaltın veya bir mektup olarak ekleyin.

# A name is too long.
field_too_long = En fazla 200 karakter.

# The stance is not one of the four.
field_unknown_stance = Tutumunuzu seçin: destekliyorum, karşıyım, kısmen destekliyorum/kısmen karşıyım veya belirtmek istemiyorum.

# No section of the current draft has this anchor.
field_unknown_section = Bu bölüm, geçerli taslakta yok.

# No paragraph of the current draft has this anchor.
field_unknown_paragraph = Bu paragraf, geçerli taslakta yok.

# Heading of the verification page: the response is verified.
verify_heading_verified = Teşekkürler – görüşünüz onaylandı

# Heading of the verification page: verified, but held back for personal data.
verify_heading_held = Teşekkürler – görüşünüz onaylandı

# Heading of the verification page: the link was followed before.
verify_heading_already_verified = Görüşünüz zaten onaylanmış

# Heading of the verification page: no such link.
verify_heading_unknown = Bağlantı çalışmıyor

# Heading of the verification page: the link has expired.
verify_heading_expired = Bağlantının süresi doldu

# Heading of the verification page: the hearing's deadline has passed.
verify_heading_closed = Görüş toplama sona erdi

# Text of the verification page: verified, with its number and where it stands (a
# `receipt_status_*` text).
verify_body_verified = Görüş numaranız: { $svarnummer }. { $standing }

# Text of the verification page: verified, but held back for personal data.
verify_body_held = Görüş numaranız: { $svarnummer }. Görüşünüzde bir CPR numarası var gibi görünüyor. Bu yüzden görüşünüz yayınlanmadan önce bir belediye çalışanı onu inceleyecek. Bu, sizi korumak içindir.

# Text of the verification page: the link was followed before.
verify_body_already_verified = Görüş numaranız: { $svarnummer }. Başka bir şey yapmanıza gerek yok.

# Text of the verification page: no such link.
verify_body_unknown = E-postadaki bağlantının tamamını kopyaladığınızı kontrol edin.

# Text of the verification page: the link has expired.
verify_body_expired = Onay bağlantısı 7 gün geçerlidir. Görüş toplama hâlâ açıksa görüşünüzü yeniden gönderin.

# Text of the verification page: the hearing's deadline has passed.
verify_body_closed = Son tarih geçti. Bu yüzden görüş artık onaylanamaz.
