# English — accounts.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# The "Forgot your password?" link on the sign-in page, and the reset page's heading.
forgot_password = Forgot your password?

# Text above the reset request form.
reset_intro = Type the e-mail address you sign in with. If it has an account, we send a link where you can choose a new password.

# Its button.
reset_button = Send link

# Shown after asking for a reset link, whether or not the address has an account.
reset_sent = If the address has an account, a link is on its way to it. The link works for 60 minutes and only once.

# Subject of the reset mail.
reset_subject = Choose a new password for Ordet

# Body of the reset mail.
reset_body =
    Dear { $name }

    You asked to choose a new password for Ordet. Open this link; it works for { $minutes } minutes and only once:
    { $link }

    If you did not ask for it, you can ignore this e-mail. Your password has not changed.

    Kind regards
    Ordet
    {""}

# Subject of the mail to a new official.
invite_subject = You have an account in Ordet

# Body of the mail to a new official.
invite_body =
    Dear { $name }

    You have an account in Ordet, the municipality's platform for public consultations. Open this link to choose your password; it works for { $days } days and only once:
    { $link }

    Kind regards
    Ordet
    {""}

# Heading of the page a reset link opens.
new_password_title = Choose a new password

# The new password field.
new_password_label = New password

# The repeat field.
repeat_password_label = Repeat the new password

# The rule a password must follow.
password_hint = At least 12 characters. Several words in a sentence work well. It must not be your e-mail address.

# The button that sets the password.
set_password_button = Save the password

# A password shorter than the policy.
password_too_short = The password must have at least 12 characters.

# A password longer than the policy.
password_too_long = The password can have at most 200 characters.

# The two fields differ.
password_mismatch = The two passwords are not the same. Type the same one in both fields.

# The password is the e-mail address.
password_is_email = The password must not be your e-mail address.

# Heading when a reset link no longer works.
reset_invalid_title = The link no longer works

# What to do then.
reset_invalid_body = The link has expired, has been used already or is unknown. Ask for a new link below.

# Shown on the sign-in page after a new password was set.
password_changed = Your new password is saved and you are signed out everywhere. Sign in with the new password.

# Not an e-mail address.
email_invalid = Type a valid e-mail address, e.g. name@kk.dk.

# Heading of user management, and the link to it.
users_title = Users

# Heading of the form that creates an account.
create_user_heading = Create a user

# What happens when an account is created.
create_user_hint = The new user gets an e-mail with a link to choose their password. The link works for 7 days.

# The new user's name field.
user_name_label = Name

# The new user's e-mail field.
user_email_label = E-mail address

# The role field.
role_label = Role

# The hearing field of a role.
role_hearing_label = Hearing

# The hearing choice that means every hearing.
all_hearings = All hearings

# The create button.
create_user_button = Create user

# Heading of the list of accounts.
accounts_heading = Accounts

# "Roles".
roles_label = Roles

# "Status".
account_status_label = Status

# Active account.
account_active = Active

# Locked after wrong passwords.
account_locked = Locked after wrong passwords

# Disabled account.
account_disabled = Disabled

# "Last sign-in".
last_sign_in_label = Last sign-in

# No sign-in known.
last_sign_in_unknown = Unknown

# The add-role button.
add_role_button = Add role

# Legend of the add-role form.
add_role_legend = Add a role

# The remove-role button's accessible text.
remove_role_button = Remove the role { $role }

# The disable button.
disable_button = Disable

# The enable button.
enable_button = Enable

# Confirmation after a change, by kind (`created`, `role_added`, …).
users_saved-created = The user is created and has an e-mail with a link to choose a password.
users_saved-role_added = The role is added.
users_saved-role_removed = The role is removed.
users_saved-disabled = The account is disabled and the user is signed out everywhere.
users_saved-enabled = The account is enabled again.
users_saved-other = The change is saved.

# A name is required.
name_required = Type the user's name.

# The address has an account.
email_taken = An account with this e-mail address exists already.

# Not a role.
role_invalid = Choose a role.

# Not a hearing.
hearing_invalid = Choose a hearing from the list.

# The account has that role already.
role_exists = The user has this role already.

# An admin removing their own last admin role.
cannot_remove_own_admin = You cannot remove your own last admin role.

# An admin disabling themselves.
cannot_disable_self = You cannot disable your own account.

# Heading of the audit export.
audit_export_heading = Download the audit log

# The hearing filter of the audit export.
audit_hearing_label = Hearing (optional)

# From date.
audit_from_label = From date (optional)

# To date (inclusive).
audit_to_label = To date, inclusive (optional)

# A date that is not a date.
date_invalid = Write the date as YYYY-MM-DD, e.g. 2010-11-24.

# The link to a hearing's attachments as a ZIP.
attachments_zip = All attachments (ZIP)
