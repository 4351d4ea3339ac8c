//! The one `<textarea>` every form uses, and the text of the elements HTML reads as raw text.
//!
//! tachys writes the children of `<textarea>` (and leptos_meta the page's `<title>`) into the
//! server's HTML without escaping them: both are "raw text" elements to the HTML parser, so a
//! value holding `</textarea>` or `</title>` would end the element and the rest would be
//! read as markup — a stored remark or hearing title becomes a script in every reader's
//! browser. The HTML parser decodes entities inside both elements, so [`raw_text`] escapes on
//! the server and the reader sees exactly what was written; in the browser the text goes into
//! the DOM as a text node and must stay as it is. A test below refuses any other
//! `<textarea` in `app/src`.

use leptos::prelude::*;

/// A `<textarea>` holding `value`, safe whatever `value` is (typed, re-shown after a refusal,
/// or read from the database).
#[component]
pub fn Textarea(
    /// The element's id (its label's `for`).
    #[prop(into)]
    id: String,
    /// The form field's name.
    #[prop(into)]
    name: String,
    /// The text shown in the field.
    value: String,
    /// Visible lines.
    rows: u32,
    /// Whether the field was refused (`aria-invalid`).
    #[prop(optional)]
    invalid: bool,
    /// Ids of the hint and message describing the field.
    #[prop(optional_no_strip)]
    described_by: Option<String>,
    /// The language the field is written in, when it is not the page's (`lang`, `dir`).
    #[prop(optional_no_strip)]
    lang: Option<crate::i18n::Locale>,
) -> impl IntoView {
    let dir = lang.map(|l| l.direction().as_str());
    let lang = lang.map(|l| l.code());
    view! {
        <textarea id=id name=name rows=rows.to_string() lang=lang dir=dir
            aria-invalid=invalid.then_some("true") aria-describedby=described_by>
            {raw_text(value)}
        </textarea>
    }
}

/// `text` as it must be written inside `<textarea>` or `<title>`: escaped in the server's HTML,
/// unchanged in the browser (where it becomes a DOM text node).
pub fn raw_text(text: String) -> String {
    if cfg!(feature = "ssr") {
        escape(&text)
    } else {
        text
    }
}

/// Escapes the characters that could end a raw-text element or start an entity.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    const HOSTILE: &str = "</textarea><script>alert(1)</script> & </title>";

    #[test]
    fn a_hostile_value_stays_text_inside_the_field() {
        let html =
            view! { <Textarea id="f" name="remark" value=HOSTILE.to_owned() rows=3 /> }.to_html();
        assert!(!html.contains("<script>"), "{html}");
        assert!(!html.contains("</title>"), "{html}");
        assert!(
            html.contains(
                "&lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;/title&gt;"
            ),
            "{html}"
        );
        assert_eq!(html.matches("</textarea>").count(), 1, "{html}");
    }

    /// Every `<textarea` in the application's source, outside this file: each must be this
    /// component, because a raw one writes its text unescaped.
    #[test]
    fn no_form_writes_a_textarea_of_its_own() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut found = Vec::new();
        visit(&root, &mut found);
        assert!(
            found.is_empty(),
            "use crate::web::textarea::Textarea instead of a raw <textarea> in: {found:?}"
        );
    }

    fn visit(dir: &std::path::Path, found: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).expect("app/src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                visit(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("textarea.rs")
            {
                let source = std::fs::read_to_string(&path).expect("a source file");
                if source.contains(&format!("<{}", "textarea")) {
                    found.push(path.display().to_string());
                }
            }
        }
    }
}
