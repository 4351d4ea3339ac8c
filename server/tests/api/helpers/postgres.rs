//! A PostgreSQL database of its own for each test, created on `ORDET_TEST_POSTGRES_URL` and
//! dropped when the test ends.

use std::sync::atomic::{AtomicU32, Ordering};

use sea_orm::{ConnectionTrait, Database};

/// A PostgreSQL database of its own, dropped when the test ends.
pub struct PostgresDatabase {
    server: String,
    name: String,
    pub url: String,
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// The PostgreSQL server of the tests: `ORDET_TEST_POSTGRES_URL`, by default 127.0.0.1:5432.
pub fn server_url() -> String {
    std::env::var("ORDET_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into())
}

impl PostgresDatabase {
    /// An empty database.
    pub async fn create() -> Self {
        Self::create_from(None).await
    }

    /// A database copied from `template` (`CREATE DATABASE … TEMPLATE …`), or an empty one.
    pub async fn create_from(template: Option<&str>) -> Self {
        let server = server_url();
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or_default();
        let name = format!(
            "ordet_test_{}_{}_{nanos}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        let admin = Database::connect(format!("{server}/postgres"))
            .await
            .expect(
                "PostgreSQL on ORDET_TEST_POSTGRES_URL (default 127.0.0.1:5432) must be reachable",
            );
        admin
            .execute_unprepared(&match template {
                Some(template) => format!("CREATE DATABASE \"{name}\" TEMPLATE \"{template}\""),
                None => format!("CREATE DATABASE \"{name}\""),
            })
            .await
            .expect("create test database");
        admin.close().await.ok();
        let url = format!("{server}/{name}");
        PostgresDatabase { server, name, url }
    }
}

impl Drop for PostgresDatabase {
    fn drop(&mut self) {
        let (server, name) = (self.server.clone(), self.name.clone());
        // Drop runs inside the test's runtime; a thread of its own may block on its own.
        let _ = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build();
            if let Ok(runtime) = runtime {
                runtime.block_on(async {
                    if let Ok(admin) = Database::connect(format!("{server}/postgres")).await {
                        let sql = format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                        let _ = admin.execute_unprepared(&sql).await;
                    }
                });
            }
        })
        .join();
    }
}
