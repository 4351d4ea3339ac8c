# العربية (Arabic) — site.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Arabic; not word for word, in plain language.
# Review before use: a professional translator with Arabic as first language, and one resident from the hearing's audience reading it on a phone.

# Label of the footer's navigation.
footer_nav = عن الموقع

# The privacy notice's name (link and heading).
privacy_title = سياسة الخصوصية

# The accessibility statement's name (link and heading).
accessibility_title = بيان إمكانية الوصول

# Says that the page shows the demo's example values.
site_demo_note = مثال: معلومات الجهة المسؤولة عن البيانات ومعلومات الاتصال هنا هي القيم الافتراضية للنسخة التجريبية. كل تثبيت يضع قيمه الخاصة (ORDET_CONTROLLER_* و ORDET_ACCESSIBILITY_*).

# "Address", "E-mail", "Telephone".
contact_labels-1 = العنوان
contact_labels-2 = البريد الإلكتروني
contact_labels-3 = الهاتف

# Who processes what, in one paragraph.
privacy_intro = الجهة المسؤولة عن البيانات الشخصية التي تقدّمها عندما ترسل ردًا هنا هي { $controller }. في هذه الصفحة يمكنك أن تعرف لماذا نستخدم هذه البيانات، وكم من الوقت نحفظها، وما هي حقوقك.

# Heading: the data controller.
privacy_controller_heading = الجهة المسؤولة عن البيانات

# Heading: the data protection officer.
privacy_dpo_heading = مسؤول حماية البيانات

# Before the officer's address.
privacy_dpo_text = يمكنك دائمًا مراسلة مسؤول حماية البيانات لدينا:

# Heading: why.
privacy_purpose_heading = لماذا نستخدم هذه المعلومات؟

# The purposes, one item each.
privacy_purposes-1 = لاستلام ردك ومعالجته، حتى يتمكن السياسيون من الاطلاع عليه قبل أن يتخذوا قرارهم.
privacy_purposes-2 = للتأكد من عنوان بريدك الإلكتروني، ولنرسل إليك إيصالًا ورابطًا يمكنك من خلاله تعديل ردك أو سحبه.
privacy_purposes-3 = لنشر الردود حتى يتمكن الجميع من قراءتها (انظر أدناه ما لا يُنشر أبدًا).
privacy_purposes-4 = لإعداد ملخص للردود وتعليقات الإدارة عليها (hvidbog)، ونظرة عامة للجنة على ما ورد في الردود.

# Heading: the legal basis.
privacy_basis_heading = الأساس القانوني

# The legal basis: GDPR art. 6(1)(e), art. 9 for sensitive data, CPR numbers.
privacy_basis-1 = نعالج هذه المعلومات لأداء مهمة تخدم المصلحة العامة وفي إطار ممارسة السلطة العامة: وهي استشارة البلدية للسكان والمنظمات (المادة 6، الفقرة 1، البند (e) من اللائحة العامة لحماية البيانات GDPR).
privacy_basis-2 = إذا كتبت بنفسك في ردك معلومات حساسة، مثل معلومات عن صحتك أو دينك أو قناعاتك السياسية، فإننا نعالجها وفقًا للمادة 9، الفقرة 2 (البند (g)، المصلحة العامة الجوهرية)، وبالقدر الذي تحتاجه الاستشارة فقط. وعندما نلاحظ مثل هذه المعلومات، لا ننشر الرد للعموم.
privacy_basis-3 = الرد أو الملف الذي يبدو أنه يحتوي على رقم CPR لا يُنشر إلا بعد أن يراجعه أحد الموظفين.

# Heading: what is stored.
privacy_data_heading = ما المعلومات التي نحفظها؟

# What is stored, one item each.
privacy_data-1 = اسمك وعنوان بريدك الإلكتروني، وربما أيضًا رمزك البريدي واسم منظمتك ورقم CVR ودورك في المنظمة.
privacy_data-2 = ردك، والملفات التي أرفقتها، والنص الذي نستخرجه منها.
privacy_data-3 = متى أرسلت الرد ومتى أكّدته، والقرارات التي اتخذها الموظفون بشأنه.
privacy_data-4 = عنوان IP الخاص بك في سجلات الخادم، وكذلك في عدّادات تمنع إساءة الاستخدام، دون أن نحفظ العنوان نفسه فيها.

# What the public sees, and what never.
privacy_published = يُعرض للعموم ردك وملفاتك (بعد فحصها) واسمك إذا وافقت على ذلك، وإلا فستظهر كلمة «Borger»، أي أحد السكان، مع رمزك البريدي. تُعرض المنظمات بأسمائها. لا يُنشر عنوان بريدك الإلكتروني أبدًا.

# Heading: how long.
privacy_retention_heading = كم من الوقت نحفظ المعلومات؟

# How long personal data are kept.
privacy_retention = إذا لم تؤكد ردك أبدًا، نحذفه مع ملفاته بعد 7 أيام. بعد أن تتخذ اللجنة قرارها، نحفظ اسمك (إذا لم توافق على نشره)، وبريدك الإلكتروني، ورمزك البريدي، والملفات التي ليست جزءًا من ملف القضية، لمدة { $months ->
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    } – إلا إذا كانت للاستشارة مدة أخرى – ثم نحذفها. أما رقم الرد، والتاريخ، والنص المنشور، وملاحظات الإدارة، فتُحفظ كجزء من وثائق القضية، ويمكن أرشفتها وفقًا لقانون الأرشيف الدنماركي.

# Heading: your rights.
privacy_rights_heading = حقوقك

# The rights, one item each.
privacy_rights-1 = الحق في الاطلاع على المعلومات التي لدينا عنك (حق الاطلاع).
privacy_rights-2 = الحق في تصحيح المعلومات الخاطئة.
privacy_rights-3 = الحق في حذف المعلومات عندما لا يعود مسموحًا لنا أو مطلوبًا منا أن نحفظها.
privacy_rights-4 = الحق في تقييد معالجة معلوماتك.
privacy_rights-5 = الحق في الاعتراض على معالجة معلوماتك.

# The link to the respondent's own data.
privacy_my_data_link = اطّلع على معلوماتك ونزّلها

# After the link: how else to use the rights.
privacy_rights_contact = يمكنك أيضًا مراسلتنا أو مراسلة مسؤول حماية البيانات إذا أردت استخدام حقوقك.

# Heading: complaints.
privacy_complaint_heading = تقديم شكوى إلى هيئة حماية البيانات (Datatilsynet)

# The right to complain to Datatilsynet.
privacy_complaint = يحق لك تقديم شكوى إلى هيئة حماية البيانات الدنماركية (Datatilsynet) إذا لم تكن راضيًا عن طريقة معالجتنا لبياناتك الشخصية. العنوان: Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby، الهاتف: 33193200، البريد الإلكتروني: dt@datatilsynet.dk.

# Which law and which site the statement is about.
accessibility_intro = يجب على { $controller } أن يجعل هذا الموقع سهل الوصول للجميع، وفق القانون الدنماركي لإتاحة المواقع الإلكترونية وتطبيقات الهاتف المحمول التابعة للهيئات العامة. ينطبق هذا البيان على بوابة الاستشارات، وعلى صفحاتها الموجّهة للسكان وللموظفين.

# Heading: conformance status.
accessibility_status_heading = حالة الامتثال

# The status: partly (known issues) or fully conformant with WCAG 2.1 AA.
accessibility_status-true = يمتثل الموقع جزئيًا لمعيار WCAG 2.1 المستوى AA (EN 301 549)، بسبب أوجه القصور المذكورة أدناه.
accessibility_status-false = يمتثل الموقع لمعيار WCAG 2.1 المستوى AA (EN 301 549).

# Heading: what is not accessible.
accessibility_issues_heading = محتوى لا يمكن الوصول إليه

# When no issue is known.
accessibility_no_issues = لا نعلم بوجود محتوى لا يمكن الوصول إليه.

# Heading: how the statement was made.
accessibility_made_heading = كيف أُعدّ البيان

# When and how it was made.
accessibility_made = أُعدّ هذا البيان في { $date }. التقييم ذاتي، أي أجريناه بأنفسنا، باختبارات آلية تعمل عند كل تعديل على الموقع، وتشمل: فحص كل صفحة عامة بجميع اللغات بأداة axe وفق معيار WCAG 2.1 AA؛ وإتمام الطريق كله، من قراءة المسودة إلى تأكيد الرد، باستخدام لوحة المفاتيح وحدها مع بقاء موضع التركيز ظاهرًا، بالدنماركية والعربية؛ وعرض كل الصفحات بعرض 320 بكسل دون الحاجة إلى التمرير الأفقي؛ واستخدام الموقع مع مسافات أوسع بين الأسطر والكلمات والحروف، ومع الألوان المفروضة من الجهاز (التباين العالي)، ومع تقليل الحركة؛ ومقارنة شجرة إمكانية الوصول في الصفحة، أي ما تقرؤه برامج قراءة الشاشة (العناوين وأسماء الحقول ورسائل الخطأ)، بنسخة راجعناها من قبل.

# Heading: feedback and contact.
accessibility_feedback_heading = الملاحظات ومعلومات الاتصال

# How to report what is not accessible.
accessibility_feedback = إذا صادفت محتوى لا يمكنك الوصول إليه، أو احتجت إليه بشكل آخر، يمكنك مراسلتنا أو الاتصال بنا:

# Heading: enforcement.
accessibility_enforcement_heading = الرقابة على تطبيق القانون

# Digitaliseringsstyrelsen's part.
accessibility_enforcement = تتولى وكالة الرقمنة الدنماركية (Digitaliseringsstyrelsen) الرقابة على تطبيق القانون. إذا لم تحصل منا على رد مُرضٍ خلال 10 أيام عمل، يمكنك التوجه إلى وكالة الرقمنة.

# The link to Digitaliseringsstyrelsen's page.
accessibility_enforcement_link = وكالة الرقمنة (Digitaliseringsstyrelsen): هل صادفت محتوى لا يمكن الوصول إليه؟ (الصفحة بالدنماركية)
