//! The names people read for Ordet's vocabulary (`crate::vocab`): a response's status and
//! channel, a respondent's kind, a stance, a role, … in one place, each an exhaustive
//! `match` on its enum, so a new value does not compile until every language names it.

use crate::vocab::{
    Channel, DigestKind, ErasureStatus, Extraction, MilestoneKind, PartyKind, PublicationPolicy,
    RespondentKind, ResponseStatus, Role, Stance,
};

/// Vocabulary names in one language.
pub trait VocabMessages: Sync {
    /// A status's name.
    fn status_name(&self, status: ResponseStatus) -> &'static str;
    /// A channel's name.
    fn channel_name(&self, channel: Channel) -> &'static str;
    /// Where the response stands.
    fn manage_status(&self, status: ResponseStatus) -> &'static str;
    /// A respondent kind's label.
    fn kind_label(&self, kind: RespondentKind) -> &'static str;
    /// A stance's label.
    fn stance_label(&self, stance: Stance) -> &'static str;
    /// A respondent kind in the plural (`resident`, `association`, `company`, `public_body`).
    fn theme_kind(&self, kind: RespondentKind) -> &'static str;
    /// Respondents of no known kind, in the theme's bar.
    fn theme_kind_other(&self) -> &'static str;
    /// A role's name.
    fn role_name(&self, role: Role) -> &'static str;
    /// A kind's name.
    fn party_kind(&self, kind: PartyKind) -> &'static str;
    /// The name of a publication policy (`after_verification`, `after_moderation`,
    /// `after_deadline`).
    fn ha_policy_name(&self, policy: PublicationPolicy) -> &'static str;
    /// The name of a milestone kind.
    fn ha_milestone_kind_name(&self, kind: MilestoneKind) -> &'static str;
    /// An erasure request's state, with the date it was carried out.
    fn erasure_status(&self, status: ErasureStatus, carried_out: Option<&str>) -> String;
    /// Why a file shows no text.
    fn no_extracted_text(&self, state: Extraction) -> String;
    /// A digest kind (`weekly`, `final`, `manual`).
    fn digest_kind(&self, kind: DigestKind) -> &'static str;
    /// A respondent kind's short name, as a search filter.
    fn facet_kind(&self, kind: RespondentKind) -> &'static str;
    /// A stance's short name, as a search filter.
    fn facet_stance(&self, stance: Stance) -> &'static str;
    /// A channel's short name, as a search filter.
    fn facet_channel(&self, channel: Channel) -> &'static str;
    /// A status's short name, as a search filter.
    fn facet_status(&self, status: ResponseStatus) -> &'static str;
}
