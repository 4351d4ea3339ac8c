//! `POST /admin/hearings/{slug}/hvidbog`: the remark form of a theme or a response. Saved:
//! back to the page at the group or response (303) with a confirmation. Refused: the page
//! again (422) with what was typed and the message at the field.

use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;

use super::RemarkFormState;
use super::api::store_remark;
use crate::auth::OfficialForm;
use crate::state::AppState;

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
    let outcome = store_remark(&state, &posted.who, &slug, target, typed, posted.locale).await;
    let outcome = outcome.map(|_| format!("{page}?saved=remark#{}-{id}", form.target));
    let again = |errors| RemarkFormState {
        target: form.target.clone(),
        target_id: id,
        remark: form.remark.clone(),
        change: form.change.clone(),
        errors,
    };
    state
        .answer_form(outcome, posted.page_request(), again)
        .await
}
