# Soomaali (Somali) — site.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Somali; not word for word, in plain language.
# Review before use: a professional translator with Somali as first language, and one resident from the hearing's audience reading it on a phone.

# Label of the footer's navigation.
footer_nav = Ku saabsan bogga

# The privacy notice's name (link and heading).
privacy_title = Siyaasadda asturnaanta

# The accessibility statement's name (link and heading).
accessibility_title = Bayaanka helitaanka

# Says that the page shows the demo's example values.
site_demo_note = Tusaale: macluumaadka mas'uulka xogta iyo xiriirka waa qiimayaasha caadiga ah ee nooca tijaabada (demo). Rakibaad kasta waxay dejisaa kuweeda (ORDET_CONTROLLER_* iyo ORDET_ACCESSIBILITY_*).

# "Address", "E-mail", "Telephone".
contact_labels-1 = Cinwaan
contact_labels-2 = Iimayl
contact_labels-3 = Telefoon

# Who processes what, in one paragraph.
privacy_intro = { $controller } ayaa mas'uul ka ah xogta shakhsiga ah ee aad bixiso marka aad halkan jawaab ku dirto. Halkan waxaad ku akhrin kartaa waxa aan xogta u isticmaalno, inta aan kaydino, iyo xuquuqda aad leedahay.

# Heading: the data controller.
privacy_controller_heading = Mas'uulka xogta

# Heading: the data protection officer.
privacy_dpo_heading = La-taliyaha ilaalinta xogta

# Before the officer's address.
privacy_dpo_text = Mar kasta waad u qori kartaa la-taliyahayaga ilaalinta xogta:

# Heading: why.
privacy_purpose_heading = Maxaan xogta u isticmaalnaa?

# The purposes, one item each.
privacy_purposes-1 = Si aan u helno oo aan uga shaqayno jawaabtaada, si siyaasiyiintu u arkaan ka hor intaanay go'aan gaarin.
privacy_purposes-2 = Si aan u xaqiijino cinwaanka iimaylkaaga, oo aan kuugu soo dirno rasiid iyo link aad wax uga beddeli karto jawaabtaada ama dib ugu qaadan karto.
privacy_purposes-3 = Si aan u daabacno jawaabaha, si qof kastaa u akhriyo (hoos ka eeg waxa aan weligood la daabacayn).
privacy_purposes-4 = Si aan guddiga ugu diyaarino warbixin guud (hvidbog) iyo dulmar ku saabsan waxa laga jawaabay.

# Heading: the legal basis.
privacy_basis_heading = Saldhigga sharciga ah

# The legal basis: GDPR art. 6(1)(e), art. 9 for sensitive data, CPR numbers.
privacy_basis-1 = Waxaan xogta u isticmaalnaa si aan u fulino hawl dan guud ah, oo qayb ka ah awoodda dowladda: degmadu waxay la tashanaysaa muwaadiniinta iyo ururada (Xeerka Ilaalinta Xogta ee EU, GDPR, qodobka 6, faqradda 1, xarafka e).
privacy_basis-2 = Haddii adigu jawaabtaada ku qorto xog xasaasi ah, tusaale ahaan caafimaadka, diinta ama aragtida siyaasadeed, waxaan u isticmaalnaa sida uu dhigayo qodobka 9, faqradda 2 (xarafka g, dan guud oo muhiim ah), oo keliya inta la-tashigu u baahan yahay. Marka aan aragno xog noocaas ah, jawaabta dadweynaha ayaan ka qarinnaa.
privacy_basis-3 = Jawaab ama fayl u muuqda inuu ku jiro lambar CPR lama daabacayo ilaa qof ka mid ah shaqaalaha uu eego.

# Heading: what is stored.
privacy_data_heading = Xogee ayaan kaydinaa?

# What is stored, one item each.
privacy_data-1 = Magacaaga iyo cinwaanka iimaylkaaga. Haddii aad bixisay: lambarka boostada, ururka, lambarka CVR iyo doorkaaga ururka.
privacy_data-2 = Jawaabtaada, faylasha aad ku lifaaqday, iyo qoraalka aan ka akhrino faylashaas.
privacy_data-3 = Goorta aad dirtay iyo goorta aad xaqiijisay jawaabta, iyo go'aannada shaqaaluhu ka gaareen.
privacy_data-4 = Cinwaanka IP-gaaga, oo ku jira diiwaannada server-ka. Waxaa kale oo loo isticmaalaa tiriyeyaal lagaga hortago xadgudubka, iyadoo aan cinwaanka laftiisa la kaydin.

# What the public sees, and what never.
privacy_published = Dadweynuhu waxay arkaan jawaabtaada, faylashaada (marka la hubiyo) iyo magacaaga haddii aad oggolaatay – haddii kale waxaa qoran "Borger" (muwaadin) iyo lambarka boostadaada. Ururada waxaa lagu tusaa magacooda. Cinwaanka iimaylkaaga weligiis lama daabacayo.

# Heading: how long.
privacy_retention_heading = Muddo intee le'eg ayaan xogta kaydinaa?

# How long personal data are kept.
privacy_retention = Jawaabaha aadan weligaa xaqiijin, iyo faylashooda, waxaan tirtirnaa 7 maalmood kadib. Marka guddigu go'aan gaaro, waxaan { $months } bilood kaydinaa magacaaga (haddii aan la oggolayn in la daabaco), iimaylkaaga, lambarka boostadaada iyo faylasha aan qayb ka ahayn kiiska – haddii aanu la-tashigu lahayn muddo kale – kadibna waan tirtirnaa. Lambarka jawaabta, taariikhda, qoraalka la daabacay iyo faallooyinka maamulka waxaa loo hayaa sida dukumentiyada kiiska, waxaana laga yaabaa in lagu kaydiyo kaydka qaranka, sida uu dhigayo sharciga kaydka (arkivloven).

# Heading: your rights.
privacy_rights_heading = Xuquuqdaada

# The rights, one item each.
privacy_rights-1 = Xaqa aad u leedahay inaad aragto xogta aan kaa hayno.
privacy_rights-2 = Xaqa aad u leedahay in xogta khaldan la saxo.
privacy_rights-3 = Xaqa aad u leedahay in xogta la tirtiro, marka aan mar dambe naloo oggolayn ama aanan waajib ku ahayn inaan kaydino.
privacy_rights-4 = Xaqa aad u leedahay in isticmaalka xogta la xaddido.
privacy_rights-5 = Xaqa aad u leedahay inaad ka soo horjeesato isticmaalka xogta.

# The link to the respondent's own data.
privacy_my_data_link = Eeg oo soo deji xogtaada

# After the link: how else to use the rights.
privacy_rights_contact = Haddii aad rabto inaad isticmaasho xuquuqdaada, waxaad sidoo kale u qori kartaa annaga ama la-taliyaha ilaalinta xogta.

# Heading: complaints.
privacy_complaint_heading = Cabasho u gudbi Datatilsynet

# The right to complain to Datatilsynet.
privacy_complaint = Waxaad xaq u leedahay inaad cabasho u gudbiso Datatilsynet (hay'adda Denmark ee ilaalinta xogta), haddii aadan ku qanacsanayn sida aan u isticmaalno xogtaada shakhsiga ah. Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, telefoon 33 19 32 00, dt@datatilsynet.dk.

# Which law and which site the statement is about.
accessibility_intro = { $controller } ayaa mas'uul ka ah in boggan internetka laga dhigo mid qof kastaa isticmaali karo, sida uu dhigayo sharciga Denmark ee ku saabsan helitaanka bogagga internetka iyo barnaamijyada moobaylka ee hay'adaha dowladda. Bayaankani wuxuu khuseeyaa bogga la-tashiga, iyo bogaggiisa muwaadiniinta iyo kuwa shaqaalaha.

# Heading: conformance status.
accessibility_status_heading = Heerka u hoggaansanaanta

# The status: partly (known issues) or fully conformant with WCAG 2.1 AA.
accessibility_status-true = Boggu qayb ahaan wuxuu u hoggaansan yahay WCAG 2.1 heerka AA (EN 301 549), sababtoo ah cilladaha hoos ku qoran.
accessibility_status-false = Boggu wuxuu u hoggaansan yahay WCAG 2.1 heerka AA (EN 301 549).

# Heading: what is not accessible.
accessibility_issues_heading = Waxyaabaha aan si fudud loo isticmaali karin

# When no issue is known.
accessibility_no_issues = Ma ogin wax bogga ka mid ah oo aan si fudud loo isticmaali karin.

# Heading: how the statement was made.
accessibility_made_heading = Sida bayaanka loo diyaariyay

# When and how it was made.
accessibility_made = Bayaankan waxaa la diyaariyay { $date }. Qiimayntu waa is-qiimayn, oo annaga ayaa samaynay. Tijaabooyin toos ah ayaa shaqeeya mar kasta oo bogga wax laga beddelo, waxayna hubiyaan: in bog kasta oo dadweynaha u furan, luqad kasta, lagu eego axe (WCAG 2.1 AA); in jidka oo dhan, laga bilaabo akhrinta qabyo-qoraalka ilaa xaqiijinta jawaabta, lagu mari karo kiiboodhka oo keliya, iyadoo had iyo jeer si cad loo arko meesha aad bogga ka joogto (focus), af-Deenish iyo af-Carabi; in bog kasta lagu arki karo shaashad ballaceedu yahay 320 pixel, iyadoo aan loo baahnayn in dhinac loo dhaqaajiyo; in bogga lagu tijaabiyo kala-fogaan ballaaran oo u dhexeeya xarfaha, erayada iyo sadarrada, midabada uu qalabku qasbo (midabo aad u kala muuqda) iyo dhaqdhaqaaq la yareeyay; iyo in qaabka bogga ee uu akhriyaha shaashaddu akhriyo (cinwaannada, magacyada meelaha la buuxiyo, farriimaha khaladka) la barbardhigo nuqul hore loo hubiyay.

# Heading: feedback and contact.
accessibility_feedback_heading = Jawaab-celin iyo macluumaadka xiriirka

# How to report what is not accessible.
accessibility_feedback = Haddii aad aragto wax aan si fudud loo isticmaali karin, ama aad u baahan tahay qaab kale, noogu qor ama na soo wac:

# Heading: enforcement.
accessibility_enforcement_heading = Kormeerka

# Digitaliseringsstyrelsen's part.
accessibility_enforcement = Digitaliseringsstyrelsen (hay'adda Denmark ee dowladda dhijitaalka ah) ayaa kormeerta sharcigan. Haddii aadan naga helin jawaab ku filan 10 maalmood oo shaqo gudahood, waxaad la xiriiri kartaa Digitaliseringsstyrelsen.

# The link to Digitaliseringsstyrelsen's page.
accessibility_enforcement_link = Digitaliseringsstyrelsen: Ma aragtay wax aan si fudud loo isticmaali karin? (af-Deenish)
