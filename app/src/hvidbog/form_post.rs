//! `POST /admin/hearings/{slug}/hvidbog`: the remark form of a theme or a response. Saved:
//! back to the page at the group or response (303) with a confirmation. Refused: the page
//! again (422) with what was typed and the message at the field.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{Request, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::RemarkFormState;
use super::api::store_remark;
use crate::error::AppError;
use crate::form::{self, see_other};
use crate::i18n::page_locale;
use crate::response::form_post::render_again;
use crate::state::AppState;

/// The remark form's fields.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct RemarkForm {
    target: String,
    target_id: String,
    remark: String,
    change: String,
}

/// Handles a posted remark.
pub async fn post_remark(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request<Body>,
) -> Response {
    let locale = page_locale(request.headers());
    let (parts, body) = request.into_parts();
    let form: RemarkForm = match form::read(body, 64 * 1024).await {
        Ok(form) => form,
        Err(answer) => return answer,
    };
    let page = format!("/admin/hearings/{slug}/hvidbog");
    let who = match form::official(&state, &parts, &page).await {
        Ok(who) => who,
        Err(answer) => return answer,
    };
    let id: i32 = form.target_id.trim().parse().unwrap_or(0);
    let target = (form.target.as_str(), id);
    let typed = (form.remark.as_str(), form.change.as_str());
    match store_remark(&state, &who, &slug, target, typed, locale).await {
        Ok(_) => see_other(&format!("{page}?saved=remark#{}-{id}", form.target)),
        Err(AppError::Validation(errors)) => {
            let again = RemarkFormState {
                target: form.target,
                target_id: id,
                remark: form.remark,
                change: form.change,
                errors,
            };
            let page = Request::from_parts(parts, Body::empty());
            render_again(state, again, page, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(error) => error.into_response(),
    }
}
