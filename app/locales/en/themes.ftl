# English — themes.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# A refused edit: the new name is empty.
theme_name_empty = Enter a name for the theme.

# A refused edit: the new name is longer than the limit.
theme_name_too_long = The name can be at most 80 characters.

# A refused edit: the new name holds a line break or another control character.
theme_name_not_one_line = Write the name on one line, without line breaks, tabs or other control characters.

# A refused merge: the other theme is missing, retired or of another hearing.
theme_merge_target_unknown = Choose another theme of the same hearing.

# A refused merge: a theme cannot be merged into itself.
theme_merge_into_itself = A theme cannot be merged with itself.

# A refused split: too few responses to split.
theme_too_small_to_split = The theme has too few responses to split.

# A refused move: the theme is missing, retired or of another hearing.
theme_move_target_unknown = Choose a theme of the same hearing.

# A refused edit: the theme is pinned; unpin it before merging or splitting it.
theme_pinned = The theme is pinned. Unpin it first.

# Heading of the officials' theme page, and the links to it.
themes_title = Themes

# What the page shows and how voices are counted.
themes_intro = The responses are grouped into themes by what they are about. The size is the number of voices: a campaign (near-identical responses) and a response with its duplicates count as one voice.

# Shown when the hearing has no themes yet.
no_themes = There are no themes yet. Themes are computed shortly after responses arrive – or at once when you press "Compute themes now".

# Heading of the list of themes.
themes_by_size = Themes by size

# The confirmation after an accepted form (`saved=` value), if it is one.
theme_saved_notice-rename = The theme has its new name.
theme_saved_notice-unname = The name is cleared. The theme shows its distinctive words.
theme_saved_notice-pin = The theme is pinned.
theme_saved_notice-unpin = The theme is unpinned.
theme_saved_notice-merge = The themes are merged.
theme_saved_notice-split = The theme is split.
theme_saved_notice-refresh = The themes are computed.

# Badge of a pinned theme.
pinned_badge = Pinned

# "n voices · m responses with the campaigns' signers".
theme_size = { $voices } { $voices ->
        [one] voice
       *[other] voices
    } · { $responses } { $responses ->
        [one] response
       *[other] responses
    } with the campaigns' signers

# Label before a theme's distinctive terms.
theme_terms_label = Distinctive words

# Label before a theme's responses by the language they are written in.
theme_languages_label = Responses by language

# The themes page without the sentence model: themes from words alone.
themes_words_only = These themes are computed from the words alone: the language model that groups responses on the same subject across languages is not installed on the server, so responses in languages other than Danish may form themes of their own.

# Name of the list of voices by respondent kind.
kind_breakdown_label = Voices by sender

# Heading of a theme's quotes.
quotes_heading = Typical responses

# The drill-down link into the inbox.
theme_drill_down = See the theme's { $responses } responses in the inbox

# Heading of the campaigns.
campaigns_heading = Campaigns

# What a campaign is.
campaigns_intro = A campaign is responses with (nearly) the same text. It counts as one voice in the themes.

# "n signers".
campaign_signers = { $signers ->
        [one] 1 signer
       *[other] { $signers } signers
    }

# Before the representative response's svarnummer.
campaign_representative = The text is in response

# The drill-down link into a campaign's responses.
campaign_drill_down = See the campaign's { $signers } responses

# Heading of the heat-map.
heatmap_heading = Comments per section

# How to read the heat-map.
heatmap_explained = The numbers are the voices in each theme that comment on a section of the draft. The darker the cell, the more.

# The heat-map's first column.
heatmap_theme_column = Theme

# The heat-map's column of voices on no section.
heatmap_elsewhere = The whole draft

# The list of the sections' numbers and headings.
heatmap_sections_key = The sections' numbers and headings

# Next to "compute now".
refresh_hint = Otherwise the themes are computed automatically shortly after new responses arrive.

# "Compute now".
refresh_button = Compute themes now

# The fold with a theme's edit forms.
edit_theme_summary = Edit the theme

# Label: the theme's name.
rename_label = The theme's name

# Hint under the name.
rename_hint = At most 80 characters. The name stays when the themes are computed again.

# Saves the name.
rename_button = Save the name

# Clears the name.
unname_button = Clear the name

# Pins.
pin_button = Pin the theme

# Unpins.
unpin_button = Unpin the theme

# What pinning does.
pin_hint = A pinned theme is not changed when the themes are computed again.

# Label: the theme to merge into.
merge_label = Merge into

# What merging does.
merge_hint = Every response in this theme moves to the theme you choose.

# The select's empty choice.
merge_choose = Choose a theme

# Merges.
merge_button = Merge the themes

# What splitting does.
split_hint = The theme's responses are grouped again on their own, into at least two themes.

# Splits.
split_button = Split the theme

# Heading of the themes on the public hearing page.
public_themes_heading = Themes in the responses

# What the public themes are.
public_themes_intro = The published responses grouped by what they are about. The number is the voices: near-identical responses count once.

# "n voices".
theme_voices = { $voices ->
        [one] (1 voice)
       *[other] ({ $voices } voices)
    }

# Heading of the theme section on a response's page.
response_theme_heading = Theme

# "The response is in the theme …".
response_theme_current = The response is in the theme "{ $label }".

# The response is in no theme.
response_theme_none = The response is in no theme yet.

# Label: the theme to move the response to.
move_theme_label = Move the response to the theme

# Moves the response.
move_theme_button = Move the response
