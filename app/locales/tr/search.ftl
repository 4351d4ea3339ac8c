# Türkçe (Turkish) — search.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Turkish; not word for word, in plain language.
# Review before use: a professional translator with Turkish as first language, and one resident from the hearing's audience reading it on a phone.

# Label of the search box.
search_label = Görüşlerde ara

# The hint under the search box: what the query language offers.
search_hint = Yazdığınız tüm kelimeler görüşte geçmelidir. Bir ifadeyi aramak için "tırnak işareti", bir kelimeyi dışarıda bırakmak için -kelime, seçenekler arasında OR kullanın. Filtreler: kind:association, section:…, language:tr.

# The search button.
search_button = Ara

# Link that clears the search.
search_clear = Aramayı temizle

# "12 results for …".
search_results = “{ $query }” için { $total } görüş bulundu
search_results-filters = Filtrelere uyan { $total } görüş bulundu

# Nothing matched.
search_nothing = Eşleşen görüş yok. Daha az veya farklı kelimeler deneyin.

# Label of the sort choice, and its two options.
search_sort = Sırala

# Best match first.
search_sort_relevance = En uygun olanlar önce

# Newest first.
search_sort_newest = En yeniler önce

# Heading of a facet (`kind`, `section`, `language`, `stance`, `channel`, `status`).
facet_heading-kind = Gönderen
facet_heading-section = Bölüm
facet_heading-language = Dil
facet_heading-stance = Tutum
facet_heading-channel = Kanal
facet_heading-status = Durum
facet_heading-other = Diğer

# The name of a language a response was written in (`da`, `en`, `ar`, `tr`, `ur`, `so`), if known.
language_name_of-da = Danca
language_name_of-en = İngilizce
language_name_of-ar = Arapça
language_name_of-tr = Türkçe
language_name_of-ur = Urduca
language_name_of-so = Somalice

# The heading of the filters next to results.
search_filters = Sonuçları daralt

# A query problem: a `"` without its closing partner.
search_unclosed_quote = Bir tırnak işareti kapatılmamış.

# A query problem: `OR` with nothing on one side.
search_dangling_or = OR, iki kelimenin arasında olmalıdır.

# A query problem: a lone `-` or `-""`.
search_empty_exclusion = Eksi işareti, dışarıda bırakılacak kelimenin hemen önünde olmalıdır.

# A query problem: `name:value` where `name` is no field.
search_unknown_field = “{ $name }:” bir filtre değil. Filtreler şunlardır: kind:, section:, language:, stance: ve channel:.

# A query problem: `name:` with no value.
search_missing_value = “{ $name }:” için bir değer eksik, örneğin { $name }:association.

# Said after a query problem: the results shown are those of the plain words.
search_plain_words_instead = Bunun yerine kelimeleri tek tek aradık.

# Heading of "more like this" on a response.
similar_responses = Benzer görüşler

# No similar responses.
no_similar_responses = Buna benzeyen başka görüş yok.

# The word before a query problem, so it is not told by colour alone ("Bemærk:").
search_note = Not:

# Read after a chosen facet value: it is chosen, and choosing it again removes it.
facet_selected = {" "}(seçili – filtreyi kaldırmak için yeniden seçin)

# Oldest first (the inbox's order without words).
search_sort_oldest = En eskiler önce

# The summary that opens a search result's whole text in the inbox.
search_whole_text = Metnin tamamı
