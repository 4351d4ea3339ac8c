//! Who takes part: respondents, accounts, and requests to erase.

use super::vocabulary;

vocabulary! {
    /// What kind of respondent someone answers as (`respondent.kind`).
    pub enum RespondentKind {
        /// A resident (borger).
        Resident,
        /// An association or organisation (forening/organisation).
        Association,
        /// A company (virksomhed); gives a CVR number.
        Company,
        /// A public body or institution (myndighed/institution).
        PublicBody,
    }
}

impl RespondentKind {
    /// Whether the respondent answers on behalf of an organisation (and is public by name).
    pub fn is_organisation(self) -> bool {
        self != RespondentKind::Resident
    }
}

vocabulary! {
    /// What an account may be (`account_role.role`); what each may do is `auth`'s policy.
    pub enum Role {
        /// Users and every hearing.
        Admin,
        /// Sagsbehandler: manages a hearing, moderates, answers.
        Official,
        /// Moderates only.
        Moderator,
        /// Committee member: reads everything, changes nothing.
        Reader,
    }
}

vocabulary! {
    /// Where a respondent's request to erase stands (`erasure_request.status`).
    pub enum ErasureStatus {
        /// Asked for; waiting for an official.
        Pending,
        /// An official carried it out.
        CarriedOut,
    }
}
