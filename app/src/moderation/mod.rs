//! Moderation: what holds a response back from publication and what officials decide about
//! it. The personal-data guard holds a response whose text or files seem to hold a CPR
//! number; officials publish, hold or reject with a reason. Every official's action is written
//! to the append-only audit log in the same transaction.

pub mod actions;
pub mod api;
pub mod audit;
mod personal_data;

pub use personal_data::hold_for_personal_data;

/// The held reason for a suspected CPR number.
pub const PERSONAL_DATA: &str = "personal_data";
