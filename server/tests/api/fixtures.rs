//! Files for the attachment tests, made here rather than committed: a real PDF with text,
//! one that needs a password, Word and OpenDocument files, and a zip bomb.

use std::io::Write;

/// A one-page PDF whose page shows `text` (ASCII) in Helvetica.
pub fn pdf(text: &str) -> Vec<u8> {
    pdf_with(text, "")
}

/// A PDF that needs a password to open (standard security handler, RC4 40-bit); its
/// content cannot be read without it.
pub fn encrypted_pdf() -> Vec<u8> {
    let key = "<".to_owned() + &"4a".repeat(32) + ">";
    let encrypt = "/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]";
    let mut pdf = pdf_with("Hemmeligt", encrypt);
    let dictionary =
        format!("6 0 obj\n<< /Filter /Standard /V 1 /R 2 /O {key} /U {key} /P -4 >>\nendobj\n");
    // Appended as an incremental update would be; lopdf reads the trailer's /Encrypt.
    let at = pdf.len();
    pdf.extend_from_slice(dictionary.as_bytes());
    let xref = pdf.len();
    let trailer = format!(
        "xref\n6 1\n{at:010} 00000 n \ntrailer\n<< /Size 7 /Root 1 0 R {encrypt} /Prev {} >>\nstartxref\n{xref}\n%%EOF\n",
        find_startxref(&pdf)
    );
    pdf.extend_from_slice(trailer.as_bytes());
    pdf
}

fn find_startxref(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    let at = text.rfind("startxref\n").unwrap() + "startxref\n".len();
    text[at..].lines().next().unwrap().trim().parse().unwrap()
}

fn pdf_with(text: &str, trailer_extra: &str) -> Vec<u8> {
    let stream = format!("BT /F1 12 Tf 72 720 Td ({text}) Tj ET");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_owned(),
        format!("<< /Length {} >>\nstream\n{stream}\nendstream", stream.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_owned(),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R {trailer_extra} >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn zip(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, content) in entries {
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        writer.start_file(*name, options).unwrap();
        writer.write_all(content).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

/// A Word document with one paragraph per item.
pub fn docx(paragraphs: &[&str]) -> Vec<u8> {
    let body: String = paragraphs
        .iter()
        .map(|p| format!("<w:p><w:r><w:t xml:space=\"preserve\">{p}</w:t></w:r></w:p>"))
        .collect();
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    );
    zip(&[
        ("[Content_Types].xml", b"<?xml version=\"1.0\"?><Types/>"),
        ("word/document.xml", document.as_bytes()),
    ])
}

/// An OpenDocument text with one paragraph per item.
pub fn odt(paragraphs: &[&str]) -> Vec<u8> {
    let body: String = paragraphs
        .iter()
        .map(|p| format!("<text:p>{p}</text:p>"))
        .collect();
    let content = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>{body}</office:text></office:body></office:document-content>"
    );
    zip(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("content.xml", content.as_bytes()),
    ])
}

/// A "Word document" whose body unpacks from a few kilobytes to 50 MB.
pub fn zip_bomb_docx() -> Vec<u8> {
    let zeros = vec![b'0'; 50 * 1024 * 1024];
    zip(&[
        ("[Content_Types].xml", b"<Types/>"),
        ("word/document.xml", &zeros),
    ])
}
