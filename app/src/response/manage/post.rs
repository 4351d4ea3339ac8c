//! `POST /responses/manage/{token}`: a change or a withdrawal. Accepted: back to the page
//! with a confirmation (post/redirect/get). Refused: the page again, the text kept and the
//! message at its field.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{Request, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::store::{Change, apply};
use super::{ManageForm, ManageFormState};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::response::store::field_errors;
use crate::response::submission::{FieldError, FieldErrors, Stance, text_field};
use crate::state::AppState;
use crate::web::language::PageLocale;

/// The largest form accepted: 20,000 characters, percent-encoded, and the rest.
const MAX_FORM_BYTES: usize = 256 * 1024;

/// Handles a posted change.
pub async fn post_change(
    State(state): State<AppState>,
    Path(token): Path<String>,
    PageLocale(locale): PageLocale,
    request: Request<Body>,
) -> Response {
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_FORM_BYTES).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    let form: ManageForm = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
    let result = match change_from(&form, locale) {
        Ok(change) => apply(
            &state.db,
            &token,
            change.clone(),
            (&state.base_url, state.clock.now()),
        )
        .await
        .map(|()| change),
        Err(error) => Err(error),
    };
    let errors = match result {
        Ok(change) => {
            state.mail_nudge.notify_one();
            let done = match change {
                Change::Withdraw => "withdrawn",
                Change::Update { .. } => "saved",
            };
            let location = format!("/responses/manage/{token}?{done}=1");
            return (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response();
        }
        Err(AppError::Validation(errors)) => errors,
        Err(error) => match at_text(&error, locale) {
            Some(message) => [("text".to_owned(), message.to_owned())].into(),
            None => return error.into_response(),
        },
    };
    let form_state = ManageFormState {
        values: form,
        errors,
    };
    let request = Request::from_parts(parts, Body::empty());
    state
        .render_again(form_state, request, StatusCode::UNPROCESSABLE_ENTITY)
        .await
}

/// The message shown at the text for a refusal that belongs to no one field.
fn at_text(error: &AppError, locale: Locale) -> Option<&'static str> {
    let t = locale.messages();
    Some(match error {
        AppError::Closed => t.closed_while_writing(),
        AppError::Conflict(reason) if reason == "withdrawn" => t.already_withdrawn(),
        AppError::Conflict(_) => t.manage_changed_meanwhile(),
        // A failure on our side (logged where it happened): the typed text is not lost.
        AppError::Internal => t.not_saved_try_again(),
        _ => return None,
    })
}

/// The change a posted form asks for, with the reader's messages for what is wrong.
fn change_from(form: &ManageForm, locale: Locale) -> Result<Change, AppError> {
    let t = locale.messages();
    if form.action == "withdraw" {
        if !matches!(form.confirm.as_str(), "true" | "on") {
            return Err(AppError::field("confirm", t.withdraw_confirm_required()));
        }
        return Ok(Change::Withdraw);
    }
    let text = text_field(&form.text);
    let stance = Stance::from_form(Some(&form.stance)).ok_or(FieldError::UnknownStance);
    match (text, stance) {
        (Ok(text), Ok(stance)) => Ok(Change::Update { text, stance }),
        (text, stance) => {
            let errors: FieldErrors = [("text", text.err()), ("stance", stance.err())]
                .into_iter()
                .filter_map(|(field, error)| error.map(|e| (field, e)))
                .collect();
            Err(field_errors(&errors, locale))
        }
    }
}
