//! The høringsliste's JSON API under `/api/v1/admin/hearings/{slug}/`: read it (anyone who
//! may read the hearing's responses), change it and send the høringsbrev (ManageHearing).

use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::routing::{get, post, put};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};

use super::edit::{self, Change};
use super::invite::send_invitations;
use super::remind::set_remind_days;
use super::store;
use super::{Party, PartyInput};
use crate::auth::{Capability, OfficialCall, Principal};
use crate::error::AppError;
use crate::hearing::store::hearing_for;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::web::openapi::{HearingSlug, MayNotManage, NoRole, NoSuchHearing, NotSignedIn};

const LIST: &str = "/api/v1/admin/hearings/{slug}/parties";
const ONE: &str = "/api/v1/admin/hearings/{slug}/parties/{id}";

/// The routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route(LIST, get(list).post(add))
        .route(ONE, put(update).delete(remove))
        .route(&format!("{ONE}/answered"), put(answered))
        .route(&format!("{LIST}/invite"), post(invite))
        .route(&format!("{LIST}/import"), post(import))
        .route(
            "/api/v1/admin/hearings/{slug}/party-reminder",
            put(reminder),
        )
}

/// A hearing's høringsliste.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PartyList {
    /// The hearing's slug.
    pub hearing: String,
    /// Reminders this many days before a party's deadline (0: none).
    pub remind_days_before: i32,
    /// The parties by name.
    pub parties: Vec<Party>,
}

fn change<'a>(state: &AppState, who: &'a Principal, slug: &'a str, locale: Locale) -> Change<'a> {
    Change {
        who,
        slug,
        locale,
        now: state.clock.now(),
    }
}

/// The list with whether each party has answered and the numbers of its responses.
#[utoipa::path(get, path = "/api/v1/admin/hearings/{slug}/parties", tag = "admin",
    params(HearingSlug),
    responses((status = 200, body = PartyList), NotSignedIn,
        NoRole, NoSuchHearing))]
pub async fn list(
    OfficialCall { state, who, .. }: OfficialCall,
    Path(slug): Path<String>,
) -> Result<Json<PartyList>, AppError> {
    let hearing = hearing_for(&state.db, &who, &slug, Capability::ReadResponses).await?;
    Ok(Json(PartyList {
        remind_days_before: store::remind_days(&state.db, hearing.id).await?,
        parties: store::answered_list(&state.db, &hearing).await?,
        hearing: hearing.slug,
    }))
}

/// Adds a party.
#[utoipa::path(post, path = "/api/v1/admin/hearings/{slug}/parties", tag = "admin",
    params(HearingSlug), request_body = PartyInput,
    responses((status = 201, body = Party), NotSignedIn,
        MayNotManage,
        (status = 422, description = "A field is wrong, or the party is on the list already")))]
pub async fn add(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(slug): Path<String>,
    Json(input): Json<PartyInput>,
) -> Result<(StatusCode, Json<Party>), AppError> {
    let id = edit::add(&state.db, change(&state, &who, &slug, locale), &input).await?;
    Ok((
        StatusCode::CREATED,
        Json(reread(&state, &who, &slug, id).await?),
    ))
}

async fn reread(state: &AppState, who: &Principal, slug: &str, id: i32) -> Result<Party, AppError> {
    let hearing = hearing_for(&state.db, who, slug, Capability::ReadResponses).await?;
    store::one(&state.db, &hearing, id).await
}

/// Changes a party's fields.
#[utoipa::path(put, path = "/api/v1/admin/hearings/{slug}/parties/{id}", tag = "admin",
    params(HearingSlug, ("id" = i32, Path, description = "The party's id")),
    request_body = PartyInput,
    responses((status = 200, body = Party), NotSignedIn,
        MayNotManage,
        (status = 404, description = "No such party"), (status = 422, description = "A field is wrong")))]
pub async fn update(
    OfficialCall { state, who, locale }: OfficialCall,
    Path((slug, id)): Path<(String, i32)>,
    Json(input): Json<PartyInput>,
) -> Result<Json<Party>, AppError> {
    edit::update(&state.db, change(&state, &who, &slug, locale), id, &input).await?;
    Ok(Json(reread(&state, &who, &slug, id).await?))
}

/// Removes a party.
#[utoipa::path(delete, path = "/api/v1/admin/hearings/{slug}/parties/{id}", tag = "admin",
    params(HearingSlug, ("id" = i32, Path, description = "The party's id")),
    responses((status = 204, description = "Removed"), NotSignedIn,
        MayNotManage, (status = 404, description = "No such party")))]
pub async fn remove(
    OfficialCall { state, who, locale }: OfficialCall,
    Path((slug, id)): Path<(String, i32)>,
) -> Result<StatusCode, AppError> {
    edit::remove(&state.db, change(&state, &who, &slug, locale), id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// An official's verdict on whether a party answered.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct AnsweredRequest {
    /// `auto` (follow the matching), `yes` or `no`.
    pub answered: String,
    /// A response of the hearing to link to the party, by its number.
    #[serde(default)]
    pub svarnummer: Option<String>,
}

/// Sets whether a party has answered, and links a response to it.
#[utoipa::path(put, path = "/api/v1/admin/hearings/{slug}/parties/{id}/answered", tag = "admin",
    params(HearingSlug, ("id" = i32, Path, description = "The party's id")),
    request_body = AnsweredRequest,
    responses((status = 200, body = Party), NotSignedIn,
        MayNotManage,
        (status = 404, description = "No such party"),
        (status = 422, description = "Not auto/yes/no, or no response with that number")))]
pub async fn answered(
    OfficialCall { state, who, locale }: OfficialCall,
    Path((slug, id)): Path<(String, i32)>,
    Json(request): Json<AnsweredRequest>,
) -> Result<Json<Party>, AppError> {
    let number = request.svarnummer.unwrap_or_default();
    let change = change(&state, &who, &slug, locale);
    let verdict = (request.answered.as_str(), number.as_str());
    super::answered::set_answered(&state.db, change, id, verdict).await?;
    Ok(Json(reread(&state, &who, &slug, id).await?))
}

/// The number of parties the official expects to invite.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct InviteQuery {
    /// When given and different from the number not yet invited, nothing is sent (422).
    pub expected: Option<usize>,
}

/// How many were invited.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Invited {
    /// Parties whose høringsbrev was queued now (0 when all had it).
    pub invited: usize,
}

/// Sends the høringsbrev to every party not yet invited (each party once, ever).
#[utoipa::path(post, path = "/api/v1/admin/hearings/{slug}/parties/invite", tag = "admin",
    params(HearingSlug, InviteQuery),
    responses((status = 200, body = Invited), NotSignedIn,
        MayNotManage,
        (status = 422, description = "The hearing is a draft or past its deadline, or `expected` differs from the number to invite")))]
pub async fn invite(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(slug): Path<String>,
    Query(query): Query<InviteQuery>,
) -> Result<Json<Invited>, AppError> {
    let change = change(&state, &who, &slug, locale);
    let invited = send_invitations(&state.db, change, query.expected, &state.base_url).await?;
    state.mail_nudge.notify_one();
    Ok(Json(Invited { invited }))
}

/// Pasted lines `name;kind;email;cvr`.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct ImportRequest {
    /// One party per line.
    pub lines: String,
}

/// How many were added.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Imported {
    /// Parties added.
    pub added: usize,
}

/// Adds many parties at once: all lines, or none (422 naming the lines).
#[utoipa::path(post, path = "/api/v1/admin/hearings/{slug}/parties/import", tag = "admin",
    params(HearingSlug), request_body = ImportRequest,
    responses((status = 200, body = Imported), NotSignedIn,
        MayNotManage,
        (status = 422, description = "A line is wrong; nothing was added")))]
pub async fn import(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(slug): Path<String>,
    Json(request): Json<ImportRequest>,
) -> Result<Json<Imported>, AppError> {
    let added = edit::import(
        &state.db,
        change(&state, &who, &slug, locale),
        &request.lines,
    )
    .await?;
    Ok(Json(Imported { added }))
}

/// The reminder setting.
#[derive(Debug, Deserialize, Serialize, utoipa::ToSchema)]
pub struct ReminderSetting {
    /// Days before a party's deadline (0 to 60; 0: no reminders).
    pub remind_days_before: i32,
}

/// Sets how many days before their deadline parties that have not answered are reminded.
#[utoipa::path(put, path = "/api/v1/admin/hearings/{slug}/party-reminder", tag = "admin",
    params(HearingSlug), request_body = ReminderSetting,
    responses((status = 200, body = ReminderSetting), NotSignedIn,
        MayNotManage,
        (status = 422, description = "Not 0 to 60")))]
pub async fn reminder(
    OfficialCall { state, who, locale }: OfficialCall,
    Path(slug): Path<String>,
    Json(setting): Json<ReminderSetting>,
) -> Result<Json<ReminderSetting>, AppError> {
    let days = setting.remind_days_before.to_string();
    let days = set_remind_days(&state.db, change(&state, &who, &slug, locale), &days).await?;
    Ok(Json(ReminderSetting {
        remind_days_before: days,
    }))
}
