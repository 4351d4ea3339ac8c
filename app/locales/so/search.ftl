# Soomaali (Somali) — search.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Somali; not word for word, in plain language.
# Review before use: a professional translator with Somali as first language, and one resident from the hearing's audience reading it on a phone.

# Label of the search box.
search_label = Ka raadi jawaabaha

# The hint under the search box: what the query language offers.
search_hint = Eray kasta waa inuu ku jiraa jawaabta. Weedh dhan: ku qor "calaamado xigasho" dhexdooda. Eray aadan rabin: -eray. Laba eray midkood: eray OR eray. Shaandhooyin: kind:association, section:…, language:en.

# The search button.
search_button = Raadi

# Link that clears the search.
search_clear = Nadiifi raadinta

# "12 results for …".
search_results = { $total } { $total ->
        [one] jawaab
       *[other] jawaabood
    } ayaa ku habboon “{ $query }”
search_results-filters = { $total } { $total ->
        [one] jawaab
       *[other] jawaabood
    } ayaa ku habboon shaandhooyinka

# Nothing matched.
search_nothing = Jawaab ku habboon lama helin. Isku day erayo ka yar, ama erayo kale.

# Label of the sort choice, and its two options.
search_sort = Kala saar

# Best match first.
search_sort_relevance = Kuwa ugu habboon marka hore

# Newest first.
search_sort_newest = Kuwa ugu cusub marka hore

# Heading of a facet (`kind`, `section`, `language`, `stance`, `channel`, `status`).
facet_heading-kind = Cidda soo dirtay
facet_heading-section = Qaybta
facet_heading-language = Luuqadda
facet_heading-stance = Aragtida
facet_heading-channel = Sida loo soo diray
facet_heading-status = Xaaladda
facet_heading-other = Kale

# The name of a language a response was written in (`da`, `en`, `ar`, `tr`, `ur`, `so`), if known.
language_name_of-da = Af-Deenish
language_name_of-en = Af-Ingiriis
language_name_of-ar = Af-Carabi
language_name_of-tr = Af-Turki
language_name_of-ur = Af-Urduu
language_name_of-so = Af-Soomaali

# The heading of the filters next to results.
search_filters = Soo koob natiijooyinka

# A query problem: a `"` without its closing partner.
search_unclosed_quote = Calaamadda xigashada (") lama xirin.

# A query problem: `OR` with nothing on one side.
search_dangling_or = OR waa inuu u dhexeeyaa laba eray.

# A query problem: a lone `-` or `-""`.
search_empty_exclusion = Calaamadda laga jaro (-) waa inay si toos ah uga horreysaa erayga aan la rabin.

# A query problem: `name:value` where `name` is no field.
search_unknown_field = “{ $name }:” ma aha shaandho. Shaandhooyinku waa kind:, section:, language:, stance: iyo channel:.

# A query problem: `name:` with no value.
search_missing_value = “{ $name }:” waxaa ka maqan qiime, tusaale ahaan { $name }:association.

# Said after a query problem: the results shown are those of the plain words.
search_plain_words_instead = Taa beddelkeeda, erayada mid-mid ayaan u raadinnay.

# Heading of "more like this" on a response.
similar_responses = Jawaabo la mid ah

# No similar responses.
no_similar_responses = Ma jirto jawaab kale oo tan la mid ah.

# The word before a query problem, so it is not told by colour alone ("Bemærk:").
search_note = Fiiro gaar ah:

# Read after a chosen facet value: it is chosen, and choosing it again removes it.
facet_selected = {" "}(waa la doortay – mar kale dooro si aad shaandhada uga saarto)

# Oldest first (the inbox's order without words).
search_sort_oldest = Kuwa ugu duugsan marka hore

# The summary that opens a search result's whole text in the inbox.
search_whole_text = Qoraalka oo dhan
