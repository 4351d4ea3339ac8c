//! Ordet's vocabulary: the closed sets of values it stores as text (a digest's kind, later a
//! response's status, a respondent's kind, …; issue 20), each a Rust enum, so a forgotten
//! value does not compile and a set is written once.
//!
//! Each enum's stored, JSON and form name is its variant in `snake_case` (strum's `Display` /
//! `FromStr`, `as_str`, `ALL`), and with the `ssr` feature it is a sea-orm value stored as that
//! text (`DeriveValueType`): the schema and every stored value stay as they were. A lower
//! layer: it imports no domain, and builds for the browser too. Labels for people stay in
//! `i18n`.

/// Which digest a `digest_run` is.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    strum::Display,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[cfg_attr(
    feature = "ssr",
    derive(sea_orm::DeriveValueType),
    sea_orm(value_type = "String")
)]
pub enum DigestKind {
    /// Every week while the hearing is open.
    Weekly,
    /// Before the final proposal.
    Final,
    /// Sent by an official now.
    Manual,
}

impl DigestKind {
    /// Every kind, in declaration order.
    pub const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The kind a stored or typed name names.
    pub fn parse(value: &str) -> Option<Self> {
        value.parse().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_digest_kind_reads_back_from_its_stored_name() {
        let names: Vec<&str> = DigestKind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(names, ["weekly", "final", "manual"]);
        for kind in DigestKind::ALL {
            assert_eq!(DigestKind::parse(kind.as_str()), Some(*kind));
            assert_eq!(kind.to_string(), kind.as_str());
        }
        assert_eq!(DigestKind::parse("daily"), None);
        assert_eq!(DigestKind::parse("Weekly"), None, "stored names are exact");
    }
}
