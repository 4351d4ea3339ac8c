//! The export routes: officials' `GET /api/v1/admin/hearings/{slug}/export.csv|.xlsx|.json`
//! (every response and field) and the public `GET /api/v1/hearings/{slug}/export.csv|.json`
//! (open data: published responses, public fields). Downloads, streamed.

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use sea_orm::DatabaseConnection;

use super::{Audience, batches, csv_out, json_out, stream, xlsx_out};
use crate::auth::{Capability, OfficialCall};
use crate::entities::hearing;
use crate::error::AppError;
use crate::state::AppState;

/// A file format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated values.
    Csv,
    /// JSON.
    Json,
    /// Excel.
    Xlsx,
}

impl Format {
    fn extension(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Xlsx => "xlsx",
        }
    }

    fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Json => "application/json",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }
}

/// The routes.
pub fn router() -> Router<AppState> {
    let admin = "/api/v1/admin/hearings/{slug}";
    let public = "/api/v1/hearings/{slug}";
    Router::new()
        .route(
            &format!("{admin}/export.csv"),
            get(|c, p| officials(c, p, Format::Csv)),
        )
        .route(
            &format!("{admin}/export.json"),
            get(|c, p| officials(c, p, Format::Json)),
        )
        .route(
            &format!("{admin}/export.xlsx"),
            get(|c, p| officials(c, p, Format::Xlsx)),
        )
        .route(
            &format!("{public}/export.csv"),
            get(|s, p| open_data(s, p, Format::Csv)),
        )
        .route(
            &format!("{public}/export.json"),
            get(|s, p| open_data(s, p, Format::Json)),
        )
}

async fn officials(
    OfficialCall { state, who, .. }: OfficialCall,
    Path(slug): Path<String>,
    format: Format,
) -> Result<Response, AppError> {
    let hearing =
        crate::hearing::store::hearing_for(&state.db, &who, &slug, Capability::ReadResponses)
            .await?;
    tracing::info!(account = who.account_id, hearing = %hearing.slug, format = format.extension(), "export");
    export(state.db.clone(), &hearing, Audience::Officials, format).await
}

async fn open_data(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    format: Format,
) -> Result<Response, AppError> {
    let hearing = crate::hearing::store::public(&state.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    export(state.db.clone(), &hearing, Audience::Public, format).await
}

async fn export(
    db: DatabaseConnection,
    hearing: &hearing::Model,
    audience: Audience,
    format: Format,
) -> Result<Response, AppError> {
    let suffix = if audience == Audience::Officials {
        "-alle"
    } else {
        ""
    };
    let name = format!(
        "hoeringssvar-{}{suffix}.{}",
        hearing.slug,
        format.extension()
    );
    let disposition = HeaderValue::from_str(&format!("attachment; filename=\"{name}\""))
        .unwrap_or(HeaderValue::from_static("attachment"));
    let headers = [
        (
            header::CONTENT_TYPE,
            HeaderValue::from_static(format.content_type()),
        ),
        (header::CONTENT_DISPOSITION, disposition),
        (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
    ];
    let body = match format {
        Format::Xlsx => xlsx_body(&db, hearing.id, audience).await?,
        text => Body::from_stream(text_stream(db, hearing.id, audience, text)),
    };
    Ok((headers, body).into_response())
}

/// CSV or JSON, one batch per chunk: the database is read as the client takes the bytes.
fn text_stream(
    db: DatabaseConnection,
    hearing_id: i32,
    audience: Audience,
    format: Format,
) -> impl futures_util::Stream<Item = Result<Bytes, std::io::Error>> {
    let json = format == Format::Json;
    let head = if json {
        json_out::head()
    } else {
        csv_out::head(audience)
    };
    let tail = if json { json_out::tail() } else { Vec::new() };
    stream::batched(head, tail, move |after, first| {
        let db = db.clone();
        async move {
            let (rows, last) = batches(&db, hearing_id, audience, after).await?;
            if rows.is_empty() {
                return Ok(None);
            }
            let bytes = if json {
                json_out::rows(rows, first)
            } else {
                csv_out::rows(rows)
            };
            Ok(Some((bytes, last)))
        }
    })
}

/// The workbook, written to a temporary file that is gone once the download is sent.
async fn xlsx_body(
    db: &DatabaseConnection,
    hearing_id: i32,
    audience: Audience,
) -> Result<Body, AppError> {
    let file =
        tempfile::NamedTempFile::new().map_err(|e| AppError::internal("a temporary file", &e))?;
    xlsx_out::write(db, hearing_id, audience, file.path()).await?;
    let reader = tokio::fs::File::open(file.path())
        .await
        .map_err(|e| AppError::internal("reading an XLSX export", &e))?;
    // The open handle keeps the content; the name can go now (Unix).
    drop(file);
    Ok(Body::from_stream(tokio_util::io::ReaderStream::new(reader)))
}
