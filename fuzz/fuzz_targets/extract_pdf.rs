//! The PDF text extractor on any bytes: an answer, `Encrypted` or `Malformed`, never a panic
//! that leaves `extract` (pdf-extract's own panics are caught inside it by design, so the
//! panic hook here lets them unwind; one that escapes still aborts the run).
#![no_main]

use app::attachment::FileKind;
use app::attachment::extract::{MAX_TEXT_CHARS, extract};
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        std::panic::set_hook(Box::new(|_| {}));
    },
    |data: &[u8]| {
        let path = ordet_fuzz::scratch_file(data);
        if let Ok(text) = extract(FileKind::Pdf, &path) {
            assert!(text.chars().count() <= MAX_TEXT_CHARS);
        }
    }
);
