//! `POST /admin/hearings/{slug}/parties`: every form of the høringsliste page posts here with
//! an `intent` (add, update, delete, answered, invite, settings, import). Accepted: back to
//! the page with a confirmation. Refused: the same page again with what was typed and the
//! message at the field.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::response::Response;
use serde::Deserialize;

use super::edit::{self, Change};
use super::invite::send_invitations;
use super::remind::set_remind_days;
use super::{PartyFormState, PartyInput};
use crate::auth::OfficialForm;
use crate::error::AppError;
use crate::state::AppState;

/// Every field any of the page's forms sends.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PartyForm {
    intent: String,
    party_id: String,
    name: String,
    kind: String,
    email: String,
    cvr: String,
    contact_person: String,
    deadline: String,
    answered: String,
    svarnummer: String,
    remind_days: String,
    lines: String,
    expected: String,
}

impl PartyForm {
    /// The party the form is about (0: none).
    fn id(&self) -> i32 {
        self.party_id.trim().parse().unwrap_or(0)
    }

    /// The party's fields.
    fn input(&self) -> PartyInput {
        PartyInput {
            name: self.name.clone(),
            kind: self.kind.clone(),
            email: self.email.clone(),
            cvr: self.cvr.clone(),
            contact_person: self.contact_person.clone(),
            deadline: self.deadline.clone(),
        }
    }

    /// The non-party fields, to show again.
    fn extra(&self) -> BTreeMap<String, String> {
        BTreeMap::from([
            ("answered".to_owned(), self.answered.clone()),
            ("svarnummer".to_owned(), self.svarnummer.clone()),
            ("remind_days".to_owned(), self.remind_days.clone()),
            ("lines".to_owned(), self.lines.clone()),
        ])
    }
}

/// Carries out the form's intent; the query to go back with.
async fn carry_out(
    state: &AppState,
    change: Change<'_>,
    form: &PartyForm,
) -> Result<String, AppError> {
    let db = &state.db;
    let input = form.input();
    match form.intent.as_str() {
        "add" => edit::add(db, change, &input)
            .await
            .map(|_| "saved=add".into()),
        "update" => edit::update(db, change, form.id(), &input)
            .await
            .map(|()| "saved=update".into()),
        "delete" => edit::remove(db, change, form.id())
            .await
            .map(|()| "saved=delete".into()),
        "answered" => {
            let verdict = (form.answered.as_str(), form.svarnummer.as_str());
            super::answered::set_answered(db, change, form.id(), verdict)
                .await
                .map(|()| "saved=answered".into())
        }
        "invite" => {
            let n = send_invitations(
                db,
                change,
                form.expected.trim().parse().ok(),
                &state.base_url,
            )
            .await?;
            state.mail_nudge.notify_one();
            Ok(format!("invited={n}"))
        }
        "settings" => set_remind_days(db, change, &form.remind_days)
            .await
            .map(|_| "saved=settings".into()),
        "import" => edit::import(db, change, &form.lines)
            .await
            .map(|n| format!("saved=import&added={n}")),
        _ => Err(AppError::NotFound),
    }
}

/// Handles a posted form of the høringsliste page.
pub async fn post_parties(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    posted: OfficialForm<PartyForm, { 256 * 1024 }>,
) -> Response {
    let form = &posted.fields;
    let change = Change {
        who: &posted.who,
        slug: &slug,
        locale: posted.locale,
        now: state.clock.now(),
    };
    let outcome = carry_out(&state, change, form).await;
    let outcome = outcome.map(|query| format!("{}?{query}", posted.path()));
    let again = |errors| PartyFormState {
        intent: form.intent.clone(),
        party_id: form.id(),
        extra: form.extra(),
        input: form.input(),
        errors,
    };
    state
        .answer_form(outcome, posted.page_request(), again)
        .await
}
