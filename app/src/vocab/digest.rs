//! The words of the digest, the hvidbog, the mail outbox and the theme outbox.

use super::vocabulary;

vocabulary! {
    /// Which digest a `digest_run` is.
    pub enum DigestKind {
        /// Every week while the hearing is open.
        Weekly,
        /// Before the final proposal.
        Final,
        /// Sent by an official now.
        Manual,
    }
}

vocabulary! {
    /// What a hvidbog remark is written about (`hvidbog_remark.target`).
    pub enum RemarkTarget {
        /// One response.
        Response,
        /// A theme, and so every response in it.
        Theme,
    }
}

vocabulary! {
    /// Why a hearing's themes are to be computed again (`theme_outbox.reason`).
    pub enum ThemeReason {
        /// Its responses changed in the index.
        Indexed,
        /// An official (or `ordet themes`) asked: computed at once, not after the quiet time.
        Requested,
    }
}

vocabulary! {
    /// Where a message of the mail outbox stands (`mail_outbox.status`).
    pub enum MailStatus {
        /// Waiting to be sent (again, after a failed attempt).
        Pending,
        /// Handed to the mail server.
        Sent,
        /// Given up after the last attempt.
        Failed,
    }
}
