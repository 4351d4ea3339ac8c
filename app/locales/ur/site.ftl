# اردو (Urdu) — site.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Urdu; not word for word, in plain language.
# Review before use: a professional translator with Urdu as first language, and one resident from the hearing's audience reading it on a phone.

# Label of the footer's navigation.
footer_nav = اس ویب سائٹ کے بارے میں

# The privacy notice's name (link and heading).
privacy_title = پرائیویسی پالیسی

# The accessibility statement's name (link and heading).
accessibility_title = رسائی کے بارے میں بیان

# Says that the page shows the demo's example values.
site_demo_note = مثال: ڈیٹا کے ذمہ دار ادارے اور رابطے کی معلومات ڈیمو کی فرضی معلومات ہیں۔ ہر انسٹالیشن اپنی معلومات خود لگاتی ہے (ORDET_CONTROLLER_* اور ORDET_ACCESSIBILITY_*)۔

# "Address", "E-mail", "Telephone".
contact_labels-1 = پتہ
contact_labels-2 = ای میل
contact_labels-3 = فون

# Who processes what, in one paragraph.
privacy_intro = آپ یہاں جواب بھیجتے وقت جو ذاتی معلومات دیتے ہیں، ان کا ذمہ دار ادارہ (dataansvarlig) { $controller } ہے۔ یہاں آپ پڑھ سکتے ہیں کہ ہم یہ معلومات کس کام کے لیے استعمال کرتے ہیں، کتنی دیر تک رکھتے ہیں، اور آپ کے کیا حقوق ہیں۔

# Heading: the data controller.
privacy_controller_heading = ڈیٹا کا ذمہ دار ادارہ

# Heading: the data protection officer.
privacy_dpo_heading = ڈیٹا کے تحفظ کا مشیر

# Before the officer's address.
privacy_dpo_text = آپ کسی بھی وقت ہمارے ڈیٹا کے تحفظ کے مشیر کو لکھ سکتے ہیں:

# Heading: why.
privacy_purpose_heading = ہم معلومات کس لیے استعمال کرتے ہیں؟

# The purposes, one item each.
privacy_purposes-1 = آپ کا جواب وصول کرنا اور اس پر کام کرنا، تاکہ سیاستدان فیصلہ کرنے سے پہلے اسے دیکھ سکیں۔
privacy_purposes-2 = آپ کے ای میل ایڈریس کی تصدیق کرنا، اور آپ کو رسید اور ایک لنک بھیجنا جس سے آپ اپنے جواب میں تبدیلی کر سکیں یا اسے واپس لے سکیں۔
privacy_purposes-3 = جوابات شائع کرنا تاکہ سب انہیں پڑھ سکیں (نیچے دیکھیں کہ کیا چیز کبھی شائع نہیں ہوتی)۔
privacy_purposes-4 = کمیٹی کے لیے خلاصہ رپورٹ (hvidbog) اور جائزہ تیار کرنا کہ لوگوں نے کیا جواب دیا۔

# Heading: the legal basis.
privacy_basis_heading = قانونی بنیاد

# The legal basis: GDPR art. 6(1)(e), art. 9 for sensitive data, CPR numbers.
privacy_basis-1 = ہم یہ معلومات عوامی مفاد کا ایک کام کرنے کے لیے اور سرکاری اختیار کے تحت استعمال کرتے ہیں: یعنی بلدیہ کا شہریوں اور تنظیموں سے رائے لینا (ڈیٹا کے تحفظ کا یورپی قانون GDPR، آرٹیکل 6، شق 1، حرف e)۔
privacy_basis-2 = اگر آپ اپنے جواب میں خود کوئی حساس معلومات لکھیں، مثلاً اپنی صحت، مذہب یا سیاسی خیالات کے بارے میں، تو ہم انہیں آرٹیکل 9، شق 2 کے تحت (حرف g، اہم عوامی مفاد) صرف اتنا ہی استعمال کرتے ہیں جتنا مشاورت کے لیے ضروری ہو۔ جب ہمیں ایسی معلومات نظر آئیں تو ہم وہ جواب عوام کے سامنے آنے سے روک لیتے ہیں۔
privacy_basis-3 = جس جواب یا فائل میں CPR نمبر لگتا ہو، وہ اس وقت تک شائع نہیں ہوتی جب تک بلدیہ کا کوئی ملازم اسے دیکھ نہ لے۔

# Heading: what is stored.
privacy_data_heading = ہم کون سی معلومات محفوظ کرتے ہیں؟

# What is stored, one item each.
privacy_data-1 = آپ کا نام اور ای میل ایڈریس، اور اگر آپ نے دیا ہو تو پوسٹ کوڈ، تنظیم، CVR نمبر اور تنظیم میں آپ کا عہدہ۔
privacy_data-2 = آپ کا جواب، آپ کی لگائی ہوئی فائلیں، اور وہ متن جو ہم ان فائلوں سے پڑھتے ہیں۔
privacy_data-3 = آپ نے جواب کب بھیجا اور کب اس کی تصدیق کی، اور بلدیہ کے عملے نے اس کے بارے میں کیا فیصلے کیے۔
privacy_data-4 = سرور کے لاگ میں آپ کا IP ایڈریس؛ اور غلط استعمال روکنے والے کاؤنٹرز میں بھی، لیکن وہاں ایڈریس خود محفوظ نہیں ہوتا۔

# What the public sees, and what never.
privacy_published = عوام کو آپ کا جواب، آپ کی فائلیں (جانچ کے بعد) اور آپ کا نام دکھایا جاتا ہے، اگر آپ نے نام دکھانے کی اجازت دی ہو – ورنہ وہاں "Borger" (شہری) اور آپ کا پوسٹ کوڈ لکھا ہوتا ہے۔ تنظیموں کا نام دکھایا جاتا ہے۔ آپ کا ای میل ایڈریس کبھی شائع نہیں ہوتا۔

# Heading: how long.
privacy_retention_heading = ہم معلومات کتنی دیر تک رکھتے ہیں؟

# How long personal data are kept.
privacy_retention = جن جوابات کی آپ نے کبھی تصدیق نہیں کی، انہیں ہم 7 دن بعد ان کی فائلوں سمیت مٹا دیتے ہیں۔ کمیٹی کے فیصلے کے بعد ہم آپ کا نام (اگر اسے شائع کرنے کی اجازت نہ ہو)، آپ کی ای میل، آپ کا پوسٹ کوڈ، اور وہ فائلیں جو کیس کا حصہ نہیں، { $months } مہینے تک رکھتے ہیں – اگر مشاورت کی کوئی اور مدت طے نہ ہو – اور پھر مٹا دیتے ہیں۔ جواب نمبر، تاریخ، شائع شدہ متن اور انتظامیہ کے تبصرے کیس کے ریکارڈ کے طور پر رکھے جاتے ہیں، اور ڈنمارک کے آرکائیو قانون (arkivloven) کے تحت آرکائیو میں جا سکتے ہیں۔

# Heading: your rights.
privacy_rights_heading = آپ کے حقوق

# The rights, one item each.
privacy_rights-1 = یہ دیکھنے کا حق کہ ہمارے پاس آپ کے بارے میں کیا معلومات ہیں (رسائی کا حق)۔
privacy_rights-2 = غلط معلومات درست کروانے کا حق۔
privacy_rights-3 = معلومات مٹوانے کا حق، جب ہمیں انہیں رکھنے کی اجازت یا ضرورت نہ رہے۔
privacy_rights-4 = معلومات کے استعمال کو محدود کروانے کا حق۔
privacy_rights-5 = معلومات کے استعمال پر اعتراض کرنے کا حق۔

# The link to the respondent's own data.
privacy_my_data_link = اپنی معلومات دیکھیں اور ڈاؤن لوڈ کریں

# After the link: how else to use the rights.
privacy_rights_contact = اپنے حقوق استعمال کرنے کے لیے آپ ہمیں یا ڈیٹا کے تحفظ کے مشیر کو بھی لکھ سکتے ہیں۔

# Heading: complaints.
privacy_complaint_heading = ڈیٹا کے تحفظ کی اتھارٹی (Datatilsynet) کو شکایت

# The right to complain to Datatilsynet.
privacy_complaint = اگر آپ اس بات سے مطمئن نہیں کہ ہم آپ کی ذاتی معلومات کیسے استعمال کرتے ہیں تو آپ کو ڈنمارک کی ڈیٹا کے تحفظ کی اتھارٹی (Datatilsynet) سے شکایت کرنے کا حق ہے۔ رابطہ: Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, telefon 33 19 32 00, dt@datatilsynet.dk

# Which law and which site the statement is about.
accessibility_intro = ڈنمارک کے قانون کے مطابق (سرکاری اداروں کی ویب سائٹس اور موبائل ایپس تک رسائی کا قانون) { $controller } پر لازم ہے کہ اس ویب سائٹ کو سب کے لیے قابلِ استعمال بنائے، معذور افراد کے لیے بھی۔ یہ بیان مشاورت کی اس ویب سائٹ پر لاگو ہوتا ہے: شہریوں کے صفحات پر بھی اور عملے کے صفحات پر بھی۔

# Heading: conformance status.
accessibility_status_heading = معیار کی پابندی

# The status: partly (known issues) or fully conformant with WCAG 2.1 AA.
accessibility_status-true = یہ ویب سائٹ جزوی طور پر WCAG 2.1 لیول AA (معیار EN 301 549) کے مطابق ہے، ان کمیوں کی وجہ سے جو نیچے درج ہیں۔
accessibility_status-false = یہ ویب سائٹ WCAG 2.1 لیول AA (معیار EN 301 549) کے مطابق ہے۔

# Heading: what is not accessible.
accessibility_issues_heading = وہ مواد جو سب کے لیے قابلِ استعمال نہیں

# When no issue is known.
accessibility_no_issues = ہمیں کسی ایسے مواد کا علم نہیں جو سب کے لیے قابلِ استعمال نہ ہو۔

# Heading: how the statement was made.
accessibility_made_heading = یہ بیان کیسے تیار ہوا

# When and how it was made.
accessibility_made = یہ بیان { $date } کو تیار کیا گیا۔ جانچ ہم نے خود کی، خودکار ٹیسٹوں کے ذریعے جو ویب سائٹ میں ہر تبدیلی پر چلتے ہیں۔ ان ٹیسٹوں میں یہ شامل ہیں: ہر زبان میں ہر عوامی صفحے کی axe سے WCAG 2.1 AA کے مطابق جانچ؛ مسودہ پڑھنے سے لے کر جواب کی تصدیق تک پورا راستہ صرف کی بورڈ سے طے کرنا، اس طرح کہ ہر وقت نظر آئے کہ آپ صفحے پر کہاں ہیں (فوکس)، ڈینش اور عربی میں؛ تمام صفحات کو 320 پکسل چوڑی اسکرین پر دائیں بائیں اسکرول کیے بغیر دکھانا؛ حروف، الفاظ اور سطروں کے درمیان زیادہ فاصلے، آلے کے مقرر کردہ رنگوں (ہائی کنٹراسٹ) اور کم حرکت کی سیٹنگ کے ساتھ ویب سائٹ کا استعمال؛ اور صفحے کے اس ڈھانچے کا، جسے اسکرین ریڈر پڑھتے ہیں (سرخیاں، خانوں کے نام، غلطی کے پیغامات)، پہلے سے جانچی ہوئی ایک کاپی سے موازنہ۔

# Heading: feedback and contact.
accessibility_feedback_heading = رائے اور رابطہ

# How to report what is not accessible.
accessibility_feedback = اگر آپ کو کوئی ایسا مواد ملے جسے آپ استعمال نہیں کر سکتے، یا آپ کو وہ کسی اور شکل میں چاہیے، تو ہمیں لکھیں یا فون کریں:

# Heading: enforcement.
accessibility_enforcement_heading = نگرانی اور شکایت

# Digitaliseringsstyrelsen's part.
accessibility_enforcement = اس قانون کی نگرانی ڈنمارک میں ڈیجیٹل حکومت کا ادارہ (Digitaliseringsstyrelsen) کرتا ہے۔ اگر 10 کاروباری دنوں کے اندر آپ کو ہم سے تسلی بخش جواب نہ ملے تو آپ اس ادارے سے رابطہ کر سکتے ہیں۔

# The link to Digitaliseringsstyrelsen's page.
accessibility_enforcement_link = Digitaliseringsstyrelsen: ناقابلِ استعمال مواد کی اطلاع دیں (ڈینش میں)
