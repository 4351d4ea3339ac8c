//! The Word and OpenDocument text extractors on any file that sniffs as one (as in
//! production, where only sniffed files are extracted), and on any zip as both: an answer
//! or an error, never a panic, and the text bounded.
#![no_main]

use app::attachment::FileKind;
use app::attachment::extract::{MAX_TEXT_CHARS, extract};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = ordet_fuzz::scratch_file(data);
    let _ = app::attachment::sniff::sniff(&path);
    for kind in [FileKind::Docx, FileKind::Odt] {
        if let Ok(text) = extract(kind, &path) {
            assert!(text.chars().count() <= MAX_TEXT_CHARS);
        }
    }
});
