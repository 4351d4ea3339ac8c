//! Search in every process: each `ordet serve` follows the index outbox into its own index by
//! the outbox's id sequence, so a change committed through one process is found through
//! another within moments — with ids that commit out of order (PostgreSQL), after a restart
//! with a stale index, after the rows it missed were pruned, and when two processes share one
//! index directory and the writer stops.

mod holes;
mod processes;
mod restart;
mod shared_dir;

use std::path::{Path, PathBuf};
use std::process::Child;
use std::time::{Duration, Instant};

use app::registration::store::{Place, register_command};
use app::response::SubmitRequest;
use sea_orm::DatabaseConnection;
use serde_json::Value;

/// How long a change may take to be found through another process in these tests (the aim
/// is 2 s; the bound leaves room for a machine busy compiling).
pub(crate) const BOUND: Duration = Duration::from_secs(6);

use crate::helpers::{DEMO, paths, serve, until};
pub(crate) use crate::on_both;

/// A word no other response holds and that every analyser keeps whole: `zqv` and two letters
/// that no Danish or English ending or undoubling can change into another word's.
pub(crate) fn word(n: usize) -> String {
    const LETTERS: &[u8] = b"bcfhjlmnprvwxz";
    let letter = |i: usize| char::from(LETTERS[i % LETTERS.len()]);
    assert!(n < LETTERS.len() * LETTERS.len());
    format!("zqv{}{}", letter(n / LETTERS.len()), letter(n))
}

/// Registers a letter (confirmed and published at once, as an official does) holding `word`;
/// its id. Written straight to the database: no process is nudged.
pub(crate) async fn letter(db: &DatabaseConnection, dir: &Path, word: &str) -> i32 {
    let attachments = app::blob::Storage::new(dir, Default::default()).expect("local store");
    let place = Place {
        db,
        attachments: &attachments,
        base_url: "http://127.0.0.1",
    };
    let request = SubmitRequest {
        kind: "resident".into(),
        name: "Borger".into(),
        text: format!("Et brev om {word} og boliger til unge familier."),
        ..Default::default()
    };
    let done = register_command(
        &place,
        DEMO,
        (&request, app::vocab::Channel::Letter),
        Vec::new(),
        chrono::Utc::now(),
    )
    .await
    .expect("registered");
    done.id
}

/// How many published responses the public search of `address` finds for `word`.
pub(crate) async fn found(address: &str, word: &str) -> u64 {
    let url = format!("{address}{}?q={word}", paths::responses(DEMO));
    let page: Value = reqwest::get(url).await.unwrap().json().await.unwrap();
    page["total"].as_u64().expect("a total")
}

/// Waits until `address` finds `word` `n` times; how long that took. Fails after [`BOUND`].
pub(crate) async fn until_found(address: &str, word: &str, n: u64) -> Duration {
    let started = Instant::now();
    while found(address, word).await != n {
        assert!(
            started.elapsed() < BOUND,
            "{address} did not find {word} {n} times within {BOUND:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    started.elapsed()
}

/// An `ordet serve` child process on a shared database, killed when dropped.
pub(crate) struct Process {
    child: Child,
    /// `http://127.0.0.1:PORT`.
    pub address: String,
}

impl Process {
    /// Starts `ordet serve` on `url` with its files in `data_dir` and its index in
    /// `index_dir` (default `data_dir/index`); it is listening when this returns.
    pub fn start(url: &str, data_dir: &Path, index_dir: Option<&Path>) -> Process {
        let mut command = serve::command(url, data_dir);
        if let Some(dir) = index_dir {
            command.env("ORDET_INDEX_DIR", dir);
        }
        let (child, port) = serve::start(command);
        Process {
            child,
            address: format!("http://127.0.0.1:{port}"),
        }
    }

    /// `/readyz`'s `index_lag`.
    pub async fn lag(&self) -> Value {
        let url = format!("{}/readyz", self.address);
        let ready: Value = reqwest::get(url).await.unwrap().json().await.unwrap();
        ready["index_lag"].clone()
    }

    /// Waits until its index has applied every outbox row.
    pub async fn caught_up(&self) {
        let what = format!("{} to catch up", self.address);
        until(&what, || async { self.lag().await["pending"] == 0 }).await;
    }

    /// Stops it as a crash would (kill -9).
    pub fn kill(mut self) {
        self.stop();
    }

    fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The generation `CURRENT` names in an index directory.
pub(crate) fn generation(index_dir: &Path) -> String {
    std::fs::read_to_string(index_dir.join("CURRENT")).expect("CURRENT")
}

/// A temporary directory kept for the test's life.
pub(crate) fn temp_dir() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_owned();
    (dir, path)
}
