//! The type sniffer on any file: never a panic; what it calls text is UTF-8 without
//! control characters, what it calls a PDF starts like one, and a Word or OpenDocument file
//! is a zip archive.
#![no_main]

use app::attachment::FileKind;
use app::attachment::sniff::sniff;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = ordet_fuzz::scratch_file(data);
    match sniff(&path) {
        Ok(FileKind::Pdf) => assert!(data.starts_with(b"%PDF-")),
        Ok(FileKind::Docx | FileKind::Odt) => assert!(data.starts_with(b"PK\x03\x04")),
        Ok(FileKind::Txt) => {
            let body = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
            assert!(std::str::from_utf8(body).is_ok(), "text that is not UTF-8");
        }
        Err(_) => {}
    }
});
