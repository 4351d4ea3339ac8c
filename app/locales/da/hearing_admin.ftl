# Dansk — hearing admin.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# Link from the officials' front page to a hearing's administration.
ha_manage_hearing_link = Administrér høringen

# Link to, and heading of, the page that creates a hearing.
ha_new_hearing_link = Opret en ny høring

# Heading of a hearing's administration page.
ha_manage_title = Administration af høringen

# Link to the hearing's public page.
ha_public_page_link = Se den offentlige side

# Link back to the hearing's administration page.
ha_back_to_admin = Tilbage til administrationen af høringen

# Heading of the settings form.
ha_settings_heading = Oplysninger om høringen

# The slug field.
ha_slug_label = Kort navn i webadressen

# Help under the slug field.
ha_slug_hint = Små bogstaver (a–z), tal og bindestreger, fx integrationspolitik-2011-2014. Kan ikke ændres bagefter.

# The title field.
ha_title_label = Titel

# The summary field.
ha_summary_label = Kort resumé

# The committee field.
ha_committee_label = Udvalg, der beslutter

# The journal number field.
ha_journal_label = Journalnummer

# Help under the journal number field.
ha_journal_hint = Årstal, bindestreg og løbenummer, fx 2010-64452.

# The opening time field.
ha_opens_label = Høringen åbner

# The deadline field.
ha_closes_label = Høringsfrist

# Help under the time fields.
ha_time_hint = Dansk tid (København).

# The publication policy field.
ha_policy_label = Hvornår bliver svarene offentlige?

# Legend of the milestones.
ha_milestones_heading = Tidsplan

# Help above the milestones.
ha_milestones_hint = Udfyld den tomme række for at tilføje et punkt. Sæt kryds ved »Fjern« for at slette et.

# A milestone's date field.
ha_milestone_date_label = Dato

# A milestone's label field.
ha_milestone_label_label = Hvad sker der?

# A milestone's kind field.
ha_milestone_kind_label = Slags

# The remove checkbox of a row.
ha_remove_label = Fjern

# Legend of the digest recipients.
ha_recipients_heading = Modtagere af sammendraget

# Help above the digest recipients.
ha_recipients_hint = Dem, der får sammendraget af høringssvarene, fx udvalgets medlemmer. Udfyld den tomme række for at tilføje en.

# A recipient's name field.
ha_recipient_name_label = Navn

# A recipient's e-mail field.
ha_recipient_email_label = E-mail

# Accessible name of a row of a list (row n).
ha_row_label = Række

# The save button.
ha_save_button = Gem ændringer

# The create button.
ha_create_button = Opret høringen

# Shown after saving the settings.
ha_saved_notice = Ændringerne er gemt og skrevet i loggen.

# Shown after creating a hearing.
ha_created_notice = Høringen er oprettet som kladde. Den er ikke offentlig, før du offentliggør den.

# Shown above a refused form.
ha_form_has_errors = Formularen er ikke gemt. Ret det, der står ved felterne.

# A required field is empty.
ha_required = Udfyld feltet.

# A malformed journal number.
ha_journal_invalid = Skriv journalnummeret som årstal, bindestreg og løbenummer, fx 2010-64452.

# A malformed date and time.
ha_datetime_invalid = Skriv dato og klokkeslæt, fx 2010-08-09 00:00.

# The deadline is not after the opening.
ha_closes_before_opens = Fristen skal ligge efter åbningen.

# A malformed date.
ha_date_invalid = Skriv en dato, fx 2010-08-09.

# An unknown milestone kind.
ha_kind_invalid = Vælg en af de slags, der står på listen.

# An unknown publication policy.
ha_policy_invalid = Vælg en af mulighederne.

# A malformed e-mail address.
ha_email_invalid = Skriv en gyldig e-mailadresse, fx navn@kk.dk.

# An address given twice.
ha_email_duplicate = Adressen står der allerede.

# A malformed slug.
ha_slug_invalid = Brug 3–80 små bogstaver (a–z), tal og enkelte bindestreger, fx integrationspolitik-2011-2014.

# A slug already in use.
ha_slug_taken = Det korte navn bruges allerede af en anden høring.

# Heading of the status section.
ha_status_heading = Status

# Label before the current status.
ha_status_now = Høringen er nu:

# Shown when no status change is possible now.
ha_no_transitions = Der er ingen statusændring at foretage lige nu.

# Shown after a status change.
ha_status_changed_notice = Status er ændret og skrevet i loggen.

# Publishing without a draft.
ha_publish_needs_draft = Indlæs et udkast, før høringen offentliggøres.

# An unknown target status.
ha_status_unknown = Vælg published, processing eller decided.

# Heading of the hearing's history.
ha_history_heading = Historik

# An empty history.
ha_history_empty = Ingen ændringer endnu.

# Heading of the draft versions.
ha_versions_heading = Udkastets versioner

# No draft yet.
ha_no_versions = Der er ikke indlæst noget udkast endnu.

# Link to read a version.
ha_view_version = Læs

# Link to the upload page.
ha_upload_link = Indlæs en ny version af udkastet

# Heading of the upload form.
ha_upload_heading = Ny version af udkastet

# The file field.
ha_upload_file_label = Fil med udkastet (Markdown, Word .docx eller OpenDocument .odt)

# The pasted text field.
ha_upload_text_label = … eller indsæt teksten (Markdown)

# Help for the upload form.
ha_upload_hint = Første overskrift (#) er titlen, hver anden overskrift (##) starter et afsnit. I Word og OpenDocument bruges typografierne Titel og Overskrift 1, 2 … Du ser udkastet, før det bliver offentligt.

# A Word or OpenDocument file that could not be read.
ha_office_unreadable = Filen kunne ikke læses som et Word- eller OpenDocument-dokument. Gem den igen som .docx, .odt eller Markdown, og prøv igen.

# The preview button.
ha_preview_button = Vis udkastet

# The button that stores the previewed draft.
ha_publish_version_button = Udgiv som ny version

# Heading of the preview.
ha_preview_heading = Forhåndsvisning – ikke gemt endnu

# Neither a file nor text was given.
ha_draft_missing = Vælg en fil eller indsæt teksten.

# The draft equals the latest version.
ha_draft_unchanged = Udkastet er det samme som den nyeste version; der er ikke gemt noget.

# Heading of the diff page.
ha_diff_heading = Forskelle mellem versioner

# The older version's field.
ha_diff_from_label = Fra version

# The newer version's field.
ha_diff_to_label = Til version

# The button that shows a diff.
ha_diff_show_button = Vis forskelle

# A version that does not exist.
ha_diff_unknown_version = Den version findes ikke.

# Screen-reader text before inserted words.
ha_inserted = indsat:

# Screen-reader text before deleted words.
ha_deleted = slettet:

# A text longer than `max` characters.
ha_too_long = Højst { $max } tegn.

# A status change to `to` that is not allowed from the status labelled `from` (a
# `hearing_status_*` text).
ha_transition_refused = En høring med status »{ $from }« kan ikke { $to ->
        [published] offentliggøres (den er allerede offentlig eller afsluttet)
        [processing] flyttes til behandling; det kan kun en afsluttet høring
        [decided] markeres som afgjort; først skal svarene behandles
       *[draft] ændres sådan
    }.

# Processing asked for before the deadline (given on the Copenhagen clock).
ha_processing_before_deadline = Høringen tager imod svar til { $closes }. Den kan først flyttes til behandling efter fristen.

# The button that changes the status to `to` (`published`, `processing`, `decided`).
ha_transition_button-published = Offentliggør høringen
ha_transition_button-processing = Flyt til behandling af svarene
ha_transition_button-decided = Markér som afgjort
ha_transition_button-draft = Markér som afgjort

# What an audit action means in the hearing's history.
ha_history_action-hearing_create = Høringen blev oprettet
ha_history_action-hearing_update = Oplysningerne blev ændret
ha_history_action-hearing_status = Status blev ændret
ha_history_action-draft_import = En ny version af udkastet blev udgivet
ha_history_action-draft_summary = Kort fortalt blev skrevet eller ændret
ha_history_action-retention_hearing = Svarafgivernes persondata blev slettet
ha_history_action-outcome_save = Udvalgets beslutning blev skrevet eller ændret
ha_history_action-outcome_publish = Resultatet blev offentliggjort, og svarafgiverne fik besked
ha_history_action-other = Ændring

# "Version n of d".
ha_version_label = Version { $version_no } af { $date }

# Link to the differences from the version before `version_no`.
ha_diff_previous = Forskelle fra version { $previous }

# How much the previewed draft holds.
ha_preview_summary = Udkastet har { $sections } afsnitsoverskrifter og { $paragraphs } afsnit.

# Shown after a version was published.
ha_draft_published_notice = Version { $version_no } er udgivet og skrevet i loggen.

# The name of a change: `added`, `removed`, `changed`, `unchanged`.
ha_change_name-added = Tilføjet
ha_change_name-removed = Fjernet
ha_change_name-changed = Ændret
ha_change_name-other = Uændret

# Counts of the diff: added, removed, changed, unchanged paragraphs.
ha_diff_summary = { $added } tilføjet, { $removed } fjernet, { $changed } ændret, { $unchanged } uændret.

# "Paragraph n".
ha_paragraph_label = Afsnit { $number }

# A public response about a paragraph that a later version changed.
ha_paragraph_changed = Kommenterer afsnit { $number } i version { $version_no } – afsnittet er ændret siden


# The link from the hearing's administration and draft pages to the "kort fortalt" editor.
ha_summaries_link = Kort fortalt: en letlæst udgave af hvert afsnit

# The heading of the "kort fortalt" editor (and its page title).
ha_summaries_heading = Kort fortalt

# What the editor is for.
ha_summaries_intro = Skriv for hvert afsnit et kort resumé i et enkelt sprog: korte sætninger og almindelige ord. Det vises over afsnittets fulde tekst på høringssiden og i den udskriftsvenlige udgave. Skriv den danske udgave først; en oversættelse vises for læsere, der har valgt det sprog, og ellers vises den danske.

# The heading of the list of sections.
ha_summaries_sections = Afsnit i udkastet

# Column: the section.
ha_summaries_section_col = Afsnit

# Column: the languages the section's summary is written in.
ha_summaries_languages_col = Skrevet på

# No summary written yet for the section.
ha_summaries_none = Ingen endnu

# The disclosure that shows the section's full text above the form.
ha_summary_section_text = Vis afsnittets fulde tekst

# The hint above the summary fields.
ha_summary_hint = Højst { $max } tegn pr. sprog. Lad et felt stå tomt, hvis der ikke er en oversættelse.

# The button that asks for an extractive first draft.
ha_summary_suggest = Foreslå et udkast ud fra afsnittet

# The button that saves the summaries.
ha_summary_save = Gem kort fortalt

# Shown after the summaries were saved.
ha_summary_saved = Kort fortalt er gemt og vises nu på høringssiden.

# The heading of the suggested first draft.
ha_summary_suggestion_heading = Forslag: afsnittets mest centrale sætninger

# The suggestion was put into the empty Danish field.
ha_summary_suggestion_filled = Forslaget er sat ind i det danske felt. Omskriv det til et enkelt sprog, før du gemmer.

# The Danish field was not empty, so the suggestion was only shown.
ha_summary_suggestion_kept = Det danske felt var ikke tomt, så din tekst er bevaret. Kopiér fra forslaget, hvis du vil bruge det.

# The section has no running text to suggest from.
ha_summary_no_sentences = Afsnittet har ingen løbende tekst at foreslå ud fra.

# A translation was written without the Danish summary.
ha_summary_needs_danish = Skriv den danske udgave først: de andre sprog er oversættelser af den.

# A summary in a language the site does not have (the API).
ha_summary_unknown_language = Sproget findes ikke på siden.

# In the list of sections: the section's text changed since its summary was written.
ha_summaries_outdated = (ændret siden)

# Above the form: the section's text changed since its summary was written.
ha_summary_outdated = Afsnittets tekst er ændret i en ny version af udkastet, siden kort fortalt blev skrevet, så det vises ikke for læserne. Læs det igennem mod teksten, ret det, og gem det igen.
