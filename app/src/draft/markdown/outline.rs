//! Turns the flat list of headings and blocks into a titled outline with numbers and anchors.

use std::collections::{HashMap, HashSet};

use sha2::{Digest, Sha256};

use super::Node;
use crate::draft::{Block, DraftError, ParagraphDto, SectionDto};

/// Ids the page itself uses; a section whose slug equals one of them gets a suffix.
const RESERVED_IDS: [&str; 8] = [
    "main",
    "toc",
    "toc-list",
    "toc-toggle",
    "tidsplan-liste",
    "bilag-liste",
    "udkast",
    "indhold",
];

/// A parsed draft, ready to store as a new version.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedDraft {
    /// The document title.
    pub title: String,
    /// Sections in reading order, numbered, with anchors.
    pub sections: Vec<SectionDto>,
}

/// Builds the outline: the leading level-1 heading is the title, every other heading opens
/// a section, and every block must sit under a section.
pub(super) fn build(nodes: Vec<Node>) -> Result<ParsedDraft, DraftError> {
    let heading_count = nodes
        .iter()
        .filter(|n| matches!(n, Node::Heading { .. }))
        .count();
    let mut nodes = nodes.into_iter().peekable();
    let title = match nodes.peek() {
        Some(Node::Heading { level: 1, text, .. }) if heading_count > 1 => {
            let title = text.clone();
            nodes.next();
            Some(title)
        }
        Some(Node::Heading { .. }) => None,
        Some(Node::Block { line, .. }) if heading_count > 0 => {
            return Err(DraftError::TextBeforeFirstHeading { line: *line });
        }
        _ => return Err(DraftError::NoHeading),
    };
    let mut outline = Outline::default();
    for node in nodes {
        match node {
            Node::Heading { level, text, .. } => outline.open_section(level, text),
            Node::Block { line, block } => outline.add_block(line, block)?,
        }
    }
    let title = title.unwrap_or_else(|| outline.sections[0].heading.clone());
    Ok(ParsedDraft {
        title,
        sections: outline.sections,
    })
}

#[derive(Default)]
struct Outline {
    sections: Vec<SectionDto>,
    counters: Vec<u32>,
    min_level: Option<u32>,
    anchors: HashSet<String>,
    /// Base anchor → the suffix number it last got.
    next_suffix: HashMap<String, u32>,
    paragraph_count: u32,
}

impl Outline {
    fn open_section(&mut self, heading_level: u32, heading: String) {
        let min = *self.min_level.get_or_insert(heading_level);
        let wanted = heading_level.saturating_sub(min) as usize + 1;
        let depth = wanted.clamp(1, self.counters.len() + 1);
        self.counters.truncate(depth);
        if self.counters.len() < depth {
            self.counters.push(0);
        }
        self.counters[depth - 1] += 1;
        let number = self
            .counters
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(".");
        let mut slug = slugify(&heading);
        if RESERVED_IDS.contains(&slug.as_str()) {
            slug.push_str("-afsnit");
        }
        let anchor = self.unique(slug);
        self.sections.push(SectionDto {
            anchor,
            number,
            heading,
            level: depth as i32,
            paragraphs: Vec::new(),
            summaries: Vec::new(),
        });
    }

    fn add_block(&mut self, line: usize, block: Block) -> Result<(), DraftError> {
        if self.sections.is_empty() {
            return Err(DraftError::TextBeforeFirstHeading { line });
        }
        self.paragraph_count += 1;
        let anchor = self.unique(paragraph_anchor(&block));
        let paragraph = ParagraphDto {
            anchor,
            number: self.paragraph_count.to_string(),
            block,
        };
        if let Some(section) = self.sections.last_mut() {
            section.paragraphs.push(paragraph);
        }
        Ok(())
    }

    /// `base`, or `base-2`, `base-3`, … if taken. The search for a base resumes at the
    /// number it last reached (anchors are only ever added), so a thousand equal paragraphs
    /// cost a thousand steps, not half a million.
    fn unique(&mut self, base: String) -> String {
        let mut n = self.next_suffix.get(&base).copied().unwrap_or(1);
        let mut candidate = if n == 1 {
            base.clone()
        } else {
            format!("{base}-{n}")
        };
        while self.anchors.contains(&candidate) {
            n += 1;
            candidate = format!("{base}-{n}");
        }
        self.anchors.insert(candidate.clone());
        self.next_suffix.insert(base, n);
        candidate
    }
}

/// A paragraph's anchor: a short hash of its kind and text, so it only changes with them.
pub fn paragraph_anchor(block: &Block) -> String {
    format!("p-{}", &content_sha256(block)[..10])
}

/// The full SHA-256 (hex) of a block's kind and text.
pub fn content_sha256(block: &Block) -> String {
    let mut hasher = Sha256::new();
    hasher.update(block.kind().as_str().as_bytes());
    hasher.update([0]);
    hasher.update(block.body().as_bytes());
    if let Some(start) = block.list_start() {
        hasher.update(start.to_be_bytes());
    }
    hex::encode(hasher.finalize())
}

/// A URL fragment from a heading: lower case ASCII, Danish letters spelled out, dashes.
pub fn slugify(heading: &str) -> String {
    let mut slug = String::new();
    for c in heading.to_lowercase().chars() {
        match c {
            'æ' => slug.push_str("ae"),
            'ø' => slug.push_str("oe"),
            'å' => slug.push_str("aa"),
            'é' | 'è' | 'ê' => slug.push('e'),
            'ü' => slug.push('u'),
            'ö' => slug.push('o'),
            'ä' => slug.push('a'),
            c if c.is_ascii_alphanumeric() => slug.push(c),
            _ if !slug.ends_with('-') && !slug.is_empty() => slug.push('-'),
            _ => {}
        }
        if slug.len() >= 60 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-').to_owned();
    if slug.is_empty() {
        "afsnit".to_owned()
    } else {
        slug
    }
}
