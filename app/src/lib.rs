//! Ordet's Leptos application: the public pages, their server functions and the domain
//! logic they stand on. Built twice: with `ssr` into the `ordet` server, with `hydrate` into
//! the wasm that makes the server-rendered pages' islands interactive.

// Leptos view types nest deeply; without type erasure the wasm build needs more room.
#![recursion_limit = "256"]

pub mod app;
pub mod attachment;
pub mod audit;
pub mod auth;
#[cfg(feature = "ssr")]
pub mod blob;
pub mod digest;
pub mod disclosure;
pub mod draft;
pub mod easy_read;
pub mod error;
pub mod hearing;
pub mod hearing_admin;
pub mod hvidbog;
pub mod i18n;
pub mod installation;
pub mod layout;
pub mod mailbox;
pub mod moderation;
pub mod one_line;
pub mod outcome;
pub mod paging;
pub mod party;
pub mod records;
pub mod registration;
pub mod respondent;
pub mod response;
pub mod rights;
pub mod search;
pub mod site;
pub mod themes;
pub mod users;
pub mod vocab;
pub mod web;

#[cfg(test)]
mod layering;

#[cfg(feature = "ssr")]
pub mod clock;
#[cfg(feature = "ssr")]
pub mod db;
#[cfg(feature = "ssr")]
pub mod embedding;
#[cfg(feature = "ssr")]
pub mod entities;
#[cfg(feature = "ssr")]
pub mod export;
#[cfg(feature = "ssr")]
pub mod instance;
#[cfg(feature = "ssr")]
pub mod jobs;
#[cfg(feature = "ssr")]
pub mod lease;
#[cfg(feature = "ssr")]
pub mod log_safe;
#[cfg(feature = "ssr")]
pub mod mail;
#[cfg(feature = "ssr")]
pub mod office;
#[cfg(feature = "ssr")]
pub mod retention;
#[cfg(feature = "ssr")]
pub mod secret;
#[cfg(feature = "ssr")]
pub mod state;
#[cfg(feature = "ssr")]
pub mod token;

/// The browser entry point: makes the page's islands interactive. Leptos' island script
/// calls this, then hydrates each `<leptos-island>` in the same task; `<body>` is marked
/// `data-hydrated` in the next task, once every island has been hydrated (tests and CSS
/// read it).
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
    leptos::prelude::set_timeout(mark_hydrated, std::time::Duration::ZERO);
}

/// Marks `<body>` once the wasm has taken over.
#[cfg(feature = "hydrate")]
fn mark_hydrated() {
    if let Some(body) = leptos::prelude::document().body() {
        let _ = body.set_attribute("data-hydrated", "true");
    }
}
