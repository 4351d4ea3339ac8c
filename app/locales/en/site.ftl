# English — site.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# Label of the footer's navigation.
footer_nav = About this site

# The privacy notice's name (link and heading).
privacy_title = Privacy notice

# The accessibility statement's name (link and heading).
accessibility_title = Accessibility statement

# Says that the page shows the demo's example values.
site_demo_note = Example: the controller and contact details are the demo's default values. An installation sets its own (ORDET_CONTROLLER_* and ORDET_ACCESSIBILITY_*).

# "Address", "E-mail", "Telephone".
contact_labels-1 = Address
contact_labels-2 = E-mail
contact_labels-3 = Telephone

# Who processes what, in one paragraph.
privacy_intro = { $controller } is the data controller for the personal data you give when you send a response here. This notice says what we use them for, how long we keep them and what your rights are.

# Heading: the data controller.
privacy_controller_heading = Data controller

# Heading: the data protection officer.
privacy_dpo_heading = Data protection officer

# Before the officer's address.
privacy_dpo_text = You can always write to our data protection officer:

# Heading: why.
privacy_purpose_heading = What we use the data for

# The purposes, one item each.
privacy_purposes-1 = To receive and handle your response, so the politicians can read it before they decide.
privacy_purposes-2 = To confirm your e-mail address and send you a receipt with a link where you can change or withdraw your response.
privacy_purposes-3 = To publish the responses so everyone can read them (see below what is never published).
privacy_purposes-4 = To prepare the summary (hvidbog) and overviews for the committee.

# Heading: the legal basis.
privacy_basis_heading = Legal basis

# The legal basis: GDPR art. 6(1)(e), art. 9 for sensitive data, CPR numbers.
privacy_basis-1 = We process the data to carry out a task in the public interest and in the exercise of official authority: the municipality's consultation of citizens and organisations (GDPR article 6(1)(e)).
privacy_basis-2 = If you write sensitive data in your response yourself, such as about health, religion or political opinions, we process them under article 9(2) (point g, substantial public interest), only as far as the consultation needs. We hold a response back from the public when we see such data.
privacy_basis-3 = A response or file that seems to hold a CPR number is not published until a member of staff has looked at it.

# Heading: what is stored.
privacy_data_heading = What we store

# What is stored, one item each.
privacy_data-1 = Your name and e-mail address and, if given, postcode, organisation, CVR number and your role in the organisation.
privacy_data-2 = Your response, your attached files and the text we read from them.
privacy_data-3 = When you sent and confirmed it, and the decisions staff have made about it.
privacy_data-4 = Your IP address in the server's logs and, without storing the address itself, in counters against abuse.

# What the public sees, and what never.
privacy_published = The public sees your response, your files (once checked) and your name if you agreed – otherwise "Borger" (resident) and your postcode. Organisations are shown by name. Your e-mail address is never published.

# Heading: how long.
privacy_retention_heading = How long we keep the data

# How long personal data are kept.
privacy_retention = Responses you never confirmed are deleted with their files after 7 days. Once the committee has decided, we keep your name (if it may not be published), e-mail address, postal code and files that are not part of the case file for { $months } months — unless the hearing sets another period — and then delete them. The response number, date, published text and the administration's remarks stay as the case record and may be archived under the Danish Archives Act.

# Heading: your rights.
privacy_rights_heading = Your rights

# The rights, one item each.
privacy_rights-1 = The right to see the data we hold about you (access).
privacy_rights-2 = The right to have wrong data corrected.
privacy_rights-3 = The right to have data erased when we may or must no longer keep them.
privacy_rights-4 = The right to have the processing restricted.
privacy_rights-5 = The right to object to the processing.

# The link to the respondent's own data.
privacy_my_data_link = See and download your data

# After the link: how else to use the rights.
privacy_rights_contact = You can also write to us or to the data protection officer to use your rights.

# Heading: complaints.
privacy_complaint_heading = Complaints to Datatilsynet

# The right to complain to Datatilsynet.
privacy_complaint = You have the right to complain to Datatilsynet, the Danish Data Protection Agency, if you are not satisfied with how we process your personal data. Datatilsynet, Carl Jacobsens Vej 35, 2500 Valby, Denmark, telephone +45 33 19 32 00, dt@datatilsynet.dk.

# Which law and which site the statement is about.
accessibility_intro = { $controller } must make this website accessible under the Danish act on the accessibility of public sector bodies' websites and mobile applications. This statement applies to the consultation portal, its pages for citizens and for staff.

# Heading: conformance status.
accessibility_status_heading = Compliance status

# The status: partly (known issues) or fully conformant with WCAG 2.1 AA.
accessibility_status-true = This website is partially compliant with WCAG 2.1 level AA (EN 301 549), due to the shortcomings listed below.
accessibility_status-false = This website is fully compliant with WCAG 2.1 level AA (EN 301 549).

# Heading: what is not accessible.
accessibility_issues_heading = Non-accessible content

# When no issue is known.
accessibility_no_issues = We know of no content that is not accessible.

# Heading: how the statement was made.
accessibility_made_heading = Preparation of this statement

# When and how it was made.
accessibility_made = This statement was prepared on { $date }. The assessment is a self-evaluation with automated tests that run on every change to the site: axe (WCAG 2.1 AA) on every public page in every language; the whole way from reading the draft to confirming a response by keyboard alone with visible focus, in Danish and Arabic; every page at 320 pixels wide without sideways scrolling; wider text spacing, forced colours (high contrast) and reduced motion; and the page's accessibility tree (headings, the names of fields, error messages) compared with a reviewed copy.

# Heading: feedback and contact.
accessibility_feedback_heading = Feedback and contact information

# How to report what is not accessible.
accessibility_feedback = If you meet content that is not accessible, or need it in another form, write or call us:

# Heading: enforcement.
accessibility_enforcement_heading = Enforcement procedure

# Digitaliseringsstyrelsen's part.
accessibility_enforcement = The Danish Agency for Digital Government (Digitaliseringsstyrelsen) enforces the act. If you do not get a satisfactory answer from us within 10 working days, you can contact the agency.

# The link to Digitaliseringsstyrelsen's page.
accessibility_enforcement_link = Digitaliseringsstyrelsen: meeting content that is not accessible (in Danish)
