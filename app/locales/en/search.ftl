# English — search.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# Label of the search box.
search_label = Search the responses

# The hint under the search box: what the query language offers.
search_hint = Every word must match. Use "quotes" for a phrase, -word to leave a word out and OR between alternatives. Filters: kind:association, section:…, language:en.

# The search button.
search_button = Search

# Link that clears the search.
search_clear = Clear the search

# "12 results for …".
search_results = { $total } { $total ->
        [one] response
       *[other] responses
    } match “{ $query }”
search_results-filters = { $total } { $total ->
        [one] response
       *[other] responses
    } match the filters

# Nothing matched.
search_nothing = No response matches. Try fewer or other words.

# Label of the sort choice, and its two options.
search_sort = Sort

# Best match first.
search_sort_relevance = Best match first

# Newest first.
search_sort_newest = Newest first

# Heading of a facet (`kind`, `section`, `language`, `stance`, `channel`, `status`).
facet_heading-kind = Sender
facet_heading-section = Section
facet_heading-language = Language
facet_heading-stance = Stance
facet_heading-channel = Channel
facet_heading-status = Status
facet_heading-other = Other

# The name of a language a response was written in (`da`, `en`, `ar`, `tr`, `ur`, `so`), if known.
language_name_of-da = Danish
language_name_of-en = English
language_name_of-ar = Arabic
language_name_of-tr = Turkish
language_name_of-ur = Urdu
language_name_of-so = Somali

# The heading of the filters next to results.
search_filters = Narrow down

# A query problem: a `"` without its closing partner.
search_unclosed_quote = A quotation mark is not closed.

# A query problem: `OR` with nothing on one side.
search_dangling_or = OR must stand between two words.

# A query problem: a lone `-` or `-""`.
search_empty_exclusion = A minus must stand right before the word to leave out.

# A query problem: `name:value` where `name` is no field.
search_unknown_field = “{ $name }:” is not a filter. The filters are kind:, section:, language:, stance: and channel:.

# A query problem: `name:` with no value.
search_missing_value = “{ $name }:” needs a value, e.g. { $name }:association.

# Said after a query problem: the results shown are those of the plain words.
search_plain_words_instead = We searched for the words one by one instead.

# Heading of "more like this" on a response.
similar_responses = Similar responses

# No similar responses.
no_similar_responses = No other response is like this one.

# The word before a query problem, so it is not told by colour alone ("Bemærk:").
search_note = Note:

# Read after a chosen facet value: it is chosen, and choosing it again removes it.
facet_selected = {" "}(chosen – choose again to remove the filter)

# Oldest first (the inbox's order without words).
search_sort_oldest = Oldest first

# The summary that opens a search result's whole text in the inbox.
search_whole_text = The whole text
