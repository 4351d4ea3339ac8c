//! The digest's and the hvidbog's words.

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
