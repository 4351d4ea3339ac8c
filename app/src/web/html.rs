//! Text written into HTML by hand (mails' HTML part, a search snippet without a match), where
//! no view escapes it.

/// Escapes text for HTML element content (and a quoted attribute).
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
