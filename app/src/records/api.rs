//! `GET /api/v1/admin/audit.csv|.json` (admins; `?hearing=SLUG&from=DATE&to=DATE`, dates
//! inclusive on Copenhagen's calendar) and `GET /api/v1/admin/hearings/{slug}/attachments.zip`
//! (readers of the hearing). Downloads, streamed.

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Path, Query};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use sea_orm::DatabaseConnection;
use serde::Deserialize;

use super::attachments_zip;
use super::audit_out::{self, AuditFilter};
use crate::auth::{Capability, OfficialCall};
use crate::error::AppError;
use crate::i18n::Locale;
use crate::response::inbox::Period;
use crate::state::AppState;
use crate::web::openapi::{AdminsOnly, HearingSlug, NoSuchHearing, NotSignedIn};

/// The routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/api/v1/admin/audit.csv", get(audit_csv))
        .route("/api/v1/admin/audit.json", get(audit_json))
        .route(
            "/api/v1/admin/hearings/{slug}/attachments.zip",
            get(attachments),
        )
}

/// Which audit entries to export; empty values count as absent.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
pub struct AuditQuery {
    /// Only entries about this hearing (slug).
    pub hearing: Option<String>,
    /// From this date (YYYY-MM-DD, Copenhagen).
    pub from: Option<String>,
    /// To and including this date (YYYY-MM-DD, Copenhagen).
    pub to: Option<String>,
}

fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

async fn filter(
    db: &DatabaseConnection,
    query: &AuditQuery,
    locale: Locale,
) -> Result<AuditFilter, AppError> {
    let t = locale.messages();
    let days = (query.from.as_deref(), query.to.as_deref());
    let period = Period::between(days, t.date_invalid(), locale)?;
    let hearing_id = match given(&query.hearing) {
        None => None,
        Some(slug) => Some(
            crate::hearing::store::find_by_slug(db, slug)
                .await?
                .ok_or_else(|| AppError::field("hearing", t.hearing_invalid()))?
                .id,
        ),
    };
    Ok(AuditFilter { hearing_id, period })
}

fn download(content_type: &'static str, name: &str) -> [(header::HeaderName, HeaderValue); 3] {
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{name}\""))
        .unwrap_or(HeaderValue::from_static("attachment"));
    [
        (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
        (header::CONTENT_DISPOSITION, disposition),
        (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
    ]
}

/// The audit log for an admin, as JSON or CSV.
async fn audit_download(
    OfficialCall { state, who, locale }: OfficialCall,
    query: AuditQuery,
    json: bool,
) -> Result<Response, AppError> {
    who.require(Capability::ReadAudit, None)?;
    let filter = filter(&state.db, &query, locale).await?;
    let body = Body::from_stream(audit_stream(state.db.clone(), filter, json));
    let headers = if json {
        download("application/json", "revisionslog.json")
    } else {
        download("text/csv; charset=utf-8", "revisionslog.csv")
    };
    Ok((headers, body).into_response())
}

/// The audit log as CSV (UTF-8 with a byte-order mark), oldest first.
#[utoipa::path(get, path = "/api/v1/admin/audit.csv", tag = "admin", params(AuditQuery),
    responses((status = 200, description = "CSV download", content_type = "text/csv"),
        NotSignedIn, AdminsOnly,
        (status = 422, description = "A date or hearing refused, or `to` before `from`")))]
pub async fn audit_csv(
    call: OfficialCall,
    Query(query): Query<AuditQuery>,
) -> Result<Response, AppError> {
    audit_download(call, query, false).await
}

/// The audit log as a JSON array, oldest first.
#[utoipa::path(get, path = "/api/v1/admin/audit.json", tag = "admin", params(AuditQuery),
    responses((status = 200, description = "JSON download", content_type = "application/json"),
        NotSignedIn, AdminsOnly,
        (status = 422, description = "A date or hearing refused, or `to` before `from`")))]
pub async fn audit_json(
    call: OfficialCall,
    Query(query): Query<AuditQuery>,
) -> Result<Response, AppError> {
    audit_download(call, query, true).await
}

/// One batch per chunk: the database is read as the client takes the bytes.
fn audit_stream(
    db: DatabaseConnection,
    filter: AuditFilter,
    json: bool,
) -> impl futures_util::Stream<Item = Result<Bytes, std::io::Error>> {
    let head = if json {
        b"[\n".to_vec()
    } else {
        audit_out::csv_head()
    };
    let tail = if json { b"\n]\n".to_vec() } else { Vec::new() };
    crate::export::stream::batched(head, tail, move |after, first| {
        let db = db.clone();
        async move {
            let (rows, last) = audit_out::batch(&db, filter, after).await?;
            if rows.is_empty() {
                return Ok(None);
            }
            let bytes = if json {
                audit_out::json_rows(&rows, first)
            } else {
                audit_out::csv_rows(&rows)
            };
            Ok(Some((bytes, last)))
        }
    })
}

/// Every attachment of every confirmed response of a hearing (withdrawn, rejected and held
/// ones included; unconfirmed uploads left out), named `{svarnummer}/{filename}`.
#[utoipa::path(get, path = "/api/v1/admin/hearings/{slug}/attachments.zip", tag = "admin",
    params(HearingSlug),
    responses((status = 200, description = "ZIP download", content_type = "application/zip"),
        NotSignedIn,
        (status = 403, description = "The role may not read this hearing's responses"),
        NoSuchHearing))]
pub async fn attachments(
    OfficialCall { state, who, .. }: OfficialCall,
    Path(slug): Path<String>,
) -> Result<Response, AppError> {
    let hearing =
        crate::hearing::store::hearing_for(&state.db, &who, &slug, Capability::ReadResponses)
            .await?;
    let temp =
        tempfile::NamedTempFile::new().map_err(|e| AppError::internal("a temporary file", &e))?;
    let count =
        attachments_zip::write(&state.db, &state.attachments, hearing.id, temp.path()).await?;
    tracing::info!(account = who.account_id, hearing = %hearing.slug, files = count, "attachments ZIP");
    let reader = tokio::fs::File::open(temp.path())
        .await
        .map_err(|e| AppError::internal("reading an attachments ZIP", &e))?;
    // The open handle keeps the content; the name can go now (Unix).
    drop(temp);
    let journal: String = hearing
        .journal_number
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    let headers = download("application/zip", &format!("{journal}-bilag.zip"));
    let body = Body::from_stream(tokio_util::io::ReaderStream::new(reader));
    Ok((headers, body).into_response())
}
