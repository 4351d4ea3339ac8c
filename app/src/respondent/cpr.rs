//! Finding Danish CPR numbers (personnummer) in free text and file names, so a response or a
//! file that seems to hold one is kept from the public until an official has looked.
//!
//! The text is normalised once — every Unicode dash to `-`, every kind of space (no-break,
//! narrow no-break, line breaks) and `_` to a space, invisible characters dropped, full-width
//! digits to ASCII — and then one pattern reads every way a Dane writes the number:
//! `0101901234`, `010190-1234`, `010190–1234` (Word's autocorrect), `010190 - 1234`,
//! `01.01.90-1234`, `01/01/90 1234`. A candidate counts only when its first six digits are a
//! real date (DDMMYY, the day within its month), so phone numbers, amounts, case numbers and
//! dates alone are left alone.

use std::sync::LazyLock;

use regex::{Captures, Regex};

/// Day, month and year (two digits each, separated by one of ` ./-` or nothing), then the
/// four serial digits after an optional `-`, `.` or `/` with up to two spaces around it.
/// Neither end may touch another digit (the `regex` crate has no look-around, so the
/// neighbours are matched and the loop in [`contains_cpr`] steps past them).
static CANDIDATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[^0-9])([0-9]{2})([ ./-]?)([0-9]{2})([ ./-]?)([0-9]{2}) {0,2}[-./]? {0,2}[0-9]{4}(?:[^0-9]|$)",
    )
    .expect("the CPR pattern compiles")
});

/// Whether `text` holds something that reads as a CPR number (see the module's notes).
pub fn contains_cpr(text: &str) -> bool {
    let text = normalise(text);
    let mut at = 0;
    while let Some(found) = CANDIDATE.captures_at(&text, at) {
        if is_cpr(&found) {
            return true;
        }
        // Try again from the digit after this candidate's first: a later number may
        // overlap a candidate whose date was not real.
        at = found.get(1).map_or(text.len(), |day| day.start() + 1);
    }
    false
}

/// One spelling for every dash, space and digit a keyboard, Word or a PDF may produce.
fn normalise(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            // hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar,
            // minus sign, small and full-width hyphen-minus
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => {
                Some('-')
            }
            // soft hyphen, zero-width space/joiners, word joiner, byte-order mark
            '\u{00AD}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' => None,
            '\u{FF10}'..='\u{FF19}' => char::from_u32(u32::from(c) - 0xFF10 + u32::from('0')),
            '_' => Some(' '),
            c if c.is_whitespace() => Some(' '),
            c => Some(c),
        })
        .collect()
}

/// The same separator (or none) between day, month and year, and a real date.
fn is_cpr(found: &Captures<'_>) -> bool {
    let part = |i: usize| found.get(i).map_or("", |m| m.as_str());
    let number = |i: usize| part(i).parse::<u32>().unwrap_or(0);
    part(2) == part(4) && is_date(number(1), number(3), number(5))
}

/// Whether `day`.`month`.`year` (two-digit year) is a day of the calendar. 29 February
/// counts in every year divisible by four (1900 was not a leap year; a false alarm there
/// costs an official a glance, a miss would publish a CPR number).
fn is_date(day: u32, month: u32, year: u32) -> bool {
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::contains_cpr;

    #[test]
    fn cpr_numbers_are_found_in_every_spelling_a_dane_types() {
        for text in [
            "mit cpr er 010190-1234",
            "CPR: 0101901234.",
            "(311299 1234)",
            "010190–1234",
            "010190—1234",
            "010190−1234",
            "010190‑1234",
            "010190‐1234",
            "010190\u{00A0}1234",
            "010190\u{202F}1234",
            "010190\u{2009}1234",
            "010190 - 1234",
            "010190 – 1234",
            "010190\u{00A0}–\u{00A0}1234",
            "010190- 1234",
            "010190 -1234",
            "010190  1234",
            "010190-\n1234",
            "01.01.90-1234",
            "01.01.90 - 1234",
            "01.01.90 1234",
            "01.01.90.1234",
            "01-01-90-1234",
            "01/01/90-1234",
            "01/01/90/1234",
            "01 01 90 1234",
            "010190/1234",
            "0101\u{200B}90-1234",
            "010190\u{00AD}-1234",
            "０１０１９０－１２３４",
            "290200-1234",
            "300490-1234",
            "cpr 010190-1234.pdf",
            "cpr_010190_1234.pdf",
            "CPR010190-1234",
            "svar fra 12 010190-1234",
            "2010.010190-1234",
        ] {
            assert!(contains_cpr(text), "missed: {text:?}");
        }
    }

    #[test]
    fn other_numbers_are_left_alone() {
        for text in [
            "svarnummer 2010-64452-0017",
            "j.nr. 2010-0123456",
            "telefon 33 66 33 66",
            "+45 33 66 33 66",
            "+4533663366",
            "tlf. 20 12 19 90",
            "12345678",
            "CVR 64942212",
            "12345678901",
            "0101901234567",
            "329999-1234",
            "000190-1234",
            "011390-1234",
            "010090-1234",
            "310490-1234",
            "300290-1234",
            "290201-1234",
            "år 2010-2014",
            "01.01.1990",
            "den 01.01.90",
            "010190",
            "31.12.2023 1234",
            "1. januar 1990",
            "kr. 1.250.000",
            "1.234.567,89 kr",
            "kr. 120.000-150.000",
            "kl. 10.00-12.00",
            "IBAN DK50 0040 0440 1162 43",
            "01.01-90 1234",
            "",
        ] {
            assert!(!contains_cpr(text), "false alarm: {text:?}");
        }
    }

    #[test]
    fn a_later_number_is_found_after_a_candidate_that_is_no_date() {
        assert!(contains_cpr("991390-1234 og 010190-1234"));
        assert!(contains_cpr("321290 010190-1234"));
    }
}
