//! `POST /admin/hearings/{slug}/digest`: the digest page's forms, by `intent` — `settings`
//! (weekday, hour, lead days, weekly) and `send` (a digest now). Accepted: back to the page
//! (303) with a confirmation. Refused: the page again (422) with what was typed and the
//! message at the field.

use std::collections::BTreeMap;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{Request, StatusCode};
use axum::response::{IntoResponse, Response};

use super::DigestFormState;
use super::api::send_now;
use super::settings;
use crate::auth::{Capability, Principal};
use crate::error::AppError;
use crate::form::{self, see_other};
use crate::i18n::{Locale, page_locale};
use crate::party::store::hearing_for;
use crate::response::form_post::render_again;
use crate::state::AppState;

/// Handles a posted form of the digest page.
pub async fn post_digest(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request<Body>,
) -> Response {
    let locale = page_locale(request.headers());
    let (parts, body) = request.into_parts();
    let fields: BTreeMap<String, String> = match form::read(body, 16 * 1024).await {
        Ok(fields) => fields,
        Err(answer) => return answer,
    };
    let page = format!("/admin/hearings/{slug}/digest");
    let who = match form::official(&state, &parts, &page).await {
        Ok(who) => who,
        Err(answer) => return answer,
    };
    let intent = fields.get("intent").cloned().unwrap_or_default();
    match carry_out(&state, &who, &slug, &intent, &fields, locale).await {
        Ok(saved) => see_other(&format!("{page}?saved={saved}")),
        Err(AppError::Validation(errors)) => {
            let again = DigestFormState {
                intent,
                fields,
                errors,
            };
            let page = Request::from_parts(parts, Body::empty());
            render_again(state, again, page, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(error) => error.into_response(),
    }
}

/// Carries out `intent`; what was saved, for the confirmation.
async fn carry_out(
    state: &AppState,
    who: &Principal,
    slug: &str,
    intent: &str,
    fields: &BTreeMap<String, String>,
    locale: Locale,
) -> Result<&'static str, AppError> {
    match intent {
        "settings" => {
            let hearing = hearing_for(&state.db, who, slug, Capability::ManageHearing).await?;
            let checked = settings::parse(fields, locale).map_err(AppError::Validation)?;
            settings::change(&state.db, who, hearing.id, checked, state.clock.now()).await?;
            Ok("settings")
        }
        "send" => {
            send_now(state, who, slug, locale).await?;
            Ok("sent")
        }
        _ => Err(AppError::NotFound),
    }
}
