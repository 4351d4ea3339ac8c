//! JSON: `{"items": [{column: value, …}, …]}`, written a batch at a time; every value a
//! string, the keys in `serde_json`'s map order (alphabetical).

use super::ExportRow;

/// The opening.
pub fn head() -> Vec<u8> {
    b"{\"items\":[".to_vec()
}

/// A batch of rows; `first` says whether any row was written before.
pub fn rows(rows: Vec<ExportRow>, first: bool) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, row) in rows.into_iter().enumerate() {
        if !(first && i == 0) {
            out.push(b',');
        }
        let object = serde_json::Value::Object(row.json());
        out.extend(serde_json::to_vec(&object).unwrap_or_default());
    }
    out
}

/// The closing.
pub fn tail() -> Vec<u8> {
    b"]}".to_vec()
}
