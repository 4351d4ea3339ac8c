//! The installation's own pages: the privacy notice (`/privacy`) and the accessibility
//! statement (`/accessibility`). What they state about the municipality running Ordet — who
//! is the data controller, whom to write or call, how long data are kept, when the statement
//! was made and what is known not to be accessible — is one struct of facts, [`Installation`],
//! read from the environment at start-up (`server::config_site`) and carried in the app state.

mod accessibility_view;
mod privacy_view;

pub use accessibility_view::AccessibilityPage;
pub use privacy_view::PrivacyPage;

use chrono::NaiveDate;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

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

/// The installation's facts, for the pages.
#[server(prefix = "/sf", endpoint = "load_installation")]
pub async fn load_installation() -> Result<Installation, AppError> {
    Ok(crate::state::app_state()?.site.as_ref().clone())
}

/// A visible note that the page shows the demo's example values.
#[component]
fn DemoNote(demo: bool) -> impl IntoView {
    let t = crate::i18n::use_messages();
    demo.then(|| view! { <p class="site-demo-note"><strong>{t.site_demo_note()}</strong></p> })
}

/// `mailto:` and `tel:` links.
fn mailto(address: &str) -> String {
    format!("mailto:{address}")
}

fn tel(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn phone_links_keep_digits_and_the_plus() {
        assert_eq!(super::tel("+45 33 66 33 66"), "tel:+4533663366");
        assert_eq!(super::mailto("a@b.dk"), "mailto:a@b.dk");
    }
}
