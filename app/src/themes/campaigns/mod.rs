//! Near-duplicate detection.
//! TEMPORARY STUB until the campaigns branch lands (interface only).

/// Settings.
#[derive(Clone, Debug, Default)]
pub struct Settings {}

/// A member.
#[derive(Clone, Debug, PartialEq)]
pub struct Member {
    /// Id.
    pub response_id: i32,
    /// Jaccard.
    pub similarity: f32,
    /// Additions.
    pub additions: String,
}

/// A campaign.
#[derive(Clone, Debug, PartialEq)]
pub struct Campaign {
    /// Representative.
    pub representative: i32,
    /// Members.
    pub members: Vec<Member>,
}

/// Detects.
pub fn detect(_docs: &[(i32, &str)], _s: &Settings) -> Vec<Campaign> {
    Vec::new()
}
