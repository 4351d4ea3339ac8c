//! The one error type of the application, shared by server functions and the REST API.
//!
//! Variants mean something to the client; infrastructure failures become the opaque
//! [`AppError::Internal`] after being logged once, where they are converted.

use std::collections::BTreeMap;

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// Everything that can go wrong, as the client needs to know it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum AppError {
    /// The thing asked for does not exist (or is not public).
    #[error("not found")]
    NotFound,
    /// Sign-in is needed.
    #[error("unauthorized")]
    Unauthorized,
    /// Signed in, but not allowed.
    #[error("forbidden")]
    Forbidden,
    /// Input was refused; field name → message in the user's language.
    #[error("validation failed")]
    Validation(BTreeMap<String, String>),
    /// The request conflicts with what is stored.
    #[error("conflict: {0}")]
    Conflict(String),
    /// The hearing no longer takes responses.
    #[error("the hearing is closed")]
    Closed,
    /// Too many requests from one address; try again later.
    #[error("too many requests")]
    RateLimited,
    /// Something failed inside; the cause is in the server log, never shown.
    #[error("internal error")]
    Internal,
    /// The client could not reach the server or read its answer.
    #[error("transport: {0}")]
    Transport(String),
}

impl AppError {
    /// A validation error on one field.
    pub fn field(field: &str, message: impl Into<String>) -> Self {
        AppError::Validation(BTreeMap::from([(field.to_owned(), message.into())]))
    }

    /// The stable machine-readable code the JSON API sends.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound => "not_found",
            AppError::Unauthorized => "unauthorized",
            AppError::Forbidden => "forbidden",
            AppError::Validation(_) => "validation",
            AppError::Conflict(_) => "conflict",
            AppError::Closed => "closed",
            AppError::RateLimited => "rate_limited",
            AppError::Internal => "internal",
            AppError::Transport(_) => "transport",
        }
    }

    /// The HTTP status this error is answered with.
    #[cfg(feature = "ssr")]
    pub fn status_code(&self) -> http::StatusCode {
        use http::StatusCode;
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Conflict(_) | AppError::Closed => StatusCode::CONFLICT,
            AppError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            AppError::Internal | AppError::Transport(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Logs an infrastructure failure with its cause chain and hides it from the client.
    #[cfg(feature = "ssr")]
    pub fn internal(context: &str, error: &(dyn std::error::Error + 'static)) -> Self {
        let mut chain = error.to_string();
        let mut source = error.source();
        while let Some(cause) = source {
            chain.push_str(": ");
            chain.push_str(&cause.to_string());
            source = cause.source();
        }
        let error = crate::log_safe::scrub(&chain);
        tracing::error!(%error, "{context}");
        AppError::Internal
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        AppError::Transport(value.to_string())
    }
}

#[cfg(feature = "ssr")]
impl From<sea_orm::DbErr> for AppError {
    fn from(error: sea_orm::DbErr) -> Self {
        AppError::internal("database error", &error)
    }
}

#[cfg(feature = "ssr")]
impl axum::response::IntoResponse for AppError {
    fn into_response(self) -> axum::response::Response {
        let message = self.to_string();
        self.answer_with(&message)
    }
}

#[cfg(feature = "ssr")]
impl AppError {
    /// This error as a response whose message is `message` (a sentence in the reader's
    /// language), in the JSON shape of every error.
    pub fn answer_with(&self, message: &str) -> axum::response::Response {
        use axum::response::IntoResponse;
        let fields = match self {
            AppError::Validation(fields) => Some(fields.clone()),
            _ => None,
        };
        // `errors` (field → message) is the contract for bad input; `error` is the same for
        // every failure.
        let body = serde_json::json!({
            "error": { "code": self.code(), "message": message, "fields": &fields },
            "errors": fields,
        });
        (self.status_code(), axum::Json(body)).into_response()
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn database_errors_reach_the_client_only_as_internal() {
        let error: AppError = sea_orm::DbErr::Custom("password=secret".into()).into();
        assert_eq!(error, AppError::Internal);
        assert!(!error.to_string().contains("secret"));
        assert_eq!(error.status_code(), http::StatusCode::INTERNAL_SERVER_ERROR);
    }

    #[test]
    fn a_field_error_names_its_field() {
        let AppError::Validation(fields) = AppError::field("title", "Skriv en titel") else {
            panic!("expected a validation error");
        };
        assert_eq!(fields["title"], "Skriv en titel");
    }
}
