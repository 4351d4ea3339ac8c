//! CSV (RFC 4180, UTF-8 with a byte-order mark so Excel reads æ, ø and å right). Every CSV
//! Ordet writes (exports, open data, the audit log) goes through [`encode`], which
//! neutralises cells a spreadsheet would run as a formula ([`safe_cell`]).

use std::borrow::Cow;

use super::{Audience, ExportRow, columns};

/// The first chunk: the byte-order mark and the header row.
pub fn head(audience: Audience) -> Vec<u8> {
    with_bom(columns(audience))
}

/// The byte-order mark and a header row of `columns`.
pub fn with_bom(columns: &[impl AsRef<str>]) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    out.extend(encode(std::iter::once(
        columns.iter().map(|c| c.as_ref().to_owned()).collect(),
    )));
    out
}

/// A batch of rows.
pub fn rows(rows: Vec<ExportRow>) -> Vec<u8> {
    encode(rows.iter().map(ExportRow::cells))
}

/// Records as CSV rows (RFC 4180), each cell through [`safe_cell`].
pub fn encode(records: impl Iterator<Item = Vec<String>>) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for record in records {
        // Writing to memory cannot fail.
        let _ = writer.write_record(record.iter().map(|cell| safe_cell(cell).into_owned()));
    }
    writer.into_inner().unwrap_or_default()
}

/// A cell as a spreadsheet can open it without running anything. Excel, LibreOffice and
/// Google Sheets read a cell that starts with `=`, `+`, `-` or `@` (also after a tab or a
/// carriage return) as a formula, which can fetch URLs or start programs; such a cell gets a
/// leading `'`, as OWASP recommends, so it shows as the text it is. A plain number (`-12`,
/// `+4512345678`, `-0.5`) is no formula and stays as it is.
pub fn safe_cell(cell: &str) -> Cow<'_, str> {
    let risky = cell
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r'));
    if risky && !is_plain_number(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A sign, digits and at most one decimal point: nothing a spreadsheet could evaluate.
fn is_plain_number(cell: &str) -> bool {
    let digits = cell.strip_prefix(['+', '-']).unwrap_or(cell);
    !digits.is_empty()
        && digits.bytes().any(|b| b.is_ascii_digit())
        && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && digits.bytes().filter(|b| *b == b'.').count() <= 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_with_commas_quotes_and_lines_are_quoted() {
        let out = encode(std::iter::once(vec![
            "a,b".into(),
            "sagde \"nej\"".into(),
            "linje 1\nlinje 2".into(),
        ]));
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\"a,b\",\"sagde \"\"nej\"\"\",\"linje 1\nlinje 2\"\n"
        );
        assert!(head(Audience::Public).starts_with(b"\xEF\xBB\xBFsvarnummer,kind,display_name"));
    }

    #[test]
    fn cells_a_spreadsheet_would_run_get_a_leading_quote() {
        let hostile = [
            ("=1+1", "'=1+1"),
            (
                "=HYPERLINK(\"https://evil.example\",\"klik\")",
                "'=HYPERLINK(\"https://evil.example\",\"klik\")",
            ),
            ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
            ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
            (
                "@SUM(1+1)*cmd|' /C calc'!A0",
                "'@SUM(1+1)*cmd|' /C calc'!A0",
            ),
            ("\t=1+1", "'\t=1+1"),
            ("\r=1+1", "'\r=1+1"),
            ("-støj er et problem", "'-støj er et problem"),
            ("-", "'-"),
            ("+45 12 34 56 78", "'+45 12 34 56 78"),
        ];
        for (cell, safe) in hostile {
            assert_eq!(safe_cell(cell), safe, "{cell:?}");
        }
        for harmless in [
            "",
            "Ida",
            "-12",
            "+4512345678",
            "-0.5",
            "2010-08-09",
            "a=b",
            " =1",
        ] {
            assert_eq!(safe_cell(harmless), harmless, "{harmless:?}");
        }
    }

    #[test]
    fn every_cell_of_a_row_is_neutralised_and_stays_readable() {
        let out = encode(std::iter::once(vec![
            "2010-64452-0001".into(),
            "=cmd|' /C calc'!A0".into(),
            "@foo, \"bar\"".into(),
        ]));
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            "2010-64452-0001,'=cmd|' /C calc'!A0,\"'@foo, \"\"bar\"\"\"\n"
        );
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes());
        let record = reader.records().next().unwrap().unwrap();
        assert_eq!(
            &record[2], "'@foo, \"bar\"",
            "the value reads back with its quote"
        );
    }
}
