//! The XML of a document's body as [`Item`]s: one pass with quick-xml, text counted only
//! inside the elements that hold content, entities resolved. A break, tab or space element
//! counts whether it is written `<w:br/>` or `<w:br></w:br>` (the same XML).

use std::io::BufRead;
use std::ops::ControlFlow;

use quick_xml::Reader;
use quick_xml::events::{BytesRef, BytesStart, Event};

use super::{Format, Gap, OfficeError, Opening, malformed};

/// One thing met in the body, in document order.
pub enum Item<'a> {
    /// A paragraph begins: `<w:p>`, `<text:p>` or `<text:h>` with content.
    Open(Opening<'a>),
    /// A paragraph ends.
    Close,
    /// A paragraph element with nothing in it (`<w:p/>`).
    Blank,
    /// Text inside a paragraph's content elements.
    Text(&'a str),
    /// A line break, tab or space element.
    Gap(Gap),
    /// Word's paragraph style (`<w:pStyle w:val="…">`).
    Style(String),
    /// Word's numbering properties (`w:numPr`): the paragraph is a list item.
    Numbered,
    /// An OpenDocument list item begins (`true`) or ends (`false`).
    ListItem(bool),
}

/// How one format marks its text.
pub(super) struct Markup {
    /// Elements whose text is content.
    text: &'static [&'static str],
    /// Paragraph elements.
    paragraph: &'static [&'static str],
    /// Elements that stand for a break, a tab or a space.
    gaps: &'static [(&'static str, Gap)],
    /// The paragraph style element and its value attribute.
    style: Option<(&'static str, &'static str)>,
    /// The element marking a numbered paragraph.
    numbered: Option<&'static str>,
    /// The list item element.
    list_item: Option<&'static str>,
}

const WORD: Markup = Markup {
    text: &["w:t"],
    paragraph: &["w:p"],
    gaps: &[
        ("w:br", Gap::Line),
        ("w:cr", Gap::Line),
        ("w:tab", Gap::Tab),
    ],
    style: Some(("w:pStyle", "w:val")),
    numbered: Some("w:numPr"),
    list_item: None,
};

const OPEN_DOCUMENT: Markup = Markup {
    text: &["text:p", "text:h", "text:span", "text:a"],
    paragraph: &["text:p", "text:h"],
    gaps: &[
        ("text:line-break", Gap::Line),
        ("text:tab", Gap::Tab),
        ("text:s", Gap::Space),
    ],
    style: None,
    numbered: None,
    list_item: Some("text:list-item"),
};

impl Markup {
    /// The markup of `format`.
    pub(super) fn of(format: Format) -> &'static Markup {
        match format {
            Format::Word => &WORD,
            Format::OpenDocument => &OPEN_DOCUMENT,
        }
    }

    /// What an element other than a paragraph stands for, written `<x>` or `<x/>`.
    fn mark(&self, e: &BytesStart<'_>) -> Option<Item<'static>> {
        let name = e.name().0;
        if let Some((_, gap)) = self.gaps.iter().find(|(n, _)| *n == name) {
            return Some(Item::Gap(*gap));
        }
        if let Some((_, value)) = self.style.filter(|(element, _)| *element == name) {
            let a = e.try_get_attribute(value).ok()??;
            return Some(Item::Style(a.value.into_owned()));
        }
        (self.numbered == Some(name)).then_some(Item::Numbered)
    }
}

/// Reads `xml` to its end (or until `visit` breaks), handing `visit` each item.
pub(super) fn walk<R: BufRead>(
    xml: R,
    markup: &Markup,
    mut visit: impl FnMut(Item<'_>) -> ControlFlow<()>,
) -> Result<(), OfficeError> {
    let mut reader = Reader::from_reader(xml);
    let (mut buffer, mut in_text) = (Vec::new(), 0usize);
    loop {
        let event = reader.read_event_into(&mut buffer).map_err(malformed)?;
        let flow = match &event {
            Event::Start(e) => {
                let name = e.name().0;
                if markup.text.contains(&name) {
                    in_text += 1;
                }
                if markup.paragraph.contains(&name) {
                    visit(Item::Open(Opening(e)))
                } else if markup.list_item == Some(name) {
                    visit(Item::ListItem(true))
                } else {
                    markup.mark(e).map_or(ControlFlow::Continue(()), &mut visit)
                }
            }
            Event::Empty(e) if markup.paragraph.contains(&e.name().0) => visit(Item::Blank),
            Event::Empty(e) => markup.mark(e).map_or(ControlFlow::Continue(()), &mut visit),
            Event::End(e) => {
                let name = e.name().0;
                if markup.text.contains(&name) {
                    in_text = in_text.saturating_sub(1);
                }
                if markup.list_item == Some(name) {
                    visit(Item::ListItem(false))
                } else if markup.paragraph.contains(&name) {
                    visit(Item::Close)
                } else {
                    ControlFlow::Continue(())
                }
            }
            Event::Text(t) if in_text > 0 => visit(Item::Text(&t.xml10_content())),
            Event::GeneralRef(r) if in_text > 0 => match resolve(r) {
                Some(text) => visit(Item::Text(&text)),
                None => ControlFlow::Continue(()),
            },
            Event::Eof => return Ok(()),
            _ => ControlFlow::Continue(()),
        };
        if flow.is_break() {
            return Ok(());
        }
        buffer.clear();
    }
}

/// `&amp;`, `&#230;` and the like, as the character they stand for.
fn resolve(reference: &BytesRef<'_>) -> Option<String> {
    if let Ok(Some(c)) = reference.resolve_char_ref() {
        return Some(c.to_string());
    }
    let name: &str = reference.as_ref();
    quick_xml::escape::resolve_predefined_entity(name).map(str::to_owned)
}
