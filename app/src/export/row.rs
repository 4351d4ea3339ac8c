//! One response as an export writes it: a struct per audience whose fields are the columns,
//! in column order. The header is the fields' names as serde writes them (read once from the
//! `csv` crate's header for the struct), and the cells are the same fields' values, so the
//! header and a row cannot drift apart. Every cell is text; an absent value is "".

use std::sync::LazyLock;

use serde::Serialize;
use serde_json::{Map, Value};

/// Every field and status of a response, for officials.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct OfficialsRow {
    pub svarnummer: String,
    pub status: String,
    pub held_reason: String,
    pub channel: String,
    pub kind: String,
    pub name: String,
    pub organisation: String,
    pub contact_role: String,
    pub cvr: String,
    pub email: String,
    pub postal_code: String,
    /// `true` or `false`.
    pub publish_name: String,
    pub section: String,
    pub paragraph: String,
    pub stance: String,
    pub language: String,
    pub submitted_at: String,
    pub verified_at: String,
    pub published_at: String,
    /// The files' names, separated by "; ".
    pub attachments: String,
    pub text: String,
    pub public_text: String,
    /// The original's svarnummer.
    pub duplicate_of: String,
    /// Separated by "; ".
    pub tags: String,
    /// The administration's remark answering it (its own or its theme's), as written so far.
    pub remark: String,
    /// Whether it led to a change: `true`, `false`, or empty (not decided).
    pub gives_change: String,
}

/// A published response's public fields (open data).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct PublicRow {
    pub svarnummer: String,
    pub kind: String,
    pub display_name: String,
    pub section: String,
    pub paragraph: String,
    pub stance: String,
    pub language: String,
    pub submitted_at: String,
    pub published_at: String,
    pub attachments: String,
    /// The published (redacted) text.
    pub text: String,
    /// The administration's remark answering it, once the hearing's outcome is published.
    pub remark: String,
    /// Whether it led to a change: `true`, `false`, or empty (not decided or not published).
    pub gives_change: String,
}

/// A row of either export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExportRow {
    Officials(Box<OfficialsRow>),
    Public(Box<PublicRow>),
}

static OFFICIALS: LazyLock<Vec<String>> = LazyLock::new(header::<OfficialsRow>);
static PUBLIC: LazyLock<Vec<String>> = LazyLock::new(header::<PublicRow>);

/// The columns of the officials' export (`true`) or the public one, in order.
pub(super) fn columns_of(officials: bool) -> &'static [String] {
    if officials { &OFFICIALS } else { &PUBLIC }
}

/// The header the `csv` crate writes for `R`: its fields' serde names, in order.
fn header<R: Serialize + Default>() -> Vec<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Writing a struct of strings to memory cannot fail; the test below reads every column.
    let _ = writer.serialize(R::default());
    let bytes = writer.into_inner().unwrap_or_default();
    let mut reader = csv::Reader::from_reader(bytes.as_slice());
    let names = reader.headers().cloned().unwrap_or_default();
    names.iter().map(str::to_owned).collect()
}

impl ExportRow {
    /// The row as a JSON object of strings (keys in `serde_json`'s map order).
    pub fn json(&self) -> Map<String, Value> {
        let value = match self {
            ExportRow::Officials(row) => serde_json::to_value(row),
            ExportRow::Public(row) => serde_json::to_value(row),
        };
        match value {
            Ok(Value::Object(map)) => map,
            _ => Map::new(),
        }
    }

    /// The cells, in column order.
    pub fn cells(&self) -> Vec<String> {
        let columns = columns_of(matches!(self, ExportRow::Officials(_)));
        let mut map = self.json();
        columns
            .iter()
            .map(|name| match map.remove(name) {
                Some(Value::String(cell)) => cell,
                _ => String::new(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_is_every_field_in_order_and_the_cells_follow_it() {
        assert_eq!(columns_of(false).len(), 13);
        assert_eq!(columns_of(true).len(), 26);
        assert_eq!(
            columns_of(true)[..3],
            ["svarnummer", "status", "held_reason"]
        );
        assert_eq!(columns_of(true)[23], "tags");
        assert_eq!(columns_of(false)[11..], ["remark", "gives_change"]);
        let row = PublicRow {
            svarnummer: "2011-1-0001".into(),
            kind: "resident".into(),
            text: "Tekst".into(),
            ..Default::default()
        };
        let cells = ExportRow::Public(Box::new(row)).cells();
        assert_eq!(cells.len(), 13);
        assert_eq!(
            (&*cells[0], &*cells[1], &*cells[10]),
            ("2011-1-0001", "resident", "Tekst")
        );
        assert!(cells[2..10].iter().all(String::is_empty));
        assert!(cells[11..].iter().all(String::is_empty));
    }
}
