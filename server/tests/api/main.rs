//! Integration tests: the real application on 127.0.0.1:0, each test on a fresh SQLite file
//! AND on a fresh PostgreSQL database.

mod fixtures;
mod helpers;

mod accounts;
mod accounts_roles;
mod admin;
mod attachments;
mod blobs;
mod cli;
mod demo;
mod demo_responses;
mod digest;
mod draft_import;
mod exports;
mod health;
mod hearing_admin;
mod hearing_drafts;
mod hearing_flow;
mod hearings;
mod hostile_text;
mod inbox;
mod manage;
mod manage_decided;
mod numbering;
mod pages;
mod paging;
mod parties;
mod personal_data;
mod records;
mod redirects;
mod respond_form;
mod responses;
mod search;
mod search_index;
mod search_outbox;
mod security_headers;
mod sessions;
mod sign_in;
mod smtp;
mod themes;
mod users;
mod verification;
mod workspace;
