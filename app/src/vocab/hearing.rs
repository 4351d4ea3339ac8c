//! A hearing's words: its state, when responses are published, its milestones, its draft's
//! blocks and the parties it consults.

use super::vocabulary;

vocabulary! {
    /// The administrative state officials set (`hearing.status`); what readers see is
    /// computed from it and the dates (`hearing::HearingStatus`).
    pub enum HearingState {
        /// Being prepared; not public.
        Draft,
        /// Public: upcoming, open or closed by its dates.
        Published,
        /// Closed, and the administration is working on the responses.
        Processing,
        /// The committee has decided.
        Decided,
    }
}

vocabulary! {
    /// When a confirmed response becomes public (`hearing.publication_policy`).
    pub enum PublicationPolicy {
        /// As soon as the respondent confirms it.
        AfterVerification,
        /// When an official publishes it.
        AfterModeration,
        /// When the hearing closes.
        AfterDeadline,
    }
}

vocabulary! {
    /// A step on a hearing's timeline (`milestone.kind`), in the order the form lists them.
    pub enum MilestoneKind {
        /// The committee's synopsis.
        Synopsis,
        /// A public meeting.
        Meeting,
        /// The hearing opens.
        HearingOpens,
        /// The hearing closes.
        HearingCloses,
        /// The final proposal to the committee.
        FinalProposal,
        /// The adoption.
        Adoption,
        /// Anything else.
        Other,
    }
}

vocabulary! {
    /// What a paragraph of a draft is (`paragraph.kind`).
    pub enum BlockKind {
        /// Running text.
        Text,
        /// A numbered list.
        OrderedList,
        /// A list with bullets.
        BulletList,
        /// A table.
        Table,
    }
}

vocabulary! {
    /// What kind of party a hearing consults (`consulted_party.kind`), in the order the form
    /// lists them.
    pub enum PartyKind {
        /// A council or committee, e.g. Integrationsrådet or a lokaludvalg.
        Council,
        /// A public body or institution.
        PublicBody,
        /// An association or organisation.
        Association,
        /// A trade union.
        Union,
        /// An employers' organisation.
        Employers,
        /// A company.
        Company,
    }
}
