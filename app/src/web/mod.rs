//! The HTTP edge every domain stands on: how a request is read and a form answered, the
//! same for every page and API route. Extractors for the reader's language
//! ([`language::Locale`](crate::i18n::Locale) for the API, [`language::PageLocale`] for pages
//! and their forms), the form body and its 303 ([`form`]), the signed render time a public
//! form carries (`fill_time`), the shared form widgets ([`fields`], [`textarea`]), text a
//! person wrote ([`user_text`]), percent-encoding for a query string ([`url`]), escaping for
//! HTML written by hand (`html`), the cross-site check every state-changing request passes
//! ([`csrf`]), the rate limiter ([`limit`]), the client's address behind trusted proxies
//! ([`client`]), the officials' session cookie (`session_cookie`), safe redirect targets
//! ([`redirect`]) and the responses every API route documents alike ([`openapi`]).
//!
//! A lower layer: it imports no domain (the layering test in `crate::layering` holds it to
//! that). The signed-in official is the one piece of the edge that needs a domain, the
//! officials' sessions, so its extractors live in `crate::auth::extract` (`Principal`,
//! `OfficialForm`).

pub mod fields;
pub mod table_scroll;
pub mod textarea;
pub mod url;
pub mod user_text;

#[cfg(feature = "ssr")]
pub mod client;
#[cfg(feature = "ssr")]
pub mod cookie;
#[cfg(feature = "ssr")]
pub mod csrf;
#[cfg(feature = "ssr")]
pub mod fill_time;
#[cfg(feature = "ssr")]
pub mod form;
#[cfg(feature = "ssr")]
pub mod html;
#[cfg(feature = "ssr")]
pub mod language;
#[cfg(feature = "ssr")]
pub mod limit;
#[cfg(feature = "ssr")]
pub mod openapi;
#[cfg(feature = "ssr")]
pub mod redirect;
#[cfg(feature = "ssr")]
pub mod render;
#[cfg(feature = "ssr")]
pub mod session_cookie;
