//! Exports of a hearing's responses: for officials every field and status (CSV, XLSX, JSON),
//! for everyone the published responses' public fields (CSV, JSON: open data). Rows are read
//! in batches by id and written out as they come, so an export of 100,000 responses never
//! holds them all in memory.

pub mod api;
mod batches;
pub(crate) mod csv_out;
mod json_out;
pub(crate) mod stream;
mod xlsx_out;

pub use batches::{Audience, ExportRow, batches};

/// The columns of an export, in order, for an audience.
pub fn columns(audience: Audience) -> &'static [&'static str] {
    match audience {
        Audience::Officials => &[
            "svarnummer",
            "status",
            "held_reason",
            "channel",
            "kind",
            "name",
            "organisation",
            "contact_role",
            "cvr",
            "email",
            "postal_code",
            "publish_name",
            "section",
            "paragraph",
            "stance",
            "language",
            "submitted_at",
            "verified_at",
            "published_at",
            "attachments",
            "text",
            "public_text",
            "duplicate_of",
            "tags",
        ],
        Audience::Public => &[
            "svarnummer",
            "kind",
            "display_name",
            "section",
            "paragraph",
            "stance",
            "language",
            "submitted_at",
            "published_at",
            "attachments",
            "text",
        ],
    }
}
