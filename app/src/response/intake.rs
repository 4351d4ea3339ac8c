//! Reading a submission off the wire, as JSON or as `multipart/form-data` (a `response`
//! JSON part, or the form's fields, plus `files`), and checking it whole: every field's
//! problem and every file's problem in one answer.

use axum::body::Body;
use axum::extract::{FromRequest, Json, Multipart};
use axum::http::Request;
use serde::de::DeserializeOwned;

use super::SubmitRequest;
use super::store::field_errors;
use super::submission::NewResponse;
use crate::attachment::FileProblem;
use crate::attachment::intake::{Received, Upload, receive};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::form::is_multipart;

/// The multipart part that holds the JSON submission.
pub const RESPONSE_PART: &str = "response";

/// Reads an API submission (a [`SubmitRequest`], or an official's registration): a JSON
/// body, or multipart with a `response` part holding the same JSON and `files`.
pub async fn api_body<T: DeserializeOwned + Default>(
    state: &AppState,
    request: Request<Body>,
    locale: Locale,
) -> Result<(T, Received), AppError> {
    if !is_multipart(request.headers()) {
        let Json(body) = Json::<T>::from_request(request, state)
            .await
            .map_err(|rejection| AppError::field("body", rejection.body_text()))?;
        return Ok((body, Received::default()));
    }
    let received = multipart(state, request, locale).await?;
    let body = match received.text.iter().find(|(name, _)| name == RESPONSE_PART) {
        Some((_, json)) => serde_json::from_str(json)
            .map_err(|error| AppError::field(RESPONSE_PART, error.to_string()))?,
        None => T::default(),
    };
    Ok((body, received))
}

/// Reads a posted form (the response form's `ResponseForm`, or another with files):
/// multipart (with files) or URL-encoded.
pub async fn form_body<T: DeserializeOwned + Default>(
    state: &AppState,
    request: Request<Body>,
    locale: Locale,
    max_urlencoded: usize,
) -> Result<(T, Received), AppError> {
    if !is_multipart(request.headers()) {
        let bytes = axum::body::to_bytes(request.into_body(), max_urlencoded)
            .await
            .map_err(|_| AppError::field("text", locale.messages().files_unreadable()))?;
        let form = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
        return Ok((form, Received::default()));
    }
    let received = multipart(state, request, locale).await?;
    let pairs = serde_urlencoded::to_string(&received.text).unwrap_or_default();
    let form = serde_urlencoded::from_str(&pairs).unwrap_or_default();
    Ok((form, received))
}

async fn multipart(
    state: &AppState,
    request: Request<Body>,
    locale: Locale,
) -> Result<Received, AppError> {
    let unreadable = || AppError::field("files", locale.messages().files_unreadable());
    let multipart = Multipart::from_request(request, state)
        .await
        .map_err(|_| unreadable())?;
    receive(multipart, &state.attachments)
        .await
        .map_err(|error| match error {
            AppError::Validation(_) => unreadable(),
            other => other,
        })
}

/// Checks the fields and the files together. The staged files come back only when
/// everything passed; otherwise they are dropped (and so deleted) here.
pub fn check(
    request: &SubmitRequest,
    received: Received,
    locale: Locale,
) -> Result<(NewResponse, Vec<Upload>), AppError> {
    let parsed = NewResponse::parse(request);
    let file_message = files_message(&received.problems, locale);
    match (parsed, file_message) {
        (Ok(new), None) => Ok((new, received.uploads)),
        (Ok(_), Some(message)) => Err(AppError::field("files", message)),
        (Err(errors), message) => {
            let mut error = field_errors(&errors, locale);
            if let (AppError::Validation(fields), Some(message)) = (&mut error, message) {
                fields.insert("files".into(), message);
            }
            Err(error)
        }
    }
}

/// Every file problem in one message, each naming its file.
pub fn files_message(problems: &[FileProblem], locale: Locale) -> Option<String> {
    let t = locale.messages();
    let message = problems
        .iter()
        .map(|problem| problem.message(t))
        .collect::<Vec<_>>()
        .join(" ");
    (!message.is_empty()).then_some(message)
}
