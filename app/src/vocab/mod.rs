//! Ordet's vocabulary: the closed sets of values it stores as text (a response's status, a
//! respondent's kind, a digest's kind, …; issue 20), each a Rust enum, so a forgotten value
//! does not compile and a set is written once.
//!
//! Every enum is declared through [`vocabulary!`]: its stored, JSON and form name is its
//! variant in `snake_case` (strum's `Display` / `FromStr`, serde, `as_str`, `parse`, `ALL`),
//! and with the `ssr` feature it is a sea-orm value stored as that text (`DeriveValueType`;
//! the schema and every stored value stay as they were) and an OpenAPI schema listing the
//! names. A lower layer: it imports no domain, and builds for the browser too. The names
//! people read live in `i18n::VocabMessages`.

mod digest;
mod hearing;
mod people;
mod response;
mod tokens;

pub use digest::{DigestKind, MailStatus, RemarkTarget, ThemeReason};
pub use hearing::{BlockKind, HearingState, MilestoneKind, PartyKind, PublicationPolicy};
pub use people::{ErasureStatus, RespondentKind, Role};
pub use response::{Channel, Extraction, ResponseStatus, Stance};
pub use tokens::{AccountTokenPurpose, ResponseTokenPurpose, RightsTokenPurpose};

/// Declares a vocabulary enum: the derives, `ALL` (declaration order), `as_str` and `parse`.
/// Attributes before the enum and before each variant are kept (docs, `strum(serialize)`,
/// extra derives).
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord,
            serde::Serialize, serde::Deserialize,
            strum::Display, strum::EnumString, strum::IntoStaticStr, strum::VariantNames,
        )]
        #[serde(rename_all = "snake_case")]
        #[strum(serialize_all = "snake_case")]
        #[cfg_attr(
            feature = "ssr",
            derive(sea_orm::DeriveValueType, utoipa::ToSchema),
            sea_orm(value_type = "String")
        )]
        pub enum $name {
            $( $(#[$variant_meta])* $variant ),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The stored (and JSON, and form) name.
            pub fn as_str(self) -> &'static str {
                self.into()
            }

            /// The value a stored or typed name names; names are exact.
            pub fn parse(value: &str) -> Option<Self> {
                value.parse().ok()
            }
        }

        // May be part of a primary key (`response_tally.status`); never a generated one.
        #[cfg(feature = "ssr")]
        impl sea_orm::TryFromU64 for $name {
            fn try_from_u64(_: u64) -> Result<Self, sea_orm::DbErr> {
                Err(sea_orm::DbErr::ConvertFromU64(stringify!($name)))
            }
        }
    };
}
pub(crate) use vocabulary;

#[cfg(test)]
mod tests;
