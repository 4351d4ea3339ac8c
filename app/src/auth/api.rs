//! `/api/v1/auth/*`: sign in with e-mail and password, sign out, sign out everywhere, and who
//! am I.

use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

use super::{Principal, accounts, session};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::client::ClientAddr;
use crate::web::limit::Action;
use crate::web::openapi::NotSignedIn;

/// The auth routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/auth/login", post(login))
        .route("/api/v1/auth/logout", post(logout))
        .route("/api/v1/auth/logout-everywhere", post(logout_everywhere))
        .route("/api/v1/auth/me", get(me))
        .route("/api/v1/auth/login-link", post(login_link))
}

/// Sign-in details.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct Login {
    /// The official's e-mail address.
    pub email: String,
    /// Their password.
    pub password: String,
}

/// Who is signed in.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Me {
    /// E-mail address.
    pub email: String,
    /// Name.
    pub name: String,
    /// Roles: `{"role", "hearing_id"}`.
    pub roles: Vec<RoleGrant>,
}

/// One role of an account.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RoleGrant {
    /// `admin`, `official`, `moderator` or `reader`.
    pub role: String,
    /// The hearing it is for; absent for all hearings.
    pub hearing_id: Option<i32>,
}

impl From<Principal> for Me {
    fn from(p: Principal) -> Self {
        Me {
            email: p.email,
            name: p.name,
            roles: p
                .roles
                .into_iter()
                .map(|(role, hearing_id)| RoleGrant {
                    role: role.as_str().into(),
                    hearing_id,
                })
                .collect(),
        }
    }
}

/// Signs in: 200 with the session cookie; 401 for a wrong password, an unknown address or a
/// locked account alike; 429 when the network tried too many passwords.
#[utoipa::path(post, path = "/api/v1/auth/login", tag = "auth", request_body = Login,
    responses((status = 200, description = "Signed in; the session cookie is set", body = Me),
        (status = 401, description = "Wrong e-mail or password (or locked after 5 tries)"),
        (status = 429, description = "Too many password sign-ins from this network; wait a few minutes")))]
pub async fn login(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    locale: Locale,
    Json(body): Json<Login>,
) -> Result<Response, AppError> {
    let limited = state
        .limiter
        .check(&state.db, Action::PasswordSignIn, client, None)
        .await;
    if let Err(error) = limited {
        let message = locale.messages().login_rate_limited();
        return Ok(error.answer_with(message));
    }
    let now = state.clock.now();
    let account = accounts::sign_in(&state.db, &body.email, &body.password, now)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let token = session::create(&state.db, account.id, now).await?;
    let me = session::principal(&state.db, state.sessions.idle, &token, now)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let cookie = HeaderValue::from_str(&state.sessions.set_cookie(&token))
        .map_err(|e| AppError::internal("session cookie", &e))?;
    Ok(([(header::SET_COOKIE, cookie)], Json(Me::from(me))).into_response())
}

/// Signs out this session.
#[utoipa::path(post, path = "/api/v1/auth/logout", tag = "auth",
    responses((status = 204, description = "Signed out")))]
pub async fn logout(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    if let Some(token) = state.sessions.token_from(&headers) {
        session::end(&state.db, &token).await?;
    }
    let cookie = HeaderValue::from_str(&state.sessions.clear_cookie())
        .map_err(|e| AppError::internal("session cookie", &e))?;
    Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, cookie)]).into_response())
}

/// Signs out every session of the signed-in official.
#[utoipa::path(post, path = "/api/v1/auth/logout-everywhere", tag = "auth",
    responses((status = 204, description = "Every session ended"), NotSignedIn))]
pub async fn logout_everywhere(
    State(state): State<AppState>,
    me: Principal,
) -> Result<Response, AppError> {
    session::end_all(&state.db, me.account_id).await?;
    let cookie = HeaderValue::from_str(&state.sessions.clear_cookie())
        .map_err(|e| AppError::internal("session cookie", &e))?;
    Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, cookie)]).into_response())
}

/// Asks for a sign-in link.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct LinkRequest {
    /// The official's e-mail address.
    pub email: String,
}

/// Mails a one-time sign-in link (15 minutes) when the address has an account; 202 either way.
#[utoipa::path(post, path = "/api/v1/auth/login-link", tag = "auth", request_body = LinkRequest,
    responses((status = 202, description = "A link is on its way if the address has an account"),
        (status = 429, description = "Too many links asked for from this IP or address")))]
pub async fn login_link(
    State(state): State<AppState>,
    ClientAddr(client): ClientAddr,
    locale: Locale,
    Json(body): Json<LinkRequest>,
) -> Result<StatusCode, AppError> {
    super::form_post::send_link(&state, &body.email, client, locale).await?;
    Ok(StatusCode::ACCEPTED)
}

/// The signed-in official.
#[utoipa::path(get, path = "/api/v1/auth/me", tag = "auth",
    responses((status = 200, body = Me), NotSignedIn))]
pub async fn me(me: Principal) -> Json<Me> {
    Json(Me::from(me))
}
