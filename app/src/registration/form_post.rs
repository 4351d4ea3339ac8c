//! `POST /admin/hearings/{slug}/responses/new`: the registration form, with and without
//! JavaScript. Registered: on to the page again (303) saying which number it got, ready for
//! the next letter. Refused: the page again (422) with what was typed and the message at each
//! field; files are chosen again (a browser cannot be handed them back).

use axum::Router;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::Request;
use axum::response::{IntoResponse, Response};
use axum::routing::post;

use super::official::submit;
use super::store::may_register;
use super::{RegisterForm, RegisterFormState};
use crate::auth::extract::signed_in_or_sign_in;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::response::intake::form_body;
use crate::state::AppState;
use crate::web::form::see_other;
use crate::web::language::PageLocale;

/// The largest URL-encoded form: 20,000 characters of text, percent-encoded, and the rest.
const MAX_FORM_BYTES: usize = 256 * 1024;

/// The form route (merged behind the same-origin check).
pub fn router() -> Router<AppState> {
    Router::new().route(
        "/admin/hearings/{slug}/responses/new",
        post(post_registration),
    )
}

/// Handles the registration form.
pub async fn post_registration(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    PageLocale(locale): PageLocale,
    request: Request<Body>,
) -> Response {
    let (parts, body) = request.into_parts();
    let who = match signed_in_or_sign_in(&state, &parts).await {
        Ok(who) => who,
        Err(answer) => return answer,
    };
    let hearing = match may_register(&state.db, &who, &slug).await {
        Ok(hearing) => hearing,
        Err(error) => return error.into_response(),
    };
    let page = Request::from_parts(parts.clone(), Body::empty());
    let read = form_body::<RegisterForm>(
        &state,
        Request::from_parts(parts, body),
        locale,
        MAX_FORM_BYTES,
    );
    let (form, received) = match read.await {
        Ok(read) => read,
        Err(error) => return refuse(&state, RegisterForm::default(), error, page, locale).await,
    };
    let had_files = !received.uploads.is_empty() || !received.problems.is_empty();
    let body = form.to_request();
    let key = Some(form.form_id.trim()).filter(|id| !id.is_empty());
    let key = key.map(|id| ("official-form", id));
    match submit(&state, (&who, &hearing), (&body, key), received, locale).await {
        Ok(done) => see_other(&format!(
            "/admin/hearings/{slug}/responses/new?registered={}&id={}",
            done.svarnummer, done.id
        )),
        Err(AppError::Validation(mut errors)) => {
            if had_files && !errors.contains_key("files") {
                let again = locale.messages().files_choose_again().to_owned();
                errors.insert("files".into(), again);
            }
            refuse(&state, form, AppError::Validation(errors), page, locale).await
        }
        Err(error) => refuse(&state, form, error, page, locale).await,
    }
}

/// The page again with what was typed and each message at its field (an unknown section or
/// paragraph at the one choice of what the response is about); a failure on our side keeps
/// the text too.
async fn refuse(
    state: &AppState,
    values: RegisterForm,
    error: AppError,
    page: Request<Body>,
    locale: Locale,
) -> Response {
    let status = error.status_code();
    let mut errors = match error {
        AppError::Validation(errors) => errors,
        AppError::Internal => [(
            "text".to_owned(),
            locale.messages().not_saved_try_again().to_owned(),
        )]
        .into(),
        other => return other.into_response(),
    };
    for field in ["section", "paragraph"] {
        if let Some(message) = errors.remove(field) {
            errors.insert("about".into(), message);
        }
    }
    let state_again = RegisterFormState { values, errors };
    state.render_again(state_again, page, status).await
}
