//! `POST /admin/hearings/{slug}/outcome`: the officials' form, by `action` — `save` (the
//! decision; back to the page, 303, with a confirmation) or `publish` (once; back to the page
//! with the publication shown). Refused: the page again (422) with what was typed and the
//! message at each field; a refusal of publishing stands at its button.

use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::post;
use serde::Deserialize;

use super::{OutcomeFields, OutcomeFormState, publish, store};
use crate::auth::OfficialForm;
use crate::error::AppError;
use crate::state::AppState;

/// The form route (merged behind the same-origin check).
pub fn router() -> Router<AppState> {
    Router::new().route("/admin/hearings/{slug}/outcome", post(post_outcome))
}

/// The form's fields.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct OutcomeForm {
    action: String,
    decided_on: String,
    committee: String,
    minutes_url: String,
    decision: String,
    parties_considered: String,
}

/// Handles the outcome form.
pub async fn post_outcome(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    posted: OfficialForm<OutcomeForm, { 64 * 1024 }>,
) -> Response {
    let form = &posted.fields;
    let fields = OutcomeFields {
        decided_on: form.decided_on.clone(),
        committee: form.committee.clone(),
        minutes_url: form.minutes_url.clone(),
        decision: form.decision.clone(),
    };
    let considered = !form.parties_considered.is_empty();
    let (now, page) = (state.clock.now(), posted.path().to_owned());
    let outcome = if form.action == "publish" {
        let context = (posted.locale, now, state.base_url.as_str());
        let done = publish::publish(&state.db, &posted.who, &slug, considered, context).await;
        if done.is_ok() {
            state.mail_nudge.notify_one();
        }
        done.map(|_| format!("{page}?published=1"))
            .map_err(|error| match error {
                // A refusal of publishing itself is said at its button, on the page.
                AppError::Conflict(message) => {
                    AppError::Validation([("publish".to_owned(), message)].into())
                }
                other => other,
            })
    } else {
        let saved = store::save(&state.db, &posted.who, &slug, &fields, (posted.locale, now));
        saved.await.map(|_| format!("{page}?saved=1"))
    };
    let again = |errors| OutcomeFormState {
        fields,
        considered,
        errors,
    };
    state
        .answer_form(outcome, posted.page_request(), again)
        .await
}
