//! The installation's own pages: the privacy notice (`/privacy`) and the accessibility
//! statement (`/accessibility`). What they state about the municipality running Ordet — who
//! is the data controller, whom to write or call, how long data are kept, when the statement
//! was made and what is known not to be accessible — is one struct of facts, [`Installation`],
//! read from the environment at start-up (`server::config_site`) and carried in the app state.

mod accessibility_view;
mod privacy_view;

pub use accessibility_view::AccessibilityPage;
pub use privacy_view::PrivacyPage;

pub use crate::installation::Installation;

use leptos::prelude::*;

use crate::error::AppError;

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
