# Türkçe (Turkish) — common.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Turkish; not word for word, in plain language.
# Review before use: a professional translator with Turkish as first language, and one resident from the hearing's audience reading it on a phone.

# The product name.
site_name = Ordet

# What the site is, under the product name.
site_tagline = Halkın görüşüne sunulan konular

# A one-line field (name, organisation, title, label) holds a line break or another
# control character.
not_one_line = Tek satıra yazın; satır sonu, sekme veya başka bir kontrol karakteri kullanmayın.

# Link that skips the header for keyboard and screen-reader users.
skip_to_content = İçeriğe geç

# Label of the main navigation.
main_nav = Ana menü

# Name of this language in itself, shown on the switch that leads to it.
language_name = Türkçe

# Accessible label of the language switch, in the language it leads to.
switch_to_this_language = Sayfayı Türkçe göster

# Label of the list of languages in the header.
languages_nav = Diller

# Footer text.
footer_text = Ordet, halkın görüşünü almak için kullanılan bir platformdur. Herkes taslağı okuyabilir ve görüşünü bildirebilir.

# Front page heading.
front_title = Görüşe sunulan konular

# Front page introduction.
front_intro = Burada belediyenin halkın görüşüne sunduğu önerileri okuyabilir ve en geç ne zamana kadar görüş bildirebileceğinizi görebilirsiniz.

# Heading of the open hearings.
open_hearings = Görüşe açık konular

# Heading of the upcoming hearings.
upcoming_hearings = Yakında görüşe açılacak konular

# Heading of the closed hearings.
closed_hearings = Görüş toplama süresi biten konular

# Shown when a group has no hearings.
no_hearings = Şu anda burada bir konu yok.

# Hearing status: being prepared, not public.
hearing_status_draft = Hazırlanıyor

# Hearing status: published, not open yet.
hearing_status_upcoming = Yakında

# Hearing status: taking responses.
hearing_status_open = Görüşlere açık

# Hearing status: the deadline has passed.
hearing_status_closed = Görüş toplama sona erdi

# Hearing status: the administration is processing the responses.
hearing_status_processing = Görüşler değerlendiriliyor

# Hearing status: the committee has decided.
hearing_status_decided = Karar verildi

# Countdown: the hearing opens in `days` days (at least 1).
countdown_opens_in = { $days ->
        [one] Yarın açılıyor
       *[other] { $days } gün sonra açılıyor
    }

# Countdown: the hearing is open, with `days` days left after today (at least 1).
countdown_closes_in = { $days ->
        [one] 1 gün kaldı
       *[other] { $days } gün kaldı
    }

# Countdown: the hearing is open, and today is the deadline.
countdown_last_day = Bugün son gün

# Countdown: the hearing no longer takes responses.
countdown_closed = Süre doldu

# "Deadline" label.
deadline = Son tarih

# "Hearing period" label.
hearing_period = Görüş bildirme süresi

# "Committee" label.
committee = Komite

# "Case number" label.
journal_number = Dosya numarası

# Heading of the timeline.
timeline = Takvim

# Marks a milestone in the past.
milestone_done = tamamlandı

# Heading of the draft.
draft_heading = Görüşe sunulan taslak

# "Version n of the draft, published d".
draft_version = Sürüm { $version_no }, yayın tarihi: { $date }

# Shown when a hearing has no draft yet.
no_draft = Taslak henüz yayınlanmadı.

# Heading of the table of contents.
contents = İçindekiler

# Button that hides the table of contents.
hide_contents = İçindekileri gizle

# Button that shows the table of contents.
show_contents = İçindekileri göster

# Accessible name of a paragraph's permalink.
paragraph_link = Paragraf { $number } için bağlantı

# Heading of the annexes.
annexes = Ekler

# "Annex n".
annex_label = Ek { $number }

# Heading of the not-found page.
not_found_title = Sayfa bulunamadı

# Body of the not-found page.
not_found_body = Aradığınız sayfayı veya konuyu bulamıyoruz. Adres yanlış yazılmış olabilir.

# Link back to the front page.
back_to_front = Tüm konuların bulunduğu ana sayfaya git

# Heading of the error page.
error_title = Bir sorun oluştu

# Body of the error page.
error_body = Sayfa şu anda gösterilemiyor. Lütfen biraz sonra tekrar deneyin.

# Shown while a page's data loads.
loading = Yükleniyor …

# A refused draft file: it holds nothing but whitespace.
draft_empty = Dosya boş. Taslağın Markdown biçimindeki dosyasını seçin.

# A refused draft file: `bytes` long, more than the `max` the importer accepts.
draft_too_large = Dosyanın boyutu { $kb } kB; en fazla { $max_kb } kB yüklenebilir. Doğru dosyayı mı seçtiniz?

# A refused draft file: not UTF-8 text (the first invalid byte on `line`).
draft_invalid_utf8 = Dosya UTF-8 biçiminde metin değil (ilk hata: satır { $line }). Dosyayı UTF-8 metin olarak kaydedip tekrar deneyin.

# A refused draft file: it has no Markdown heading at all.
draft_no_heading = Taslakta hiç başlık yok. Her bölümü # ile başlayan bir satırla başlatın.

# A refused draft file: text on `line` stands before the first section heading.
draft_text_before_first_heading = Satır { $line }: metin, ilk bölüm başlığından önce geliyor. Metnin üstüne bir başlık (## …) ekleyin.

# Subject of the e-mail with the verification link.
verify_mail_subject = Görüşünüzü onaylayın: { $hearing_title }

# Body of the e-mail with the verification link.
verify_mail_body =
    Sayın { $name },

    “{ $hearing_title }” konusundaki görüşünüz için teşekkür ederiz. Görüş numaranız: { $svarnummer }.

    Görüşü sizin gönderdiğinizi onaylayın: bu bağlantıyı { $days } gün içinde açın ve “Görüşü onayla” düğmesine basın:

    { $link }

    Görüşünüz ancak siz onayladıktan sonra değerlendirmeye alınır. Bir görüş göndermediyseniz bu e-postayı dikkate almayabilirsiniz.

    Saygılarımızla
    Ordet
    {""}

# Month name, 1-based.
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık

# A date written out, e.g. "9. august 2010".
date = { $day } { $month } { $year }

# A date and time, e.g. "4. oktober 2010 kl. 23.59".
date_time = { $date } saat { $hour }.{ $minute }


# The label of a section's short plain-language summary ("kort fortalt"), above its full text.
short_version = Kısaca

# Beside the summary when it is shown in Danish: officials wrote none in the reader's language.
short_version_only_danish = (yalnızca Danca var)

# The link from the hearing page to the printable draft with its summaries; also the printable page's title.
print_version = Taslağın yazdırılabilir sürümü

# On the printable draft: the link back to the hearing's page.
print_back = Konunun sayfasına geri dön

# On the printable draft (not printed): what the page is and how to print it.
print_intro = Taslağın tamamı burada. Her bölümün üstünde "Kısaca" başlıklı kısa bir özet var. Bu sayfayı yazdırmak ya da PDF olarak kaydetmek için tarayıcınızın yazdırma özelliğini kullanın.
