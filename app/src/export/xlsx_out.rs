//! XLSX for Excel: one sheet, a bold frozen header row, written with rust_xlsxwriter's
//! constant-memory mode (rows go to a temporary file as they are written). Every cell is
//! written with `write_string`, a string cell and never a formula, so text such as
//! `=HYPERLINK(…)` shows as typed and runs nothing; unlike CSV it needs no leading `'`.

use std::path::Path;

use rust_xlsxwriter::{Format, Workbook, XlsxError};
use sea_orm::ConnectionTrait;

use super::{Audience, batches, columns};
use crate::error::AppError;

fn xlsx_error(error: XlsxError) -> AppError {
    tracing::error!(%error, "writing an XLSX export");
    AppError::Internal
}

/// Writes the export to `path`.
pub async fn write(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    audience: Audience,
    path: &Path,
) -> Result<(), AppError> {
    let mut workbook = Workbook::new();
    let sheet = workbook
        .add_worksheet_with_constant_memory()
        .map_err(xlsx_error)?;
    sheet.set_name("Høringssvar").map_err(xlsx_error)?;
    let bold = Format::new().set_bold();
    for (col, name) in columns(audience).iter().enumerate() {
        sheet
            .write_string_with_format(0, col as u16, name, &bold)
            .map_err(xlsx_error)?;
    }
    sheet.set_freeze_panes(1, 0).map_err(xlsx_error)?;
    let (mut row_no, mut after) = (1u32, 0);
    loop {
        let (rows, last) = batches(db, hearing_id, audience, after).await?;
        if rows.is_empty() {
            break;
        }
        after = last;
        let sheet = workbook.worksheet_from_index(0).map_err(xlsx_error)?;
        for row in rows {
            for (col, cell) in row.cells().into_iter().enumerate() {
                sheet
                    .write_string(row_no, col as u16, cell)
                    .map_err(xlsx_error)?;
            }
            row_no += 1;
        }
    }
    let path = path.to_owned();
    tokio::task::spawn_blocking(move || workbook.save(&path))
        .await
        .map_err(|e| AppError::internal("saving an XLSX export", &e))?
        .map_err(xlsx_error)
}
