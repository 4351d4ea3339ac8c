//! Officials at scale (issue 19): the inbox and the themes page of a hearing issue a bounded
//! number of statements, each with a bounded number of bound values, whatever the number of
//! responses, and their counts agree with counts the test makes directly. The hearing is the
//! one `make bench-inbox` measures (`server/benches/inbox/load.rs`), smaller.

#[path = "../../../benches/inbox/load.rs"]
mod load;

mod inbox;
mod tally;
mod themes;

use std::sync::{Arc, Mutex};

use sea_orm::{ConnectionTrait, DatabaseConnection, Statement};

use crate::helpers::{Backend, BareDatabase, bare_database};

/// A bare database with the demo hearing and `n` loaded responses; a connection to it whose
/// statements are captured while asked; the loaded hearing.
pub(super) struct Loaded {
    pub db: DatabaseConnection,
    pub capture: Arc<Mutex<Option<Vec<Statement>>>>,
    pub hearing: load::Loaded,
    _bare: BareDatabase,
}

pub(super) async fn loaded(backend: Backend, n: usize) -> Loaded {
    let bare = bare_database(backend).await;
    let hearing = load::load(&bare.db, n).await.expect("loaded");
    let mut db = bare.db.clone();
    let capture: Arc<Mutex<Option<Vec<Statement>>>> = Arc::default();
    let sink = capture.clone();
    db.set_metric_callback(move |info| {
        if let Some(seen) = sink.lock().unwrap().as_mut() {
            seen.push(info.statement.clone());
        }
    });
    Loaded {
        db,
        capture,
        hearing,
        _bare: bare,
    }
}

impl Loaded {
    /// Starts capturing statements.
    pub fn watch(&self) {
        *self.capture.lock().unwrap() = Some(Vec::new());
    }

    /// The statements since [`Loaded::watch`].
    pub fn seen(&self) -> Vec<Statement> {
        self.capture.lock().unwrap().take().unwrap_or_default()
    }

    /// Rows of a plain SQL query (`?` placeholders are written out by the caller).
    pub async fn rows(&self, sql: &str) -> Vec<sea_orm::QueryResult> {
        let backend = self.db.get_database_backend();
        self.db
            .query_all_raw(Statement::from_string(backend, sql.to_owned()))
            .await
            .expect(sql)
    }

    /// `value → count` of a plain `SELECT value, COUNT(*) … GROUP BY` query.
    pub async fn grouped(&self, sql: &str) -> std::collections::BTreeMap<String, u64> {
        let mut out = std::collections::BTreeMap::new();
        for row in self.rows(sql).await {
            let value: Option<String> = row.try_get_by_index(0).unwrap();
            let n: i64 = row.try_get_by_index(1).unwrap();
            out.insert(value.unwrap_or_else(|| "unknown".into()), n as u64);
        }
        out
    }
}

/// How many values a statement binds.
pub(super) fn bound(statement: &Statement) -> usize {
    statement.values.as_ref().map_or(0, |v| v.0.len())
}
