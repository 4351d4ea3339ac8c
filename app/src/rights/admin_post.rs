//! `POST /admin/hearings/{slug}/erasure-requests`: the officials' "Udfør sletning" button.
//! Accepted: back to the page with a confirmation. Without a session: to sign-in and back.
//! (The Origin check is the app's one cross-site layer, in front of every route.)

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::Request;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::carry_out::{carry_out, collect_files};
use crate::error::AppError;
use crate::form::{self, see_other};
use crate::state::AppState;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct CarryOutForm {
    request: String,
}

/// Carries out the request the button names.
pub async fn post_carry_out(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    request: Request<Body>,
) -> Response {
    let (parts, body) = request.into_parts();
    let posted: CarryOutForm = match form::read(body, 4 * 1024).await {
        Ok(posted) => posted,
        Err(answer) => return answer,
    };
    let page = format!("/admin/hearings/{slug}/erasure-requests");
    let who = match form::official(&state, &parts, &page).await {
        Ok(who) => who,
        Err(answer) => return answer,
    };
    let Ok(id) = posted.request.trim().parse::<i32>() else {
        return AppError::NotFound.into_response();
    };
    let belongs = super::erasure::hearing_of(&state.db, id).await;
    match belongs {
        Ok(Some(found)) if found == slug => {}
        Ok(_) => return AppError::NotFound.into_response(),
        Err(error) => return error.into_response(),
    }
    match carry_out(&state.db, &who, id, state.clock.now()).await {
        Ok(_) | Err(AppError::Conflict(_)) => {
            collect_files(&state).await;
            see_other(&format!("{page}?done={id}"))
        }
        Err(error) => error.into_response(),
    }
}
