//! `POST /admin/hearings/{slug}/hvidbog`: the remark form of a theme or a response. Saved:
//! back to the page at the group or response (303) with a confirmation. Refused: the page
//! again (422) with what was typed and the message at the field.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::RemarkFormState;
use super::api::store_remark;
use crate::auth::OfficialForm;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::form::see_other;

/// The remark form's fields.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RemarkForm {
    target: String,
    target_id: String,
    remark: String,
    change: String,
}

/// Handles a posted remark.
pub async fn post_remark(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    posted: OfficialForm<RemarkForm>,
) -> Response {
    let form = &posted.fields;
    let id: i32 = form.target_id.trim().parse().unwrap_or(0);
    let target = (form.target.as_str(), id);
    let typed = (form.remark.as_str(), form.change.as_str());
    let page = posted.path();
    match store_remark(&state, &posted.who, &slug, target, typed, posted.locale).await {
        Ok(_) => see_other(&format!("{page}?saved=remark#{}-{id}", form.target)),
        Err(AppError::Validation(errors)) => {
            let again = RemarkFormState {
                target: form.target.clone(),
                target_id: id,
                remark: form.remark.clone(),
                change: form.change.clone(),
                errors,
            };
            let page = posted.page_request();
            state
                .render_again(again, page, StatusCode::UNPROCESSABLE_ENTITY)
                .await
        }
        Err(error) => error.into_response(),
    }
}
