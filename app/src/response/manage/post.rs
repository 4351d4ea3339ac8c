//! `POST /responses/manage/{token}`: a change or a withdrawal. Accepted: back to the page
//! with a confirmation (post/redirect/get). Refused: the page again, the text kept and the
//! message at its field.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;

use super::store::{Change, apply};
use super::{ManageForm, ManageFormState};
use crate::error::AppError;
use crate::i18n::{Locale, page_locale};
use crate::response::form_post::render_again;
use crate::response::store::field_errors;
use crate::response::submission::{FieldError, FieldErrors, Stance, text_field};
use crate::state::AppState;

/// The largest form accepted: 20,000 characters, percent-encoded, and the rest.
const MAX_FORM_BYTES: usize = 256 * 1024;

/// Handles a posted change.
pub async fn post_change(
    State(state): State<AppState>,
    Path(token): Path<String>,
    request: Request<Body>,
) -> Response {
    let locale = page_locale(request.headers());
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_FORM_BYTES).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    let form: ManageForm = serde_urlencoded::from_bytes(&bytes).unwrap_or_default();
    let result = match change_from(&form, locale) {
        Ok(change) => apply(&state.db, &token, change.clone(), Utc::now())
            .await
            .map(|()| change),
        Err(error) => Err(error),
    };
    let errors = match result {
        Ok(change) => {
            let done = match change {
                Change::Withdraw => "withdrawn",
                Change::Update { .. } => "saved",
            };
            let location = format!("/responses/manage/{token}?{done}=1");
            return (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response();
        }
        Err(AppError::Validation(errors)) => errors,
        Err(AppError::Closed) => [(
            "text".to_owned(),
            locale.messages().closed_while_writing().to_owned(),
        )]
        .into(),
        Err(AppError::Conflict(_)) => [(
            "text".to_owned(),
            locale.messages().already_withdrawn().to_owned(),
        )]
        .into(),
        Err(other) => return other.into_response(),
    };
    let form_state = ManageFormState {
        values: form,
        errors,
    };
    let request = Request::from_parts(parts, Body::empty());
    render_again(state, form_state, request, StatusCode::UNPROCESSABLE_ENTITY).await
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
    let stance = Stance::parse(Some(&form.stance)).ok_or(FieldError::UnknownStance);
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
