//! `POST /admin/hearings/{slug}/draft`: the draft form, a Markdown, Word or OpenDocument
//! file or pasted Markdown
//! (`multipart/form-data`, or URL-encoded text only). `action=preview` renders the page
//! with the parsed draft (nothing stored) or the parser's message at the field, the text
//! kept; `action=publish` stores it as the next version and returns to the hearing's page.

use axum::body::Body;
use axum::extract::{FromRequest, Multipart, Path, State};
use axum::http::{Request, StatusCode};
use axum::response::{IntoResponse, Response};

use super::DraftFormState;
use super::drafts;
use crate::auth::{Principal, signed_in_or_sign_in};
use crate::draft::store::ImportOutcome;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::form::{is_multipart, see_other};
use crate::web::language::PageLocale;

/// What the form sent.
#[derive(Debug, Default)]
struct DraftForm {
    file: Vec<u8>,
    text: String,
    publish: bool,
}

impl DraftForm {
    /// The draft: the file when one was chosen, else the text.
    fn into_source(self) -> Vec<u8> {
        if self.file.is_empty() {
            self.text.into_bytes()
        } else {
            self.file
        }
    }
}

async fn read(state: &AppState, request: Request<Body>) -> Option<DraftForm> {
    let mut form = DraftForm::default();
    if !is_multipart(request.headers()) {
        let bytes = axum::body::to_bytes(request.into_body(), super::form_post::MAX_FORM_BYTES)
            .await
            .ok()?;
        let fields: Vec<(String, String)> = serde_urlencoded::from_bytes(&bytes).ok()?;
        for (name, value) in fields {
            match name.as_str() {
                "markdown" => form.text = value,
                "action" => form.publish = value == "publish",
                _ => {}
            }
        }
        return Some(form);
    }
    let mut multipart = Multipart::from_request(request, state).await.ok()?;
    while let Some(field) = multipart.next_field().await.ok()? {
        match field.name().unwrap_or_default() {
            "file" => form.file = field.bytes().await.ok()?.to_vec(),
            "markdown" => form.text = field.text().await.ok()?,
            "action" => form.publish = field.text().await.ok()? == "publish",
            _ => {}
        }
    }
    Some(form)
}

/// What to do after the form was handled.
enum Next {
    /// Render the page with this state and status.
    Render(DraftFormState, StatusCode),
    /// Answer with a redirect or a failure.
    Answer(Response),
}

/// Handles the draft form.
pub async fn post_draft(
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
    let Some(form) = read(&state, Request::from_parts(parts.clone(), body)).await else {
        return StatusCode::BAD_REQUEST.into_response();
    };
    let publishing = form.publish;
    let next = match drafts::markdown_source(form.into_source(), locale).await {
        Err(error) => refusal(String::new(), error),
        Ok(source) if publishing => publish(&state, &who, &slug, &source, locale).await,
        Ok(source) => preview(&state, &who, &slug, &source, locale).await,
    };
    match next {
        Next::Render(again, status) => {
            let page = Request::from_parts(parts, Body::empty());
            state.render_again(again, page, status).await
        }
        Next::Answer(answer) => answer,
    }
}

async fn publish(
    state: &AppState,
    who: &Principal,
    slug: &str,
    source: &[u8],
    locale: Locale,
) -> Next {
    let markdown = String::from_utf8_lossy(source).into_owned();
    match drafts::publish(&state.db, who, slug, source, locale, state.clock.now()).await {
        Ok(ImportOutcome::Created { version_no, .. }) => Next::Answer(see_other(&format!(
            "/admin/hearings/{slug}?saved=draft&version={version_no}"
        ))),
        Ok(ImportOutcome::Unchanged { .. }) => Next::Render(
            refused(markdown, locale.messages().ha_draft_unchanged().into()),
            StatusCode::OK,
        ),
        Err(error) => refusal(markdown, error),
    }
}

async fn preview(
    state: &AppState,
    who: &Principal,
    slug: &str,
    source: &[u8],
    locale: Locale,
) -> Next {
    let markdown = String::from_utf8_lossy(source).into_owned();
    let model = match super::store::manageable(&state.db, who, slug).await {
        Ok(model) => model,
        Err(error) => return Next::Answer(error.into_response()),
    };
    match drafts::preview(&state.db, model.id, source, locale, state.clock.now()).await {
        Ok(preview) => Next::Render(
            DraftFormState {
                markdown,
                error: None,
                preview: Some(preview),
            },
            StatusCode::OK,
        ),
        Err(error) => refusal(markdown, error),
    }
}

fn refused(markdown: String, message: String) -> DraftFormState {
    DraftFormState {
        markdown,
        error: Some(message),
        preview: None,
    }
}

/// A validation error as the form's state; anything else is answered as it is.
fn refusal(markdown: String, error: AppError) -> Next {
    match error {
        AppError::Validation(errors) => {
            let message = errors.into_values().next().unwrap_or_default();
            Next::Render(refused(markdown, message), StatusCode::UNPROCESSABLE_ENTITY)
        }
        other => Next::Answer(other.into_response()),
    }
}
