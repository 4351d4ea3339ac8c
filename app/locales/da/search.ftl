# Dansk — search.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# Label of the search box.
search_label = Søg i svarene

# The hint under the search box: what the query language offers.
search_hint = Alle ord skal findes. Brug "anførselstegn" om en frase, -ord for at udelukke et ord og OR mellem alternativer. Filtre: type:forening, afsnit:…, sprog:en.

# The search button.
search_button = Søg

# Link that clears the search.
search_clear = Ryd søgningen

# "12 results for …".
search_results = { $total } svar matcher »{ $query }«
search_results-filters = { $total } svar matcher filtrene

# Nothing matched.
search_nothing = Ingen svar matcher. Prøv færre eller andre ord.

# Label of the sort choice, and its two options.
search_sort = Sortér

# Best match first.
search_sort_relevance = Bedste match først

# Newest first.
search_sort_newest = Nyeste først

# Heading of a facet (`kind`, `section`, `language`, `stance`, `channel`, `status`).
facet_heading-kind = Afsender
facet_heading-section = Afsnit
facet_heading-language = Sprog
facet_heading-stance = Holdning
facet_heading-channel = Kanal
facet_heading-status = Status
facet_heading-other = Andet

# The name of a language a response was written in (`da`, `en`, `ar`, `tr`, `ur`, `so`), if known.
language_name_of-da = Dansk
language_name_of-en = Engelsk
language_name_of-ar = Arabisk
language_name_of-tr = Tyrkisk
language_name_of-ur = Urdu
language_name_of-so = Somali

# The heading of the filters next to results.
search_filters = Afgræns

# A query problem: a `"` without its closing partner.
search_unclosed_quote = Et anførselstegn mangler sin afslutning.

# A query problem: `OR` with nothing on one side.
search_dangling_or = OR skal stå mellem to ord.

# A query problem: a lone `-` or `-""`.
search_empty_exclusion = Et minus skal stå direkte foran det ord, der ikke må forekomme.

# A query problem: `name:value` where `name` is no field.
search_unknown_field = »{ $name }:« er ikke et filter. Filtrene er type:, afsnit:, sprog:, holdning: og kanal:.

# A query problem: `name:` with no value.
search_missing_value = »{ $name }:« mangler en værdi, fx { $name }:forening.

# Said after a query problem: the results shown are those of the plain words.
search_plain_words_instead = Vi har søgt på ordene hver for sig i stedet.

# Heading of "more like this" on a response.
similar_responses = Lignende svar

# No similar responses.
no_similar_responses = Ingen andre svar ligner dette.

# The word before a query problem, so it is not told by colour alone ("Bemærk:").
search_note = Bemærk:

# Read after a chosen facet value: it is chosen, and choosing it again removes it.
facet_selected = {" "}(valgt – vælg igen for at fjerne filteret)

# Oldest first (the inbox's order without words).
search_sort_oldest = Ældste først

# The summary that opens a search result's whole text in the inbox.
search_whole_text = Hele teksten
