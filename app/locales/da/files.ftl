# Dansk — files.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# Label of the file field.
files_label = Vedhæft filer, fx et høringsbrev

# Hint under the file field: kinds, how many, how large.
files_hint = PDF, Word (.docx), OpenDocument (.odt) eller tekst (.txt). Højst { $max_files } filer på { $mb } MB hver. Filerne offentliggøres sammen med svaret.

# A refused upload: more than `max` files.
file_too_many = Du kan vedhæfte højst { $max } filer. Saml dem eventuelt i én PDF.

# A refused file: larger than `max_bytes`.
file_too_large = «{ $name }» er større end { $mb } MB. Gem den i en mindre udgave, fx som PDF.

# A refused file: nothing in it.
file_empty = «{ $name }» er tom (0 byte). Vælg den rigtige fil.

# A refused file: not a PDF, Word, OpenDocument or text file, whatever its name says.
file_unsupported = «{ $name }» er ikke en PDF-, Word-, OpenDocument- eller tekstfil, uanset hvad navnet siger. Gem den som PDF og prøv igen.

# A refused file: it would unpack to far more than a document holds.
file_zip_bomb = «{ $name }» kan ikke modtages: den pakker sig ud til langt mere, end et dokument fylder. Gem den som PDF og prøv igen.

# Shown when the form came back with errors after files were chosen.
files_choose_again = Af sikkerhedshensyn kan browseren ikke huske valgte filer, når formularen vises igen. Vælg dem igen, før du sender.

# The upload could not be read at all (cut off, too large in all, malformed).
files_unreadable = Filerne kunne ikke modtages. Prøv igen, eventuelt med færre eller mindre filer.

# Heading of a published response's files.
attached_files = Vedhæftede filer

# Subject of the mail telling a respondent their response is held back.
held_mail_subject = Dit høringssvar { $svarnummer } er ikke offentliggjort endnu

# Body of that mail.
held_mail_body =
    Kære { $name }

    En af de filer, du vedhæftede dit høringssvar { $svarnummer } til «{ $hearing_title }», ser ud til at indeholde et CPR-nummer. For at beskytte personoplysninger offentliggøres svaret ikke, før en medarbejder har set det igennem. Svaret er stadig modtaget og indgår i høringen.

    Med venlig hilsen
    Ordet
    {""}

# Heading of the receipt's list of files.
receipt_files_heading = Vedhæftede filer:

# The public's answer for a file of a published response that is not public yet.
file_not_public_yet =
    Filen er ikke offentlig endnu. Kommunen skal først kontrollere, at den ikke indeholder personoplysninger som fx et CPR-nummer. Prøv igen senere.
    {""}

# For officials: the file is public, its text checked.
file_disclosure_checked = Offentlig: teksten er kontrolleret og indeholder intet, der ligner et CPR-nummer.

# For officials: the file is public, released by an official.
file_disclosure_released = Offentlig: frigivet af en medarbejder.

# For officials: the file is not public yet, its text being read.
file_disclosure_pending = Ikke offentlig endnu: teksten er ved at blive læst ud af filen.

# For officials: the file is not public, its text could not be checked.
file_disclosure_unchecked = Ikke offentlig: teksten kunne ikke kontrolleres for CPR-numre. Åbn filen, og frigiv den, hvis den kan offentliggøres.

# For officials: the file is not public, it seems to hold a CPR number.
file_disclosure_personal_data = Ikke offentlig: filens navn eller tekst ser ud til at indeholde et CPR-nummer. Frigiv den kun, hvis det ikke er et CPR-nummer.

# The button that makes a file public although it was not checked.
release_file_button = Frigiv filen
