//! Telling a file's kind from its content, never from its name, and refusing compressed
//! documents that would unpack to far more than they could honestly hold.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

use zip::ZipArchive;

use super::FileKind;

/// The most a compressed document may unpack to in all.
pub const MAX_UNPACKED_BYTES: u64 = 200 * 1024 * 1024;
/// The most entries a compressed document may have.
pub const MAX_ZIP_ENTRIES: usize = 10_000;
/// The highest compression ratio accepted for an entry larger than [`RATIO_FLOOR_BYTES`].
/// Word and OpenDocument XML compresses about 10:1; a zip bomb, 1000:1 and more.
pub const MAX_RATIO: u64 = 100;
/// Entries smaller than this may compress as well as they like.
pub const RATIO_FLOOR_BYTES: u64 = 1024 * 1024;

/// Why a file was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Not one of the accepted kinds.
    Unsupported,
    /// Would unpack to too much.
    ZipBomb,
}

/// The kind of the file at `path`, by its content.
pub fn sniff(path: &Path) -> Result<FileKind, Refusal> {
    let mut head = [0u8; 8];
    let read = File::open(path)
        .and_then(|mut file| read_up_to(&mut file, &mut head))
        .map_err(|_| Refusal::Unsupported)?;
    let head = &head[..read];
    if head.starts_with(b"%PDF-") {
        return Ok(FileKind::Pdf);
    }
    if head.starts_with(b"PK\x03\x04") {
        return office_kind(path);
    }
    if is_text(path) {
        return Ok(FileKind::Txt);
    }
    Err(Refusal::Unsupported)
}

fn read_up_to(reader: &mut impl Read, buffer: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buffer.len() {
        match reader.read(&mut buffer[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

/// A Word or OpenDocument text file: a zip archive with the right parts, whose declared
/// sizes are within bounds. (Extraction bounds what is actually unpacked as well, since
/// the declared sizes can lie.)
fn office_kind(path: &Path) -> Result<FileKind, Refusal> {
    let file = File::open(path).map_err(|_| Refusal::Unsupported)?;
    let mut archive = ZipArchive::new(BufReader::new(file)).map_err(|_| Refusal::Unsupported)?;
    if archive.len() > MAX_ZIP_ENTRIES {
        return Err(Refusal::ZipBomb);
    }
    let mut total: u64 = 0;
    for index in 0..archive.len() {
        let entry = archive
            .by_index_raw(index)
            .map_err(|_| Refusal::Unsupported)?;
        let size = entry.size();
        total = total.saturating_add(size);
        let ratio = size / entry.compressed_size().max(1);
        if total > MAX_UNPACKED_BYTES || (size > RATIO_FLOOR_BYTES && ratio > MAX_RATIO) {
            return Err(Refusal::ZipBomb);
        }
    }
    if is_odt(&mut archive) {
        return Ok(FileKind::Odt);
    }
    if archive.index_for_name("word/document.xml").is_some() {
        return Ok(FileKind::Docx);
    }
    Err(Refusal::Unsupported)
}

fn is_odt(archive: &mut ZipArchive<BufReader<File>>) -> bool {
    let Ok(entry) = archive.by_name("mimetype") else {
        return false;
    };
    let mut mimetype = String::new();
    entry.take(100).read_to_string(&mut mimetype).is_ok()
        && mimetype.trim() == FileKind::Odt.content_type()
}

/// UTF-8 (an optional byte-order mark allowed) without NUL or other control characters
/// than tab, line feed, carriage return and form feed.
fn is_text(path: &Path) -> bool {
    let Ok(bytes) = std::fs::read(path) else {
        return false;
    };
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    std::str::from_utf8(bytes).is_ok_and(|text| {
        text.chars()
            .all(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r' | '\x0C'))
    })
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    fn file_with(bytes: &[u8]) -> tempfile::NamedTempFile {
        let mut file = tempfile::NamedTempFile::new().unwrap();
        file.write_all(bytes).unwrap();
        file
    }

    fn zip_with(entries: &[(&str, &[u8])]) -> tempfile::NamedTempFile {
        let file = tempfile::NamedTempFile::new().unwrap();
        let mut writer = zip::ZipWriter::new(file.reopen().unwrap());
        for (name, content) in entries {
            let options = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Deflated);
            writer.start_file(*name, options).unwrap();
            writer.write_all(content).unwrap();
        }
        writer.finish().unwrap();
        file
    }

    #[test]
    fn kinds_are_told_by_content_not_by_name() {
        let pdf = file_with(b"%PDF-1.7\n...");
        assert_eq!(sniff(pdf.path()), Ok(FileKind::Pdf));
        let text = file_with("Høringssvar fra foreningen\r\n\tمرحبا 👋".as_bytes());
        assert_eq!(sniff(text.path()), Ok(FileKind::Txt));
        let exe = file_with(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00");
        assert_eq!(sniff(exe.path()), Err(Refusal::Unsupported));
        let latin1 = file_with(b"H\xf8ringssvar");
        assert_eq!(sniff(latin1.path()), Err(Refusal::Unsupported));
    }

    #[test]
    fn office_documents_are_recognised_by_their_parts() {
        let docx = zip_with(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", b"<w:document/>"),
        ]);
        assert_eq!(sniff(docx.path()), Ok(FileKind::Docx));
        let odt = zip_with(&[
            ("mimetype", b"application/vnd.oasis.opendocument.text"),
            ("content.xml", b"<office:document-content/>"),
        ]);
        assert_eq!(sniff(odt.path()), Ok(FileKind::Odt));
        let other_zip = zip_with(&[("photo.jpg", b"\xff\xd8\xff")]);
        assert_eq!(sniff(other_zip.path()), Err(Refusal::Unsupported));
    }

    #[test]
    fn a_document_that_unpacks_to_far_more_is_a_zip_bomb() {
        let zeros = vec![0u8; 8 * 1024 * 1024];
        let bomb = zip_with(&[
            ("[Content_Types].xml", b"<Types/>"),
            ("word/document.xml", &zeros),
        ]);
        assert!(std::fs::metadata(bomb.path()).unwrap().len() < 100_000);
        assert_eq!(sniff(bomb.path()), Err(Refusal::ZipBomb));
    }
}
