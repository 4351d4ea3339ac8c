//! Markdown → draft: headings become sections, paragraphs paragraphs, lists and tables are
//! kept whole. Anchors are derived from content, so they survive a new version wherever the
//! text did not change.

mod lines;
mod outline;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::{Block, DraftError};
pub use outline::{ParsedDraft, content_sha256, paragraph_anchor, slugify};

/// The largest draft accepted; real policy drafts are far below it.
pub const MAX_DRAFT_BYTES: usize = 2 * 1024 * 1024;

/// A heading or a block, with the line it starts on.
#[derive(Debug, Clone, PartialEq)]
enum Node {
    Heading {
        line: usize,
        level: u32,
        text: String,
    },
    Block {
        line: usize,
        block: Block,
    },
}

/// Parses a Markdown draft from raw bytes, checking size and encoding first.
pub fn parse(source: &[u8]) -> Result<ParsedDraft, DraftError> {
    if source.len() > MAX_DRAFT_BYTES {
        return Err(DraftError::TooLarge {
            bytes: source.len(),
            max: MAX_DRAFT_BYTES,
        });
    }
    let text = std::str::from_utf8(source).map_err(|error| DraftError::InvalidUtf8 {
        line: line_of(source, error.valid_up_to()),
    })?;
    if text.trim().is_empty() {
        return Err(DraftError::Empty);
    }
    outline::build(nodes(text))
}

/// The 1-based line that byte `offset` lies on.
fn line_of(source: &[u8], offset: usize) -> usize {
    source[..offset.min(source.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// Walks the Markdown events and collects headings and blocks in document order.
fn nodes(text: &str) -> Vec<Node> {
    let lines = lines::Lines::new(text);
    let mut walker = Walker::default();
    for (event, range) in Parser::new_ext(text, Options::ENABLE_TABLES).into_offset_iter() {
        walker.line = lines.of(range.start);
        walker.event(event);
    }
    walker.nodes
}

#[derive(Default)]
struct Walker {
    nodes: Vec<Node>,
    line: usize,
    start_line: usize,
    buffer: String,
    list_depth: usize,
    list: Option<(Option<u64>, Vec<String>)>,
    table: Option<Vec<Vec<String>>>,
    row: Vec<String>,
}

impl Walker {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) | Event::Code(text) | Event::Html(text) | Event::InlineHtml(text) => {
                self.buffer.push_str(&text)
            }
            Event::SoftBreak => self.buffer.push(' '),
            Event::HardBreak => self.buffer.push('\n'),
            _ => {}
        }
    }

    fn in_container(&self) -> bool {
        self.list.is_some() || self.table.is_some()
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Heading { .. } | Tag::CodeBlock(_) => self.begin_block(),
            Tag::Paragraph if !self.in_container() => self.begin_block(),
            Tag::List(start) => {
                self.list_depth += 1;
                if self.list_depth == 1 {
                    self.start_line = self.line;
                    self.list = Some((start, Vec::new()));
                }
            }
            Tag::Item if self.list_depth == 1 => self.buffer.clear(),
            Tag::Item => self.buffer.push_str("; "),
            Tag::Table(_) => {
                self.start_line = self.line;
                self.table = Some(Vec::new());
            }
            Tag::TableHead | Tag::TableRow => self.row.clear(),
            Tag::TableCell => self.buffer.clear(),
            _ => {}
        }
    }

    fn begin_block(&mut self) {
        self.buffer.clear();
        self.start_line = self.line;
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(level) => {
                let text = single_line(&self.buffer);
                self.nodes.push(Node::Heading {
                    line: self.start_line,
                    level: level as u32,
                    text,
                });
            }
            TagEnd::Paragraph if !self.in_container() => self.push_text(),
            TagEnd::Paragraph => self.buffer.push(' '),
            TagEnd::CodeBlock => self.push_text(),
            TagEnd::Item if self.list_depth == 1 => {
                let item = single_line(&self.buffer);
                if let Some((_, items)) = self.list.as_mut().filter(|_| !item.is_empty()) {
                    items.push(item);
                }
            }
            TagEnd::List(_) => self.end_list(),
            TagEnd::TableCell => self.row.push(single_line(&self.buffer)),
            TagEnd::TableHead | TagEnd::TableRow => {
                let row = std::mem::take(&mut self.row);
                self.table.get_or_insert_with(Vec::new).push(row);
            }
            TagEnd::Table => {
                let rows = self.table.take().unwrap_or_default();
                self.push_block(Block::Table { rows });
            }
            _ => {}
        }
    }

    fn end_list(&mut self) {
        self.list_depth = self.list_depth.saturating_sub(1);
        if self.list_depth > 0 {
            return;
        }
        if let Some((start, items)) = self.list.take() {
            let block = match start {
                Some(start) => Block::OrderedList {
                    start: u32::try_from(start).unwrap_or(1),
                    items,
                },
                None => Block::BulletList { items },
            };
            self.push_block(block);
        }
    }

    fn push_text(&mut self) {
        let text = multi_line(&self.buffer);
        self.push_block(Block::Text { text });
    }

    fn push_block(&mut self, block: Block) {
        let empty = match &block {
            Block::Text { text } => text.is_empty(),
            Block::OrderedList { items, .. } | Block::BulletList { items } => items.is_empty(),
            Block::Table { rows } => rows.is_empty(),
        };
        if !empty {
            self.nodes.push(Node::Block {
                line: self.start_line,
                block,
            });
        }
    }
}

/// Collapses all whitespace, line breaks and tabs included, to single spaces.
fn single_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Collapses whitespace within lines but keeps the line breaks, dropping empty lines.
fn multi_line(text: &str) -> String {
    text.lines()
        .map(single_line)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(source: &str) -> ParsedDraft {
        parse(source.as_bytes()).expect("valid draft")
    }

    #[test]
    fn headings_become_numbered_sections_under_the_title() {
        let draft = parsed("# Titel\n\n## Første\n\nA\n\n### Under\n\nB\n\n## Anden\n\nC\n");
        assert_eq!(draft.title, "Titel");
        let outline: Vec<(&str, &str, i32)> = draft
            .sections
            .iter()
            .map(|s| (s.number.as_str(), s.heading.as_str(), s.level))
            .collect();
        assert_eq!(
            outline,
            [("1", "Første", 1), ("1.1", "Under", 2), ("2", "Anden", 1)]
        );
        let numbers: Vec<&str> = draft
            .sections
            .iter()
            .flat_map(|s| &s.paragraphs)
            .map(|p| p.number.as_str())
            .collect();
        assert_eq!(numbers, ["1", "2", "3"]);
    }

    #[test]
    fn numbered_lists_keep_their_start_and_tables_their_rows() {
        let draft = parsed("# T\n\n## A\n\n3. tre\n4. fire\n\n| x | y |\n|---|---|\n| 1 | 2 |\n");
        let blocks: Vec<&Block> = draft.sections[0]
            .paragraphs
            .iter()
            .map(|p| &p.block)
            .collect();
        assert_eq!(
            blocks[0],
            &Block::OrderedList {
                start: 3,
                items: vec!["tre".into(), "fire".into()]
            }
        );
        assert_eq!(
            blocks[1],
            &Block::Table {
                rows: vec![vec!["x".into(), "y".into()], vec!["1".into(), "2".into()]]
            }
        );
    }

    #[test]
    fn soft_breaks_join_and_hard_breaks_stay() {
        let draft = parsed("# T\n\n## A\n\nen\nto  \ntre\n");
        assert_eq!(
            draft.sections[0].paragraphs[0].block,
            Block::Text {
                text: "en to\ntre".into()
            }
        );
    }

    #[test]
    fn anchors_depend_only_on_content_and_never_repeat() {
        let draft = parsed("# T\n\n## Økonomi\n\nSamme\n\nSamme\n\n## Økonomi\n\nAndet\n");
        let first = &draft.sections[0];
        assert_eq!(first.anchor, "oekonomi");
        assert_eq!(draft.sections[1].anchor, "oekonomi-2");
        assert_eq!(
            first.paragraphs[1].anchor,
            format!("{}-2", first.paragraphs[0].anchor)
        );
        let again = parsed("# Anden titel\n\n## Nyt\n\nSamme\n");
        assert_eq!(
            again.sections[0].paragraphs[0].anchor,
            first.paragraphs[0].anchor
        );
    }

    #[test]
    fn a_document_without_a_separate_title_uses_its_first_heading() {
        let draft = parsed("## Kun et afsnit\n\nTekst\n");
        assert_eq!(draft.title, "Kun et afsnit");
        assert_eq!(draft.sections.len(), 1);
    }

    #[test]
    fn slugs_avoid_the_pages_own_ids() {
        let draft = parsed("# T\n\n## Indhold\n\nx\n");
        assert_eq!(draft.sections[0].anchor, "indhold-afsnit");
    }

    #[test]
    fn refusals_name_what_is_wrong() {
        assert_eq!(parse(b""), Err(DraftError::Empty));
        assert_eq!(parse(b"tekst"), Err(DraftError::NoHeading));
        assert_eq!(
            parse(b"tekst\n\n# T\n\n## A\n"),
            Err(DraftError::TextBeforeFirstHeading { line: 1 })
        );
        assert_eq!(
            parse(b"# T\n\xc3\x28"),
            Err(DraftError::InvalidUtf8 { line: 2 })
        );
        let big = vec![b'a'; MAX_DRAFT_BYTES + 1];
        assert!(matches!(parse(&big), Err(DraftError::TooLarge { .. })));
    }
}
