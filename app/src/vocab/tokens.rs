//! What a one-time token is for, one set per token table: an official's
//! (`account_token`), a response's (`response_token`) and a resident's rights
//! (`rights_token`). A token of one purpose never opens what another is for.

use super::vocabulary;

vocabulary! {
    /// What an official's token is for (`account_token.purpose`).
    pub enum AccountTokenPurpose {
        /// A sign-in link mailed to the official.
        Login,
        /// A set-password link (a reset, or a new official's invitation).
        Reset,
    }
}

vocabulary! {
    /// What a response's token is for (`response_token.purpose`).
    pub enum ResponseTokenPurpose {
        /// The verification link of a new submission.
        Verify,
        /// The private link in the receipt: change or withdraw the response.
        Manage,
    }
}

vocabulary! {
    /// What a resident's rights token is for (`rights_token.purpose`).
    pub enum RightsTokenPurpose {
        /// The one-time link mailed to an address.
        Link,
        /// The grant that link (or a receipt's private link) opens.
        Grant,
    }
}
