# English — files.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# Label of the file field.
files_label = Attach files, e.g. a consultation letter

# Hint under the file field: kinds, how many, how large.
files_hint = PDF, Word (.docx), OpenDocument (.odt) or text (.txt). At most { $max_files } files of { $mb } MB each. The files are published with the response.

# A refused upload: more than `max` files.
file_too_many = You can attach at most { $max } files. You could combine them into one PDF.

# A refused file: larger than `max_bytes`.
file_too_large = “{ $name }” is larger than { $mb } MB. Save a smaller version, for example as a PDF.

# A refused file: nothing in it.
file_empty = “{ $name }” is empty (0 bytes). Please choose the right file.

# A refused file: not a PDF, Word, OpenDocument or text file, whatever its name says.
file_unsupported = “{ $name }” is not a PDF, Word, OpenDocument or text file, whatever its name says. Save it as a PDF and try again.

# A refused file: it would unpack to far more than a document holds.
file_zip_bomb = “{ $name }” cannot be accepted: it unpacks to far more than a document holds. Save it as a PDF and try again.

# Shown when the form came back with errors after files were chosen.
files_choose_again = For security, browsers cannot keep chosen files when a form is shown again. Please choose them again before sending.

# The upload could not be read at all (cut off, too large in all, malformed).
files_unreadable = The files could not be received. Please try again, perhaps with fewer or smaller files.

# Heading of a published response's files.
attached_files = Attached files

# Subject of the mail telling a respondent their response is held back.
held_mail_subject = Your response { $svarnummer } is not published yet

# Body of that mail.
held_mail_body =
    Dear { $name }

    One of the files you attached to your response { $svarnummer } to “{ $hearing_title }” seems to contain a CPR number. To protect personal data, the response is not published until a member of staff has looked at it. Your response is still received and counts in the consultation.

    Kind regards
    Ordet
    {""}

# Heading of the receipt's list of files.
receipt_files_heading = Attached files:

# The public's answer for a file of a published response that is not public yet.
file_not_public_yet =
    This file is not public yet. The municipality must first check that it holds no personal data such as a CPR number. Please try again later.
    {""}

# For officials: the file is public, its text checked.
file_disclosure_checked = Public: its text was checked and holds nothing like a CPR number.

# For officials: the file is public, released by an official.
file_disclosure_released = Public: released by a member of staff.

# For officials: the file is not public yet, its text being read.
file_disclosure_pending = Not public yet: the text is being read from the file.

# For officials: the file is not public, its text could not be checked.
file_disclosure_unchecked = Not public: its text could not be checked for CPR numbers. Open the file, and release it if it may be published.

# For officials: the file is not public, it seems to hold a CPR number.
file_disclosure_personal_data = Not public: the file's name or text seems to hold a CPR number. Release it only if it is not a CPR number.

# The button that makes a file public although it was not checked.
release_file_button = Release the file
