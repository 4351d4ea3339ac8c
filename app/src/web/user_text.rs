//! The one element for text a person wrote (a response, a quoted passage of one): marked with
//! the language detected when it came in, and laid out in its own direction.
//!
//! A response is not in the page's language: an Arabic response on a Danish page, a Danish one
//! on an Arabic page. Marking the whole item (`<article lang>`) would also mark its name, date
//! and svarnummer, which are in the reader's language, so a screen reader read those in the
//! response's voice; an unmarked direction left Arabic text running left to right. So the text
//! alone carries `lang` (none when no language was detected: it inherits the page's) and
//! `dir="auto"`: its first strong letter decides, as HTML advises for text the site did not
//! write.

use leptos::prelude::*;

/// A paragraph of text a person wrote, in `language` (a BCP 47 code), in its own direction.
#[component]
pub fn UserText(
    /// The text, shown as it was written (line breaks kept by the class's style).
    text: String,
    /// The language detected at intake, if any.
    language: Option<String>,
    /// The paragraph's class.
    #[prop(default = "response-text")]
    class: &'static str,
) -> impl IntoView {
    view! { <p class=class lang=language dir="auto">{text}</p> }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn the_text_carries_its_language_and_finds_its_direction() {
        let html = view! { <UserText text="مرحبا".into() language=Some("ar".into()) /> }.to_html();
        assert!(
            html.starts_with(r#"<p lang="ar" dir="auto" class="response-text">مرحبا"#),
            "{html}"
        );
        let unknown = view! { <UserText text="?".into() language=None /> }.to_html();
        assert!(!unknown.contains("lang="), "{unknown}");
    }
}
