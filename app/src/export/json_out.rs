//! JSON: `{"items": [{column: value, …}, …]}`, written a batch at a time.

use serde_json::{Map, Value};

use super::{Audience, ExportRow, columns};

/// The opening.
pub fn head() -> Vec<u8> {
    b"{\"items\":[".to_vec()
}

/// A batch of rows; `first` says whether any row was written before.
pub fn rows(audience: Audience, rows: Vec<ExportRow>, first: bool) -> Vec<u8> {
    let names = columns(audience);
    let mut out = Vec::new();
    for (i, row) in rows.into_iter().enumerate() {
        if !(first && i == 0) {
            out.push(b',');
        }
        let object: Map<String, Value> = names
            .iter()
            .zip(row.0)
            .map(|(name, value)| ((*name).to_owned(), Value::String(value)))
            .collect();
        out.extend(serde_json::to_vec(&Value::Object(object)).unwrap_or_default());
    }
    out
}

/// The closing.
pub fn tail() -> Vec<u8> {
    b"]}".to_vec()
}
