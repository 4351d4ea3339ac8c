//! Timing one case: the app's own function a number of rounds, and the statements it issued
//! (captured by a metric callback on the connection during a warm-up call) replayed directly
//! through the connection the same number of rounds, interleaved.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use anyhow::Result;
use app::auth::Principal;
use app::entities::{hearing, public_stamp};
use app::response::admin::Filters;
use app::search::Search;
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, Statement,
};

/// What is timed.
pub enum Case {
    /// `admin_api::filtered`: an inbox page of 50 with the counts, as the page and the API
    /// load it.
    Inbox(&'static str, Box<Filters>),
    /// `themes::page_store::read`: the officials' themes page.
    Themes,
    /// The themes page after each change to the hearing (its stamp moved on first): the
    /// figures counted again, not read as stored. Outside the target: shown beside it.
    ThemesChanged,
}

impl Case {
    /// The case's name in the table.
    pub fn name(&self) -> &'static str {
        match self {
            Case::Inbox(name, _) => name,
            Case::Themes => "themes page",
            Case::ThemesChanged => "themes, after a change",
        }
    }
}

/// Statements seen by the connection while `Some`.
pub type Capture = Arc<Mutex<Option<Vec<Statement>>>>;

/// A connection whose statements can be captured.
pub fn capturing(mut db: DatabaseConnection) -> (DatabaseConnection, Capture) {
    let capture: Capture = Arc::default();
    let sink = capture.clone();
    db.set_metric_callback(move |info| {
        if let Some(seen) = sink.lock().expect("capture").as_mut() {
            seen.push(info.statement.clone());
        }
    });
    (db, capture)
}

/// The bench's context: the connection, a search service (unused without `q`), the
/// signed-in admin and the hearing.
pub struct Bench<'a> {
    pub db: &'a DatabaseConnection,
    pub capture: &'a Capture,
    pub search: &'a Search,
    pub who: &'a Principal,
    pub slug: &'a str,
}

/// One case's figures, in milliseconds.
pub struct Timed {
    pub code: Vec<f64>,
    pub direct: Vec<f64>,
    pub statements: usize,
    pub items: usize,
}

impl Bench<'_> {
    async fn call(&self, case: &Case) -> Result<usize> {
        Ok(match case {
            Case::Inbox(_, filters) => {
                let locale = app::i18n::Locale::Da;
                let found = app::response::admin_api::filtered(
                    (self.db, self.search),
                    self.who,
                    self.slug,
                    filters,
                    locale,
                )
                .await?;
                found.1.items.len()
            }
            Case::Themes => {
                let page = app::themes::page_store::read(self.db, self.who, self.slug).await?;
                page.themes.themes.len()
            }
            Case::ThemesChanged => {
                self.moved_on().await?;
                let page = app::themes::page_store::read(self.db, self.who, self.slug).await?;
                page.themes.themes.len()
            }
        })
    }

    /// Moves the hearing's stamp on, as every change to its responses or themes does.
    async fn moved_on(&self) -> Result<()> {
        let hearing = Query::select()
            .column(hearing::Column::Id)
            .from(hearing::Entity)
            .and_where(hearing::Column::Slug.eq(self.slug))
            .to_owned();
        let stamp = public_stamp::Column::Stamp;
        public_stamp::Entity::update_many()
            .col_expr(stamp, Expr::col(stamp).add(1))
            .filter(public_stamp::Column::HearingId.in_subquery(hearing))
            .exec(self.db)
            .await?;
        Ok(())
    }

    /// `rounds` timings of the code path and of its statements run directly.
    pub async fn time(&self, case: &Case, rounds: usize) -> Result<Timed> {
        *self.capture.lock().expect("capture") = Some(Vec::new());
        let items = self.call(case).await?;
        let statements = self
            .capture
            .lock()
            .expect("capture")
            .take()
            .unwrap_or_default();
        let (mut code, mut direct) = (Vec::new(), Vec::new());
        for _ in 0..rounds {
            let started = Instant::now();
            self.call(case).await?;
            code.push(started.elapsed().as_secs_f64() * 1000.0);
            let started = Instant::now();
            for stmt in &statements {
                self.db.query_all_raw(stmt.clone()).await?;
            }
            direct.push(started.elapsed().as_secs_f64() * 1000.0);
        }
        Ok(Timed {
            code,
            direct,
            statements: statements.len(),
            items,
        })
    }

    /// The captured statements of `case`, for EXPLAIN.
    pub async fn statements(&self, case: &Case) -> Result<Vec<Statement>> {
        *self.capture.lock().expect("capture") = Some(Vec::new());
        self.call(case).await?;
        Ok(self
            .capture
            .lock()
            .expect("capture")
            .take()
            .unwrap_or_default())
    }
}

/// The `q` quantile of `samples` (nearest rank).
pub fn quantile(samples: &[f64], q: f64) -> f64 {
    let mut sorted = samples.to_vec();
    sorted.sort_by(f64::total_cmp);
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

/// Each statement's time, run once directly, and its query plan (`EXPLAIN QUERY PLAN` on SQLite, `EXPLAIN ANALYZE` on
/// PostgreSQL), printed under its SQL.
pub async fn explain(db: &DatabaseConnection, statements: &[Statement]) -> Result<()> {
    let backend = db.get_database_backend();
    let prefix = match backend {
        sea_orm::DatabaseBackend::Sqlite => "EXPLAIN QUERY PLAN ",
        _ => "EXPLAIN (ANALYZE, BUFFERS OFF, TIMING OFF) ",
    };
    for stmt in statements {
        let started = Instant::now();
        db.query_all_raw(stmt.clone()).await?;
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        let sql: String = stmt.sql.chars().take(300).collect();
        println!("  -- {ms:.1} ms: {sql}");
        let plan = Statement {
            sql: format!("{prefix}{}", stmt.sql),
            ..stmt.clone()
        };
        for row in db.query_all_raw(plan).await? {
            let line = match backend {
                sea_orm::DatabaseBackend::Sqlite => row.try_get::<String>("", "detail")?,
                _ => row.try_get::<String>("", "QUERY PLAN")?,
            };
            println!("     {line}");
        }
    }
    Ok(())
}
