//! Word (`.docx`) and OpenDocument (`.odt`) drafts as Markdown, so they go through the same
//! parser as a Markdown file. Headings are taken from paragraph styles: Word's `Title` and
//! OpenDocument's `Title` become the document title (`#`), `Heading N` / `Overskrift N` and
//! `text:h` of outline level N become level N + 1; numbered or bulleted paragraphs become
//! list items; every other paragraph is text. Inline formatting is dropped, as Markdown
//! import drops it too. What is unpacked is bounded whatever the archive declares.

use std::io::Cursor;
use std::ops::ControlFlow;

use crate::draft::markdown::MAX_DRAFT_BYTES;
use crate::office::{Document, Format, Item, Opening};

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
    let mut document = Document::open(Cursor::new(bytes), None).ok()?;
    let mut paragraphs = Paragraphs {
        word: document.format() == Format::Word,
        ..Paragraphs::default()
    };
    document.walk(|item| paragraphs.take(item)).ok()?;
    Some(render(&paragraphs.done))
}

/// The paragraphs read so far, and the one being read.
#[derive(Default)]
struct Paragraphs {
    word: bool,
    done: Vec<Para>,
    current: Option<Para>,
    in_list: usize,
    size: usize,
}

impl Paragraphs {
    /// Takes in one item of the document; breaks once the paragraphs hold a whole draft.
    fn take(&mut self, item: Item<'_>) -> ControlFlow<()> {
        match item {
            Item::Open(opening) => self.open(&opening),
            Item::Close => {
                if let Some(p) = self.current.take() {
                    self.size += p.text.len();
                    self.done.push(p);
                }
            }
            Item::Text(text) => self.current.iter_mut().for_each(|p| p.text.push_str(text)),
            Item::Gap(_) => self.current.iter_mut().for_each(|p| p.text.push(' ')),
            Item::Style(style) => {
                if let Some(p) = self.current.as_mut() {
                    p.heading = style_level(&style);
                }
            }
            Item::Numbered => self.current.iter_mut().for_each(|p| p.list = true),
            Item::ListItem(true) => self.in_list += 1,
            Item::ListItem(false) => self.in_list = self.in_list.saturating_sub(1),
            Item::Blank => {}
        }
        if self.size > MAX_DRAFT_BYTES {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    }

    /// A Word paragraph starts afresh; an OpenDocument one inside another (a note) adds to
    /// it. An OpenDocument heading's level is its outline level, a paragraph's its style's.
    fn open(&mut self, opening: &Opening<'_>) {
        if self.word {
            self.current = Some(Para::default());
        } else if self.current.is_none() {
            let heading = if opening.is_heading() {
                Some(opening.outline_level().unwrap_or(1).clamp(1, 5) + 1)
            } else {
                opening.style().and_then(|s| style_level(&s))
            };
            self.current = Some(Para {
                heading,
                list: self.in_list > 0,
                text: String::new(),
            });
        }
    }
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
