//! sea-orm entities: the database rows as Rust types. They never cross the wire; each domain
//! module converts them into its serde DTOs.

pub mod account;
pub mod account_role;
pub mod account_token;
pub mod annex;
pub mod attachment;
pub mod audit_log;
pub mod campaign;
pub mod campaign_member;
pub mod consulted_party;
pub mod digest_recipient;
pub mod digest_run;
pub mod digest_setting;
pub mod draft_version;
pub mod hearing;
pub mod hvidbog_remark;
pub mod index_outbox;
pub mod index_outbox_pruned;
pub mod mail_outbox;
pub mod milestone;
pub mod paragraph;
pub mod party_reminder;
pub mod respondent;
pub mod response;
pub mod response_counter;
pub mod response_note;
pub mod response_tag;
pub mod response_token;
pub mod section;
pub mod server_secret;
pub mod session;
pub mod theme;
pub mod theme_member;
pub mod theme_outbox;
