//! `POST /admin/hearings/{slug}/digest`: the digest page's forms, by `intent` — `settings`
//! (weekday, hour, lead days, weekly) and `send` (a digest now). Accepted: back to the page
//! (303) with a confirmation. Refused: the page again (422) with what was typed and the
//! message at the field.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::response::Response;

use super::DigestFormState;
use super::api::send_now;
use super::settings;
use crate::auth::{Capability, OfficialForm, Principal};
use crate::error::AppError;
use crate::hearing::store::hearing_for;
use crate::i18n::Locale;
use crate::state::AppState;

/// Handles a posted form of the digest page.
pub async fn post_digest(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    form: OfficialForm<BTreeMap<String, String>, { 16 * 1024 }>,
) -> Response {
    let fields = &form.fields;
    let intent = fields.get("intent").cloned().unwrap_or_default();
    let outcome = carry_out(&state, &form.who, &slug, &intent, fields, form.locale).await;
    let outcome = outcome.map(|saved| format!("{}?saved={saved}", form.path()));
    let page = form.page_request();
    let again = |errors| DigestFormState {
        intent,
        fields: form.fields,
        errors,
    };
    state.answer_form(outcome, page, again).await
}

/// Carries out `intent`; what was saved, for the confirmation.
async fn carry_out(
    state: &AppState,
    who: &Principal,
    slug: &str,
    intent: &str,
    fields: &BTreeMap<String, String>,
    locale: Locale,
) -> Result<&'static str, AppError> {
    match intent {
        "settings" => {
            let hearing = hearing_for(&state.db, who, slug, Capability::ManageHearing).await?;
            let checked = settings::parse(fields, locale).map_err(AppError::Validation)?;
            settings::change(&state.db, who, hearing.id, checked, state.clock.now()).await?;
            Ok("settings")
        }
        "send" => {
            send_now(state, who, slug, locale).await?;
            Ok("sent")
        }
        _ => Err(AppError::NotFound),
    }
}
