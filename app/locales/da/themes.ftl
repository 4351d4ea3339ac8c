# Dansk — themes.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# A refused edit: the new name is empty.
theme_name_empty = Skriv et navn til temaet.

# A refused edit: the new name is longer than the limit.
theme_name_too_long = Navnet må højst være 80 tegn.

# A refused edit: the new name holds a line break or another control character.
theme_name_not_one_line = Skriv navnet på én linje, uden linjeskift, tabulatorer eller andre kontroltegn.

# A refused merge: the other theme is missing, retired or of another hearing.
theme_merge_target_unknown = Vælg et andet tema i samme høring.

# A refused merge: a theme cannot be merged into itself.
theme_merge_into_itself = Et tema kan ikke lægges sammen med sig selv.

# A refused split: too few responses to split.
theme_too_small_to_split = Temaet har for få svar til at blive delt.

# A refused move: the theme is missing, retired or of another hearing.
theme_move_target_unknown = Vælg et tema i samme høring.

# A refused edit: the theme is pinned; unpin it before merging or splitting it.
theme_pinned = Temaet er fastlåst. Lås det op først.

# Heading of the officials' theme page, and the links to it.
themes_title = Temaer

# What the page shows and how voices are counted.
themes_intro = Svarene er samlet i temaer efter, hvad de handler om. Størrelsen er antal stemmer: en kampagne (enslydende svar) og et svar med dubletter tæller som én stemme.

# Shown when the hearing has no themes yet.
no_themes = Der er endnu ingen temaer. Temaerne beregnes kort efter, at der er kommet svar – eller med det samme, når du trykker på "Beregn temaer nu".

# Heading of the list of themes.
themes_by_size = Temaer efter størrelse

# The confirmation after an accepted form (`saved=` value), if it is one.
theme_saved_notice-rename = Temaet har fået sit nye navn.
theme_saved_notice-unname = Navnet er fjernet. Temaet vises med sine kendetegnende ord.
theme_saved_notice-pin = Temaet er fastlåst.
theme_saved_notice-unpin = Temaet er låst op.
theme_saved_notice-merge = Temaerne er lagt sammen.
theme_saved_notice-split = Temaet er delt.
theme_saved_notice-refresh = Temaerne er beregnet.

# Badge of a pinned theme.
pinned_badge = Fastlåst

# "n voices · m responses with the campaigns' signers".
theme_size = { $voices } { $voices ->
        [one] stemme
       *[other] stemmer
    } · { $responses } svar med kampagnernes underskrivere

# Label before a theme's distinctive terms.
theme_terms_label = Kendetegnende ord

# Label before a theme's responses by the language they are written in.
theme_languages_label = Svar på sprog

# The themes page without the sentence model: themes from words alone.
themes_words_only = Temaerne er her beregnet ud fra ordene alene: sprogmodellen, der samler svar om det samme emne på tværs af sprog, er ikke installeret på serveren. Svar på andre sprog end dansk kan derfor stå i egne temaer.

# Name of the list of voices by respondent kind.
kind_breakdown_label = Stemmer efter afsender

# Heading of a theme's quotes.
quotes_heading = Typiske svar

# The drill-down link into the inbox.
theme_drill_down = Se temaets { $responses } svar i indbakken

# Heading of the campaigns.
campaigns_heading = Kampagner

# What a campaign is.
campaigns_intro = En kampagne er svar med (næsten) samme tekst. Den tæller som én stemme i temaerne.

# "n signers".
campaign_signers = { $signers ->
        [one] 1 underskriver
       *[other] { $signers } underskrivere
    }

# Before the representative response's svarnummer.
campaign_representative = Teksten står i svar

# The drill-down link into a campaign's responses.
campaign_drill_down = Se kampagnens { $signers } svar

# Heading of the heat-map.
heatmap_heading = Kommentarer pr. afsnit

# How to read the heat-map.
heatmap_explained = Tallene er antal stemmer i hvert tema, der kommenterer et afsnit af forslaget. Jo mørkere feltet er, jo flere.

# The heat-map's first column.
heatmap_theme_column = Tema

# The heat-map's column of voices on no section.
heatmap_elsewhere = Hele forslaget

# The list of the sections' numbers and headings.
heatmap_sections_key = Afsnittenes numre og overskrifter

# Next to "compute now".
refresh_hint = Temaerne beregnes ellers automatisk kort efter, at der er kommet nye svar.

# "Compute now".
refresh_button = Beregn temaer nu

# The fold with a theme's edit forms.
edit_theme_summary = Ret temaet

# Label: the theme's name.
rename_label = Temaets navn

# Hint under the name.
rename_hint = Højst 80 tegn. Navnet bliver stående, når temaerne beregnes igen.

# Saves the name.
rename_button = Gem navnet

# Clears the name.
unname_button = Fjern navnet

# Pins.
pin_button = Fastlås temaet

# Unpins.
unpin_button = Lås temaet op

# What pinning does.
pin_hint = Et fastlåst tema ændres ikke, når temaerne beregnes igen.

# Label: the theme to merge into.
merge_label = Læg sammen med

# What merging does.
merge_hint = Alle svar i dette tema flyttes til det tema, du vælger.

# The select's empty choice.
merge_choose = Vælg et tema

# Merges.
merge_button = Læg temaerne sammen

# What splitting does.
split_hint = Svarene i temaet grupperes igen for sig, i mindst to temaer.

# Splits.
split_button = Del temaet

# Heading of the themes on the public hearing page.
public_themes_heading = Temaer i høringssvarene

# What the public themes are.
public_themes_intro = De offentliggjorte høringssvar samlet efter, hvad de handler om. Tallet er antal stemmer: enslydende svar tæller én gang.

# "n voices".
theme_voices = { $voices ->
        [one] (1 stemme)
       *[other] ({ $voices } stemmer)
    }

# Heading of the theme section on a response's page.
response_theme_heading = Tema

# "The response is in the theme …".
response_theme_current = Svaret er i temaet "{ $label }".

# The response is in no theme.
response_theme_none = Svaret er ikke i et tema endnu.

# Label: the theme to move the response to.
move_theme_label = Flyt svaret til temaet

# Moves the response.
move_theme_button = Flyt svaret
