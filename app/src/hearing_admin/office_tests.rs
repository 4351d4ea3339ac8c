//! Tests of the Word and OpenDocument conversion.

use super::*;
use crate::office::fixtures::{self, zip};

fn word_paragraph(style: Option<&str>, list: bool, text: &str) -> String {
    let style = style
        .map(|s| format!("<w:pStyle w:val=\"{s}\"/>"))
        .unwrap_or_default();
    let list = if list {
        "<w:numPr><w:ilvl w:val=\"0\"/></w:numPr>"
    } else {
        ""
    };
    format!(
        "<w:p><w:pPr>{style}{list}</w:pPr><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"
    )
}

#[test]
fn a_word_document_keeps_its_title_headings_lists_and_text() {
    let body = [
        word_paragraph(Some("Title"), false, "Kulturpolitik"),
        word_paragraph(Some("Heading1"), false, "Formål"),
        word_paragraph(None, false, "Kultur for alle &amp; *hver* dag."),
        word_paragraph(None, true, "Biblioteker"),
        word_paragraph(None, true, "Museer"),
        word_paragraph(Some("Overskrift2"), false, "Økonomi"),
        word_paragraph(None, false, "1. januar starter det."),
    ]
    .concat();
    let document = format!(
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    );
    let docx = zip(&[("word/document.xml", &document)]);
    assert!(is_office(&docx));
    let markdown = to_markdown(&docx).unwrap();
    assert_eq!(
        markdown,
        "# Kulturpolitik\n\n## Formål\n\nKultur for alle \\& \\*hver\\* dag\\.\n\n- Biblioteker\n- Museer\n\n### Økonomi\n\n1\\. januar starter det\\.\n"
    );
    let parsed = crate::draft::markdown::parse(markdown.as_bytes()).unwrap();
    assert_eq!(parsed.title, "Kulturpolitik");
    assert_eq!(parsed.sections[0].paragraphs.len(), 2);
    assert_eq!(parsed.sections[1].heading, "Økonomi");
}

#[test]
fn an_opendocument_text_keeps_its_headings_and_lists() {
    let content = "<office:document-content xmlns:office=\"o\" xmlns:text=\"t\"><office:body><office:text>\
        <text:p text:style-name=\"Title\">Plan</text:p>\
        <text:h text:outline-level=\"1\">Mål</text:h>\
        <text:p>Flere i <text:span>job</text:span>.</text:p>\
        <text:list><text:list-item><text:p>Et</text:p></text:list-item><text:list-item><text:p>To</text:p></text:list-item></text:list>\
        </office:text></office:body></office:document-content>";
    let odt = zip(&[
        ("mimetype", "application/vnd.oasis.opendocument.text"),
        ("content.xml", content),
    ]);
    let markdown = to_markdown(&odt).unwrap();
    assert_eq!(
        markdown,
        "# Plan\n\n## Mål\n\nFlere i job\\.\n\n- Et\n- To\n"
    );
}

#[test]
fn other_archives_and_text_are_not_documents() {
    assert!(!is_office(b"# Udkast\n"));
    assert_eq!(to_markdown(&zip(&[("andet.txt", "x")])), None);
    assert_eq!(to_markdown(b"PK\x03\x04 ikke en zip"), None);
}

#[test]
fn paragraph_text_is_never_read_as_markdown() {
    // Found by fuzzing (office_import_text): these came through as a list, a code block or
    // another character.
    let texts = [
        "1) januar",
        "~~~",
        "AT&amp;T og &lt;b&gt;",
        "&copy; 2024",
        "a == b",
        "Se {note} og $x$ @kk",
    ];
    let body: String = std::iter::once(word_paragraph(Some("Title"), false, "T"))
        .chain(std::iter::once(word_paragraph(
            Some("Heading1"),
            false,
            "A",
        )))
        .chain(texts.iter().map(|t| {
            let escaped = t.replace('&', "&amp;").replace('<', "&lt;");
            word_paragraph(None, false, &escaped)
        }))
        .collect();
    let document = format!("<w:document><w:body>{body}</w:body></w:document>");
    let markdown = to_markdown(&zip(&[("word/document.xml", &document)])).unwrap();
    let parsed = crate::draft::markdown::parse(markdown.as_bytes()).unwrap();
    let got: Vec<_> = parsed.sections[0]
        .paragraphs
        .iter()
        .map(|p| p.block.clone())
        .collect();
    let want: Vec<_> = texts
        .iter()
        .map(|t| crate::draft::Block::Text {
            text: (*t).to_owned(),
        })
        .collect();
    assert_eq!(got, want, "{markdown}");
}

#[test]
fn a_list_item_that_reads_like_a_numbered_list_stays_one_item() {
    // The fuzzer's minimal case: `- 0)` became a nested list whose item read ";".
    let body = [
        word_paragraph(Some("Title"), false, "2"),
        word_paragraph(Some("Heading1"), false, "A"),
        word_paragraph(None, true, "0)"),
    ]
    .concat();
    let document = format!("<w:document><w:body>{body}</w:body></w:document>");
    let markdown = to_markdown(&zip(&[("word/document.xml", &document)])).unwrap();
    let parsed = crate::draft::markdown::parse(markdown.as_bytes()).unwrap();
    assert_eq!(
        parsed.sections[0].paragraphs[0].block,
        crate::draft::Block::BulletList {
            items: vec!["0)".to_owned()]
        },
        "{markdown}"
    );
}

#[test]
fn the_shared_fixtures_come_out_as_before_the_walker_was_shared() {
    let want = [
        (
            "word",
            Some(
                "# Plan \\& mål\n\n## Formål\n\nFørste linje anden kolonne\n\n- Punkt æn\n- Punkt 2\\) to\n\nCelle\n\n### Økonomi\n\nMed \\<tegn\\>\\, \\\"citat\\\" og \\.\n\nI boks\n\nSidste\n",
            ),
        ),
        (
            "odt",
            Some(
                "# Plan\n\n### Mål og midler\n\n## Uden niveau\n\nEt to tre fire fem link \\& mere\n\n- Et\n- To\n- Under\n\n#### Stilet\n\nFod1Note\n\nIkke tekst Xslut\n\nSidste\n",
            ),
        ),
        ("word-empty", Some("\n")),
        ("odt-empty", Some("\n")),
        ("word-broken", None),
        ("odt-broken", None),
        ("both-parts", Some("Word\n")),
        ("no-part", None),
        ("not-zip", None),
    ];
    let got: Vec<_> = fixtures::all()
        .into_iter()
        .map(|(name, bytes)| (name, to_markdown(&bytes)))
        .collect();
    let want: Vec<_> = want
        .into_iter()
        .map(|(name, md)| (name, md.map(str::to_owned)))
        .collect();
    assert_eq!(got, want);
}
