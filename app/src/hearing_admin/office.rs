//! Word (`.docx`) and OpenDocument (`.odt`) drafts as Markdown, so they go through the same
//! parser as a Markdown file. Headings are taken from paragraph styles: Word's `Title` and
//! OpenDocument's `Title` become the document title (`#`), `Heading N` / `Overskrift N` and
//! `text:h` of outline level N become level N + 1; numbered or bulleted paragraphs become
//! list items; every other paragraph is text. Inline formatting is dropped, as Markdown
//! import drops it too. What is unpacked is bounded whatever the archive declares.

use std::io::{Cursor, Read};

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use crate::draft::markdown::MAX_DRAFT_BYTES;

/// The most XML read from the archive.
const MAX_XML_BYTES: u64 = 64 * 1024 * 1024;

/// Whether `bytes` is a zip archive (a Word or OpenDocument file), not Markdown.
pub fn is_office(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// One paragraph of the document.
#[derive(Debug, Default)]
struct Para {
    heading: Option<usize>,
    list: bool,
    text: String,
}

/// The document as Markdown; `None` when it is neither a readable Word nor OpenDocument
/// text.
pub fn to_markdown(bytes: &[u8]) -> Option<String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let word = archive.by_name("word/document.xml").is_ok();
    let part = if word {
        "word/document.xml"
    } else {
        "content.xml"
    };
    let entry = archive.by_name(part).ok()?;
    if entry.encrypted() {
        return None;
    }
    let mut reader = Reader::from_reader(std::io::BufReader::new(entry.take(MAX_XML_BYTES)));
    let paragraphs = walk(&mut reader, word)?;
    Some(render(&paragraphs))
}

fn walk<R: std::io::BufRead>(reader: &mut Reader<R>, word: bool) -> Option<Vec<Para>> {
    let (mut out, mut current, mut buffer) = (Vec::new(), None::<Para>, Vec::new());
    let (mut in_text, mut in_list, mut size) = (0usize, 0usize, 0usize);
    loop {
        let event = reader.read_event_into(&mut buffer).ok()?;
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(event, Event::Empty(_));
                start(e, word, empty, &mut current, (&mut in_text, &mut in_list));
            }
            Event::Text(t) if in_text > 0 => {
                if let Some(p) = current.as_mut() {
                    p.text.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) if in_text > 0 => {
                if let (Some(p), Some(c)) = (current.as_mut(), reference(r)) {
                    p.text.push_str(&c);
                }
            }
            Event::End(e) => {
                let name = e.name().0;
                if text_element(name, word) {
                    in_text = in_text.saturating_sub(1);
                }
                if name == "text:list-item" {
                    in_list = in_list.saturating_sub(1);
                }
                if paragraph_element(name, word)
                    && let Some(p) = current.take()
                {
                    size += p.text.len();
                    out.push(p);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buffer.clear();
        if size > MAX_DRAFT_BYTES {
            break;
        }
    }
    Some(out)
}

fn text_element(name: &str, word: bool) -> bool {
    if word {
        name == "w:t"
    } else {
        matches!(name, "text:p" | "text:h" | "text:span" | "text:a")
    }
}

fn paragraph_element(name: &str, word: bool) -> bool {
    if word {
        name == "w:p"
    } else {
        matches!(name, "text:p" | "text:h")
    }
}

fn attribute(e: &BytesStart<'_>, name: &str) -> Option<String> {
    let a = e.try_get_attribute(name).ok()??;
    Some(a.value.into_owned())
}

/// The heading level a style name stands for.
fn style_level(style: &str) -> Option<usize> {
    let style = style.to_ascii_lowercase().replace(' ', "");
    if style == "title" || style == "titel" {
        return Some(1);
    }
    let number = style
        .strip_prefix("heading")
        .or_else(|| style.strip_prefix("overskrift"))?;
    number
        .parse::<usize>()
        .ok()
        .filter(|n| (1..=5).contains(n))
        .map(|n| n + 1)
}

fn start(
    e: &BytesStart<'_>,
    word: bool,
    empty: bool,
    current: &mut Option<Para>,
    (in_text, in_list): (&mut usize, &mut usize),
) {
    let name = e.name().0;
    match name {
        "w:p" if !empty => *current = Some(Para::default()),
        "w:pStyle" => {
            if let (Some(p), Some(style)) = (current.as_mut(), attribute(e, "w:val")) {
                p.heading = style_level(&style);
            }
        }
        "w:numPr" => current.iter_mut().for_each(|p| p.list = true),
        "w:tab" | "w:br" | "w:cr" | "text:s" | "text:tab" | "text:line-break" => {
            current.iter_mut().for_each(|p| p.text.push(' '))
        }
        "text:list-item" if !empty => *in_list += 1,
        "text:h" | "text:p" if !empty && current.is_none() => {
            let level = attribute(e, "text:outline-level").and_then(|l| l.parse::<usize>().ok());
            let title = attribute(e, "text:style-name").and_then(|s| style_level(&s));
            *current = Some(Para {
                heading: if name == "text:h" {
                    Some(level.unwrap_or(1).clamp(1, 5) + 1)
                } else {
                    title
                },
                list: *in_list > 0,
                text: String::new(),
            });
        }
        _ => {}
    }
    if !empty && text_element(name, word) {
        *in_text += 1;
    }
}

fn reference(r: &quick_xml::events::BytesRef<'_>) -> Option<String> {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        return Some(c.to_string());
    }
    let name: &str = r.as_ref();
    quick_xml::escape::resolve_predefined_entity(name).map(str::to_owned)
}

/// The text written literally: every ASCII punctuation character (exactly the ones
/// CommonMark lets a backslash escape) gets one, so no text can turn into Markdown — not a
/// list (`1)`), a code fence (`~~~`), an entity (`&amp;`) nor anything else.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn render(paragraphs: &[Para]) -> String {
    let mut out = String::new();
    let mut previous_list = false;
    for p in paragraphs {
        let text = p.text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            continue;
        }
        let line = match (p.heading, p.list) {
            (Some(level), _) => format!("{} {}", "#".repeat(level), escape(&text)),
            (None, true) => format!("- {}", escape(&text)),
            (None, false) => escape(&text),
        };
        let list = p.list && p.heading.is_none();
        if !out.is_empty() {
            out.push_str(if list && previous_list { "\n" } else { "\n\n" });
        }
        out.push_str(&line);
        previous_list = list;
    }
    out.push('\n');
    out
}

#[cfg(test)]
#[path = "office_tests.rs"]
mod tests;
