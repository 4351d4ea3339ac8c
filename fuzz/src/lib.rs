//! What the fuzz targets share: a scratch file for the parsers that read a path, Word and
//! OpenDocument files built from structured input, and the search query written back as
//! text.

use std::io::{Cursor, Write};
use std::path::PathBuf;
use std::sync::OnceLock;

use app::draft::Block;
use app::draft::markdown::ParsedDraft;
use app::search::query::{Atom, Parsed};

/// Writes `bytes` to this process's scratch file and returns its path. The file lives in a
/// temporary directory (on `/dev/shm` when there is one) that is removed at exit.
pub fn scratch_file(bytes: &[u8]) -> PathBuf {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    let dir = DIR.get_or_init(|| {
        let shm = std::path::Path::new("/dev/shm");
        let builder = tempfile::Builder::new()
            .prefix("ordet-fuzz")
            .tempdir_in(shm);
        builder
            .or_else(|_| tempfile::tempdir())
            .expect("a scratch directory")
    });
    let path = dir.path().join("input");
    std::fs::write(&path, bytes).expect("the scratch file is writable");
    path
}

/// A zip archive with these entries, stored as `deflate`.
pub fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, content) in entries {
        let options = zip::write::SimpleFileOptions::default();
        writer.start_file(*name, options).expect("zip entry");
        writer.write_all(content).expect("zip write");
    }
    writer.finish().expect("zip finish").into_inner()
}

/// Text as XML character data.
pub fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A paragraph of a generated document.
#[derive(Debug, Clone, arbitrary::Arbitrary)]
pub struct Paragraph {
    /// 0 plain, 1 title, 2..=6 heading 1..=5, higher plain.
    pub style: u8,
    /// Numbered or bulleted.
    pub list: bool,
    /// The text as the author typed it.
    pub text: String,
}

impl Paragraph {
    /// Whether Word could hold this text: no control characters but tab and line breaks.
    pub fn is_typable(&self) -> bool {
        self.text
            .chars()
            .all(|c| !c.is_control() && c != '\u{fffe}' && c != '\u{ffff}')
    }

    fn word_style(&self) -> Option<String> {
        match self.style {
            1 => Some("Title".to_owned()),
            n @ 2..=6 => Some(format!("Heading{}", n - 1)),
            _ => None,
        }
    }
}

/// A Word document (`word/document.xml` only) with these paragraphs.
pub fn docx(paragraphs: &[Paragraph]) -> Vec<u8> {
    let body: String = paragraphs
        .iter()
        .map(|p| {
            let style = p
                .word_style()
                .map(|s| format!("<w:pStyle w:val=\"{s}\"/>"))
                .unwrap_or_default();
            let list = if p.list {
                "<w:numPr><w:ilvl w:val=\"0\"/></w:numPr>"
            } else {
                ""
            };
            format!(
                "<w:p><w:pPr>{style}{list}</w:pPr><w:r><w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
                xml_escape(&p.text)
            )
        })
        .collect();
    let document = format!(
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    );
    zip(&[("word/document.xml", document.as_bytes())])
}

/// Every text of a parsed draft in reading order: headings, paragraphs, list items, cells.
pub fn draft_texts(draft: &ParsedDraft) -> Vec<String> {
    let mut out = Vec::new();
    for section in &draft.sections {
        out.push(section.heading.clone());
        for paragraph in &section.paragraphs {
            match &paragraph.block {
                Block::Text { text } => out.push(text.clone()),
                Block::OrderedList { items, .. } | Block::BulletList { items } => {
                    out.extend(items.iter().cloned())
                }
                Block::Table { rows } => out.extend(rows.iter().flatten().cloned()),
            }
        }
    }
    out
}

/// The query as text the search box would parse back to the same query.
pub fn query_text(query: &Parsed) -> String {
    let atom = |atom: &Atom| match atom {
        Atom::Word(word) => word.clone(),
        Atom::Phrase(phrase) => format!("\"{phrase}\""),
    };
    let mut parts: Vec<String> = query
        .must
        .iter()
        .map(|any| any.iter().map(atom).collect::<Vec<_>>().join(" OR "))
        .collect();
    parts.extend(query.must_not.iter().map(|a| format!("-{}", atom(a))));
    parts.extend(
        query
            .filters
            .iter()
            .map(|(field, value)| format!("{}:{value}", field.key())),
    );
    parts.join(" ")
}
