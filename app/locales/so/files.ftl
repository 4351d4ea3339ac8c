# Soomaali (Somali) — files.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Somali; not word for word, in plain language.
# Review before use: a professional translator with Somali as first language, and one resident from the hearing's audience reading it on a phone.

# Label of the file field.
files_label = Ku lifaaq faylal, tusaale ahaan warqad

# Hint under the file field: kinds, how many, how large.
files_hint = PDF, Word (.docx), OpenDocument (.odt) ama qoraal (.txt). Ugu badnaan { $max_files } fayl, mid kastaa ugu badnaan { $mb } MB. Faylasha waxaa lala daabacayaa jawaabta.

# A refused upload: more than `max` files.
file_too_many = Waxaad ku lifaaqi kartaa ugu badnaan { $max } fayl. Haddii loo baahdo, isku dar oo ka dhig hal PDF.

# A refused file: larger than `max_bytes`.
file_too_large = “{ $name }” wuu ka weyn yahay { $mb } MB. U kaydi nuqul ka yar, tusaale ahaan PDF ahaan.

# A refused file: nothing in it.
file_empty = “{ $name }” waa madhan yahay (0 byte). Fadlan dooro faylka saxda ah.

# A refused file: not a PDF, Word, OpenDocument or text file, whatever its name says.
file_unsupported = “{ $name }” ma aha fayl PDF, Word, OpenDocument ama qoraal ah, xitaa haddii magaciisu sidaas sheego. U kaydi PDF ahaan, oo mar kale isku day.

# A refused file: it would unpack to far more than a document holds.
file_zip_bomb = “{ $name }” lama aqbali karo: marka la furo, wuxuu noqonayaa wax aad uga weyn dukumenti caadi ah. U kaydi PDF ahaan, oo mar kale isku day.

# Shown when the form came back with errors after files were chosen.
files_choose_again = Ammaan darteed, browser-ku ma xasuusan karo faylasha aad dooratay marka foomka mar kale la tuso. Fadlan mar kale dooro ka hor intaadan dirin.

# The upload could not be read at all (cut off, too large in all, malformed).
files_unreadable = Faylasha lama heli karin. Fadlan mar kale isku day, waxaa laga yaabaa inaad dirto faylal ka yar tiro ama cabbir ahaan.

# Heading of a published response's files.
attached_files = Faylasha la lifaaqay

# Subject of the mail telling a respondent their response is held back.
held_mail_subject = Jawaabtaada { $svarnummer } weli lama daabicin

# Body of that mail.
held_mail_body =
    Salaan { $name },

    Waxay u muuqataa in mid ka mid ah faylasha aad ku lifaaqday jawaabtaada { $svarnummer } ee “{ $hearing_title }” uu ku jiro lambar CPR. Si loo ilaaliyo xogta shakhsiga ah, jawaabta lama daabacayo ilaa qof ka mid ah shaqaalaha uu eego. Jawaabtaada waa la helay, waxayna weli qayb ka tahay la-tashiga.

    Salaan diirran
    Ordet
    {""}

# Heading of the receipt's list of files.
receipt_files_heading = Faylasha la lifaaqay:

# The public's answer for a file of a published response that is not public yet.
file_not_public_yet =
    Faylkan weli lama daabicin. Degmadu marka hore waa inay hubisaa inaanu ku jirin xog shakhsi ah, sida lambar CPR. Fadlan mar kale isku day goor dambe.
    {""}

# For officials: the file is public, its text checked.
file_disclosure_checked = La daabacay: qoraalka waa la hubiyay, kumana jiro wax u eg lambar CPR.

# For officials: the file is public, released by an official.
file_disclosure_released = La daabacay: qof ka mid ah shaqaalaha ayaa sii daayay.

# For officials: the file is not public yet, its text being read.
file_disclosure_pending = Weli lama daabicin: qoraalka ayaa hadda laga akhrinayaa faylka.

# For officials: the file is not public, its text could not be checked.
file_disclosure_unchecked = Lama daabicin: qoraalka looma hubin karin lambarro CPR. Fur faylka, oo sii daa haddii la daabici karo.

# For officials: the file is not public, it seems to hold a CPR number.
file_disclosure_personal_data = Lama daabicin: magaca ama qoraalka faylka waxay u muuqdaan inuu ku jiro lambar CPR. Sii daa oo keliya haddii aanu ahayn lambar CPR.

# The button that makes a file public although it was not checked.
release_file_button = Sii daa faylka
