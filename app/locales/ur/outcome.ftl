# اردو (Urdu) — outcome.
# The outcome of a hearing as residents read it (the hearing page, /hearings/{slug}/outcome,
# the public response list) and the e-mail each respondent gets once when it is published.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.
# Translated for residents reading Urdu; not word for word, in plain language.
# Review before use: a professional translator with Urdu as first language, and one resident from the hearing's audience reading it on a phone.

# Heading of the outcome, on the hearing page and the outcome page.
outcome_heading = مشاورت کا نتیجہ

# Who decided when.
outcome_decided = { $committee } نے { $date } کو فیصلہ کیا۔

# Link to the minutes of the committee's meeting.
outcome_minutes = کمیٹی کی میٹنگ کی روداد پڑھیں

# Heading: what was decided.
outcome_decision_heading = کیا فیصلہ ہوا

# Heading: what changed in the text.
outcome_changes_heading = مشاورت کے بعد متن میں کیا بدلا

# The adopted text is the one residents were consulted on.
outcome_unchanged = متن اسی طرح منظور ہوا جیسا وہ مشاورت میں تھا۔

# Which versions were compared.
outcome_versions = یہاں مشاورت والے ورژن { $consulted } کا موازنہ منظور شدہ ورژن { $adopted } سے کیا گیا ہے۔

# A new section.
outcome_section_added = نیا حصہ: { $number } { $heading }

# A section taken out.
outcome_section_removed = نکالا گیا حصہ: { $number } { $heading }

# A section with changes.
outcome_section_changed = بدلا گیا حصہ: { $number } { $heading }

# A renamed section's old heading.
outcome_section_renamed = پہلے کا عنوان: { $old }

# How many paragraphs of a section were reworded.
outcome_paragraphs_changed = { $count ->
    [one] ایک پیراگراف دوبارہ لکھا گیا
   *[other] { $count } پیراگراف دوبارہ لکھے گئے
}

# How many paragraphs were added to a section.
outcome_paragraphs_added = { $count ->
    [one] ایک پیراگراف شامل کیا گیا
   *[other] { $count } پیراگراف شامل کیے گئے
}

# How many paragraphs were taken out of a section.
outcome_paragraphs_removed = { $count ->
    [one] ایک پیراگراف نکالا گیا
   *[other] { $count } پیراگراف نکالے گئے
}

# Link from the hearing page to the outcome page.
outcome_read_all = پورا نتیجہ پڑھیں، تمام جوابات اور انتظامیہ کے تبصروں کے ساتھ

# Heading of the høringsnotat on the outcome page.
outcome_notat_heading = مشاورتی رپورٹ (høringsnotat): جوابات اور انتظامیہ کے تبصرے

# What the høringsnotat is.
outcome_notat_intro = انتظامیہ نے تمام جوابات پڑھے ہیں۔ یہاں شائع شدہ جوابات انتظامیہ کے تبصرے کے ساتھ دیے گئے ہیں۔ یہ بھی لکھا ہے کہ جواب سے کوئی تبدیلی آئی یا نہیں۔

# Link: the høringsnotat as a Word file.
outcome_docx = مشاورتی رپورٹ Word فائل کی صورت میں ڈاؤن لوڈ کریں

# Link: the printable høringsnotat.
outcome_print = مشاورتی رپورٹ پرنٹ کریں یا PDF کے طور پر محفوظ کریں

# Label before the administration's remark on a response.
outcome_remark = انتظامیہ کا تبصرہ

# Label before the remark written for all responses of a theme.
outcome_theme_remark = اس موضوع کے تمام جوابات پر انتظامیہ کا تبصرہ

# Whether the response led to a change.
outcome_change-true = اس جواب سے تبدیلی آئی
outcome_change-false = اس جواب سے تبدیلی نہیں آئی

# A response without a remark of its own.
outcome_no_remark = انتظامیہ نے اس جواب پر الگ سے کوئی تبصرہ نہیں لکھا۔

# Heading: the consulted parties.
outcome_parties_heading = جن اداروں سے رائے مانگی گئی

# A consulted party answered / did not.
outcome_party_answered = جواب دیا
outcome_party_silent = جواب نہیں دیا

# Back to the hearing.
outcome_back = مشاورت پر واپس جائیں

# The outcome page's heading when nothing is published yet.
outcome_not_yet = نتیجہ ابھی شائع نہیں ہوا۔

# Number of published responses in the høringsnotat.
outcome_response_count = { $count ->
    [one] 1 شائع شدہ جواب
   *[other] { $count } شائع شدہ جوابات
}

# Subject of the e-mail each respondent gets.
outcome_mail_subject = مشاورت کا نتیجہ: { $title }

# The e-mail's first paragraph.
outcome_mail_intro = آپ نے مشاورت «{ $title }» پر جواب بھیجا تھا۔ { $committee } نے { $date } کو فیصلہ کیا۔

# Which response the e-mail is about.
outcome_mail_response = آپ کے جواب کا نمبر (svarnummer) { $svarnummer } ہے۔

# No remark was written about the response.
outcome_mail_no_remark = انتظامیہ نے آپ کے جواب پر الگ سے کوئی تبصرہ نہیں لکھا۔

# Where to read the outcome.
outcome_mail_link = فیصلہ، متن میں کیا بدلا، اور تمام جوابات انتظامیہ کے تبصروں کے ساتھ یہاں پڑھیں:

# Why the e-mail came, and that it comes once.
outcome_mail_footer = آپ کو یہ پیغام صرف ایک بار ملے گا، کیونکہ آپ نے اس مشاورت پر جواب دیا تھا۔ آپ کے جواب کا شکریہ۔

# Heading of the høringsnotat's part by theme.
outcome_general = عمومی تبصرے

# Heading of its part by section of the draft.
outcome_textual = مخصوص حصوں پر تبصرے

# The group of responses in neither a theme nor a section.
outcome_other = دیگر تبصرے
