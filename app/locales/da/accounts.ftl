# Dansk — accounts.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# The "Forgot your password?" link on the sign-in page, and the reset page's heading.
forgot_password = Glemt din adgangskode?

# Text above the reset request form.
reset_intro = Skriv den e-mailadresse, du logger ind med. Har den en konto, sender vi et link, hvor du kan vælge en ny adgangskode.

# Its button.
reset_button = Send link

# Shown after asking for a reset link, whether or not the address has an account.
reset_sent = Hvis adressen har en konto, har vi sendt et link til den. Linket virker i 60 minutter og kun én gang.

# Subject of the reset mail.
reset_subject = Vælg en ny adgangskode til Ordet

# Body of the reset mail.
reset_body =
    Kære { $name }

    Du har bedt om at vælge en ny adgangskode til Ordet. Åbn dette link; det virker i { $minutes } minutter og kun én gang:
    { $link }

    Har du ikke bedt om det, kan du se bort fra denne e-mail. Din adgangskode er ikke ændret.

    Med venlig hilsen
    Ordet
    {""}

# Subject of the mail to a new official.
invite_subject = Du har fået en konto i Ordet

# Body of the mail to a new official.
invite_body =
    Kære { $name }

    Du har fået en konto i Ordet, kommunens platform for høringer. Åbn dette link for at vælge din adgangskode; det virker i { $days } dage og kun én gang:
    { $link }

    Med venlig hilsen
    Ordet
    {""}

# Heading of the page a reset link opens.
new_password_title = Vælg en ny adgangskode

# The new password field.
new_password_label = Ny adgangskode

# The repeat field.
repeat_password_label = Gentag den nye adgangskode

# The rule a password must follow.
password_hint = Mindst 12 tegn. Brug gerne flere ord i en sætning. Den må ikke være din e-mailadresse.

# The button that sets the password.
set_password_button = Gem adgangskoden

# A password shorter than the policy.
password_too_short = Adgangskoden skal have mindst 12 tegn.

# A password longer than the policy.
password_too_long = Adgangskoden må højst have 200 tegn.

# The two fields differ.
password_mismatch = De to adgangskoder er ikke ens. Skriv den samme i begge felter.

# The password is the e-mail address.
password_is_email = Adgangskoden må ikke være din e-mailadresse.

# Heading when a reset link no longer works.
reset_invalid_title = Linket virker ikke længere

# What to do then.
reset_invalid_body = Linket er udløbet, allerede brugt eller ukendt. Bed om et nyt link nedenfor.

# Shown on the sign-in page after a new password was set.
password_changed = Din nye adgangskode er gemt, og du er logget ud alle steder. Log ind med den nye adgangskode.

# Not an e-mail address.
email_invalid = Skriv en gyldig e-mailadresse, fx navn@kk.dk.

# Heading of user management, and the link to it.
users_title = Brugere

# Heading of the form that creates an account.
create_user_heading = Opret en bruger

# What happens when an account is created.
create_user_hint = Den nye bruger får en e-mail med et link til at vælge sin adgangskode. Linket virker i 7 dage.

# The new user's name field.
user_name_label = Navn

# The new user's e-mail field.
user_email_label = E-mailadresse

# The role field.
role_label = Rolle

# The hearing field of a role.
role_hearing_label = Høring

# The hearing choice that means every hearing.
all_hearings = Alle høringer

# The create button.
create_user_button = Opret bruger

# Heading of the list of accounts.
accounts_heading = Konti

# "Roles".
roles_label = Roller

# "Status".
account_status_label = Status

# Active account.
account_active = Aktiv

# Locked after wrong passwords.
account_locked = Låst efter forkerte adgangskoder

# Disabled account.
account_disabled = Deaktiveret

# "Last sign-in".
last_sign_in_label = Seneste login

# No sign-in known.
last_sign_in_unknown = Ukendt

# The add-role button.
add_role_button = Tilføj rolle

# Legend of the add-role form.
add_role_legend = Tilføj en rolle

# The remove-role button's accessible text.
remove_role_button = Fjern rollen { $role }

# The disable button.
disable_button = Deaktivér

# The enable button.
enable_button = Aktivér

# Confirmation after a change, by kind (`created`, `role_added`, …).
users_saved-created = Brugeren er oprettet og har fået en e-mail med et link til at vælge adgangskode.
users_saved-role_added = Rollen er tilføjet.
users_saved-role_removed = Rollen er fjernet.
users_saved-disabled = Kontoen er deaktiveret, og brugeren er logget ud alle steder.
users_saved-enabled = Kontoen er aktiveret igen.
users_saved-other = Ændringen er gemt.

# A name is required.
name_required = Skriv brugerens navn.

# The address has an account.
email_taken = Der findes allerede en konto med denne e-mailadresse.

# Not a role.
role_invalid = Vælg en rolle.

# Not a hearing.
hearing_invalid = Vælg en høring på listen.

# The account has that role already.
role_exists = Brugeren har allerede denne rolle.

# An admin removing their own last admin role.
cannot_remove_own_admin = Du kan ikke fjerne din egen sidste administratorrolle.

# An admin disabling themselves.
cannot_disable_self = Du kan ikke deaktivere din egen konto.

# Heading of the audit export.
audit_export_heading = Hent revisionsloggen

# The hearing filter of the audit export.
audit_hearing_label = Høring (valgfri)

# From date.
audit_from_label = Fra dato (valgfri)

# To date (inclusive).
audit_to_label = Til og med dato (valgfri)

# A date that is not a date.
date_invalid = Skriv datoen som ÅÅÅÅ-MM-DD, fx 2010-11-24.

# The link to a hearing's attachments as a ZIP.
attachments_zip = Alle bilag (ZIP)
