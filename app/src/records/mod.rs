//! Officials' records as files: the audit log as CSV or JSON (admins) and every attachment of
//! a hearing as one ZIP named by svarnummer (readers of the hearing). Both are written as they
//! are read, so neither holds the whole record in memory.

#[cfg(feature = "ssr")]
pub mod api;
#[cfg(feature = "ssr")]
pub mod attachments_zip;
#[cfg(feature = "ssr")]
pub mod audit_out;
mod view;

pub use view::AuditExport;
