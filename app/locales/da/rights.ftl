# Dansk — rights.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# Heading of the data pages: "Your data".
my_data_title = Dine data

# What the page offers, above the address field.
my_data_intro = Her kan du se, hente og bede om sletning af alt, hvad kommunen har gemt om dig i forbindelse med høringer: dine oplysninger, dine høringssvar og filer, og de e-mails, vi har sendt dig. Skriv den e-mailadresse, du brugte, så sender vi et link til den.

# The button that asks for a link.
my_data_send_button = Send mig et link

# After asking: said alike whether the address is known or not.
my_data_link_sent = Hvis vi har data om adressen, har vi nu sendt et link til den. Linket virker i { $minutes } minutter og kan bruges én gang. Kommer der ikke noget, har vi ingen data om adressen – eller tjek dit spamfilter.

# Too many links asked for the address or from the network.
my_data_rate_limited = Der er bedt om for mange links til adressen eller fra dit netværk. Prøv igen om en time.

# Subject of the mail with the link.
my_data_mail_subject = Link til dine data

# Body of that mail.
my_data_mail_body =
    Hej

    Du (eller nogen, der skrev din adresse) har bedt om at se de data, kommunen har gemt om din e-mailadresse i forbindelse med høringer.

    Åbn linket herunder. Det virker i { $minutes } minutter og kan bruges én gang:
    { $link }

    Har du ikke bedt om det, kan du se bort fra denne e-mail. Ingen kan se dine data uden linket.
    {""}

# What the mailed link's page says above its button.
my_data_open_body = Tryk på knappen for at se dine data. Du får adgang i denne browser i { $minutes } minutter; linket kan derefter ikke bruges igen.

# The button that opens the data.
my_data_open_button = Vis mine data

# The link was used already.
my_data_link_used = Linket er allerede brugt. Et link virker kun én gang – bed om et nyt.

# The link is too old.
my_data_link_expired = Linket er udløbet. Bed om et nyt.

# No such link.
my_data_link_unknown = Linket findes ikke. Tjek, at du har kopieret hele linket, eller bed om et nyt.

# Link to ask for a new link.
my_data_ask_again = Bed om et nyt link

# Heading of the data page, naming the address.
my_data_heading = Data om { $email }

# How long the access lasts, and that it is this browser's only.
my_data_access_until = Du har adgang i denne browser til { $until }. Derefter skal du bede om et nyt link.

# The download link.
my_data_download = Hent alle data (JSON)

# The button that ends the access.
my_data_close = Afslut adgangen

# After ending it.
my_data_closed_notice = Adgangen til dine data er afsluttet i denne browser.

# The button on the private change-or-withdraw page that leads here.
my_data_from_manage = Se, hent eller slet dine data

# What that button does.
my_data_from_manage_explain = Se alt, hvad kommunen har gemt om din e-mailadresse i høringer, hent det som en fil, eller bed om at få det slettet.

# Heading of the stored identities.
my_data_identity_heading = Dine oplysninger

# "Sent with response(s) …": which responses an identity came with.
my_data_identity_of = Afgivet med høringssvar { $svarnumre }

# "When stored" label.
my_data_stored_at = Gemt

# Heading of the responses.
my_data_responses_heading = Dine høringssvar

# No responses on the address.
my_data_no_responses = Der er ingen høringssvar på adressen.

# The label of a response's date or field: `hearing`, `submitted`, `verified`,
# `published`, `updated`, `section`, `paragraph`, `published_text`, `files`, `channel`.
my_data_label-hearing = Høring
my_data_label-submitted = Afgivet
my_data_label-verified = Bekræftet
my_data_label-published = Offentliggjort
my_data_label-updated = Senest ændret
my_data_label-section = Afsnit
my_data_label-paragraph = Paragraf/stykke
my_data_label-published_text = Teksten som offentliggjort (redigeret af kommunen)
my_data_label-files = Filer
my_data_label-channel = Modtaget via
my_data_label-other = {""}

# A file: its name, size and whether the public may have it.
my_data_file = { $name } ({ $size_bytes } byte, { $public ->
        [true] kan offentliggøres
       *[false] offentliggøres ikke
    })

# Heading of the mails.
my_data_mails_heading = E-mails sendt til dig

# No mails.
my_data_no_mails = Vi har ikke sendt e-mails til adressen.

# Column headers of the mails: date, subject, status.
my_data_mail_columns-1 = Dato
my_data_mail_columns-2 = Emne
my_data_mail_columns-3 = Status

# A mail's status (`pending`, `sending`, `sent`, `failed`).
my_data_mail_status-sent = Sendt
my_data_mail_status-failed = Kunne ikke sendes
my_data_mail_status-pending = Venter på at blive sendt

# Heading of the erasure requests.
my_data_erasures_heading = Dine anmodninger om sletning

# No erasure requests.
my_data_no_erasures = Du har ikke bedt om sletning.

# Heading of a response's erasure part.
erase_heading = Bed om sletning

# What erasure means for this response (`decided`: the hearing has been decided).
erase_explain-true = Høringen er afgjort, så kommunen skal bevare, hvad der indgik i afgørelsen: dit navn, din adresse og dine øvrige oplysninger slettes, og teksten gemmes uden dem.
erase_explain-false = Kommunen sletter svaret, dets filer og dine oplysninger helt. En medarbejder udfører sletningen.

# The checkbox that confirms an erasure request.
erase_confirm_label = Ja, slet mit høringssvar

# The checkbox was not ticked.
erase_confirm_required = Sæt flueben for at bekræfte, at du vil have svaret slettet.

# The button that asks for erasure of one response.
erase_button = Bed om sletning

# The button that asks for erasure of every response.
erase_all_button = Bed om sletning af alle mine svar

# Heading of the part that asks for all of them.
erase_all_heading = Slet alle dine høringssvar

# After asking.
erasure_requested_notice = Din anmodning om sletning er sendt til kommunen. Du kan følge den her.

# Asked again: it is pending already.
erasure_pending_notice = Du har allerede bedt om sletning; anmodningen venter på kommunen.

# The request for this response is waiting for the municipality.
erasure_already_requested = Du bad om sletning { $requested }. Anmodningen venter på kommunen.

# Subject of the mail telling officials of an erasure request.
erasure_mail_subject = Anmodning om sletning af høringssvar { $svarnummer }

# Body of that mail.
erasure_mail_body =
    Afsenderen af høringssvar { $svarnummer } i høringen "{ $hearing_title }" har bedt om at få svaret slettet.

    Se og udfør anmodningen her:
    { $link }
    {""}

# Heading of the officials' page, and its link from the hearing's pages.
erasure_requests_title = Anmodninger om sletning

# What the officials' page is for.
erasure_requests_intro-true = Høringen er afgjort: en sletning fjerner afsenderens oplysninger og filer, men bevarer den anonymiserede tekst, som indgik i afgørelsen.
erasure_requests_intro-false = Høringen er ikke afgjort: en sletning fjerner svaret, dets filer og afsenderens oplysninger helt.

# No requests.
erasure_requests_none = Ingen har bedt om sletning i denne høring.

# Column headers: number, asked, status, carried out by, action.
erasure_columns-1 = Svarnummer
erasure_columns-2 = Anmodet
erasure_columns-3 = Status
erasure_columns-4 = Udført af
erasure_columns-5 = Handling

# The officials' button.
erasure_carry_out = Udfør sletning

# After carrying one out.
erasure_done_notice = Sletningen er udført.
