//! The answers every API route documents alike, written once: a route lists
//! `responses((status = 200, body = …), NotSignedIn, MayNotManage)` instead of spelling out
//! the same status and description again (it was 47 copies of "Not signed in").

use utoipa::IntoResponses;

/// 401: the request carries no valid session.
#[derive(IntoResponses)]
#[response(status = 401, description = "Not signed in")]
pub struct NotSignedIn;

/// 403: only administrators may do this.
#[derive(IntoResponses)]
#[response(status = 403, description = "Admins only")]
pub struct AdminsOnly;

/// 403: the official's role on the hearing does not include managing it.
#[derive(IntoResponses)]
#[response(status = 403, description = "The role may not manage this hearing")]
pub struct MayNotManage;

/// 403: the official's role on the hearing does not include moderating it.
#[derive(IntoResponses)]
#[response(status = 403, description = "The role may not moderate this hearing")]
pub struct MayNotModerate;

/// 403: the official has no role on the hearing.
#[derive(IntoResponses)]
#[response(status = 403, description = "No role on this hearing")]
pub struct NoRole;

/// 404: no hearing has this slug (or the caller may not see it).
#[derive(IntoResponses)]
#[response(status = 404, description = "No such hearing")]
pub struct NoSuchHearing;

/// The `{slug}` of a hearing's routes: `params(HearingSlug)`.
#[derive(utoipa::IntoParams)]
#[into_params(parameter_in = Path)]
pub struct HearingSlug {
    /// The hearing's URL name
    #[allow(dead_code)]
    slug: String,
}
