# Soomaali (Somali) — common.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Somali; not word for word, in plain language.
# Review before use: a professional translator with Somali as first language, and one resident from the hearing's audience reading it on a phone.

# The product name.
site_name = Ordet

# What the site is, under the product name.
site_tagline = La-tashiyo dadweyne

# A one-line field (name, organisation, title, label) holds a line break or another
# control character.
not_one_line = Ku qor hal sadar. Ha isticmaalin sadar cusub, tab ama calaamado kale oo aan muuqan.

# Link that skips the header for keyboard and screen-reader users.
skip_to_content = U gudub qoraalka bogga

# Label of the main navigation.
main_nav = Liiska ugu weyn

# Name of this language in itself, shown on the switch that leads to it.
language_name = Soomaali

# Accessible label of the language switch, in the language it leads to.
switch_to_this_language = Ku tus boggan af-Soomaali

# Label of the list of languages in the header.
languages_nav = Luqadaha

# Footer text.
footer_text = Ordet waa bog loogu talagalay la-tashiyada dadweynaha. Qof kastaa wuu akhrin karaa qabyo-qoraalka, wuuna sheegi karaa fikraddiisa.

# Front page heading.
front_title = La-tashiyada

# Front page introduction.
front_intro = Halkan waxaad ku akhrin kartaa soo-jeedimaha ay degmadu dadweynaha kula tashanayso (høring). Waxaad sidoo kale arki kartaa maalinta ugu dambaysa ee aad ka jawaabi karto.

# Heading of the open hearings.
open_hearings = La-tashiyada furan

# Heading of the upcoming hearings.
upcoming_hearings = La-tashiyada soo socda

# Heading of the closed hearings.
closed_hearings = La-tashiyada dhammaaday

# Shown when a group has no hearings.
no_hearings = Hadda halkan ma jiro la-tashi.

# Hearing status: being prepared, not public.
hearing_status_draft = Qabyo

# Hearing status: published, not open yet.
hearing_status_upcoming = Soo socda

# Hearing status: taking responses.
hearing_status_open = Furan – waad ka jawaabi kartaa

# Hearing status: the deadline has passed.
hearing_status_closed = La-tashigu wuu dhammaaday

# Hearing status: the administration is processing the responses.
hearing_status_processing = Jawaabaha hadda ayaa la eegayaa

# Hearing status: the committee has decided.
hearing_status_decided = Go'aan waa la gaaray

# Countdown: the hearing opens in `days` days (at least 1).
countdown_opens_in = { $days ->
        [one] Berri ayuu furmayaa
       *[other] Wuxuu furmayaa { $days } maalmood kadib
    }

# Countdown: the hearing is open, with `days` days left after today (at least 1).
countdown_closes_in = { $days ->
        [one] 1 maalin ayaa hadhay
       *[other] { $days } maalmood ayaa hadhay
    }

# Countdown: the hearing is open, and today is the deadline.
countdown_last_day = Maanta waa maalinta ugu dambaysa

# Countdown: the hearing no longer takes responses.
countdown_closed = Waqtigii jawaabta wuu dhammaaday

# "Deadline" label.
deadline = Waqtiga ugu dambeeya

# "Hearing period" label.
hearing_period = Muddada la-tashiga

# "Committee" label.
committee = Guddiga

# "Case number" label.
journal_number = Lambarka kiiska

# Heading of the timeline.
timeline = Jadwalka

# Marks a milestone in the past.
milestone_done = waa dhammaaday

# Heading of the draft.
draft_heading = Qabyo-qoraalka

# "Version n of the draft, published d".
draft_version = Nuqulka { $version_no }, la daabacay { $date }

# Shown when a hearing has no draft yet.
no_draft = Qabyo-qoraalka weli lama daabicin.

# Heading of the table of contents.
contents = Tusmada

# Button that hides the table of contents.
hide_contents = Qari tusmada

# Button that shows the table of contents.
show_contents = Tus tusmada

# Accessible name of a paragraph's permalink.
paragraph_link = Linkiga qaybta { $number }

# Heading of the annexes.
annexes = Lifaaqyada

# "Annex n".
annex_label = Lifaaq { $number }

# Heading of the not-found page.
not_found_title = Boggan lama helin

# Body of the not-found page.
not_found_body = Ma heli karno bogga ama la-tashiga aad raadinayso. Waxaa laga yaabaa in cinwaanka si khaldan loo qoray.

# Link back to the front page.
back_to_front = Ku noqo bogga hore ee leh dhammaan la-tashiyada

# Heading of the error page.
error_title = Wax baa khaldamay

# Body of the error page.
error_body = Bogga hadda lama tusi karo. Fadlan mar kale isku day wax yar kadib.

# Shown while a page's data loads.
loading = Waa la soo rarayaa …

# A refused draft file: it holds nothing but whitespace.
draft_empty = Faylku waa madhan yahay. Dooro faylka qabyo-qoraalka ah ee ku qoran Markdown.

# A refused draft file: `bytes` long, more than the `max` the importer accepts.
draft_too_large = Faylku waa { $kb } kB; ugu badnaan { $max_kb } kB ayaa la gelin karaa. Ma faylkii saxda ahaa baa?

# A refused draft file: not UTF-8 text (the first invalid byte on `line`).
draft_invalid_utf8 = Faylku ma aha qoraal UTF-8 ah (khaladka ugu horreeya wuxuu ku jiraa sadarka { $line }). U kaydi qoraal UTF-8 ah, oo mar kale isku day.

# A refused draft file: it has no Markdown heading at all.
draft_no_heading = Qabyo-qoraalku ma laha cinwaanno. Qayb kasta ku bilow sadar ka bilaabma #.

# A refused draft file: text on `line` stands before the first section heading.
draft_text_before_first_heading = Sadarka { $line }: qoraalku wuxuu ka horreeyaa cinwaanka qaybta ugu horreysa. Dul saar cinwaan (## …).

# Subject of the e-mail with the verification link.
verify_mail_subject = Xaqiiji jawaabtaada: { $hearing_title }

# Body of the e-mail with the verification link.
verify_mail_body =
    Salaan { $name },

    Waad ku mahadsan tahay jawaabtaada (høringssvar) ee “{ $hearing_title }”. Lambarka jawaabtu waa { $svarnummer }.

    Fadlan xaqiiji inay adiga tahay: fur linkigan { $days } maalmood gudahood, kadibna riix badhanka “Xaqiiji jawaabta”:

    { $link }

    Jawaabtaadu waxay qayb ka noqonaysaa la-tashiga oo keliya marka aad xaqiijiso. Haddii aadan jawaab qorin, iska dhaaf iimaylkan.

    Salaan diirran
    Ordet
    {""}

# Month name, 1-based.
month-1 = Janaayo
month-2 = Febraayo
month-3 = Maarso
month-4 = Abriil
month-5 = Maajo
month-6 = Juun
month-7 = Luulyo
month-8 = Agoosto
month-9 = Sebtembar
month-10 = Oktoobar
month-11 = Nofembar
month-12 = Desembar

# A date written out, e.g. "9. august 2010".
date = { $day } { $month } { $year }

# A date and time, e.g. "4. oktober 2010 kl. 23.59".
date_time = { $date }, saacadda { $hour }:{ $minute }


# The label of a section's short plain-language summary ("kort fortalt"), above its full text.
short_version = Si kooban

# Beside the summary when it is shown in Danish: officials wrote none in the reader's language.
short_version_only_danish = (waxaa lagu helayaa af-Deenish oo keliya)

# The link from the hearing page to the printable draft with its summaries; also the printable page's title.
print_version = Nuqul la daabici karo oo qabyo-qoraalka ah

# On the printable draft: the link back to the hearing's page.
print_back = Ku noqo bogga la-tashiga

# On the printable draft (not printed): what the page is and how to print it.
print_intro = Halkan waa qabyo-qoraalka oo dhan. Qayb kasta korkeeda waxaa ku yaal soo koobid gaaban oo la yiraahdo "Si kooban". Isticmaal daabacaadda browser-kaaga si aad boggan u daabacdo ama ugu kaydiso PDF ahaan.
