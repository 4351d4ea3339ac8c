//! `POST /admin/hearings/{slug}/erasure-requests`: the officials' "Udfør sletning" button.
//! Accepted: back to the page with a confirmation. Without a session: to sign-in and back.
//! (The Origin check is the app's one cross-site layer, in front of every route.)

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::carry_out::{carry_out, collect_files};
use crate::auth::OfficialForm;
use crate::error::AppError;
use crate::state::AppState;
use crate::web::form::see_other;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CarryOutForm {
    request: String,
}

/// Carries out the request the button names.
pub async fn post_carry_out(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    posted: OfficialForm<CarryOutForm, { 4 * 1024 }>,
) -> Response {
    let Ok(id) = posted.fields.request.trim().parse::<i32>() else {
        return AppError::NotFound.into_response();
    };
    let belongs = super::erasure::hearing_of(&state.db, id).await;
    match belongs {
        Ok(Some(found)) if found == slug => {}
        Ok(_) => return AppError::NotFound.into_response(),
        Err(error) => return error.into_response(),
    }
    match carry_out(&state.db, &posted.who, id, state.clock.now()).await {
        Ok(_) | Err(AppError::Conflict(_)) => {
            collect_files(&state).await;
            see_other(&format!("{}?done={id}", posted.path()))
        }
        Err(error) => error.into_response(),
    }
}
