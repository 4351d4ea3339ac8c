//! Where a request may send the browser next. Every redirect target taken from a request
//! (`?next=` of the language switch, the sign-in form's `next`) goes through
//! [`local_path`]: it is parsed as a URL the way a browser parses a `Location`, and only a
//! path on this site passes, re-serialised by the parser. A string test alone let
//! `/\t/evil.example` through (browsers drop the tab and go to `//evil.example`).

use percent_encoding::percent_decode_str;
use url::{Position, Url};

/// A stand-in origin to resolve targets against: a target that leaves it leaves Ordet.
const BASE: &str = "https://ordet.invalid/";

/// `target` as a path on this site (path, query and fragment, as the URL parser writes them),
/// or `None` when it could lead anywhere else: it must start with one `/`, hold no control
/// character or backslash (also percent-encoded), not start with an encoded `/`, and resolve
/// to the same origin to a path that does not itself start with `//`.
pub fn local_path(target: &str) -> Option<String> {
    if !plain_path(target) {
        return None;
    }
    let base = Url::parse(BASE).ok()?;
    let url = base.join(target).ok()?;
    if url.origin() != base.origin() {
        return None;
    }
    // Resolving can make a new start (`/.//evil.example` is the path `//evil.example`, which
    // a browser reads as a host of its own): the result must pass the same test.
    let path = &url[Position::BeforePath..];
    plain_path(path).then(|| path.to_owned())
}

/// Starts with one `/`, and neither as written nor percent-decoded holds a control character
/// or a backslash or starts with `//`.
fn plain_path(text: &str) -> bool {
    let decoded = percent_decode_str(text).decode_utf8_lossy();
    let sneaky = |text: &str| text.chars().any(|c| c.is_control() || c == '\\');
    text.starts_with('/')
        && !sneaky(text)
        && !sneaky(decoded.as_ref())
        && !text.starts_with("//")
        && !decoded.starts_with("//")
}

/// [`local_path`] of `target`, or `fallback` when there is none or it is not local.
pub fn local_or(target: Option<&str>, fallback: &str) -> String {
    target
        .and_then(local_path)
        .unwrap_or_else(|| fallback.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_targets_are_refused() {
        let hostile = [
            "",
            "//evil.example",
            "///evil.example",
            "/\\evil.example",
            "\\/evil.example",
            "\\\\evil.example",
            "/%09/evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/%0a/evil.example",
            "/%2F/evil.example",
            "/%2f/evil.example",
            "/%5C/evil.example",
            "/%5c%5cevil.example",
            "/.//evil.example",
            "/./%2F/evil.example",
            "https://evil.example",
            "http:evil.example",
            "//evil.example/%2e%2e",
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            " /x",
            "\t/x",
            "x",
            "/x\r\nSet-Cookie: a=b",
            "/x%0d%0aSet-Cookie:%20a=b",
            "/x\u{0}",
        ];
        for target in hostile {
            assert_eq!(local_path(target), None, "{target:?}");
            assert_eq!(local_or(Some(target), "/admin"), "/admin", "{target:?}");
        }
        assert_eq!(local_or(None, "/"), "/");
    }

    #[test]
    fn paths_on_this_site_pass_as_the_parser_writes_them() {
        let local = [
            ("/", "/"),
            ("/hearings/x", "/hearings/x"),
            (
                "/admin/hearings/x/responses?status=held&tag=bolig",
                "/admin/hearings/x/responses?status=held&tag=bolig",
            ),
            ("/hearings/x#svar-3", "/hearings/x#svar-3"),
            ("/hearings/x/../y", "/hearings/y"),
            (
                "/søg?q=æble og pære",
                "/s%C3%B8g?q=%C3%A6ble%20og%20p%C3%A6re",
            ),
            ("/hearings/x?q=a%2Fb", "/hearings/x?q=a%2Fb"),
            // Encoded twice it is a literal `%2F` in the path, which no browser decodes again.
            ("/%252F/x", "/%252F/x"),
        ];
        for (target, path) in local {
            assert_eq!(local_path(target).as_deref(), Some(path), "{target:?}");
        }
    }
}
