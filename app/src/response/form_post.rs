//! `POST /hearings/{slug}/respond`: the response form without JavaScript (and with it).
//! A refused form is rendered again with every value kept and a message at each field; an
//! accepted one redirects to the "check your e-mail" page (post/redirect/get).

use axum::body::Body;
use std::net::SocketAddr;

use axum::extract::{ConnectInfo, Path, State};
use axum::http::{Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use leptos::prelude::provide_context;

use super::form::{FormState, ResponseForm};
use super::{intake, limit, store};
use crate::app::shell;
use crate::error::AppError;
use crate::i18n::page_locale;
use crate::state::AppState;

/// The largest form body accepted: 20,000 characters of text, percent-encoded, and the rest.
const MAX_FORM_BYTES: usize = 256 * 1024;

/// Handles a posted response form.
pub async fn post_form(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request<Body>,
) -> Response {
    let locale = page_locale(request.headers());
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|info| info.0.ip());
    let (parts, body) = request.into_parts();
    let request = Request::from_parts(parts.clone(), body);
    let (form, received) = match intake::form_body(&state, request, locale, MAX_FORM_BYTES).await {
        Ok(read) => read,
        Err(AppError::Validation(errors)) => {
            let form_state = FormState {
                values: ResponseForm::default(),
                errors,
            };
            let request = Request::from_parts(parts, Body::empty());
            return render_again(state, form_state, request, StatusCode::UNPROCESSABLE_ENTITY)
                .await;
        }
        Err(other) => return other.into_response(),
    };
    if !form.website.is_empty() {
        tracing::info!(hearing = %slug, "response form: honeypot filled in; dropped");
        return sent_redirect(&slug, "");
    }
    let had_files = !received.uploads.is_empty() || !received.problems.is_empty();
    let result = match intake::check(&form.to_request(), received, locale) {
        Ok((new, uploads)) => match limit::check(&state.limiter, peer, &new.email) {
            Ok(()) => store::submit(&state, &slug, new, uploads, locale, Utc::now()).await,
            Err(error) => Err(error),
        },
        Err(error) => Err(error),
    };
    match result {
        Ok(submitted) => {
            state.mail_nudge.notify_one();
            sent_redirect(&slug, &submitted.svarnummer)
        }
        Err(AppError::Validation(errors)) => {
            let mut errors: std::collections::BTreeMap<_, _> = errors.into_iter().collect();
            if had_files && !errors.contains_key("files") {
                let again = locale.messages().files_choose_again().to_owned();
                errors.insert("files".into(), again);
            }
            let form_state = FormState {
                values: form,
                errors,
            };
            let request = Request::from_parts(parts, Body::empty());
            render_again(state, form_state, request, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(error @ (AppError::Closed | AppError::RateLimited)) => {
            let message = match error {
                AppError::Closed => locale.messages().closed_while_writing(),
                _ => locale.messages().rate_limited(),
            };
            let form_state = FormState {
                values: form,
                errors: [("text".to_owned(), message.to_owned())].into(),
            };
            let request = Request::from_parts(parts, Body::empty());
            render_again(state, form_state, request, error.status_code()).await
        }
        Err(other) => other.into_response(),
    }
}

fn sent_redirect(slug: &str, svarnummer: &str) -> Response {
    let location = format!("/hearings/{slug}/respond/sent?svarnummer={svarnummer}");
    (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
}

/// Renders the page of this request with `form_state` (the refused values and their
/// messages) in the context, where the page picks it up.
pub(crate) async fn render_again<T: Clone + Send + Sync + 'static>(
    state: AppState,
    form_state: T,
    request: Request<Body>,
    status: StatusCode,
) -> Response {
    let options = state.leptos_options.clone();
    let render = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(state.clone());
            provide_context(form_state.clone());
        },
        move || shell(options.clone()),
    );
    let mut response = render(request).await;
    *response.status_mut() = status;
    response
}
