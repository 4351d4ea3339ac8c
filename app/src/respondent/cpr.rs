//! Finding Danish CPR numbers (personnummer) in free text, so a response that holds one is
//! held back from publication.

/// Whether `text` holds something that reads as a CPR number: six digits forming a valid
/// day and month (DDMMYY), then four digits, joined by nothing, a hyphen or a space, and not
/// part of a longer number.
pub fn contains_cpr(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len()).any(|start| cpr_at(&chars, start))
}

fn cpr_at(chars: &[char], start: usize) -> bool {
    let digit = |i: usize| {
        chars
            .get(i)
            .filter(|c| c.is_ascii_digit())
            .and_then(|c| c.to_digit(10))
    };
    if start > 0 && digit(start - 1).is_some() {
        return false;
    }
    let Some(first) = (0..6)
        .map(|i| digit(start + i))
        .collect::<Option<Vec<u32>>>()
    else {
        return false;
    };
    let mut next = start + 6;
    if matches!(chars.get(next), Some('-') | Some(' ')) {
        next += 1;
    }
    let last_four = (0..4).all(|i| digit(next + i).is_some());
    let ends = digit(next + 4).is_none();
    let (day, month) = (first[0] * 10 + first[1], first[2] * 10 + first[3]);
    last_four && ends && (1..=31).contains(&day) && (1..=12).contains(&month)
}

#[cfg(test)]
mod tests {
    use super::contains_cpr;

    #[test]
    fn cpr_numbers_are_found_in_any_common_spelling() {
        for text in [
            "mit cpr er 010190-1234",
            "CPR: 0101901234.",
            "(311299 1234)",
        ] {
            assert!(contains_cpr(text), "{text}");
        }
    }

    #[test]
    fn other_numbers_are_left_alone() {
        for text in [
            "svarnummer 2010-64452-0017",
            "telefon 33 66 33 66",
            "CVR 64942212",
            "12345678901",
            "329999-1234",
            "011390-1234",
            "år 2010-2014",
        ] {
            assert!(!contains_cpr(text), "{text}");
        }
    }
}
