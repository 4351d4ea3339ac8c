# Türkçe (Turkish) — outcome.
# The outcome of a hearing as residents read it (the hearing page, /hearings/{slug}/outcome,
# the public response list) and the e-mail each respondent gets once when it is published.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Turkish; not word for word, in plain language.
# Review before use: a professional translator with Turkish as first language, and one resident from the hearing's audience reading it on a phone.

# Heading of the outcome, on the hearing page and the outcome page.
outcome_heading = Görüş toplama sürecinin sonucu

# Who decided when.
outcome_decided = { $committee }, { $date } tarihinde karar verdi.

# Link to the minutes of the committee's meeting.
outcome_minutes = Komite toplantısının tutanağını okuyun

# Heading: what was decided.
outcome_decision_heading = Verilen karar

# Heading: what changed in the text.
outcome_changes_heading = Görüş toplama sürecinden sonra metinde neler değişti

# The adopted text is the one residents were consulted on.
outcome_unchanged = Metin, görüşe sunulduğu haliyle kabul edildi.

# Which versions were compared.
outcome_versions = Burada görüşe sunulan sürüm { $consulted } ile kabul edilen sürüm { $adopted } karşılaştırılıyor.

# A new section.
outcome_section_added = Yeni bölüm: { $number } { $heading }

# A section taken out.
outcome_section_removed = Çıkarılan bölüm: { $number } { $heading }

# A section with changes.
outcome_section_changed = Değiştirilen bölüm: { $number } { $heading }

# A renamed section's old heading.
outcome_section_renamed = Önceki başlığı: { $old }

# How many paragraphs of a section were reworded.
outcome_paragraphs_changed = { $count ->
    [one] bir paragraf yeniden yazıldı
   *[other] { $count } paragraf yeniden yazıldı
}

# How many paragraphs were added to a section.
outcome_paragraphs_added = { $count ->
    [one] bir paragraf eklendi
   *[other] { $count } paragraf eklendi
}

# How many paragraphs were taken out of a section.
outcome_paragraphs_removed = { $count ->
    [one] bir paragraf çıkarıldı
   *[other] { $count } paragraf çıkarıldı
}

# Link from the hearing page to the outcome page.
outcome_read_all = Sonucun tamamını, tüm görüşleri ve belediye idaresinin notlarını okuyun

# Heading of the høringsnotat on the outcome page.
outcome_notat_heading = Görüş toplama raporu (høringsnotat): görüşler ve belediye idaresinin notları

# What the høringsnotat is.
outcome_notat_intro = Belediye idaresi tüm görüşleri okudu. Burada yayınlanan görüşler, belediye idaresinin notlarıyla birlikte yer alıyor. Her görüşün bir değişikliğe yol açıp açmadığı da yazıyor.

# Link: the høringsnotat as a Word file.
outcome_docx = Görüş toplama raporunu Word dosyası olarak indirin

# Link: the printable høringsnotat.
outcome_print = Görüş toplama raporunu yazdırın veya PDF olarak kaydedin

# Label before the administration's remark on a response.
outcome_remark = Belediye idaresinin notu

# Label before the remark written for all responses of a theme.
outcome_theme_remark = Belediye idaresinin bu temadaki tüm görüşlerle ilgili notu

# Whether the response led to a change.
outcome_change-true = Değişikliğe yol açtı
outcome_change-false = Değişikliğe yol açmadı

# A response without a remark of its own.
outcome_no_remark = Belediye idaresi bu görüş için ayrı bir not yazmadı.

# Heading: the consulted parties.
outcome_parties_heading = Görüşü sorulan kurum ve kuruluşlar

# A consulted party answered / did not.
outcome_party_answered = görüş bildirdi
outcome_party_silent = görüş bildirmedi

# Back to the hearing.
outcome_back = Konunun sayfasına dön

# The outcome page's heading when nothing is published yet.
outcome_not_yet = Sonuç henüz yayınlanmadı.

# Number of published responses in the høringsnotat.
outcome_response_count = { $count ->
    [one] 1 yayınlanmış görüş
   *[other] { $count } yayınlanmış görüş
}

# Subject of the e-mail each respondent gets.
outcome_mail_subject = Görüş toplama sürecinin sonucu: { $title }

# The e-mail's first paragraph.
outcome_mail_intro = “{ $title }” konusunda görüş bildirdiniz. { $committee }, { $date } tarihinde karar verdi.

# Which response the e-mail is about.
outcome_mail_response = Görüş numaranız (svarnummer): { $svarnummer }.

# No remark was written about the response.
outcome_mail_no_remark = Belediye idaresi görüşünüz için ayrı bir not yazmadı.

# Where to read the outcome.
outcome_mail_link = Kararı, metinde neyin değiştiğini ve tüm görüşleri belediye idaresinin notlarıyla birlikte burada okuyabilirsiniz:

# Why the e-mail came, and that it comes once.
outcome_mail_footer = Bu mesajı yalnızca bir kez alıyorsunuz, çünkü bu konuda görüş bildirdiniz. Görüşünüz için teşekkür ederiz.

# Heading of the høringsnotat's part by theme.
outcome_general = Genel notlar

# Heading of its part by section of the draft.
outcome_textual = Belirli bölümlere ilişkin notlar

# The group of responses in neither a theme nor a section.
outcome_other = Diğer notlar
