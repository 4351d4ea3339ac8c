//! The `ordet` binary's library: configuration, command line, start-up, health checks, the
//! OpenAPI document and the demo hearing. Pages, API routes and domain logic live in `app`.

pub mod background;
pub mod backup;
pub mod blob_config;
pub mod cli;
pub mod config;
mod config_edge;
mod config_meaning;
mod config_retention;
pub mod config_site;
pub mod demo;
pub mod demo_parties;
pub mod demo_responses;
pub mod demo_summaries;
pub mod digest_cli;
pub mod extract_text;
pub mod health;
pub mod mailbox_cli;
pub mod officials;
pub mod openapi;
pub mod page_cache;
pub mod reindex;
pub mod retention_cli;
pub mod routes;
pub mod security_headers;
pub mod shutdown;
pub mod startup;
pub mod static_files;
pub mod telemetry;
pub mod themes_cli;
pub mod users;
