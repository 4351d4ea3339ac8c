# Dansk — site.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# Label of the footer's navigation.
footer_nav = Om webstedet

# The privacy notice's name (link and heading).
privacy_title = Privatlivspolitik

# The accessibility statement's name (link and heading).
accessibility_title = Tilgængelighedserklæring

# Says that the page shows the demo's example values.
site_demo_note = Eksempel: oplysningerne om dataansvarlig og kontakt er demoens standardværdier. En installation sætter sine egne (ORDET_CONTROLLER_* og ORDET_ACCESSIBILITY_*).

# "Address", "E-mail", "Telephone".
contact_labels-1 = Adresse
contact_labels-2 = E-mail
contact_labels-3 = Telefon

# Who processes what, in one paragraph.
privacy_intro = { $controller } er dataansvarlig for de personoplysninger, du giver, når du sender et høringssvar her. Her kan du læse, hvad vi bruger dem til, hvor længe vi gemmer dem, og hvilke rettigheder du har.

# Heading: the data controller.
privacy_controller_heading = Dataansvarlig

# Heading: the data protection officer.
privacy_dpo_heading = Databeskyttelsesrådgiver

# Before the officer's address.
privacy_dpo_text = Du kan altid skrive til vores databeskyttelsesrådgiver:

# Heading: why.
privacy_purpose_heading = Hvad bruger vi oplysningerne til?

# The purposes, one item each.
privacy_purposes-1 = At modtage og behandle dit høringssvar, så politikerne kan se det, inden de træffer beslutning.
privacy_purposes-2 = At bekræfte din e-mailadresse og sende dig kvittering og et link, hvor du kan rette eller trække dit svar tilbage.
privacy_purposes-3 = At offentliggøre høringssvarene, så alle kan læse dem (se nedenfor, hvad der aldrig offentliggøres).
privacy_purposes-4 = At udarbejde hvidbog og overblik til udvalget over, hvad der er svaret.

# Heading: the legal basis.
privacy_basis_heading = Retsgrundlag

# The legal basis: GDPR art. 6(1)(e), art. 9 for sensitive data, CPR numbers.
privacy_basis-1 = Vi behandler oplysningerne for at udføre en opgave i samfundets interesse og som led i offentlig myndighedsudøvelse: kommunens høring af borgere og organisationer (databeskyttelsesforordningens artikel 6, stk. 1, litra e).
privacy_basis-2 = Skriver du selv følsomme oplysninger i dit svar, fx om helbred, religion eller politisk overbevisning, behandler vi dem efter artikel 9, stk. 2 (litra g, væsentlige samfundsinteresser), kun i det omfang det er nødvendigt for høringen. Vi holder et svar tilbage fra offentligheden, når vi ser sådanne oplysninger.
privacy_basis-3 = Et svar eller en fil, der ser ud til at indeholde et CPR-nummer, offentliggøres ikke, før en medarbejder har set på det.

# Heading: what is stored.
privacy_data_heading = Hvilke oplysninger gemmer vi?

# What is stored, one item each.
privacy_data-1 = Dit navn og din e-mailadresse, og eventuelt postnummer, organisation, CVR-nummer og din rolle i organisationen.
privacy_data-2 = Dit høringssvar, dine vedhæftede filer og den tekst, vi læser ud af dem.
privacy_data-3 = Hvornår du sendte og bekræftede svaret, og de beslutninger, medarbejdere har truffet om det.
privacy_data-4 = Din IP-adresse i serverens logfiler og, uden at gemme selve adressen, i tællere mod misbrug.

# What the public sees, and what never.
privacy_published = Offentligt vises dit svar, dine filer (når de er kontrolleret) og dit navn, hvis du har sagt ja til det – ellers står der "Borger" og dit postnummer. Organisationer vises med navn. Din e-mailadresse offentliggøres aldrig.

# Heading: how long.
privacy_retention_heading = Hvor længe gemmer vi oplysningerne?

# How long personal data are kept.
privacy_retention = Svar, du aldrig bekræftede, sletter vi efter 7 dage med deres filer. Når udvalget har truffet afgørelse, gemmer vi dit navn (hvis det ikke må offentliggøres), din e-mail, dit postnummer og filer, der ikke indgår i sagen, i { $months } måneder – medmindre høringen har en anden frist – og sletter dem derefter. Svarnummer, dato, den offentliggjorte tekst og forvaltningens bemærkninger bevares som sagens akter og kan arkiveres efter arkivloven.

# Heading: your rights.
privacy_rights_heading = Dine rettigheder

# The rights, one item each.
privacy_rights-1 = Ret til at se de oplysninger, vi har om dig (indsigt).
privacy_rights-2 = Ret til at få forkerte oplysninger rettet.
privacy_rights-3 = Ret til at få oplysninger slettet, når vi ikke længere må eller skal gemme dem.
privacy_rights-4 = Ret til at få behandlingen begrænset.
privacy_rights-5 = Ret til at gøre indsigelse mod behandlingen.

# The link to the respondent's own data.
privacy_my_data_link = Se og hent dine oplysninger

# After the link: how else to use the rights.
privacy_rights_contact = Du kan også skrive til os eller til databeskyttelsesrådgiveren, hvis du vil bruge dine rettigheder.

# Heading: complaints.
privacy_complaint_heading = Klage til Datatilsynet

# The right to complain to Datatilsynet.
privacy_complaint = Du har ret til at klage til Datatilsynet, hvis du er utilfreds med, hvordan vi behandler dine personoplysninger. Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, telefon 33 19 32 00, dt@datatilsynet.dk.

# Which law and which site the statement is about.
accessibility_intro = { $controller } skal gøre dette websted tilgængeligt efter lov om tilgængelighed af offentlige organers websteder og mobilapplikationer. Erklæringen gælder for høringsportalen, dens sider for borgere og for medarbejdere.

# Heading: conformance status.
accessibility_status_heading = Overholdelsesstatus

# The status: partly (known issues) or fully conformant with WCAG 2.1 AA.
accessibility_status-true = Webstedet er delvist i overensstemmelse med WCAG 2.1 niveau AA (EN 301 549), på grund af de mangler, der står nedenfor.
accessibility_status-false = Webstedet er i overensstemmelse med WCAG 2.1 niveau AA (EN 301 549).

# Heading: what is not accessible.
accessibility_issues_heading = Indhold, der ikke er tilgængeligt

# When no issue is known.
accessibility_no_issues = Vi kender ikke til indhold, der ikke er tilgængeligt.

# Heading: how the statement was made.
accessibility_made_heading = Udarbejdelse af erklæringen

# When and how it was made.
accessibility_made = Erklæringen blev udarbejdet den { $date }. Vurderingen er en selvevaluering med automatiske test, der kører ved hver ændring af webstedet: axe (WCAG 2.1 AA) på hver offentlig side på alle sprog; hele vejen fra at læse udkastet til at bekræfte et høringssvar med tastatur alene og med synligt fokus, på dansk og arabisk; alle sider i 320 pixels bredde uden vandret rulning; øget tekstafstand, tvungne farver (høj kontrast) og reduceret bevægelse; og sidens tilgængelighedstræ (overskrifter, navne på felter, fejlbeskeder) sammenholdt med en gennemset kopi.

# Heading: feedback and contact.
accessibility_feedback_heading = Feedback og kontaktoplysninger

# How to report what is not accessible.
accessibility_feedback = Oplever du indhold, der ikke er tilgængeligt, eller har du brug for det i en anden form, kan du skrive eller ringe til os:

# Heading: enforcement.
accessibility_enforcement_heading = Håndhævelse

# Digitaliseringsstyrelsen's part.
accessibility_enforcement = Digitaliseringsstyrelsen fører tilsyn med loven. Får du ikke et tilfredsstillende svar fra os inden for 10 arbejdsdage, kan du henvende dig til Digitaliseringsstyrelsen.

# The link to Digitaliseringsstyrelsen's page.
accessibility_enforcement_link = Digitaliseringsstyrelsen: Oplever du ikke-tilgængeligt indhold?
