# Soomaali (Somali) — manage.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Somali; not word for word, in plain language.
# Review before use: a professional translator with Somali as first language, and one resident from the hearing's audience reading it on a phone.

# Heading: "Your response 2010-64452-0001".
manage_title = Jawaabtaada { $svarnummer }

# Until when it can be changed.
manage_intro = Waad wax ka beddeli kartaa jawaabtaada, ama dib u qaadan kartaa, ilaa { $deadline }.

# "Status" label.
status_label = Xaaladda

# The save button.
save_changes = Kaydi isbeddellada

# Confirmation after saving.
saved_notice = Isbeddelladaada waa la kaydiyay.

# Confirmation after withdrawing.
withdrawn_notice = Jawaabtaada dib ayaa loo qaaday. Hadda qayb kama aha la-tashiga.

# Heading of the withdrawal part.
withdraw_heading = Dib u qaado jawaabta

# What withdrawing means.
withdraw_explain = Haddii aad jawaabta dib u qaadato, waa laga saarayaa bogga la-tashiga, lamana tixgelinayo. Tan lagama noqon karo. Laakiin waad diri kartaa jawaab cusub inta la-tashigu furan yahay.

# The confirmation checkbox.
withdraw_confirm_label = Haa, dib u qaad jawaabtayda

# The withdraw button.
withdraw_button = Dib u qaado jawaabta

# The checkbox was not ticked.
withdraw_confirm_required = Calaamadee sanduuqa haddii aad rabto inaad jawaabta dib u qaadato.

# A withdrawn response cannot be changed.
already_withdrawn = Jawaabta dib ayaa loo qaaday, hadda lama beddeli karo.

# The deadline has passed.
manage_closed = Waqtigii ugu dambeeyay wuu dhaafay. Sidaa darteed jawaabta lama beddeli karo, dibna looma qaadan karo.

# Heading when the link is unknown.
manage_unknown_title = Linkigu ma shaqaynayo

# Text when the link is unknown.
manage_unknown_body = Hubi inaad koobiyeysay linkiga oo dhan ee ku jira rasiidka.

# An official must give a reason to hold or reject.
moderation_reason_required = Qor sababta: waxaa lagu kaydinayaa diiwaanka, waxaana loo dirayaa qofka soo diray marka jawaabta la diido.

# Subject of the mail telling a respondent their response was rejected.
rejected_mail_subject = Jawaabtaada { $svarnummer } waa la diiday

# Body of that mail, with the official's reason.
rejected_mail_body =
    Salaan { $name },

    Degmadu waxay diiday jawaabtaada { $svarnummer } ee “{ $hearing_title }”. Sababtu waa tan:

    { $reason }

    Jawaabta lama daabacayo. Haddii aadan ku raacsanayn, waxaad ka jawaabi kartaa iimaylkan.

    Salaan diirran
    Ordet
    {""}

# The response changed while the change was being saved: try again.
manage_changed_meanwhile = Jawaabta ayaa la beddelay intaad qoraysay. Dib u eeg, oo mar kale kaydi.

# A response or a change could not be stored (a failure on our side): the text is kept.
not_saved_try_again = Jawaabta hadda lama kaydin karin. Qoraalkaagu weli halkan ayuu yaal. Fadlan mar kale dir wax yar kadib.

# Heading of the verification page before the button is pressed.
verify_confirm_title = Xaqiiji jawaabtaada

# What the button does, naming the response and the hearing.
verify_confirm_body = Riix badhanka si aad u xaqiijiso jawaabta { $svarnummer } ee “{ $hearing_title }”. Markaas oo keliya ayay qayb ka noqonaysaa la-tashiga.

# The button that confirms a response.
verify_confirm_button = Xaqiiji jawaabta

# Subject of the mail telling officials an author changed a decided response.
author_changed_mail_subject = Qofkii soo diray ayaa beddelay jawaabta { $svarnummer }

# Body of that mail: the hearing, the response, where it stands and a link to it.
author_changed_mail_body =
    Qofkii soo diray jawaabta { $svarnummer } ee “{ $hearing_title }” ayaa wax ka beddelay, iyadoo la adeegsanayo linkiga gaarka ah ee qofkaas, kadib markii qof ka mid ah shaqaaluhu go'aan ka gaaray.

    Jawaabtu weli waxay taal halkii shaqaaluhu dhigay: { $status }. Isbeddelka lama daabicin; qoraalka hore iyo kan cusubba waxay ku jiraan diiwaanka.

    Eeg jawaabta: { $link }

    Ordet
    {""}
