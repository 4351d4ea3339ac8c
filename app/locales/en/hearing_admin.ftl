# English — hearing admin.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# Link from the officials' front page to a hearing's administration.
ha_manage_hearing_link = Manage the hearing

# Link to, and heading of, the page that creates a hearing.
ha_new_hearing_link = Create a new hearing

# Heading of a hearing's administration page.
ha_manage_title = Hearing administration

# Link to the hearing's public page.
ha_public_page_link = See the public page

# Link back to the hearing's administration page.
ha_back_to_admin = Back to the hearing's administration

# Heading of the settings form.
ha_settings_heading = About the hearing

# The slug field.
ha_slug_label = Short name in the web address

# Help under the slug field.
ha_slug_hint = Lower-case letters (a–z), digits and hyphens, e.g. integrationspolitik-2011-2014. It cannot be changed later.

# The title field.
ha_title_label = Title

# The summary field.
ha_summary_label = Short summary

# The committee field.
ha_committee_label = Deciding committee

# The journal number field.
ha_journal_label = Journal number

# Help under the journal number field.
ha_journal_hint = Year, hyphen and serial number, e.g. 2010-64452.

# The opening time field.
ha_opens_label = The hearing opens

# The deadline field.
ha_closes_label = Deadline

# Help under the time fields.
ha_time_hint = Danish time (Copenhagen).

# The publication policy field.
ha_policy_label = When do responses become public?

# Legend of the milestones.
ha_milestones_heading = Timetable

# Help above the milestones.
ha_milestones_hint = Fill in the empty row to add a step. Tick »Remove« to delete one.

# A milestone's date field.
ha_milestone_date_label = Date

# A milestone's label field.
ha_milestone_label_label = What happens?

# A milestone's kind field.
ha_milestone_kind_label = Kind

# The remove checkbox of a row.
ha_remove_label = Remove

# Legend of the digest recipients.
ha_recipients_heading = Digest recipients

# Help above the digest recipients.
ha_recipients_hint = The people who get the digest of the responses, e.g. the committee's members. Fill in the empty row to add one.

# A recipient's name field.
ha_recipient_name_label = Name

# A recipient's e-mail field.
ha_recipient_email_label = E-mail

# Accessible name of a row of a list (row n).
ha_row_label = Row

# The save button.
ha_save_button = Save changes

# The create button.
ha_create_button = Create the hearing

# Shown after saving the settings.
ha_saved_notice = The changes are saved and logged.

# Shown after creating a hearing.
ha_created_notice = The hearing is created as a draft. It is not public until you publish it.

# Shown above a refused form.
ha_form_has_errors = The form was not saved. Correct what is said at the fields.

# A required field is empty.
ha_required = Fill in this field.

# A malformed journal number.
ha_journal_invalid = Write the journal number as year, hyphen and serial number, e.g. 2010-64452.

# A malformed date and time.
ha_datetime_invalid = Write a date and time, e.g. 2010-08-09 00:00.

# The deadline is not after the opening.
ha_closes_before_opens = The deadline must be after the opening.

# A malformed date.
ha_date_invalid = Write a date, e.g. 2010-08-09.

# An unknown milestone kind.
ha_kind_invalid = Choose one of the kinds in the list.

# An unknown publication policy.
ha_policy_invalid = Choose one of the options.

# A malformed e-mail address.
ha_email_invalid = Write a valid e-mail address, e.g. name@kk.dk.

# An address given twice.
ha_email_duplicate = This address is already listed.

# A malformed slug.
ha_slug_invalid = Use 3–80 lower-case letters (a–z), digits and single hyphens, e.g. integrationspolitik-2011-2014.

# A slug already in use.
ha_slug_taken = Another hearing already uses this short name.

# Heading of the status section.
ha_status_heading = Status

# Label before the current status.
ha_status_now = The hearing is now:

# Shown when no status change is possible now.
ha_no_transitions = There is no status change to make right now.

# Shown after a status change.
ha_status_changed_notice = The status is changed and logged.

# Publishing without a draft.
ha_publish_needs_draft = Upload a draft before publishing the hearing.

# An unknown target status.
ha_status_unknown = Choose published, processing or decided.

# Heading of the hearing's history.
ha_history_heading = History

# An empty history.
ha_history_empty = No changes yet.

# Heading of the draft versions.
ha_versions_heading = Versions of the draft

# No draft yet.
ha_no_versions = No draft has been uploaded yet.

# Link to read a version.
ha_view_version = Read

# Link to the upload page.
ha_upload_link = Upload a new version of the draft

# Heading of the upload form.
ha_upload_heading = New version of the draft

# The file field.
ha_upload_file_label = File with the draft (Markdown, Word .docx or OpenDocument .odt)

# The pasted text field.
ha_upload_text_label = … or paste the text (Markdown)

# Help for the upload form.
ha_upload_hint = The first heading (#) is the title; every other heading (##) starts a section. In Word and OpenDocument, the styles Title and Heading 1, 2 … are used. You see the draft before it is published.

# A Word or OpenDocument file that could not be read.
ha_office_unreadable = The file could not be read as a Word or OpenDocument document. Save it again as .docx, .odt or Markdown and try again.

# The preview button.
ha_preview_button = Preview the draft

# The button that stores the previewed draft.
ha_publish_version_button = Publish as the new version

# Heading of the preview.
ha_preview_heading = Preview – not saved yet

# Neither a file nor text was given.
ha_draft_missing = Choose a file or paste the text.

# The draft equals the latest version.
ha_draft_unchanged = The draft equals the latest version; nothing was stored.

# Heading of the diff page.
ha_diff_heading = Differences between versions

# The older version's field.
ha_diff_from_label = From version

# The newer version's field.
ha_diff_to_label = To version

# The button that shows a diff.
ha_diff_show_button = Show differences

# A version that does not exist.
ha_diff_unknown_version = That version does not exist.

# Screen-reader text before inserted words.
ha_inserted = inserted:

# Screen-reader text before deleted words.
ha_deleted = deleted:

# A text longer than `max` characters.
ha_too_long = At most { $max } characters.

# A status change to `to` that is not allowed from the status labelled `from` (a
# `hearing_status_*` text).
ha_transition_refused = A hearing whose status is »{ $from }« cannot { $to ->
        [published] be published (it is already public or finished)
        [processing] move to processing; only a closed hearing can
        [decided] be marked as decided; its responses must be processed first
       *[draft] change like that
    }.

# Processing asked for before the deadline (given on the Copenhagen clock).
ha_processing_before_deadline = The hearing takes responses until { $closes }. It can move to processing only after the deadline.

# The button that changes the status to `to` (`published`, `processing`, `decided`).
ha_transition_button-published = Publish the hearing
ha_transition_button-processing = Move to processing the responses
ha_transition_button-decided = Mark as decided
ha_transition_button-draft = Mark as decided

# What an audit action means in the hearing's history.
ha_history_action-hearing_create = The hearing was created
ha_history_action-hearing_update = The details were changed
ha_history_action-hearing_status = The status was changed
ha_history_action-draft_import = A new version of the draft was published
ha_history_action-draft_summary = A section's "in short" was written or changed
ha_history_action-retention_hearing = The respondents' personal data was erased
ha_history_action-outcome_save = The committee's decision was written or changed
ha_history_action-outcome_publish = The outcome was published and the respondents were told
ha_history_action-other = Change

# "Version n of d".
ha_version_label = Version { $version_no } of { $date }

# Link to the differences from the version before `version_no`.
ha_diff_previous = Differences from version { $previous }

# How much the previewed draft holds.
ha_preview_summary = The draft has { $sections } section headings and { $paragraphs } paragraphs.

# Shown after a version was published.
ha_draft_published_notice = Version { $version_no } is published and logged.

# The name of a change: `added`, `removed`, `changed`, `unchanged`.
ha_change_name-added = Added
ha_change_name-removed = Removed
ha_change_name-changed = Changed
ha_change_name-other = Unchanged

# Counts of the diff: added, removed, changed, unchanged paragraphs.
ha_diff_summary = { $added } added, { $removed } removed, { $changed } changed, { $unchanged } unchanged.

# "Paragraph n".
ha_paragraph_label = Paragraph { $number }

# A public response about a paragraph that a later version changed.
ha_paragraph_changed = Comments on paragraph { $number } of version { $version_no } – the paragraph has changed since


# The link from the hearing's administration and draft pages to the "kort fortalt" editor.
ha_summaries_link = In short: an easy-to-read version of each section

# The heading of the "kort fortalt" editor (and its page title).
ha_summaries_heading = In short ("kort fortalt")

# What the editor is for.
ha_summaries_intro = For each section, write a short summary in plain language: short sentences and everyday words. It is shown above the section's full text on the hearing page and in the printable version. Write the Danish one first; a translation is shown to readers who chose that language, and the Danish one to everyone else.

# The heading of the list of sections.
ha_summaries_sections = Sections of the draft

# Column: the section.
ha_summaries_section_col = Section

# Column: the languages the section's summary is written in.
ha_summaries_languages_col = Written in

# No summary written yet for the section.
ha_summaries_none = None yet

# The disclosure that shows the section's full text above the form.
ha_summary_section_text = Show the section's full text

# The hint above the summary fields.
ha_summary_hint = At most { $max } characters per language. Leave a field empty where there is no translation.

# The button that asks for an extractive first draft.
ha_summary_suggest = Suggest a first draft from the section

# The button that saves the summaries.
ha_summary_save = Save

# Shown after the summaries were saved.
ha_summary_saved = Saved: it is now shown on the hearing page.

# The heading of the suggested first draft.
ha_summary_suggestion_heading = Suggestion: the section's most central sentences

# The suggestion was put into the empty Danish field.
ha_summary_suggestion_filled = The suggestion is in the Danish field. Rewrite it in plain language before you save.

# The Danish field was not empty, so the suggestion was only shown.
ha_summary_suggestion_kept = The Danish field was not empty, so your text is kept. Copy from the suggestion if you want to use it.

# The section has no running text to suggest from.
ha_summary_no_sentences = The section has no running text to suggest from.

# A translation was written without the Danish summary.
ha_summary_needs_danish = Write the Danish one first: the other languages are translations of it.

# A summary in a language the site does not have (the API).
ha_summary_unknown_language = The site does not have this language.

# In the list of sections: the section's text changed since its summary was written.
ha_summaries_outdated = (changed since)

# Above the form: the section's text changed since its summary was written.
ha_summary_outdated = The section's text has changed in a new version of the draft since this was written, so readers are not shown it. Read it against the text, correct it and save it again.
