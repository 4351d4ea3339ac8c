# English — common.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# The product name.
site_name = Ordet

# What the site is, under the product name.
site_tagline = Public consultations

# A one-line field (name, organisation, title, label) holds a line break or another
# control character.
not_one_line = Write it on one line, without line breaks, tabs or other control characters.

# Link that skips the header for keyboard and screen-reader users.
skip_to_content = Skip to content

# Label of the main navigation.
main_nav = Main menu

# Name of this language in itself, shown on the switch that leads to it.
language_name = English

# Accessible label of the language switch, in the language it leads to.
switch_to_this_language = Show this page in English

# Label of the list of languages in the header.
languages_nav = Languages

# Footer text.
footer_text = Ordet is a public consultation platform. Anyone can read the draft and have their say.

# Front page heading.
front_title = Hearings

# Front page introduction.
front_intro = Read the proposals the municipality has put out for public consultation, and see when you can respond by.

# Heading of the open hearings.
open_hearings = Open hearings

# Heading of the upcoming hearings.
upcoming_hearings = Upcoming hearings

# Heading of the closed hearings.
closed_hearings = Closed hearings

# Shown when a group has no hearings.
no_hearings = There are no hearings here right now.

# Hearing status: being prepared, not public.
hearing_status_draft = Draft

# Hearing status: published, not open yet.
hearing_status_upcoming = Upcoming

# Hearing status: taking responses.
hearing_status_open = Open for responses

# Hearing status: the deadline has passed.
hearing_status_closed = The hearing has closed

# Hearing status: the administration is processing the responses.
hearing_status_processing = Responses are being processed

# Hearing status: the committee has decided.
hearing_status_decided = Decided

# Countdown: the hearing opens in `days` days (at least 1).
countdown_opens_in = { $days ->
        [one] Opens tomorrow
       *[other] Opens in { $days } days
    }

# Countdown: the hearing is open, with `days` days left after today (at least 1).
countdown_closes_in = { $days ->
        [one] 1 day left
       *[other] { $days } days left
    }

# Countdown: the hearing is open, and today is the deadline.
countdown_last_day = Last day today

# Countdown: the hearing no longer takes responses.
countdown_closed = The deadline has passed

# "Deadline" label.
deadline = Deadline

# "Hearing period" label.
hearing_period = Hearing period

# "Committee" label.
committee = Committee

# "Case number" label.
journal_number = Case number

# Heading of the timeline.
timeline = Timeline

# Marks a milestone in the past.
milestone_done = done

# Heading of the draft.
draft_heading = The draft

# "Version n of the draft, published d".
draft_version = Version { $version_no }, published { $date }

# Shown when a hearing has no draft yet.
no_draft = The draft has not been published yet.

# Heading of the table of contents.
contents = Contents

# Button that hides the table of contents.
hide_contents = Hide the table of contents

# Button that shows the table of contents.
show_contents = Show the table of contents

# Accessible name of a paragraph's permalink.
paragraph_link = Link to paragraph { $number }

# Heading of the annexes.
annexes = Annexes

# "Annex n".
annex_label = Annex { $number }

# Heading of the not-found page.
not_found_title = Page not found

# Body of the not-found page.
not_found_body = We cannot find the page or hearing you are looking for. The address may be mistyped.

# Link back to the front page.
back_to_front = Go to the front page with all hearings

# Heading of the error page.
error_title = Something went wrong

# Body of the error page.
error_body = The page cannot be shown right now. Please try again shortly.

# Shown while a page's data loads.
loading = Loading …

# A refused draft file: it holds nothing but whitespace.
draft_empty = The file is empty. Choose the file with the draft in Markdown.

# A refused draft file: `bytes` long, more than the `max` the importer accepts.
draft_too_large = The file is { $kb } kB; at most { $max_kb } kB can be imported. Is it the right file?

# A refused draft file: not UTF-8 text (the first invalid byte on `line`).
draft_invalid_utf8 = The file is not UTF-8 text (first error on line { $line }). Save it as UTF-8 text and try again.

# A refused draft file: it has no Markdown heading at all.
draft_no_heading = The draft has no headings. Start each section with a line beginning with #.

# A refused draft file: text on `line` stands before the first section heading.
draft_text_before_first_heading = Line { $line }: the text comes before the first section heading. Put a heading (## …) above it.

# Subject of the e-mail with the verification link.
verify_mail_subject = Confirm your response: { $hearing_title }

# Body of the e-mail with the verification link.
verify_mail_body =
    Dear { $name }

    Thank you for your response to «{ $hearing_title }». Its number is { $svarnummer }.

    Confirm that it is you: open this link within { $days } days and press the button “Confirm the response”:

    { $link }

    Your response becomes part of the hearing once you have confirmed it. If you did not write a response, you can ignore this e-mail.

    Kind regards
    Ordet
    {""}

# Month name, 1-based.
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

# A date written out, e.g. "9. august 2010".
date = { $day } { $month } { $year }

# A date and time, e.g. "4. oktober 2010 kl. 23.59".
date_time = { $date } at { $hour }:{ $minute }


# The label of a section's short plain-language summary ("kort fortalt"), above its full text.
short_version = In short

# Beside the summary when it is shown in Danish: officials wrote none in the reader's language.
short_version_only_danish = (only available in Danish)

# The link from the hearing page to the printable draft with its summaries; also the printable page's title.
print_version = Printable version of the draft

# On the printable draft: the link back to the hearing's page.
print_back = Back to the hearing

# On the printable draft (not printed): what the page is and how to print it.
print_intro = The whole draft, with "in short" above each section. Use your browser's print function to print this page or save it as a PDF.
