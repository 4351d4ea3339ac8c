# Dansk — admin.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# Heading of the officials' front page.
admin_title = Sagsbehandling

# Heading of the sign-in page.
login_title = Log ind som medarbejder

# Text above the sign-in form.
login_intro = Borgere og organisationer skal ikke logge ind for at afgive høringssvar. Denne side er for kommunens medarbejdere og udvalgsmedlemmer.

# The password field.
password_label = Adgangskode

# The sign-in button.
login_button = Log ind

# A failed sign-in.
login_failed = Forkert e-mail eller adgangskode. Efter 5 forkerte forsøg er kontoen låst i 15 minutter.

# Too many password sign-ins from one network.
login_rate_limited = Der er forsøgt at logge ind med adgangskode mange gange herfra på kort tid. Vent et par minutter, og prøv igen, eller få et link til at logge ind på e-mail.

# A state-changing request from another site's page.
cross_site_refused = Forespørgslen er afvist, fordi den kom fra en anden hjemmeside end Ordet. Gå til Ordet, genindlæs siden, og prøv igen.

# A signed-in request that says neither where it comes from (`Origin`) nor which page
# sent it (`Referer`).
origin_missing = Forespørgslen er afvist: den bar en log-ind-cookie, men sagde ikke, hvilken side den kom fra (hverken Origin eller Referer). Genindlæs siden, og prøv igen; et program skal sende Origin-headeren med Ordets adresse.

# The sign-out button.
logout_button = Log ud

# Shown instead of a workspace page without a session.
not_signed_in = Du skal logge ind for at se denne side.

# Shown when the role does not reach the page.
forbidden = Din rolle giver ikke adgang til denne side.

# Heading of the hearings list on the officials' front page.
your_hearings = Høringer

# Link to a hearing's responses.
open_inbox = Se høringssvar

# Legend of the inbox filters.
filters = Filtrér høringssvarene

# The status filter.
filter_status = Status

# The respondent-kind filter.
filter_kind = Afsender

# The channel filter.
filter_channel = Kanal

# The filter value that means any.
filter_any = Alle

# The filter button.
apply_filters = Vis

# An empty inbox.
no_matches = Ingen høringssvar passer til filtrene.

# Legend of the moderation choices.
decision_legend = Beslutning

# Publish.
action_publish = Offentliggør

# Hold back.
action_hold = Tilbagehold

# Reject.
action_reject = Afvis

# The reason field.
reason_label = Begrundelse (skal udfyldes ved tilbageholdelse og afvisning; sendes til afsenderen ved afvisning)

# The moderation button.
decide_button = Gem beslutning

# Confirmation after a decision.
decided_notice = Beslutningen er gemt og skrevet i loggen.

# Label before the export links.
download_exports = Hent alle høringssvar med alle felter som

# Heading of the sign-in-by-link form.
login_link_heading = Eller få et link til at logge ind på e-mail

# Its button.
login_link_button = Send mig et link

# Shown after asking for a link.
login_link_sent = Hvis adressen hører til en konto, har vi sendt et link til at logge ind. Det virker i 15 minutter og kun én gang.

# Shown when a link is used up, expired or unknown.
login_link_invalid = Linket virker ikke længere: det er brugt, udløbet eller ufuldstændigt. Bed om et nyt.

# The page a sign-in link opens.
login_link_confirm = Tryk på knappen for at logge ind med linket fra din e-mail.

# Subject of the sign-in mail.
login_link_subject = Dit link til at logge ind i Ordet

# Body of the sign-in mail.
login_link_body =
    Kære { $name }

    Åbn dette link for at logge ind i Ordet. Det virker i { $minutes } minutter og kun én gang:
    { $link }

    Har du ikke bedt om det, kan du se bort fra denne e-mail.

    Med venlig hilsen
    Ordet
    {""}

# Heading of the audit log, and the link to it.
audit_title = Revisionslog

# Column: when.
audit_when = Tidspunkt

# Column: who.
audit_who = Hvem

# Column: what.
audit_what = Hvad

# Column: reason.
audit_reason = Begrundelse

# "n responses".
response_total = { $n } høringssvar

# "Signed in as …".
signed_in_as = Logget ind som { $name }
