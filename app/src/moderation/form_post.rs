//! The officials' form posts, each to the address of the page it is on, so a refused form is
//! the same page again with what was typed and the message at its field:
//! - `POST /admin/hearings/{slug}/responses`: a decision on one response, or (`intent=bulk`) one
//!   action on the ticked responses; the bulk outcome is shown on the page it renders.
//! - `POST /admin/responses/{id}`: the response page's forms (`intent` = `decide`, `note`,
//!   `tag`, `untag`, `theme`: move the response into another theme, `release_file`: make
//!   file `attachment_id` public, `case_file`: mark it as part of the case file or not).

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{Request, StatusCode, request::Parts};
use axum::response::{IntoResponse, Response};

use super::actions::{Action, Decision, moderate};
use super::bulk::{self, BulkRequest};
use super::{BulkDone, BulkFormState, DecisionFormState, ResponseFormState, notes};
use crate::auth::{OfficialForm, Principal};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::form::see_other;

/// Every field any of the officials' response forms may send.
#[derive(Debug, Default)]
struct Posted {
    intent: String,
    response_id: i32,
    action: String,
    reason: String,
    passage: String,
    duplicate_of: String,
    note: String,
    tag: String,
    /// The theme chosen on the response page (`intent=theme`).
    theme_id: String,
    /// The ticked responses of a bulk action (`ids=1&ids=2`).
    ids: Vec<i32>,
    /// The file to release (`intent=release_file`) or mark (`intent=case_file`).
    attachment_id: i32,
    /// `1` to make the file part of the case file, `0` to take it out (`intent=case_file`).
    case_file: String,
}

/// The page's address with its query and `saved=1`.
fn with_saved(uri: &axum::http::Uri) -> String {
    let mut query: Vec<&str> = uri
        .query()
        .unwrap_or_default()
        .split('&')
        .filter(|pair| !pair.is_empty() && !pair.starts_with("saved="))
        .collect();
    query.push("saved=1");
    format!("{}?{}", uri.path(), query.join("&"))
}

/// A post of the officials' response forms: the fields in order (`ids` may repeat).
type Form = OfficialForm<Vec<(String, String)>, { 256 * 1024 }>;

/// The form's head, its fields read into [`Posted`], and who sent it.
fn read(form: Form) -> (Parts, Posted, Principal) {
    let mut posted = Posted::default();
    for (name, value) in form.fields {
        match name.as_str() {
            "ids" => posted.ids.extend(value.parse::<i32>().ok()),
            "response_id" => posted.response_id = value.parse().unwrap_or_default(),
            "attachment_id" => posted.attachment_id = value.parse().unwrap_or_default(),
            "intent" => posted.intent = value,
            "action" => posted.action = value,
            "reason" => posted.reason = value,
            "passage" => posted.passage = value,
            "duplicate_of" => posted.duplicate_of = value,
            "note" => posted.note = value,
            "tag" => posted.tag = value,
            "theme_id" => posted.theme_id = value,
            "case_file" => posted.case_file = value,
            _ => {}
        }
    }
    (form.page, posted, form.who)
}

fn decision(form: &Posted) -> Decision {
    let action = serde_json::from_value::<Action>(serde_json::Value::from(form.action.as_str()));
    Decision {
        action: action.ok(),
        reason: Some(form.reason.clone()),
        passage: Some(form.passage.clone()),
        duplicate_of: Some(form.duplicate_of.clone()),
    }
}

/// Handles a post to the inbox: one decision, or a bulk action.
pub async fn post_decision(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    posted: Form,
) -> Response {
    let locale = posted.locale;
    let (parts, form, who) = read(posted);
    if form.intent == "bulk" {
        return post_bulk(state, (parts, form, who), &slug, locale).await;
    }
    let id = form.response_id;
    match moderate(
        &state.db,
        &who,
        id,
        decision(&form),
        (locale, state.clock.now()),
    )
    .await
    {
        Ok(_) => {
            state.mail_nudge.notify_one();
            see_other(&with_saved(&parts.uri))
        }
        Err(AppError::Validation(errors)) => {
            let again = DecisionFormState {
                response_id: id,
                action: form.action,
                reason: form.reason,
                error: errors.into_values().next().unwrap_or_default(),
            };
            let page = Request::from_parts(parts, Body::empty());
            state
                .render_again(again, page, StatusCode::UNPROCESSABLE_ENTITY)
                .await
        }
        Err(error) => error.into_response(),
    }
}

async fn post_bulk(
    state: AppState,
    (parts, form, who): (Parts, Posted, Principal),
    slug: &str,
    locale: Locale,
) -> Response {
    let hearing = match crate::hearing::store::find_by_slug(&state.db, slug).await {
        Ok(Some(hearing)) => hearing,
        Ok(None) => return AppError::NotFound.into_response(),
        Err(error) => return error.into_response(),
    };
    let request = BulkRequest {
        ids: form.ids.clone(),
        action: Some(form.action.clone()),
        reason: Some(form.reason.clone()),
        duplicate_of: Some(form.duplicate_of.clone()),
        tag: Some(form.tag.clone()),
    };
    let mut again = BulkFormState {
        ids: form.ids,
        action: form.action,
        reason: form.reason,
        tag: form.tag,
        duplicate_of: form.duplicate_of,
        ..Default::default()
    };
    let at = (locale, state.clock.now());
    let status = match bulk::apply(&state.db, &who, hearing.id, request, at).await {
        Ok(outcome) => {
            state.mail_nudge.notify_one();
            again.outcome = Some(BulkDone {
                done: outcome.done,
                refused: outcome.refused.into_iter().collect(),
            });
            again.ids.clear();
            StatusCode::OK
        }
        Err(AppError::Validation(errors)) => {
            again.error = errors.into_iter().next();
            StatusCode::UNPROCESSABLE_ENTITY
        }
        Err(error) => return error.into_response(),
    };
    let page = Request::from_parts(parts, Body::empty());
    state.render_again(again, page, status).await
}

/// Handles the forms of a response's page.
pub async fn post_response_page(
    State(state): State<AppState>,
    Path(id): Path<i32>,
    posted: Form,
) -> Response {
    let at = (posted.locale, state.clock.now());
    let (parts, form, who) = read(posted);
    let db = &state.db;
    let result = match form.intent.as_str() {
        "note" => notes::add_note(db, &who, id, &form.note, at).await,
        "tag" => notes::add_tag(db, &who, id, &form.tag, at).await,
        "untag" => notes::remove_tag(db, &who, id, &form.tag, at).await,
        "theme" => crate::themes::form_post::move_response(db, &who, id, &form.theme_id, at).await,
        "release_file" => super::release_file(db, &who, (id, form.attachment_id), at.1)
            .await
            .map(drop),
        "case_file" => {
            let file = (Some(id), form.attachment_id);
            let marked = form.case_file == "1";
            let now = state.clock.now();
            crate::retention::case_file::set(db, &who, file, marked, now)
                .await
                .map(drop)
        }
        _ => moderate(db, &who, id, decision(&form), at).await.map(drop),
    };
    match result {
        Ok(()) => {
            state.mail_nudge.notify_one();
            see_other(&with_saved(&parts.uri))
        }
        Err(AppError::Validation(errors)) => {
            let again = ResponseFormState {
                intent: form.intent,
                action: form.action,
                reason: form.reason,
                passage: form.passage,
                duplicate_of: form.duplicate_of,
                note: form.note,
                tag: form.tag,
                theme: form.theme_id,
                error: errors.into_iter().next().unwrap_or_default(),
            };
            let page = Request::from_parts(parts, Body::empty());
            state
                .render_again(again, page, StatusCode::UNPROCESSABLE_ENTITY)
                .await
        }
        Err(error) => error.into_response(),
    }
}
