//! The Markdown draft importer: any bytes give a draft or a refusal, never a panic; an
//! accepted draft has a section for every block, numbered paragraphs and anchors that are
//! unique on the page (section and paragraph anchors share one page).
#![no_main]

use std::collections::HashSet;

use app::draft::markdown::parse;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(draft) = parse(data) else {
        return;
    };
    assert!(!draft.sections.is_empty(), "a draft without a section");
    let mut anchors = HashSet::new();
    let mut paragraphs = 0;
    for section in &draft.sections {
        assert!(section.level >= 1, "section level {}", section.level);
        assert!(!section.anchor.is_empty());
        assert!(anchors.insert(section.anchor.clone()), "{}", section.anchor);
        for paragraph in &section.paragraphs {
            paragraphs += 1;
            assert_eq!(paragraph.number, paragraphs.to_string());
            assert!(
                anchors.insert(paragraph.anchor.clone()),
                "{}",
                paragraph.anchor
            );
        }
    }
});
