# English — vocab.
# Each message is named after the method of the catalogue (app/src/i18n) that shows it;
# the comment above it says where it stands. Keep every { $variable } a message has.

# A status's name.
status_name-awaiting_verification = Awaiting confirmation
status_name-verified = Confirmed, awaiting review
status_name-published = Published
status_name-held = Held back
status_name-rejected = Rejected
status_name-withdrawn = Withdrawn
status_name-awaiting_review = Awaiting review

# A channel's name.
channel_name-web = Website
channel_name-email = E-mail
channel_name-letter = Letter
channel_name-meeting = Meeting

# Where the response stands.
manage_status-published = Published on the hearing's page
manage_status-held = Held back until a member of staff has looked at it
manage_status-rejected = Rejected by the municipality; it is not published
manage_status-withdrawn = Withdrawn
manage_status-awaiting_review = Received – waiting for an official to look at it
manage_status-awaiting_verification = Received; it is published once the municipality has reviewed it
manage_status-verified = Received; it is published once the municipality has reviewed it

# A respondent kind's label.
kind_label-resident = Resident
kind_label-association = Association or organisation
kind_label-company = Company
kind_label-public_body = Public body or institution

# A stance's label.
stance_label-support = For
stance_label-oppose = Against
stance_label-mixed = Partly for, partly against
stance_label-none = Rather not say

# A respondent kind in the plural (`resident`, `association`, `company`, `public_body`).
theme_kind-resident = Residents
theme_kind-association = Associations and organisations
theme_kind-company = Companies
theme_kind-public_body = Public bodies and institutions

# Respondents of no known kind, in the theme's bar.
theme_kind_other = Others

# A role's name.
role_name-admin = Administrator
role_name-official = Case officer
role_name-moderator = Moderator
role_name-reader = Committee member (read only)

# A kind's name.
party_kind-council = Council or committee
party_kind-public_body = Public body or institution
party_kind-association = Association or organisation
party_kind-union = Trade union
party_kind-employers = Employers' organisation
party_kind-company = Company

# The name of a publication policy (`after_verification`, `after_moderation`,
# `after_deadline`).
ha_policy_name-after_verification = When the sender has confirmed their e-mail
ha_policy_name-after_moderation = When an official has approved the response
ha_policy_name-after_deadline = When the deadline has passed

# The name of a milestone kind.
ha_milestone_kind_name-synopsis = Synopsis
ha_milestone_kind_name-meeting = Meeting
ha_milestone_kind_name-hearing_opens = The hearing opens
ha_milestone_kind_name-hearing_closes = Deadline
ha_milestone_kind_name-final_proposal = Final proposal
ha_milestone_kind_name-adoption = Adoption
ha_milestone_kind_name-other = Other

# An erasure request's state, with the date it was carried out.
erasure_status-pending = Waiting for the municipality
erasure_status-carried_out = Carried out
erasure_status-carried_out_on = Carried out { $at }

# Why a file shows no text.
no_extracted_text-pending = The text is being read from the file.
no_extracted_text-no_text = The file holds no text (e.g. a scan). Open the file.
no_extracted_text-encrypted = The file is password-protected.
no_extracted_text-timed_out = Reading the file took too long. Open the file.
no_extracted_text-extracted = The text could not be read from the file. Open the file.
no_extracted_text-failed = The text could not be read from the file. Open the file.

# A digest kind (`weekly`, `final`, `manual`).
digest_kind-weekly = Weekly digest
digest_kind-final = Final digest before the committee meeting
digest_kind-manual = Digest sent by hand

# A respondent kind's short name, as a search filter.
facet_kind-resident = Resident
facet_kind-association = Association/organisation
facet_kind-company = Company
facet_kind-public_body = Public body

# A stance's short name, as a search filter.
facet_stance-support = For
facet_stance-oppose = Against
facet_stance-mixed = Partly
facet_stance-none = No stance

# A channel's short name, as a search filter.
facet_channel-web = Web
facet_channel-email = E-mail
facet_channel-letter = Letter
facet_channel-meeting = Meeting

# A status's short name, as a search filter.
facet_status-awaiting_verification = Awaiting confirmation
facet_status-verified = Confirmed
facet_status-published = Published
facet_status-held = Held
facet_status-rejected = Rejected
facet_status-withdrawn = Withdrawn
facet_status-awaiting_review = Awaiting review
