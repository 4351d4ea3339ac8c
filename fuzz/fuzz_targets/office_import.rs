//! Word/OpenDocument → Markdown (hearing_admin::office) on any bytes: never a panic, and
//! the Markdown it writes is always something the draft importer reads without a panic.
#![no_main]

use app::hearing_admin::office::{is_office, to_markdown};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = is_office(data);
    if let Some(markdown) = to_markdown(data) {
        let _ = app::draft::markdown::parse(markdown.as_bytes());
    }
});
