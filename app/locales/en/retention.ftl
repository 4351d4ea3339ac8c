# English — retention.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# Label of the hearing's retention field.
retention_label = Personal data kept (months)

# Hint under it.
retention_hint = How many months after the decision the respondents' personal data is kept (1-120). Empty: the installation's default.

# The months typed are not a whole number.
retention_not_whole_number = Enter a whole number of months, e.g. 12, or leave the field empty.

# The months typed are zero or less.
retention_too_few = Personal data must be kept for at least 1 month.

# The months typed are more than the `max` allowed.
retention_too_many = Personal data can be kept for at most { $max } months.

# Shown instead of a name that was erased (or never given).
anonymous = Anonymous

# Shown instead of an e-mail address that was erased.
email_erased = (erased)

# A note on an official's response page: its personal data was erased.
personal_data_erased_note = The respondent's personal data has been erased. The response is kept as part of the case.

# Says a file is part of the case file (kept when personal data is erased).
case_file_badge = Part of the case file: the file is kept when personal data is erased.

# Says a file is not part of the case file.
not_case_file_badge = Not part of the case file: the file is deleted when personal data is erased.

# The button that marks a file as part of the case file.
case_file_mark_button = Make the file part of the case file

# The button that takes the mark off.
case_file_unmark_button = Take the file out of the case file
