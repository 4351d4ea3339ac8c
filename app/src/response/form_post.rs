//! `POST /hearings/{slug}/respond`: the response form without JavaScript (and with it).
//! A refused form is rendered again with every value kept and a message at each field; an
//! accepted one redirects to the "check your e-mail" page (post/redirect/get).

use std::collections::BTreeMap;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{Request, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::form::{FormState, ResponseForm};
use super::idempotency::{self, SubmissionKey};
use super::store::Submission;
use super::{intake, store};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::client::ClientAddr;
use crate::web::language::PageLocale;

/// The largest form body accepted: 20,000 characters of text, percent-encoded, and the rest.
const MAX_FORM_BYTES: usize = 256 * 1024;

/// Handles a posted response form. The form's signed render id is its idempotency key: the
/// same form sent twice (a double click, a retry) is stored once and redirected alike.
pub async fn post_form(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    ClientAddr(client): ClientAddr,
    PageLocale(locale): PageLocale,
    request: Request<Body>,
) -> Response {
    let (parts, body) = request.into_parts();
    let page = Request::from_parts(parts.clone(), Body::empty());
    let read = intake::form_body::<ResponseForm>(
        &state,
        Request::from_parts(parts, body),
        locale,
        MAX_FORM_BYTES,
    );
    let (form, received) = match read.await {
        Ok(read) => read,
        Err(error) => return refuse(state, ResponseForm::default(), error, page, locale).await,
    };
    if !form.website.is_empty() {
        tracing::info!(hearing = %slug, "response form: honeypot filled in; dropped");
        return sent_redirect(&slug, "");
    }
    let now = state.clock.now().timestamp();
    if !state
        .fill_key
        .long_enough(&form.started, now, state.min_fill_seconds)
    {
        let error = AppError::field("text", locale.messages().sent_too_fast());
        return refuse(state, form, error, page, locale).await;
    }
    let had_files = !received.uploads.is_empty() || !received.problems.is_empty();
    let request = form.to_request();
    let result = match intake::check(&request, received, locale) {
        Ok((new, uploads)) => {
            let render_id = state.fill_key.render_id(&form.started);
            let key = render_id.map(|id| SubmissionKey::new("form", id, &request, &uploads));
            let submission = Submission {
                new,
                uploads,
                client,
                key,
            };
            store::submit(&state, &slug, submission, locale, state.clock.now()).await
        }
        Err(error) => Err(error),
    };
    match result {
        Ok(submitted) => {
            state.mail_nudge.notify_one();
            sent_redirect(&slug, &submitted.svarnummer)
        }
        Err(AppError::Validation(mut errors)) if had_files && !errors.contains_key("files") => {
            let again = locale.messages().files_choose_again().to_owned();
            errors.insert("files".into(), again);
            refuse(state, form, AppError::Validation(errors), page, locale).await
        }
        Err(error) => refuse(state, form, error, page, locale).await,
    }
}

/// The form again with what was typed and the reason at its field; errors that belong to
/// no field (closed, rate-limited) are shown at the text. Other errors are answered as such.
async fn refuse(
    state: AppState,
    values: ResponseForm,
    error: AppError,
    page: Request<Body>,
    locale: Locale,
) -> Response {
    let status = error.status_code();
    let errors = match error {
        AppError::Validation(mut errors) => {
            if errors.remove(idempotency::FIELD).is_some() {
                let message = locale.messages().form_already_sent().to_owned();
                errors.insert("text".into(), message);
            }
            errors
        }
        AppError::Closed => text_error(locale.messages().closed_while_writing()),
        AppError::RateLimited => text_error(locale.messages().rate_limited()),
        // A failure on our side (logged where it happened): the typed text is not lost.
        AppError::Internal => text_error(locale.messages().not_saved_try_again()),
        other => return other.into_response(),
    };
    state
        .render_again(FormState { values, errors }, page, status)
        .await
}

fn text_error(message: &str) -> BTreeMap<String, String> {
    BTreeMap::from([("text".to_owned(), message.to_owned())])
}

fn sent_redirect(slug: &str, svarnummer: &str) -> Response {
    let location = format!("/hearings/{slug}/respond/sent?svarnummer={svarnummer}");
    (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
}
