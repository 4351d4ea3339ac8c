# Soomaali (Somali) — themes.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Somali; not word for word, in plain language.
# Review before use: a professional translator with Somali as first language, and one resident from the hearing's audience reading it on a phone.

# A refused edit: the new name is empty.
theme_name_empty = Mawduuca u qor magac.

# A refused edit: the new name is longer than the limit.
theme_name_too_long = Magacu waa inuu ahaadaa ugu badnaan 80 xaraf.

# A refused edit: the new name holds a line break or another control character.
theme_name_not_one_line = Magaca ku qor hal sadar. Ha isticmaalin sadar cusub, tab ama calaamado kale oo aan muuqan.

# A refused merge: the other theme is missing, retired or of another hearing.
theme_merge_target_unknown = Dooro mawduuc kale oo isla la-tashigan ah.

# A refused merge: a theme cannot be merged into itself.
theme_merge_into_itself = Mawduuc laguma dari karo naftiisa.

# A refused split: too few responses to split.
theme_too_small_to_split = Mawduucu jawaabo aad u yar ayuu leeyahay, lama kala qaybin karo.

# A refused move: the theme is missing, retired or of another hearing.
theme_move_target_unknown = Dooro mawduuc isla la-tashigan ah.

# A refused edit: the theme is pinned; unpin it before merging or splitting it.
theme_pinned = Mawduuca waa la xiray. Marka hore fur.

# Heading of the officials' theme page, and the links to it.
themes_title = Mawduucyada

# What the page shows and how voices are counted.
themes_intro = Jawaabaha waxaa loo kala qaybiyay mawduucyo, iyadoo loo eegayo waxa ay ka hadlayaan. Cabbirku waa tirada codadka: olole (jawaabo isku qoraal ah), iyo jawaab ay la socdaan nuqullo isku mid ah, midkiiba waxaa loo tiriyaa hal cod.

# Shown when the hearing has no themes yet.
no_themes = Weli mawduucyo ma jiraan. Mawduucyada waxaa la xisaabiyaa wax yar kadib marka jawaabo yimaadaan – ama isla markiiba marka aad riixdo "Xisaabi mawduucyada hadda".

# Heading of the list of themes.
themes_by_size = Mawduucyada, iyadoo loo eegayo cabbirka

# The confirmation after an accepted form (`saved=` value), if it is one.
theme_saved_notice-rename = Mawduucu wuxuu helay magaciisa cusub.
theme_saved_notice-unname = Magaca waa la tirtiray. Mawduuca waxaa lagu tusayaa erayadiisa gaarka ah.
theme_saved_notice-pin = Mawduuca waa la xiray.
theme_saved_notice-unpin = Mawduuca waa la furay.
theme_saved_notice-merge = Mawduucyada waa la isku daray.
theme_saved_notice-split = Mawduuca waa la kala qaybiyay.
theme_saved_notice-refresh = Mawduucyada waa la xisaabiyay.

# Badge of a pinned theme.
pinned_badge = La xiray

# "n voices · m responses with the campaigns' signers".
theme_size = { $voices } { $voices ->
        [one] cod
       *[other] cod
    } · { $responses } { $responses ->
        [one] jawaab
       *[other] jawaabood
    } oo ay ku jiraan saxiixayaasha ololayaasha

# Label before a theme's distinctive terms.
theme_terms_label = Erayada gaarka ah

# Label before a theme's responses by the language they are written in.
theme_languages_label = Jawaabaha luqad ahaan

# The themes page without the sentence model: themes from words alone.
themes_words_only = Mawduucyadan waxaa laga xisaabiyey erayada oo keliya: moodeelka luqadda ee isu keena jawaabaha isku mawduuca ah ee luqado kala duwan kuma rakibna server-ka, sidaa darteed jawaabaha ku qoran luqado aan Deenish ahayn waxay samayn karaan mawduucyo u gaar ah.

# Name of the list of voices by respondent kind.
kind_breakdown_label = Codadka, iyadoo loo eegayo cidda soo dirtay

# Heading of a theme's quotes.
quotes_heading = Jawaabo caadi ah

# The drill-down link into the inbox.
theme_drill_down = Ku eeg jawaabaha mawduuca ({ $responses }) sanduuqa fariimaha

# Heading of the campaigns.
campaigns_heading = Ololayaasha

# What a campaign is.
campaigns_intro = Olole waa jawaabo leh (ku dhawaad) isla qoraal. Mawduucyada dhexdooda waxaa loo tiriyaa hal cod.

# "n signers".
campaign_signers = { $signers ->
        [one] 1 saxiixe
       *[other] { $signers } saxiixe
    }

# Before the representative response's svarnummer.
campaign_representative = Qoraalka waxaa lagu helayaa jawaabta

# The drill-down link into a campaign's responses.
campaign_drill_down = Eeg jawaabaha ololaha ({ $signers })

# Heading of the heat-map.
heatmap_heading = Faallooyinka qayb kasta

# How to read the heat-map.
heatmap_explained = Tirooyinku waa codadka mawduuc kasta ee faallo ka bixiya qayb ka mid ah soo-jeedinta. Inta uu sanduuqu madoobaado, ayay tiradu u badan tahay.

# The heat-map's first column.
heatmap_theme_column = Mawduuc

# The heat-map's column of voices on no section.
heatmap_elsewhere = Soo-jeedinta oo dhan

# The list of the sections' numbers and headings.
heatmap_sections_key = Lambarrada iyo cinwaannada qaybaha

# Next to "compute now".
refresh_hint = Haddii kale, mawduucyada si toos ah ayaa loo xisaabiyaa wax yar kadib marka jawaabo cusub yimaadaan.

# "Compute now".
refresh_button = Xisaabi mawduucyada hadda

# The fold with a theme's edit forms.
edit_theme_summary = Wax ka beddel mawduuca

# Label: the theme's name.
rename_label = Magaca mawduuca

# Hint under the name.
rename_hint = Ugu badnaan 80 xaraf. Magacu wuu sii jirayaa marka mawduucyada dib loo xisaabiyo.

# Saves the name.
rename_button = Kaydi magaca

# Clears the name.
unname_button = Tirtir magaca

# Pins.
pin_button = Xir mawduuca

# Unpins.
unpin_button = Fur mawduuca

# What pinning does.
pin_hint = Mawduuc la xiray isma beddelo marka mawduucyada dib loo xisaabiyo.

# Label: the theme to merge into.
merge_label = Ku dar

# What merging does.
merge_hint = Jawaab kasta oo mawduucan ku jirta waxaa loo wareejinayaa mawduuca aad doorato.

# The select's empty choice.
merge_choose = Dooro mawduuc

# Merges.
merge_button = Isku dar mawduucyada

# What splitting does.
split_hint = Jawaabaha mawduuca waxaa mar kale loo kala qaybinayaa, ugu yaraan laba mawduuc.

# Splits.
split_button = Kala qaybi mawduuca

# Heading of the themes on the public hearing page.
public_themes_heading = Mawduucyada jawaabaha

# What the public themes are.
public_themes_intro = Jawaabaha la daabacay, oo loo kala soocay waxa ay ka hadlayaan. Tiradu waa codadka: jawaabo isku qoraal ah hal mar ayaa la tiriyaa.

# "n voices".
theme_voices = { $voices ->
        [one] (1 cod)
       *[other] ({ $voices } cod)
    }

# Heading of the theme section on a response's page.
response_theme_heading = Mawduuc

# "The response is in the theme …".
response_theme_current = Jawaabtu waxay ku jirtaa mawduuca "{ $label }".

# The response is in no theme.
response_theme_none = Jawaabtu weli kuma jirto mawduuc.

# Label: the theme to move the response to.
move_theme_label = U wareeji jawaabta mawduuca

# Moves the response.
move_theme_button = U wareeji jawaabta
