# Dansk — manage.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# Heading: "Your response 2010-64452-0001".
manage_title = Dit høringssvar { $svarnummer }

# Until when it can be changed.
manage_intro = Du kan rette dit svar eller trække det tilbage indtil { $deadline }.

# "Status" label.
status_label = Status

# The save button.
save_changes = Gem ændringer

# Confirmation after saving.
saved_notice = Dine ændringer er gemt.

# Confirmation after withdrawing.
withdrawn_notice = Dit svar er trukket tilbage. Det indgår ikke længere i høringen.

# Heading of the withdrawal part.
withdraw_heading = Træk svaret tilbage

# What withdrawing means.
withdraw_explain = Hvis du trækker svaret tilbage, fjernes det fra høringens side og indgår ikke i behandlingen. Det kan ikke fortrydes, men du kan sende et nyt svar, så længe høringen er åben.

# The confirmation checkbox.
withdraw_confirm_label = Ja, træk mit høringssvar tilbage

# The withdraw button.
withdraw_button = Træk svaret tilbage

# The checkbox was not ticked.
withdraw_confirm_required = Sæt flueben, hvis du vil trække svaret tilbage.

# A withdrawn response cannot be changed.
already_withdrawn = Svaret er trukket tilbage og kan ikke længere ændres.

# The deadline has passed.
manage_closed = Høringsfristen er udløbet, så svaret kan ikke længere ændres eller trækkes tilbage.

# Heading when the link is unknown.
manage_unknown_title = Linket virker ikke

# Text when the link is unknown.
manage_unknown_body = Tjek, at du har kopieret hele linket fra kvitteringen.

# An official must give a reason to hold or reject.
moderation_reason_required = Skriv en begrundelse: den gemmes i loggen og sendes til afsenderen ved afvisning.

# Subject of the mail telling a respondent their response was rejected.
rejected_mail_subject = Dit høringssvar { $svarnummer } er afvist

# Body of that mail, with the official's reason.
rejected_mail_body =
    Kære { $name }

    Kommunen har afvist dit høringssvar { $svarnummer } til «{ $hearing_title }» med denne begrundelse:

    { $reason }

    Svaret offentliggøres ikke. Er du uenig, kan du svare på denne e-mail.

    Med venlig hilsen
    Ordet
    {""}

# The response changed while the change was being saved: try again.
manage_changed_meanwhile = Svaret blev ændret, mens du skrev. Se det igennem, og gem igen.

# A response or a change could not be stored (a failure on our side): the text is kept.
not_saved_try_again = Svaret kunne ikke gemmes lige nu. Din tekst står her stadig; prøv at sende igen om lidt.

# Heading of the verification page before the button is pressed.
verify_confirm_title = Bekræft dit høringssvar

# What the button does, naming the response and the hearing.
verify_confirm_body = Tryk på knappen for at bekræfte høringssvar { $svarnummer } til «{ $hearing_title }». Først da indgår det i høringen.

# The button that confirms a response.
verify_confirm_button = Bekræft høringssvaret

# Subject of the mail telling officials an author changed a decided response.
author_changed_mail_subject = Høringssvar { $svarnummer } er ændret af afsenderen

# Body of that mail: the hearing, the response, where it stands and a link to it.
author_changed_mail_body =
    Afsenderen har ændret høringssvar { $svarnummer } til «{ $hearing_title }» via sit private link, efter at en medarbejder havde afgjort det.

    Svaret står fortsat, hvor medarbejderen satte det: { $status }. Ændringen er ikke offentliggjort, og både den gamle og den nye tekst står i loggen.

    Se svaret: { $link }

    Ordet
    {""}
