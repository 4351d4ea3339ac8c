//! A file attached to a response, stored by its SHA-256.

use sea_orm::entity::prelude::*;

/// One row of `attachment`.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "attachment")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub response_id: Option<i32>,
    /// The name it was sent under.
    pub filename: String,
    /// The MIME type of its kind, found by content.
    pub content_type: String,
    pub size_bytes: i64,
    /// Lower-case hex; the file is `attachments/<first two>/<sha256>`.
    pub sha256: String,
    /// `pending`, `extracted`, `no_text`, `encrypted`, `failed` or `timed_out`.
    pub extraction_state: crate::vocab::Extraction,
    #[sea_orm(column_type = "Text", nullable)]
    pub extracted_text: Option<String>,
    /// Why extraction failed, for officials.
    pub extraction_note: Option<String>,
    pub extraction_attempts: i32,
    pub created_at: DateTimeUtc,
    /// When an official made the file public although its text was not checked (or seemed
    /// to hold a CPR number).
    pub released_at: Option<DateTimeUtc>,
    /// The official (account id) who released it.
    pub released_by: Option<i32>,
    /// The process (instance name) extracting its text now.
    pub claimed_by: Option<String>,
    /// When that claim runs out (a process that died leaves the file to another after this).
    pub claimed_until: Option<DateTimeUtc>,
    /// An official marked it as part of the case file: it stays when the hearing's personal
    /// data is erased.
    pub case_file: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
