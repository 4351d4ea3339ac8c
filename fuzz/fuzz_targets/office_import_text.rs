//! Word → Markdown → draft keeps every paragraph's text exactly: whatever a paragraph
//! says (asterisks, `1)`, `~~~`, `&amp;` …) it comes out of the importer as the same text,
//! never as formatting, a list, a code block or another character.
#![no_main]

use app::draft::markdown::parse;
use app::hearing_admin::office::to_markdown;
use libfuzzer_sys::fuzz_target;
use ordet_fuzz::{Paragraph, docx, draft_texts};

fuzz_target!(|paragraphs: Vec<Paragraph>| {
    if !paragraphs.iter().all(Paragraph::is_typable) {
        return;
    }
    let markdown = to_markdown(&docx(&paragraphs)).expect("a generated document reads");
    let Ok(draft) = parse(markdown.as_bytes()) else {
        return;
    };
    let expected: Vec<String> = paragraphs
        .iter()
        .map(|p| p.text.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|text| !text.is_empty())
        .collect();
    let got = draft_texts(&draft);
    let with_title: Vec<String> = std::iter::once(draft.title.clone())
        .chain(got.iter().cloned())
        .collect();
    assert!(
        expected == got || expected == with_title,
        "texts changed on the way\nexpected: {expected:?}\ngot: {with_title:?}\nmarkdown: {markdown:?}"
    );
});
