//! English names for the vocabulary.

use super::en::En;
use super::vocab::VocabMessages;
use crate::vocab::{
    Channel, DigestKind, ErasureStatus, Extraction, MilestoneKind, PartyKind, PublicationPolicy,
    RespondentKind, ResponseStatus, Role, Stance,
};

impl VocabMessages for En {
    fn status_name(&self, status: ResponseStatus) -> &'static str {
        match status {
            ResponseStatus::AwaitingVerification => "Awaiting confirmation",
            ResponseStatus::Verified => "Confirmed, awaiting review",
            ResponseStatus::Published => "Published",
            ResponseStatus::Held => "Held back",
            ResponseStatus::Rejected => "Rejected",
            ResponseStatus::Withdrawn => "Withdrawn",
        }
    }
    fn channel_name(&self, channel: Channel) -> &'static str {
        match channel {
            Channel::Web => "Website",
            Channel::Email => "E-mail",
            Channel::Letter => "Letter",
            Channel::Meeting => "Meeting",
        }
    }
    fn manage_status(&self, status: ResponseStatus) -> &'static str {
        match status {
            ResponseStatus::Published => "Published on the hearing's page",
            ResponseStatus::Held => "Held back until a member of staff has looked at it",
            ResponseStatus::Rejected => "Rejected by the municipality; it is not published",
            ResponseStatus::Withdrawn => "Withdrawn",
            ResponseStatus::AwaitingVerification | ResponseStatus::Verified => {
                "Received; it is published once the municipality has reviewed it"
            }
        }
    }
    fn kind_label(&self, kind: RespondentKind) -> &'static str {
        match kind {
            RespondentKind::Resident => "Resident",
            RespondentKind::Association => "Association or organisation",
            RespondentKind::Company => "Company",
            RespondentKind::PublicBody => "Public body or institution",
        }
    }
    fn stance_label(&self, stance: Stance) -> &'static str {
        match stance {
            Stance::Support => "For",
            Stance::Oppose => "Against",
            Stance::Mixed => "Partly for, partly against",
            Stance::None => "Rather not say",
        }
    }
    fn theme_kind(&self, kind: RespondentKind) -> &'static str {
        match kind {
            RespondentKind::Resident => "Residents",
            RespondentKind::Association => "Associations and organisations",
            RespondentKind::Company => "Companies",
            RespondentKind::PublicBody => "Public bodies and institutions",
        }
    }
    fn theme_kind_other(&self) -> &'static str {
        "Others"
    }
    fn role_name(&self, role: Role) -> &'static str {
        match role {
            Role::Admin => "Administrator",
            Role::Official => "Case officer",
            Role::Moderator => "Moderator",
            Role::Reader => "Committee member (read only)",
        }
    }
    fn party_kind(&self, kind: PartyKind) -> &'static str {
        match kind {
            PartyKind::Council => "Council or committee",
            PartyKind::PublicBody => "Public body or institution",
            PartyKind::Association => "Association or organisation",
            PartyKind::Union => "Trade union",
            PartyKind::Employers => "Employers' organisation",
            PartyKind::Company => "Company",
        }
    }
    fn ha_policy_name(&self, policy: PublicationPolicy) -> &'static str {
        match policy {
            PublicationPolicy::AfterVerification => "When the sender has confirmed their e-mail",
            PublicationPolicy::AfterModeration => "When an official has approved the response",
            PublicationPolicy::AfterDeadline => "When the deadline has passed",
        }
    }
    fn ha_milestone_kind_name(&self, kind: MilestoneKind) -> &'static str {
        match kind {
            MilestoneKind::Synopsis => "Synopsis",
            MilestoneKind::Meeting => "Meeting",
            MilestoneKind::HearingOpens => "The hearing opens",
            MilestoneKind::HearingCloses => "Deadline",
            MilestoneKind::FinalProposal => "Final proposal",
            MilestoneKind::Adoption => "Adoption",
            MilestoneKind::Other => "Other",
        }
    }
    fn erasure_status(&self, status: ErasureStatus, carried_out: Option<&str>) -> String {
        match (status, carried_out) {
            (ErasureStatus::CarriedOut, Some(at)) => format!("Carried out {at}"),
            (ErasureStatus::CarriedOut, None) => "Carried out".into(),
            (ErasureStatus::Pending, _) => "Waiting for the municipality".into(),
        }
    }
    fn no_extracted_text(&self, state: Extraction) -> String {
        match state {
            Extraction::Pending => "The text is being read from the file.".to_owned(),
            Extraction::NoText => "The file holds no text (e.g. a scan). Open the file.".to_owned(),
            Extraction::Encrypted => "The file is password-protected.".to_owned(),
            Extraction::TimedOut => "Reading the file took too long. Open the file.".to_owned(),
            Extraction::Extracted | Extraction::Failed => {
                "The text could not be read from the file. Open the file.".to_owned()
            }
        }
    }
    fn digest_kind(&self, kind: DigestKind) -> &'static str {
        match kind {
            DigestKind::Weekly => "Weekly digest",
            DigestKind::Final => "Final digest before the committee meeting",
            DigestKind::Manual => "Digest sent by hand",
        }
    }
    fn facet_kind(&self, kind: RespondentKind) -> &'static str {
        match kind {
            RespondentKind::Resident => "Resident",
            RespondentKind::Association => "Association/organisation",
            RespondentKind::Company => "Company",
            RespondentKind::PublicBody => "Public body",
        }
    }
    fn facet_stance(&self, stance: Stance) -> &'static str {
        match stance {
            Stance::Support => "For",
            Stance::Oppose => "Against",
            Stance::Mixed => "Partly",
            Stance::None => "No stance",
        }
    }
    fn facet_channel(&self, channel: Channel) -> &'static str {
        match channel {
            Channel::Web => "Web",
            Channel::Email => "E-mail",
            Channel::Letter => "Letter",
            Channel::Meeting => "Meeting",
        }
    }
    fn facet_status(&self, status: ResponseStatus) -> &'static str {
        match status {
            ResponseStatus::AwaitingVerification => "Awaiting confirmation",
            ResponseStatus::Verified => "Confirmed",
            ResponseStatus::Published => "Published",
            ResponseStatus::Held => "Held",
            ResponseStatus::Rejected => "Rejected",
            ResponseStatus::Withdrawn => "Withdrawn",
        }
    }
}
