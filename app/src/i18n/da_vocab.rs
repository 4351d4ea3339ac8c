//! Danish names for the vocabulary.

use super::da::Da;
use super::vocab::VocabMessages;
use crate::vocab::{
    Channel, DigestKind, ErasureStatus, Extraction, MilestoneKind, PartyKind, PublicationPolicy,
    RespondentKind, ResponseStatus, Role, Stance,
};

impl VocabMessages for Da {
    fn status_name(&self, status: ResponseStatus) -> &'static str {
        match status {
            ResponseStatus::AwaitingVerification => "Afventer bekræftelse",
            ResponseStatus::Verified => "Bekræftet, afventer gennemgang",
            ResponseStatus::Published => "Offentliggjort",
            ResponseStatus::Held => "Tilbageholdt",
            ResponseStatus::Rejected => "Afvist",
            ResponseStatus::Withdrawn => "Trukket tilbage",
        }
    }
    fn channel_name(&self, channel: Channel) -> &'static str {
        match channel {
            Channel::Web => "Hjemmesiden",
            Channel::Email => "E-mail",
            Channel::Letter => "Brev",
            Channel::Meeting => "Møde",
        }
    }
    fn manage_status(&self, status: ResponseStatus) -> &'static str {
        match status {
            ResponseStatus::Published => "Offentliggjort på høringens side",
            ResponseStatus::Held => "Holdes tilbage, indtil en medarbejder har set det igennem",
            ResponseStatus::Rejected => "Afvist af kommunen; det offentliggøres ikke",
            ResponseStatus::Withdrawn => "Trukket tilbage",
            ResponseStatus::AwaitingVerification | ResponseStatus::Verified => {
                "Modtaget; offentliggøres, når kommunen har gennemgået det"
            }
        }
    }
    fn kind_label(&self, kind: RespondentKind) -> &'static str {
        match kind {
            RespondentKind::Resident => "Borger",
            RespondentKind::Association => "Forening eller organisation",
            RespondentKind::Company => "Virksomhed",
            RespondentKind::PublicBody => "Myndighed eller institution",
        }
    }
    fn stance_label(&self, stance: Stance) -> &'static str {
        match stance {
            Stance::Support => "For",
            Stance::Oppose => "Imod",
            Stance::Mixed => "Delvis for, delvis imod",
            Stance::None => "Vil ikke sige",
        }
    }
    fn theme_kind(&self, kind: RespondentKind) -> &'static str {
        match kind {
            RespondentKind::Resident => "Borgere",
            RespondentKind::Association => "Foreninger og organisationer",
            RespondentKind::Company => "Virksomheder",
            RespondentKind::PublicBody => "Myndigheder og institutioner",
        }
    }
    fn theme_kind_other(&self) -> &'static str {
        "Andre"
    }
    fn role_name(&self, role: Role) -> &'static str {
        match role {
            Role::Admin => "Administrator",
            Role::Official => "Sagsbehandler",
            Role::Moderator => "Moderator",
            Role::Reader => "Udvalgsmedlem (kun læse)",
        }
    }
    fn party_kind(&self, kind: PartyKind) -> &'static str {
        match kind {
            PartyKind::Council => "Råd eller udvalg",
            PartyKind::PublicBody => "Myndighed eller institution",
            PartyKind::Association => "Forening eller organisation",
            PartyKind::Union => "Fagforening",
            PartyKind::Employers => "Arbejdsgiverorganisation",
            PartyKind::Company => "Virksomhed",
        }
    }
    fn ha_policy_name(&self, policy: PublicationPolicy) -> &'static str {
        match policy {
            PublicationPolicy::AfterVerification => "Når afsenderen har bekræftet sin e-mail",
            PublicationPolicy::AfterModeration => "Når en sagsbehandler har godkendt svaret",
            PublicationPolicy::AfterDeadline => "Når høringsfristen er udløbet",
        }
    }
    fn ha_milestone_kind_name(&self, kind: MilestoneKind) -> &'static str {
        match kind {
            MilestoneKind::Synopsis => "Synopsis",
            MilestoneKind::Meeting => "Møde",
            MilestoneKind::HearingOpens => "Høringen åbner",
            MilestoneKind::HearingCloses => "Høringsfrist",
            MilestoneKind::FinalProposal => "Endeligt forslag",
            MilestoneKind::Adoption => "Vedtagelse",
            MilestoneKind::Other => "Andet",
        }
    }
    fn erasure_status(&self, status: ErasureStatus, carried_out: Option<&str>) -> String {
        match (status, carried_out) {
            (ErasureStatus::CarriedOut, Some(at)) => format!("Udført {at}"),
            (ErasureStatus::CarriedOut, None) => "Udført".into(),
            (ErasureStatus::Pending, _) => "Venter på kommunen".into(),
        }
    }
    fn no_extracted_text(&self, state: Extraction) -> String {
        match state {
            Extraction::Pending => "Teksten er ved at blive læst ud af filen.".to_owned(),
            Extraction::NoText => {
                "Filen indeholder ingen tekst (fx en scanning). Åbn filen.".to_owned()
            }
            Extraction::Encrypted => "Filen er beskyttet med adgangskode.".to_owned(),
            Extraction::TimedOut => "Det tog for lang tid at læse filen. Åbn filen.".to_owned(),
            Extraction::Extracted | Extraction::Failed => {
                "Teksten kunne ikke læses ud af filen. Åbn filen.".to_owned()
            }
        }
    }
    fn digest_kind(&self, kind: DigestKind) -> &'static str {
        match kind {
            DigestKind::Weekly => "Ugentligt overblik",
            DigestKind::Final => "Endeligt overblik før udvalgsbehandlingen",
            DigestKind::Manual => "Overblik sendt manuelt",
        }
    }
    fn facet_kind(&self, kind: RespondentKind) -> &'static str {
        match kind {
            RespondentKind::Resident => "Borger",
            RespondentKind::Association => "Forening/organisation",
            RespondentKind::Company => "Virksomhed",
            RespondentKind::PublicBody => "Myndighed/institution",
        }
    }
    fn facet_stance(&self, stance: Stance) -> &'static str {
        match stance {
            Stance::Support => "For",
            Stance::Oppose => "Imod",
            Stance::Mixed => "Delvist",
            Stance::None => "Ingen holdning",
        }
    }
    fn facet_channel(&self, channel: Channel) -> &'static str {
        match channel {
            Channel::Web => "Web",
            Channel::Email => "E-mail",
            Channel::Letter => "Brev",
            Channel::Meeting => "Møde",
        }
    }
    fn facet_status(&self, status: ResponseStatus) -> &'static str {
        match status {
            ResponseStatus::AwaitingVerification => "Afventer bekræftelse",
            ResponseStatus::Verified => "Bekræftet",
            ResponseStatus::Published => "Offentliggjort",
            ResponseStatus::Held => "Tilbageholdt",
            ResponseStatus::Rejected => "Afvist",
            ResponseStatus::Withdrawn => "Trukket tilbage",
        }
    }
}
