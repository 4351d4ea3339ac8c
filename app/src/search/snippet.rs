//! A snippet as the server sends it (HTML-escaped text, the matched words in `<mark>`) shown
//! as text and `<mark>` elements. The snippet is split into pieces and unescaped, and each
//! piece is rendered as text: nothing in it ever becomes markup but the marks.

use leptos::prelude::*;

/// The pieces of `snippet`, each with whether it is a matched word, unescaped; empty pieces
/// are left out and neighbours of the same kind joined.
pub fn pieces(snippet: &str) -> Vec<(String, bool)> {
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut push = |text: &str, marked: bool| {
        let text = unescape(text);
        if text.is_empty() {
            return;
        }
        match out.last_mut() {
            Some((last, was)) if *was == marked => last.push_str(&text),
            _ => out.push((text, marked)),
        }
    };
    let mut rest = snippet;
    while let Some(start) = rest.find("<mark>") {
        push(&rest[..start], false);
        let inner = &rest[start + "<mark>".len()..];
        let end = inner.find("</mark>").unwrap_or(inner.len());
        push(&inner[..end], true);
        rest = inner.get(end + "</mark>".len()..).unwrap_or("");
    }
    push(rest, false);
    out
}

/// The text of an HTML-escaped string (the five entities the server writes).
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// A result's snippet: the best passage with the matched words marked.
#[component]
pub fn Snippet(
    /// The snippet as the server sent it.
    snippet: String,
    /// The language detected in the text, if any (the passage also finds its own direction).
    language: Option<String>,
) -> impl IntoView {
    view! {
        <p class="snippet" lang=language dir="auto">
            {pieces(&snippet)
                .into_iter()
                .map(|(text, marked)| {
                    if marked {
                        view! { <mark>{text}</mark> }.into_any()
                    } else {
                        text.into_any()
                    }
                })
                .collect_view()}
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_become_pieces_and_escapes_become_text() {
        let pieces =
            pieces("Flere <mark>boliger</mark> &amp; &lt;script&gt; til <mark>ældre</mark>");
        assert_eq!(
            pieces,
            vec![
                ("Flere ".to_owned(), false),
                ("boliger".to_owned(), true),
                (" & <script> til ".to_owned(), false),
                ("ældre".to_owned(), true),
            ]
        );
    }

    #[test]
    fn an_unclosed_mark_and_empty_pieces_are_harmless() {
        assert_eq!(pieces(""), Vec::<(String, bool)>::new());
        assert_eq!(
            pieces("<mark>a</mark><mark>b</mark>&quot;&#x27;<mark>c"),
            vec![
                ("ab".to_owned(), true),
                ("\"'".to_owned(), false),
                ("c".to_owned(), true)
            ]
        );
        assert_eq!(pieces("&amp;lt;"), vec![("&lt;".to_owned(), false)]);
    }
}
