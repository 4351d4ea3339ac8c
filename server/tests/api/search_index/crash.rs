//! kill -9 of the server while it indexes a stream of 1,000 new responses; after a restart
//! the index holds exactly the confirmed responses in the database.

use std::collections::BTreeSet;
use std::process::{Child, Command};

use app::search::index::SearchIndex;
use app::search::schema::Scope;
use app::search::searcher::{Request, Sort, run};
use app::vocab::ResponseStatus;
use sea_orm::{ColumnTrait, Database, EntityTrait, QueryFilter, QuerySelect};

use super::register_letters;
use crate::helpers::{Backend, DEMO, PostgresDatabase, serve, until};

struct Server {
    url: String,
    dir: std::path::PathBuf,
    port: u16,
}

impl Server {
    fn command(&self) -> Command {
        let mut command = serve::command(&self.url, &self.dir);
        command.env("RUST_LOG", "warn");
        command
    }

    /// Starts `ordet serve` on port 0 (`helpers::serve`).
    fn start(&mut self) -> Child {
        let (child, port) = serve::start(self.command());
        self.port = port;
        child
    }

    async fn lag(&self) -> Option<u64> {
        let url = format!("http://127.0.0.1:{}/readyz", self.port);
        let ready: serde_json::Value = reqwest::get(url).await.ok()?.json().await.ok()?;
        ready["index_lag"]["pending"].as_u64()
    }

    async fn wait_caught_up(&self) {
        until("the restarted server to catch up", || async {
            self.lag().await == Some(0)
        })
        .await;
    }
}

async fn crash_during_indexing(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let postgres = match backend {
        Backend::Postgres => Some(PostgresDatabase::create().await),
        Backend::Sqlite => None,
    };
    let url = match &postgres {
        Some(pg) => pg.url.clone(),
        None => format!("sqlite://{}/ordet.db?mode=rwc", dir.path().display()),
    };
    let mut server = Server {
        url: url.clone(),
        dir: dir.path().to_owned(),
        port: 0,
    };
    let demo = server
        .command()
        .args(["demo", "--original-dates", "--responses", "0"])
        .status()
        .unwrap();
    assert!(demo.success());
    let db = Database::connect(&url).await.unwrap();
    // The first hundred wait for the server; once it has applied some, the rest arrive while
    // it indexes, and it is killed part-way through (not racing a writer that may finish
    // first on a busy machine).
    register_letters(db.clone(), dir.path().to_owned(), 0, 100).await;
    let mut child = server.start();
    let conn = &db;
    until("the server to apply 50 rows", || async move {
        processed(conn).await >= 50
    })
    .await;
    let writer = tokio::spawn(register_letters(
        db.clone(),
        dir.path().to_owned(),
        100,
        900,
    ));
    until("50 more to arrive", || async move {
        responses(conn).await >= 150
    })
    .await;
    child.kill().expect("kill -9");
    child.wait().unwrap();
    writer.await.unwrap();
    assert!(processed(&db).await < 1000, "the kill came before the end");
    let mut child = server.start();
    server.wait_caught_up().await;
    child.kill().unwrap();
    child.wait().unwrap();

    let expected: BTreeSet<i32> = app::entities::response::Entity::find()
        .select_only()
        .column(app::entities::response::Column::Id)
        .filter(app::entities::response::Column::Status.is_in(ResponseStatus::CONFIRMED))
        .into_tuple::<i32>()
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .collect();
    assert_eq!(expected.len(), 1000);
    let hearing = app::hearing::store::find_by_slug(&db, DEMO)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(indexed_ids(dir.path(), hearing.id), expected);

    // Rebuilt from scratch by `ordet reindex` with no server running: the same set.
    let output = server.command().arg("reindex").output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("1000 responses"), "{stdout}");
    assert_eq!(indexed_ids(dir.path(), hearing.id), expected);
    drop(postgres);
}

/// Responses in the database.
async fn responses(db: &sea_orm::DatabaseConnection) -> u64 {
    use sea_orm::PaginatorTrait;
    app::entities::response::Entity::find()
        .count(db)
        .await
        .unwrap()
}

/// Outbox rows the indexer has applied.
async fn processed(db: &sea_orm::DatabaseConnection) -> u64 {
    use sea_orm::PaginatorTrait;
    app::entities::index_outbox::Entity::find()
        .filter(app::entities::index_outbox::Column::ProcessedAt.is_not_null())
        .count(db)
        .await
        .unwrap()
}

/// Every response id the index under `dir` holds for hearing `hearing_id`.
fn indexed_ids(dir: &std::path::Path, hearing_id: i32) -> BTreeSet<i32> {
    let (index, fresh) = SearchIndex::open(&dir.join("index")).unwrap();
    assert!(!fresh, "the index was there");
    let request = Request {
        hearing_id,
        scope: Scope::Officials,
        text: String::new(),
        filters: Default::default(),
        sort: Sort::Newest,
        offset: 0,
        limit: 5000,
    };
    let found = run(&index.searcher(), &index.fields, &request).unwrap();
    let ids: BTreeSet<i32> = found.hits.iter().map(|h| h.response_id).collect();
    assert_eq!(ids.len(), found.total, "no response twice");
    ids
}

#[tokio::test]
async fn kill_9_while_indexing_loses_nothing_on_sqlite() {
    crash_during_indexing(Backend::Sqlite).await;
}

#[tokio::test]
async fn kill_9_while_indexing_loses_nothing_on_postgres() {
    crash_during_indexing(Backend::Postgres).await;
}
