//! The names people read for Ordet's vocabulary (`crate::vocab`): a response's status and
//! channel, a respondent's kind, a stance, a role, … in one place, each an exhaustive
//! `match` on its enum, so a new value does not compile until every language names it.

use super::catalogue::messages;
use super::fluent as fl;
use super::texts::VocabTexts;
use crate::vocab::{
    Channel, DigestKind, ErasureStatus, Extraction, MilestoneKind, PartyKind, PublicationPolicy,
    RespondentKind, ResponseStatus, Role, Stance,
};

messages! {
    /// Vocabulary names in one language.
    pub trait VocabMessages: VocabTexts;
    keys VOCAB_KEYS;

    provided {
        /// A status's name.
        fn status_name(&self, status: ResponseStatus) -> &'static str {
            fl::variant(self.locale(), "status_name", status.as_str())
        }

        /// A channel's name.
        fn channel_name(&self, channel: Channel) -> &'static str {
            fl::variant(self.locale(), "channel_name", channel.as_str())
        }

        /// Where the response stands.
        fn manage_status(&self, status: ResponseStatus) -> &'static str {
            fl::variant(self.locale(), "manage_status", status.as_str())
        }

        /// A respondent kind's label.
        fn kind_label(&self, kind: RespondentKind) -> &'static str {
            fl::variant(self.locale(), "kind_label", kind.as_str())
        }

        /// A stance's label.
        fn stance_label(&self, stance: Stance) -> &'static str {
            fl::variant(self.locale(), "stance_label", stance.as_str())
        }

        /// A respondent kind in the plural (`resident`, `association`, `company`, `public_body`).
        fn theme_kind(&self, kind: RespondentKind) -> &'static str {
            fl::variant(self.locale(), "theme_kind", kind.as_str())
        }

        /// A role's name.
        fn role_name(&self, role: Role) -> &'static str {
            fl::variant(self.locale(), "role_name", role.as_str())
        }

        /// A kind's name.
        fn party_kind(&self, kind: PartyKind) -> &'static str {
            fl::variant(self.locale(), "party_kind", kind.as_str())
        }

        /// The name of a publication policy (`after_verification`, `after_moderation`,
        /// `after_deadline`).
        fn ha_policy_name(&self, policy: PublicationPolicy) -> &'static str {
            fl::variant(self.locale(), "ha_policy_name", policy.as_str())
        }

        /// The name of a milestone kind.
        fn ha_milestone_kind_name(&self, kind: MilestoneKind) -> &'static str {
            fl::variant(self.locale(), "ha_milestone_kind_name", kind.as_str())
        }

        /// An erasure request's state, with the date it was carried out.
        fn erasure_status(&self, status: ErasureStatus, carried_out: Option<&str>) -> String {
            match (status, carried_out) {
                (ErasureStatus::CarriedOut, Some(at)) => fl::format(
                    self.locale(),
                    "erasure_status-carried_out_on",
                    &[("at", at.into())],
                ),
                (ErasureStatus::CarriedOut, None) => {
                    fl::text(self.locale(), "erasure_status-carried_out").to_owned()
                }
                (ErasureStatus::Pending, _) => {
                    fl::text(self.locale(), "erasure_status-pending").to_owned()
                }
            }
        }

        /// Why a file shows no text.
        fn no_extracted_text(&self, state: Extraction) -> String {
            fl::variant(self.locale(), "no_extracted_text", state.as_str()).to_owned()
        }

        /// A digest kind (`weekly`, `final`, `manual`).
        fn digest_kind(&self, kind: DigestKind) -> &'static str {
            fl::variant(self.locale(), "digest_kind", kind.as_str())
        }

        /// A respondent kind's short name, as a search filter.
        fn facet_kind(&self, kind: RespondentKind) -> &'static str {
            fl::variant(self.locale(), "facet_kind", kind.as_str())
        }

        /// A stance's short name, as a search filter.
        fn facet_stance(&self, stance: Stance) -> &'static str {
            fl::variant(self.locale(), "facet_stance", stance.as_str())
        }

        /// A channel's short name, as a search filter.
        fn facet_channel(&self, channel: Channel) -> &'static str {
            fl::variant(self.locale(), "facet_channel", channel.as_str())
        }

        /// A status's short name, as a search filter.
        fn facet_status(&self, status: ResponseStatus) -> &'static str {
            fl::variant(self.locale(), "facet_status", status.as_str())
        }
    }
}
