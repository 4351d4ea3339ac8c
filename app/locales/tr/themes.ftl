# Türkçe (Turkish) — themes.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Turkish; not word for word, in plain language.
# Review before use: a professional translator with Turkish as first language, and one resident from the hearing's audience reading it on a phone.

# A refused edit: the new name is empty.
theme_name_empty = Tema için bir ad yazın.

# A refused edit: the new name is longer than the limit.
theme_name_too_long = Ad en fazla 80 karakter olabilir.

# A refused edit: the new name holds a line break or another control character.
theme_name_not_one_line = Adı tek satıra yazın; satır sonu, sekme veya başka bir kontrol karakteri kullanmayın.

# A refused merge: the other theme is missing, retired or of another hearing.
theme_merge_target_unknown = Aynı konudan başka bir tema seçin.

# A refused merge: a theme cannot be merged into itself.
theme_merge_into_itself = Bir tema kendisiyle birleştirilemez.

# A refused split: too few responses to split.
theme_too_small_to_split = Bu temada bölünecek kadar görüş yok.

# A refused move: the theme is missing, retired or of another hearing.
theme_move_target_unknown = Aynı konudan bir tema seçin.

# A refused edit: the theme is pinned; unpin it before merging or splitting it.
theme_pinned = Tema sabitlenmiş. Önce sabitlemeyi kaldırın.

# Heading of the officials' theme page, and the links to it.
themes_title = Temalar

# What the page shows and how voices are counted.
themes_intro = Görüşler, neyle ilgili olduklarına göre temalar halinde gruplandı. Büyüklük, ses sayısıdır: bir kampanya (aynı metinli görüşler) ve kopyalarıyla birlikte bir görüş, tek ses sayılır.

# Shown when the hearing has no themes yet.
no_themes = Henüz tema yok. Temalar, görüşler geldikten kısa süre sonra hesaplanır – veya “Temaları şimdi hesapla” düğmesine bastığınızda hemen.

# Heading of the list of themes.
themes_by_size = Büyüklüğe göre temalar

# The confirmation after an accepted form (`saved=` value), if it is one.
theme_saved_notice-rename = Temanın adı değiştirildi.
theme_saved_notice-unname = Ad kaldırıldı. Tema, onu tanımlayan kelimelerle gösteriliyor.
theme_saved_notice-pin = Tema sabitlendi.
theme_saved_notice-unpin = Temanın sabitlemesi kaldırıldı.
theme_saved_notice-merge = Temalar birleştirildi.
theme_saved_notice-split = Tema bölündü.
theme_saved_notice-refresh = Temalar hesaplandı.

# Badge of a pinned theme.
pinned_badge = Sabitlendi

# "n voices · m responses with the campaigns' signers".
theme_size = { $voices } { $voices ->
        [one] ses
       *[other] ses
    } · kampanya imzacılarıyla birlikte { $responses } görüş

# Label before a theme's distinctive terms.
theme_terms_label = Tanımlayıcı kelimeler

# Label before a theme's responses by the language they are written in.
theme_languages_label = Dillere göre yanıtlar

# The themes page without the sentence model: themes from words alone.
themes_words_only = Bu temalar yalnızca kelimelerden hesaplandı: aynı konudaki yanıtları diller arasında bir araya getiren dil modeli sunucuda kurulu değil; bu nedenle Danca dışındaki dillerdeki yanıtlar kendi temalarını oluşturabilir.

# Name of the list of voices by respondent kind.
kind_breakdown_label = Gönderene göre sesler

# Heading of a theme's quotes.
quotes_heading = Tipik görüşler

# The drill-down link into the inbox.
theme_drill_down = Bu temadaki görüşleri gelen kutusunda görün ({ $responses })

# Heading of the campaigns.
campaigns_heading = Kampanyalar

# What a campaign is.
campaigns_intro = Kampanya, (neredeyse) aynı metne sahip görüşlerdir. Temalarda tek ses sayılır.

# "n signers".
campaign_signers = { $signers ->
        [one] 1 imzacı
       *[other] { $signers } imzacı
    }

# Before the representative response's svarnummer.
campaign_representative = Metnin yer aldığı görüş:

# The drill-down link into a campaign's responses.
campaign_drill_down = Kampanyanın görüşlerini görün ({ $signers })

# Heading of the heat-map.
heatmap_heading = Bölümlere göre yorumlar

# How to read the heat-map.
heatmap_explained = Sayılar, her temada önerinin bir bölümü hakkında yorum yapan seslerin sayısıdır. Kutu ne kadar koyuysa sayı o kadar yüksektir.

# The heat-map's first column.
heatmap_theme_column = Tema

# The heat-map's column of voices on no section.
heatmap_elsewhere = Önerinin tamamı

# The list of the sections' numbers and headings.
heatmap_sections_key = Bölümlerin numaraları ve başlıkları

# Next to "compute now".
refresh_hint = Aksi halde temalar, yeni görüşler geldikten kısa süre sonra otomatik olarak hesaplanır.

# "Compute now".
refresh_button = Temaları şimdi hesapla

# The fold with a theme's edit forms.
edit_theme_summary = Temayı düzenle

# Label: the theme's name.
rename_label = Temanın adı

# Hint under the name.
rename_hint = En fazla 80 karakter. Temalar yeniden hesaplandığında ad korunur.

# Saves the name.
rename_button = Adı kaydet

# Clears the name.
unname_button = Adı kaldır

# Pins.
pin_button = Temayı sabitle

# Unpins.
unpin_button = Sabitlemeyi kaldır

# What pinning does.
pin_hint = Sabitlenmiş bir tema, temalar yeniden hesaplandığında değişmez.

# Label: the theme to merge into.
merge_label = Şu temayla birleştir

# What merging does.
merge_hint = Bu temadaki tüm görüşler, seçtiğiniz temaya taşınır.

# The select's empty choice.
merge_choose = Bir tema seçin

# Merges.
merge_button = Temaları birleştir

# What splitting does.
split_hint = Temadaki görüşler kendi aralarında yeniden gruplanır ve en az iki temaya ayrılır.

# Splits.
split_button = Temayı böl

# Heading of the themes on the public hearing page.
public_themes_heading = Görüşlerdeki temalar

# What the public themes are.
public_themes_intro = Yayınlanan görüşler, neyle ilgili olduklarına göre gruplandı. Sayı, ses sayısıdır: aynı metne sahip görüşler bir kez sayılır.

# "n voices".
theme_voices = { $voices ->
        [one] (1 ses)
       *[other] ({ $voices } ses)
    }

# Heading of the theme section on a response's page.
response_theme_heading = Tema

# "The response is in the theme …".
response_theme_current = Görüş, “{ $label }” temasında.

# The response is in no theme.
response_theme_none = Görüş henüz bir temada değil.

# Label: the theme to move the response to.
move_theme_label = Görüşü şu temaya taşı

# Moves the response.
move_theme_button = Görüşü taşı
