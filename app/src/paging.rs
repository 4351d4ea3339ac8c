//! Pages of a list as a request asks for them: the page number and the page size, read once
//! and bounded where they are read, so no list (public or officials', HTML or API) can be
//! asked for an offset that overflows, a database `OFFSET` beyond `i64`, or a search
//! collector that reserves memory for a billion hits. Every list that takes `page`,
//! `per_page`, `limit` or `offset` from a request goes through [`Paging`].

use serde::{Deserialize, Deserializer, Serialize};

/// The highest page number a request may ask for; a higher one reads as this. With the
/// largest page size the offset stays below a billion, so it fits every integer it meets.
pub const MAX_PAGE: u64 = 1_000_000;

/// How many items a list's pages hold unless asked otherwise, and the most a request may ask
/// for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageSize {
    /// Items per page when the request does not say.
    pub default: u64,
    /// The most items one page may hold.
    pub max: u64,
}

/// A page of a list: its number (1 to [`MAX_PAGE`]) and its size (1 to the list's maximum).
/// Built only through [`Paging::new`], so every value in it is in range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paging {
    page: u64,
    per_page: u64,
}

impl Paging {
    /// The page a request asks for: absent is the first page of the list's default size; a
    /// value out of range becomes the nearest one in range (page 0 is page 1, a page size of
    /// a million is the list's maximum).
    pub fn new(page: Option<u64>, per_page: Option<u64>, size: PageSize) -> Self {
        let max = size.max.max(1);
        Paging {
            page: page.unwrap_or(1).clamp(1, MAX_PAGE),
            per_page: per_page.unwrap_or(size.default).clamp(1, max),
        }
    }

    /// The page number, from 1.
    pub fn page(self) -> u64 {
        self.page
    }

    /// Items per page.
    pub fn per_page(self) -> u64 {
        self.per_page
    }

    /// Items before this page (cannot overflow: both factors are bounded).
    pub fn offset(self) -> u64 {
        (self.page - 1) * self.per_page
    }

    /// How many pages `total` items fill (at least one, an empty list has one empty page).
    pub fn pages(self, total: u64) -> u64 {
        total.div_ceil(self.per_page).max(1)
    }

    /// The same page, or the last page of `total` items when it asks for one past the end.
    pub fn within(self, total: u64) -> Self {
        Paging {
            page: self.page.min(self.pages(total)),
            ..self
        }
    }
}

/// The page number a URL's text names: 1 when it names none, bounded as [`Paging::new`]
/// bounds it.
pub fn page_number(text: &str) -> u64 {
    read_number(text).unwrap_or(1).clamp(1, MAX_PAGE)
}

/// A number as a URL gives it, for a page or a page size: digits with an optional sign, of
/// any length. A negative one reads as 0 and one too large for `u64` as `u64::MAX` (the
/// [`Paging`] then brings either in range); anything else is not a number (`None`).
pub fn read_number(text: &str) -> Option<u64> {
    let text = text.trim();
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    if negative {
        return Some(0);
    }
    Some(digits.parse().unwrap_or(u64::MAX))
}

/// Serde's `deserialize_with` for an optional page or page size in a URL query: read by
/// [`read_number`], so `-3` and `99999999999999999999999` are numbers to bring in range,
/// not a refused request; text that is no number at all is refused with a message naming it.
pub fn lenient<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u64>, D::Error> {
    use serde::de::Error;
    let text = Option::<NumberText>::deserialize(deserializer)?;
    match text.map(|t| t.0) {
        None => Ok(None),
        Some(text) if text.trim().is_empty() => Ok(None),
        Some(text) => read_number(&text)
            .map(Some)
            .ok_or_else(|| D::Error::custom(format!("expected a whole number, found `{text}`"))),
    }
}

/// A query value as text, whether it came as a string or (from JSON-like sources) a number.
struct NumberText(String);

impl<'de> Deserialize<'de> for NumberText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = NumberText;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a whole number")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<NumberText, E> {
                Ok(NumberText(v.to_owned()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<NumberText, E> {
                Ok(NumberText(v.to_string()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<NumberText, E> {
                Ok(NumberText(v.to_string()))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SIZE: PageSize = PageSize {
        default: 20,
        max: 100,
    };

    #[test]
    fn hostile_numbers_become_the_nearest_page_in_range() {
        let cases = [
            ((None, None), (1, 20)),
            ((Some(0), Some(0)), (1, 1)),
            ((Some(1_000_000_000), Some(1_000_000)), (MAX_PAGE, 100)),
            ((Some(u64::MAX), Some(u64::MAX)), (MAX_PAGE, 100)),
            ((Some(3), Some(50)), (3, 50)),
        ];
        for ((page, per_page), (want_page, want_size)) in cases {
            let paging = Paging::new(page, per_page, SIZE);
            assert_eq!((paging.page(), paging.per_page()), (want_page, want_size));
            assert!(paging.offset() < 1_000_000_000, "{paging:?}");
        }
    }

    #[test]
    fn a_page_past_the_end_is_the_last_page() {
        let paging = Paging::new(Some(1_000_000_000), None, SIZE);
        assert_eq!(paging.within(45).page(), 3);
        assert_eq!(paging.within(45).offset(), 40);
        assert_eq!(paging.within(0).page(), 1, "an empty list has one page");
        assert_eq!(Paging::new(Some(2), None, SIZE).within(45).page(), 2);
    }

    #[test]
    fn url_numbers_of_any_size_and_sign_are_read() {
        assert_eq!(read_number(" 7 "), Some(7));
        assert_eq!(read_number("-3"), Some(0));
        assert_eq!(read_number("+4"), Some(4));
        assert_eq!(read_number("99999999999999999999999"), Some(u64::MAX));
        for garbage in ["", "-", "x", "1e9", "1.5", "0x10", "1 000"] {
            assert_eq!(read_number(garbage), None, "{garbage}");
        }
    }

    #[cfg(feature = "ssr")]
    #[derive(Debug, Deserialize)]
    struct Query {
        #[serde(default, deserialize_with = "lenient")]
        page: Option<u64>,
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn a_query_takes_any_integer_and_refuses_text_by_name() {
        let read = |q: &str| serde_urlencoded::from_str::<Query>(q).map(|q| q.page);
        assert_eq!(read("page=-1").unwrap(), Some(0));
        assert_eq!(read("page=1000000000000000000000").unwrap(), Some(u64::MAX));
        assert_eq!(read("page=").unwrap(), None);
        assert_eq!(read("").unwrap(), None);
        let refused = read("page=abc").unwrap_err().to_string();
        assert!(
            refused.contains("whole number") && refused.contains("abc"),
            "{refused}"
        );
    }
}
