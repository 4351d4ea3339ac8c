//! Small Word and OpenDocument files for the tests of both readers: the same documents,
//! whose text and Markdown are pinned.

use std::io::{Cursor, Write};

/// A zip archive of these entries, stored.
pub fn zip(entries: &[(&str, &str)]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, content) in entries {
        writer
            .start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        writer.write_all(content.as_bytes()).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

/// A Word file with this body.
pub fn docx(body: &str) -> Vec<u8> {
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    );
    zip(&[("word/document.xml", &document)])
}

/// An OpenDocument text with this body.
pub fn odt(body: &str) -> Vec<u8> {
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"o\" xmlns:text=\"t\" xmlns:xlink=\"x\" xmlns:dc=\"d\"><office:body><office:text>{body}</office:text></office:body></office:document-content>"
    );
    zip(&[
        ("mimetype", "application/vnd.oasis.opendocument.text"),
        ("content.xml", &content),
    ])
}

/// Styles, runs, breaks, tabs, lists, a table, entities, an empty and a nested paragraph.
pub const WORD_BODY: &str = concat!(
    "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>Plan &amp; mål</w:t></w:r></w:p>",
    "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr><w:r><w:t>Formål</w:t></w:r></w:p>",
    "<w:p><w:r><w:t xml:space=\"preserve\">Første </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>linje</w:t></w:r><w:r><w:br/><w:t>anden</w:t><w:tab/><w:t>kolonne</w:t><w:cr/></w:r></w:p>",
    "<w:p/>",
    "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>Punkt &#230;n</w:t></w:r></w:p>",
    "<w:p><w:pPr><w:numPr/></w:pPr><w:r><w:t>Punkt 2) to</w:t></w:r></w:p>",
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Celle</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
    "<w:p><w:pPr><w:pStyle w:val=\"Overskrift 2\"/></w:pPr><w:r><w:t>Økonomi</w:t></w:r><w:r><w:instrText>FELT</w:instrText></w:r></w:p>",
    "<w:p><w:r><w:t>Med &lt;tegn&gt;, &quot;citat&quot; og &ukendt;.</w:t></w:r></w:p>",
    "<w:p><w:r><w:t>Før boks</w:t><w:pict><w:txbxContent><w:p><w:r><w:t>I boks</w:t></w:r></w:p></w:txbxContent></w:pict><w:t>efter</w:t></w:r></w:p>",
    "<w:p><w:r><w:t>Sidste</w:t></w:r></w:p>",
);

/// Headings with and without levels, spaces, tabs, breaks, links, lists, a note and an
/// empty paragraph.
pub const ODT_BODY: &str = concat!(
    "<text:p text:style-name=\"Title\">Plan</text:p>",
    "<text:h text:outline-level=\"2\">Mål <text:span>og</text:span> midler</text:h>",
    "<text:h>Uden niveau</text:h>",
    "<text:p>Et<text:s/>to<text:s text:c=\"3\"/>tre<text:tab/>fire<text:line-break/>fem <text:a xlink:href=\"x\">link</text:a> &amp; mere</text:p>",
    "<text:p/>",
    "<text:list><text:list-item><text:p>Et</text:p></text:list-item><text:list-item><text:p>To</text:p><text:list><text:list-item><text:p>Under</text:p></text:list-item></text:list></text:list-item></text:list>",
    "<text:p text:style-name=\"Heading 3\">Stilet</text:p>",
    "<text:p>Fod<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Note</text:p></text:note-body></text:note> efter</text:p>",
    "<text:p>Ikke <text:bookmark text:name=\"b\"/>tekst <office:annotation><dc:creator>X</dc:creator></office:annotation>slut</text:p>",
    "<text:p>Sidste</text:p>",
);

/// Every fixture: a name and the file.
pub fn all() -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("word", docx(WORD_BODY)),
        ("odt", odt(ODT_BODY)),
        ("word-empty", docx("")),
        ("odt-empty", odt("")),
        ("word-broken", docx("<w:p><w:r><w:t>a</w:x></w:r></w:p>")),
        ("odt-broken", odt("<text:p>a</text:h>")),
        (
            "both-parts",
            zip(&[
                (
                    "word/document.xml",
                    "<w:document><w:body><w:p><w:r><w:t>Word</w:t></w:r></w:p></w:body></w:document>",
                ),
                (
                    "content.xml",
                    "<office:document-content><text:p>Odt</text:p></office:document-content>",
                ),
            ]),
        ),
        ("no-part", zip(&[("andet.txt", "x")])),
        ("not-zip", b"PK\x03\x04 ikke en zip".to_vec()),
    ]
}
