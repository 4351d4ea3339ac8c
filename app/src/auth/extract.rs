//! The signed-in official as an axum extractor: a handler that takes a [`Principal`] answers
//! 401 to a request without a valid session before it runs.

use axum::extract::FromRequestParts;
use http::request::Parts;

use super::{Capability, Principal, session};
use crate::error::AppError;
use crate::state::AppState;

impl FromRequestParts<AppState> for Principal {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        session::from_headers(state, &parts.headers)
            .await?
            .ok_or(AppError::Unauthorized)
    }
}

impl Principal {
    /// `Ok` when the official may do `capability` on `hearing_id`, else 403.
    pub fn require(&self, capability: Capability, hearing_id: Option<i32>) -> Result<(), AppError> {
        if self.can(capability, hearing_id) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        }
    }
}

/// The signed-in official inside a server function (from the request being served).
pub async fn current(state: &AppState) -> Result<Principal, AppError> {
    let parts = leptos::prelude::use_context::<Parts>().ok_or(AppError::Unauthorized)?;
    session::from_headers(state, &parts.headers)
        .await?
        .ok_or(AppError::Unauthorized)
}

/// The page's language inside a server function: the reader's cookie, else Danish.
pub fn request_locale() -> crate::i18n::Locale {
    leptos::prelude::use_context::<Parts>()
        .map(|parts| crate::i18n::page_locale(&parts.headers))
        .unwrap_or_default()
}
