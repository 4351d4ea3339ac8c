//! Text from Word (`word/document.xml`) and OpenDocument (`content.xml`) files: the text
//! runs in document order, with a line break after each paragraph. What is unpacked is
//! bounded by [`MAX_XML_BYTES`] whatever the archive declares.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

use quick_xml::Reader;
use quick_xml::events::Event;

use super::{ExtractError, MAX_TEXT_CHARS, MAX_XML_BYTES};

/// How one format marks its text.
struct Markup {
    /// The part holding the body text.
    part: &'static str,
    /// Elements whose text is content.
    text: &'static [&'static str],
    /// Elements that end a paragraph.
    paragraph: &'static [&'static str],
    /// Empty elements that stand for a line break.
    line_break: &'static [&'static str],
    /// Empty elements that stand for a tab.
    tab: &'static [&'static str],
    /// Empty elements that stand for a space.
    space: &'static [&'static str],
}

const DOCX: Markup = Markup {
    part: "word/document.xml",
    text: &["w:t"],
    paragraph: &["w:p"],
    line_break: &["w:br", "w:cr"],
    tab: &["w:tab"],
    space: &[],
};

const ODT: Markup = Markup {
    part: "content.xml",
    text: &["text:p", "text:h", "text:span", "text:a"],
    paragraph: &["text:p", "text:h"],
    line_break: &["text:line-break"],
    tab: &["text:tab"],
    space: &["text:s"],
};

/// The text of a Word document.
pub fn docx_text(path: &Path) -> Result<String, ExtractError> {
    text(path, &DOCX)
}

/// The text of an OpenDocument text.
pub fn odt_text(path: &Path) -> Result<String, ExtractError> {
    text(path, &ODT)
}

fn text(path: &Path, markup: &Markup) -> Result<String, ExtractError> {
    let malformed = |e: &dyn std::fmt::Display| ExtractError::Malformed(e.to_string());
    let file = File::open(path).map_err(|e| malformed(&e))?;
    let mut archive = zip::ZipArchive::new(BufReader::new(file)).map_err(|e| malformed(&e))?;
    let entry = archive.by_name(markup.part).map_err(|e| malformed(&e))?;
    if entry.encrypted() {
        return Err(ExtractError::Encrypted);
    }
    let mut reader = Reader::from_reader(BufReader::new(entry.take(MAX_XML_BYTES)));
    let mut buffer = Vec::new();
    let mut out = String::new();
    let mut depth_in_text = 0usize;
    loop {
        match reader.read_event_into(&mut buffer) {
            Ok(Event::Start(e)) if markup.text.contains(&e.name().0) => depth_in_text += 1,
            Ok(Event::End(e)) => {
                let name = e.name().0;
                if markup.text.contains(&name) {
                    depth_in_text = depth_in_text.saturating_sub(1);
                }
                if markup.paragraph.contains(&name) {
                    out.push('\n');
                }
            }
            Ok(Event::Empty(e)) => {
                let name = e.name().0;
                if markup.line_break.contains(&name) || markup.paragraph.contains(&name) {
                    out.push('\n');
                } else if markup.tab.contains(&name) {
                    out.push('\t');
                } else if markup.space.contains(&name) {
                    out.push(' ');
                }
            }
            Ok(Event::Text(t)) if depth_in_text > 0 => {
                out.push_str(&t.xml10_content());
            }
            Ok(Event::GeneralRef(r)) if depth_in_text > 0 => {
                out.push_str(&resolve_reference(&r).unwrap_or_default());
            }
            Ok(Event::Eof) => break,
            Err(error) => return Err(malformed(&error)),
            Ok(_) => {}
        }
        buffer.clear();
        if out.len() > MAX_TEXT_CHARS * 4 {
            break;
        }
    }
    Ok(out)
}

/// `&amp;`, `&#230;` and the like, as the character they stand for.
fn resolve_reference(reference: &quick_xml::events::BytesRef<'_>) -> Option<String> {
    if let Ok(Some(c)) = reference.resolve_char_ref() {
        return Some(c.to_string());
    }
    let name: &str = reference.as_ref();
    quick_xml::escape::resolve_predefined_entity(name).map(str::to_owned)
}
