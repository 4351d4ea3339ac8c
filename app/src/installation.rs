//! The facts of the installation — the municipality running Ordet — that its pages state
//! (`crate::site`): read from the environment at start-up (`server::config_site`) and carried
//! in the app state. A lower layer: data only.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The facts of one installation that its privacy notice and accessibility statement state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Installation {
    /// The data controller (the municipality, or its administration).
    pub controller_name: String,
    /// Its postal address.
    pub controller_address: String,
    /// Its e-mail address.
    pub controller_email: String,
    /// Its telephone number.
    pub controller_phone: String,
    /// The data protection officer's e-mail address.
    pub dpo_email: String,
    /// Where to write about accessibility.
    pub accessibility_email: String,
    /// Where to call about accessibility.
    pub accessibility_phone: String,
    /// When the accessibility statement was made.
    pub statement_date: NaiveDate,
    /// What is known not to be accessible, one item each.
    pub known_issues: Vec<String>,
    /// How many months after a hearing's deadline respondents' personal data are kept.
    pub retention_months: u32,
    /// Some value is the demo's default, not the installation's: the pages say so.
    pub demo: bool,
}
