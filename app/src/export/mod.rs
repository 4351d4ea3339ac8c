//! Exports of a hearing's responses: for officials every field and status (CSV, XLSX, JSON),
//! for everyone the published responses' public fields (CSV, JSON: open data). Rows are read
//! in batches by id and written out as they come, so an export of 100,000 responses never
//! holds them all in memory.

pub mod api;
mod batches;
pub(crate) mod csv_out;
mod json_out;
mod row;
pub(crate) mod stream;
mod xlsx_out;

pub use batches::{Audience, batches};
pub use row::{ExportRow, OfficialsRow, PublicRow};

/// The columns of an export, in order, for an audience: the fields of its row
/// ([`OfficialsRow`], [`PublicRow`]).
pub fn columns(audience: Audience) -> &'static [String] {
    row::columns_of(audience == Audience::Officials)
}
