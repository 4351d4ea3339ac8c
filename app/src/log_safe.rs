//! What may go into a log line: ids, never e-mail addresses, names or response text. Most
//! lines log ids and counts only; an error's text is the exception, since a library writes
//! into it what it was given — an SMTP server's answer names the recipient it refused, an
//! address parser quotes the address. [`scrub`] takes every e-mail address out of such a text
//! before it is logged.

use std::fmt;
use std::sync::LazyLock;

use regex::Regex;

/// Something shaped like an e-mail address: a local part and a domain around one `@`.
static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"[^\s<>()\[\]{}"',;:@]+@[^\s<>()\[\]{}"',;:@]+"#)
        .expect("the address pattern compiles")
});

/// `text` with every e-mail address replaced by `<address>`.
pub fn scrub(text: &str) -> String {
    ADDRESS.replace_all(text, "<address>").into_owned()
}

/// An error as a log line may show it: its text with addresses scrubbed
/// (`tracing::warn!(error = %Scrubbed(&error), …)`).
pub struct Scrubbed<'a, E: ?Sized>(pub &'a E);

impl<E: fmt::Display + ?Sized> fmt::Display for Scrubbed<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&scrub(&self.0.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_taken_out_and_the_rest_is_kept() {
        let smtp = "permanent error (550): 5.1.1 <ida.hansen+høring@example.dk>: Recipient \
            address rejected; also \"Bo\" bo@kk.dk, and x@y";
        assert_eq!(
            scrub(smtp),
            "permanent error (550): 5.1.1 <<address>>: Recipient address rejected; also \
             \"Bo\" <address>, and <address>"
        );
        assert_eq!(
            scrub("connection refused (os error 111)"),
            "connection refused (os error 111)"
        );
        let error = std::io::Error::other("invalid address: ida@example.dk");
        assert_eq!(Scrubbed(&error).to_string(), "invalid address: <address>");
    }
}
