//! The residents' form posts: `POST /my-data` (an `intent`: ask for a link, withdraw, ask
//! for erasure, end the access), `POST /my-data/open/{token}` (the mailed link's button) and
//! `POST /responses/manage/{token}/my-data` (the receipt link's button). Accepted: 303 to
//! `/my-data` with a notice. Refused: the page again, what was typed kept and the message at
//! its field.

use std::net::IpAddr;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::erasure::{self, Target};
use super::{LinkState, RightsFormState, access, gather, grant};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::respondent::{Email, EmailError};
use crate::response::manage::store::{Change, apply_to};
use crate::response::submission::FieldError;
use crate::state::AppState;
use crate::web::client::ClientAddr;
use crate::web::form::{PageForm, see_other};
use crate::web::limit::Action;

/// Every field of the page's forms.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RightsForm {
    pub(crate) intent: String,
    pub(crate) email: String,
    pub(crate) response: String,
    pub(crate) confirm: String,
}

impl RightsForm {
    fn confirmed(&self) -> bool {
        matches!(self.confirm.as_str(), "true" | "on")
    }
}

/// Why a form was not carried out.
enum Refusal {
    /// A message at `field`, the page again with `status`.
    At(String, String, StatusCode),
    /// No live grant: back to the page, which asks for the address.
    NoAccess,
    /// Anything else, as itself.
    Failed(AppError),
}

impl From<AppError> for Refusal {
    fn from(error: AppError) -> Self {
        Refusal::Failed(error)
    }
}

/// Handles a posted form of `/my-data`.
pub async fn post_my_data(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    PageForm {
        locale,
        fields: form,
        page: parts,
    }: PageForm<RightsForm>,
) -> Response {
    let result = match form.intent.as_str() {
        "link" => ask_link(&state, &form, client, locale).await,
        "withdraw" => withdraw(&state, &parts.headers, &form, locale).await,
        "erase" => erase(&state, &parts.headers, &form, locale).await,
        "close" => return close(&state, &parts.headers).await,
        _ => Err(Refusal::Failed(AppError::NotFound)),
    };
    match result {
        Ok(query) => see_other(&format!("/my-data?{query}")),
        Err(Refusal::NoAccess) => see_other("/my-data"),
        Err(Refusal::Failed(error)) => error.into_response(),
        Err(Refusal::At(field, message, status)) => {
            let again = RightsFormState {
                email: form.email,
                errors: [(field, message)].into(),
            };
            let page = Request::from_parts(parts, Body::empty());
            state.render_again(again, page, status).await
        }
    }
}

/// Mails a link when the address is known; answers alike either way.
async fn ask_link(
    state: &AppState,
    form: &RightsForm,
    client: IpAddr,
    locale: Locale,
) -> Result<String, Refusal> {
    let t = locale.messages();
    let at_email = |message: String, status| Refusal::At("email".into(), message, status);
    let address = Email::parse(&form.email).map_err(|error| {
        let error = match error {
            EmailError::Empty => FieldError::Required,
            EmailError::Malformed => FieldError::EmailMalformed,
        };
        at_email(error.message(t), StatusCode::UNPROCESSABLE_ENTITY)
    })?;
    let limited = state
        .limiter
        .check(&state.db, Action::DataLink, client, Some(address.as_str()))
        .await;
    match limited {
        Err(AppError::RateLimited) => {
            let message = t.my_data_rate_limited().to_owned();
            return Err(at_email(message, StatusCode::TOO_MANY_REQUESTS));
        }
        other => other?,
    }
    let now = state.clock.now();
    if access::send_link(&state.db, &address, (&state.base_url, locale), now).await? {
        state.mail_nudge.notify_one();
    }
    Ok("sent=1".into())
}

/// The address of this request's grant, or [`Refusal::NoAccess`].
async fn granted(state: &AppState, headers: &HeaderMap) -> Result<String, Refusal> {
    grant::email(state, headers).await?.ok_or(Refusal::NoAccess)
}

/// The response a form names, when it is the address's.
async fn owned(state: &AppState, email: &str, form: &RightsForm) -> Result<i32, Refusal> {
    let id: i32 = form
        .response
        .trim()
        .parse()
        .map_err(|_| AppError::NotFound)?;
    if gather::response_ids(&state.db, email).await?.contains(&id) {
        Ok(id)
    } else {
        Err(Refusal::Failed(AppError::NotFound))
    }
}

/// Withdraws one of the address's responses, through the private link's own logic.
async fn withdraw(
    state: &AppState,
    headers: &HeaderMap,
    form: &RightsForm,
    locale: Locale,
) -> Result<String, Refusal> {
    let t = locale.messages();
    let email = granted(state, headers).await?;
    let id = owned(state, &email, form).await?;
    let field = format!("withdraw-{id}");
    if !form.confirmed() {
        let message = t.withdraw_confirm_required().to_owned();
        return Err(Refusal::At(
            field,
            message,
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }
    let at = (state.base_url.as_str(), state.clock.now());
    let message = match apply_to(&state.db, id, Change::Withdraw, at).await {
        Ok(()) => {
            state.mail_nudge.notify_one();
            return Ok("withdrawn=1".into());
        }
        Err(AppError::Closed) => t.manage_closed(),
        Err(AppError::Conflict(reason)) if reason == "withdrawn" => t.already_withdrawn(),
        Err(AppError::Conflict(_)) => t.manage_changed_meanwhile(),
        Err(error) => return Err(error.into()),
    };
    Err(Refusal::At(field, message.into(), StatusCode::CONFLICT))
}

/// Asks for erasure of one of the address's responses, or of all of them.
async fn erase(
    state: &AppState,
    headers: &HeaderMap,
    form: &RightsForm,
    locale: Locale,
) -> Result<String, Refusal> {
    let email = granted(state, headers).await?;
    let (target, field) = if form.response == "all" {
        (Target::All, "erase-all".to_owned())
    } else {
        let id = owned(state, &email, form).await?;
        (Target::One(id), format!("erase-{id}"))
    };
    if !form.confirmed() {
        let message = locale.messages().erase_confirm_required().to_owned();
        return Err(Refusal::At(
            field,
            message,
            StatusCode::UNPROCESSABLE_ENTITY,
        ));
    }
    let at = (state.base_url.as_str(), state.clock.now());
    let new = erasure::request(&state.db, &email, target, at).await?;
    state.mail_nudge.notify_one();
    Ok(if new > 0 {
        "erasure=requested".into()
    } else {
        "erasure=pending".into()
    })
}

/// Ends this browser's grant.
async fn close(state: &AppState, headers: &HeaderMap) -> Response {
    if let Some(token) = grant::token_from(state, headers)
        && let Err(error) = access::end_grant(&state.db, &token).await
    {
        return error.into_response();
    }
    with_cookie(&grant::clear_cookie(state), "/my-data?closed=1")
}

/// A 303 to `location` that sets `cookie`.
fn with_cookie(cookie: &str, location: &str) -> Response {
    match HeaderValue::from_str(cookie) {
        Ok(cookie) => (
            StatusCode::SEE_OTHER,
            [
                (header::SET_COOKIE, cookie),
                (
                    header::LOCATION,
                    HeaderValue::from_str(location).unwrap_or(HeaderValue::from_static("/my-data")),
                ),
            ],
        )
            .into_response(),
        Err(error) => AppError::internal("cookie", &error).into_response(),
    }
}

/// The mailed link's button: spends the link and opens the data in this browser; a link that
/// was used, ran out or never was gets its page again saying so.
pub async fn post_open(
    State(state): State<AppState>,
    Path(token): Path<String>,
    request: Request<Body>,
) -> Response {
    let now = state.clock.now();
    match access::spend_link(&state.db, &token, now).await {
        Ok(Some(raw)) => with_cookie(&grant::set_cookie(&state, &raw), "/my-data"),
        Ok(None) => {
            let status = match access::link_state(&state.db, &token, now).await {
                Ok(LinkState::Unknown) => StatusCode::NOT_FOUND,
                Ok(_) => StatusCode::GONE,
                Err(error) => return error.into_response(),
            };
            let (parts, _) = request.into_parts();
            let page = Request::from_parts(parts, Body::empty());
            state
                .render_again(RightsFormState::default(), page, status)
                .await
        }
        Err(error) => error.into_response(),
    }
}

/// The receipt link's button: opens the data of the response's address in this browser.
pub async fn post_from_manage(
    State(state): State<AppState>,
    Path(token): Path<String>,
) -> Response {
    let now = state.clock.now();
    match access::grant_from_manage(&state.db, &token, now).await {
        Ok(Some(raw)) => with_cookie(&grant::set_cookie(&state, &raw), "/my-data"),
        Ok(None) => AppError::NotFound.into_response(),
        Err(error) => error.into_response(),
    }
}
