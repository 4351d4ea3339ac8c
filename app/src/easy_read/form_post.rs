//! `POST /admin/hearings/{slug}/draft/summaries`: the editor's form for one section (`section`),
//! by `action` — `save` (back to the section, 303, with a confirmation; refused: the page
//! again, 422, with what was typed and the message at each field) or `suggest` (the page again
//! with the extractive first draft, put into the Danish field when that is empty; nothing
//! typed is lost).

use axum::Router;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;

use super::{SummaryFormState, field, write};
use crate::auth::OfficialForm;
use crate::draft::WRITTEN_IN;
use crate::i18n::Locale;
use crate::state::AppState;

/// The form route (merged behind the same-origin check).
pub fn router() -> Router<AppState> {
    Router::new().route(
        "/admin/hearings/{slug}/draft/summaries",
        post(post_summaries),
    )
}

/// A posted editor form: its fields in order.
type Posted = OfficialForm<Vec<(String, String)>, { 64 * 1024 }>;

/// Handles the editor's form.
pub async fn post_summaries(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    posted: Posted,
) -> Response {
    let value = |name: &str| {
        let found = posted.fields.iter().find(|(n, _)| n == name);
        found.map(|(_, v)| v.clone()).unwrap_or_default()
    };
    let anchor = value("section");
    let typed: Vec<(String, String)> = Locale::ALL
        .iter()
        .map(|l| (l.code().to_owned(), value(&field(l.code()))))
        .collect();
    let values = typed.iter().map(|(l, t)| (field(l), t.clone())).collect();
    let mut again = SummaryFormState {
        values,
        ..Default::default()
    };
    if value("action") == "suggest" {
        return suggest(&state, &posted, (&slug, &anchor), again).await;
    }
    let now = state.clock.now();
    let saved = write::save(
        &state.db,
        &posted.who,
        (&slug, &anchor),
        &typed,
        (posted.locale, now),
    );
    let outcome = saved.await.map(|_| {
        let section = crate::web::url::encode(&anchor);
        format!("{}?section={section}&saved=1", posted.path())
    });
    let page = posted.page_request();
    state
        .answer_form(outcome, page, |errors| {
            again.errors = errors;
            again
        })
        .await
}

/// The page again with the section's first draft beside what was typed.
async fn suggest(
    state: &AppState,
    posted: &Posted,
    (slug, anchor): (&str, &str),
    mut again: SummaryFormState,
) -> Response {
    let section = match write::section(&state.db, &posted.who, slug, anchor).await {
        Ok((_, section)) => section,
        Err(error) => return error.into_response(),
    };
    let suggestion = write::suggestion(&section);
    let danish = again.values.entry(field(WRITTEN_IN)).or_default();
    if danish.trim().is_empty() && !suggestion.is_empty() {
        *danish = suggestion.clone();
        again.filled = true;
    }
    again.suggestion = Some(suggestion);
    state
        .render_again(again, posted.page_request(), StatusCode::OK)
        .await
}
