//! The words of the digest, the hvidbog and the mail outbox.

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
