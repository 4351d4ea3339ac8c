# Dansk — retention.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# Label of the hearing's retention field.
retention_label = Opbevaring af persondata (måneder)

# Hint under it.
retention_hint = Hvor mange måneder efter afgørelsen svarafgivernes persondata gemmes (1-120). Tomt: installationens standard.

# The months typed are not a whole number.
retention_not_whole_number = Skriv et helt antal måneder, fx 12, eller lad feltet stå tomt.

# The months typed are zero or less.
retention_too_few = Persondata skal gemmes i mindst 1 måned.

# The months typed are more than the `max` allowed.
retention_too_many = Persondata kan højst gemmes i { $max } måneder.

# Shown instead of a name that was erased (or never given).
anonymous = Anonym

# Shown instead of an e-mail address that was erased.
email_erased = (slettet)

# A note on an official's response page: its personal data was erased.
personal_data_erased_note = Svarafgiverens persondata er slettet. Svaret er bevaret som en del af sagen.

# Says a file is part of the case file (kept when personal data is erased).
case_file_badge = Del af sagen: filen bevares, når persondata slettes.

# Says a file is not part of the case file.
not_case_file_badge = Ikke en del af sagen: filen slettes, når persondata slettes.

# The button that marks a file as part of the case file.
case_file_mark_button = Gør filen til en del af sagen

# The button that takes the mark off.
case_file_unmark_button = Tag filen ud af sagen
