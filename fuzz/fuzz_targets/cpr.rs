//! The CPR detector (`respondent::contains_cpr(&str) -> bool`): never a panic on any text,
//! and a valid CPR number planted anywhere in any text, in any spelling it accepts, is
//! always found.
#![no_main]

use app::respondent::contains_cpr;
use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;

#[derive(Debug, Arbitrary)]
struct Input {
    before: String,
    after: String,
    day: u8,
    month: u8,
    year: u8,
    serial: u16,
    separator: u8,
}

/// Days in `month`, February counted as 28 (29 February is not valid in every century).
fn days_in(month: u32) -> u32 {
    match month {
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fuzz_target!(|input: Input| {
    let _ = contains_cpr(&input.before);
    let month = u32::from(input.month) % 12 + 1;
    let day = u32::from(input.day) % days_in(month) + 1;
    let year = u32::from(input.year) % 100;
    let serial = u32::from(input.serial) % 10_000;
    let separator = ["", "-", " "][usize::from(input.separator) % 3];
    let cpr = format!("{day:02}{month:02}{year:02}{separator}{serial:04}");
    let text = format!("{} {cpr} {}", input.before, input.after);
    assert!(contains_cpr(&text), "{cpr} not found in {text:?}");
});
