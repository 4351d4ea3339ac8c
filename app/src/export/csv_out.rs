//! CSV (RFC 4180, UTF-8 with a byte-order mark so Excel reads æ, ø and å right).

use super::{Audience, ExportRow, columns};

/// The first chunk: the byte-order mark and the header row.
pub fn head(audience: Audience) -> Vec<u8> {
    with_bom(columns(audience))
}

/// The byte-order mark and a header row of `columns`.
pub fn with_bom(columns: &[&str]) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    out.extend(encode(std::iter::once(
        columns.iter().map(|c| c.to_string()).collect(),
    )));
    out
}

/// A batch of rows.
pub fn rows(rows: Vec<ExportRow>) -> Vec<u8> {
    encode(rows.into_iter().map(|r| r.0))
}

/// Records as CSV rows (RFC 4180).
pub fn encode(records: impl Iterator<Item = Vec<String>>) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for record in records {
        // Writing to memory cannot fail.
        let _ = writer.write_record(&record);
    }
    writer.into_inner().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_with_commas_quotes_and_lines_are_quoted() {
        let out = rows(vec![ExportRow(vec![
            "a,b".into(),
            "sagde \"nej\"".into(),
            "linje 1\nlinje 2".into(),
        ])]);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\"a,b\",\"sagde \"\"nej\"\"\",\"linje 1\nlinje 2\"\n"
        );
        assert!(head(Audience::Public).starts_with(b"\xEF\xBB\xBFsvarnummer,kind,display_name"));
    }
}
