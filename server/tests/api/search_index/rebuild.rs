//! `ordet reindex` while the server runs: its indexer builds a new generation beside the one in
//! use and swaps it in; searches answer with every result throughout.

use std::time::{Duration, Instant};

use super::register_letters;
use crate::db_test;
use crate::helpers::{DEMO, paths};

db_test!(reindex_while_searching_returns_results_throughout, |app| {
    register_letters(app.db.clone(), app.data_dir.path().to_owned(), 0, 300).await;
    app.index_caught_up().await;
    let current = || std::fs::read_to_string(app.data_dir.path().join("index/CURRENT")).unwrap();
    let before = current();
    let search = paths::hearing_api(DEMO, "responses?q=boliger&per_page=5");
    let published: serde_json::Value = app.get(&search).await.json().await.unwrap();
    let expected = published["total"].as_u64().unwrap();
    assert!(expected > 0, "{published}");

    let mut reindex = std::process::Command::new(env!("CARGO_BIN_EXE_ordet"))
        .env_clear()
        .env("DATABASE_URL", app.database_url())
        .env("ORDET_DATA_DIR", app.data_dir.path())
        .arg("reindex")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let mut searches = 0;
    while reindex.try_wait().unwrap().is_none() {
        let page: serde_json::Value = app.get(&search).await.json().await.unwrap();
        assert_eq!(
            page["total"].as_u64(),
            Some(expected),
            "after {searches} searches"
        );
        assert_eq!(page["items"].as_array().unwrap().len(), 5);
        searches += 1;
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "reindex took too long"
        );
    }
    let output = reindex.wait_with_output().unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("its indexer rebuilds it"), "{stdout}");
    assert!(searches > 0);
    assert_ne!(current(), before, "a new generation is in use");
    let page: serde_json::Value = app.get(&search).await.json().await.unwrap();
    assert_eq!(page["total"].as_u64(), Some(expected));
});
