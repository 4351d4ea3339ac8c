//! The real server with a manual clock: a digest whose time came while no server ran goes out
//! when one starts, and a server started later does not send it again.

use std::sync::Arc;

use app::clock::ManualClock;
use server::startup::Application;

use super::{add_recipients, copenhagen, on_both, parts};
use crate::helpers::{Backend, BareDatabase, bare_database, count, test_config};
use crate::smtp::SmtpServer;

/// Starts `ordet serve` on `bare`'s database, mail to `smtp`, its tasks reading `clock`.
async fn start(bare: &BareDatabase, smtp: &SmtpServer, clock: Arc<ManualClock>) {
    let data_dir = tempfile::tempdir().unwrap().keep();
    let port = smtp.port;
    let env = |name: &str| (name == "SMTP_URL").then(|| format!("smtp://127.0.0.1:{port}"));
    let config = test_config(&bare.url, &data_dir, env);
    let app = Application::with_clock(&config, bare.reconnect().await, clock)
        .await
        .unwrap();
    tokio::spawn(app.run_until_stopped());
}

on_both!(
    a_server_started_after_the_time_catches_up_once,
    catches_up_once
);
async fn catches_up_once(backend: Backend) {
    let bare = bare_database(backend).await;
    add_recipients(&bare.db).await;
    let mut smtp = SmtpServer::start().await;
    // Nobody ran at Monday 8:00; a server starts at 11:00 and sends the weekly digest.
    start(&bare, &smtp, ManualClock::at(copenhagen(2010, 8, 23, 11))).await;
    let weekly = smtp.wait_for(2).await;
    assert!(
        weekly
            .iter()
            .all(|raw| parts(raw).1.starts_with("Ugentligt overblik"))
    );
    // A second server starts on the day after the final digest's time (the first one still
    // runs, at its own time): the final digest goes out once, the weekly not again.
    start(&bare, &smtp, ManualClock::at(copenhagen(2010, 11, 16, 9))).await;
    let all = smtp.wait_for(4).await;
    let finals = all
        .iter()
        .filter(|raw| parts(raw).1.starts_with("Endeligt overblik"))
        .count();
    assert_eq!(
        (all.len(), finals),
        (4, 2),
        "each digest once per recipient"
    );
    assert_eq!(count(&bare.db, "digest_run").await, 2);
}
