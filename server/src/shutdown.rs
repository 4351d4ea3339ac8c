//! Stopping gracefully. One token is watched by the server and by every background task;
//! SIGTERM or Ctrl-C (or a test's [`Shutdown`]) cancels it. The server then takes no new
//! connections and lets requests under way finish, every task stops (finishing or abandoning
//! its current item), and what this process holds — leases, claimed files, claimed mail — is
//! handed back at once for the other processes on the database, all within
//! `ORDET_SHUTDOWN_SECONDS`; after that the process stops anyway.

use std::future::{Future, IntoFuture};
use std::net::SocketAddr;
use std::time::Duration;

use app::instance::Instance;
use app::jobs::Job;
use axum::Router;
use tokio::net::TcpListener;
use tokio::task::JoinSet;
use tokio_util::sync::CancellationToken;

/// Stops a running [`crate::startup::Application`] as SIGTERM does (tests use it).
#[derive(Clone, Debug)]
pub struct Shutdown(CancellationToken);

impl Shutdown {
    /// Asks the application to stop; `run_until_stopped` returns once it has.
    pub fn trigger(&self) {
        self.0.cancel();
    }
}

/// The background tasks of this process and what they share.
#[derive(Debug)]
pub struct Workers {
    job: Job,
    tasks: JoinSet<()>,
}

impl Workers {
    /// No tasks yet; `job` is what each is given.
    pub fn new(job: Job) -> Self {
        Workers {
            job,
            tasks: JoinSet::new(),
        }
    }

    /// What a task is given (the database, this process's name, the clock, the stop token).
    pub fn job(&self) -> Job {
        self.job.clone()
    }

    /// This process's name.
    pub fn instance(&self) -> &Instance {
        &self.job.instance
    }

    /// Starts `worker` in the one worker runtime; it is waited for when the process stops.
    pub fn start(&mut self, worker: impl app::jobs::Worker) {
        self.tasks.spawn(app::jobs::worker::run(self.job(), worker));
    }

    /// Starts a task; it is waited for when the process stops.
    pub fn spawn(&mut self, task: impl Future<Output = ()> + Send + 'static) {
        self.tasks.spawn(task);
    }

    /// A handle that stops the process.
    pub fn shutdown(&self) -> Shutdown {
        Shutdown(self.job.stop.clone())
    }

    /// Once told to stop: waits for every task (at most `grace`; then they are aborted) and
    /// hands back what this process holds.
    async fn stop(mut self, grace: Duration) {
        self.job.stop.cancelled().await;
        let tasks = &mut self.tasks;
        let finished =
            tokio::time::timeout(grace, async { while tasks.join_next().await.is_some() {} }).await;
        if finished.is_err() {
            tracing::warn!(
                ?grace,
                "background tasks did not stop in time; aborting them"
            );
            self.tasks.shutdown().await;
        }
        hand_back(&self.job).await;
    }
}

/// Serves `router` until told to stop, then lets requests under way and `workers` finish
/// within `grace` and hands back what the process holds; returns when all that is done.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    workers: Workers,
    grace: Duration,
) -> std::io::Result<()> {
    let stop = workers.job.stop.clone();
    tokio::spawn(cancel_on_signal(stop.clone()));
    let (served, ()) = tokio::join!(
        serve_http(listener, router, stop, grace),
        workers.stop(grace)
    );
    served
}

/// The HTTP server with axum's graceful shutdown, bounded by `grace` once `stop` is cancelled.
async fn serve_http(
    listener: TcpListener,
    router: Router,
    stop: CancellationToken,
    grace: Duration,
) -> std::io::Result<()> {
    let service = router.into_make_service_with_connect_info::<SocketAddr>();
    let server = axum::serve(listener, service)
        .with_graceful_shutdown(stop.clone().cancelled_owned())
        .into_future();
    let mut server = std::pin::pin!(server);
    tokio::select! {
        served = &mut server => {
            stop.cancel();
            return served;
        }
        () = stop.cancelled() => {}
    }
    tracing::info!("stopping: no new connections; requests under way may finish");
    match tokio::time::timeout(grace, server).await {
        Ok(served) => served,
        Err(_) => {
            tracing::warn!(
                ?grace,
                "requests still under way after the grace period; stopping anyway"
            );
            Ok(())
        }
    }
}

/// Gives back this process's leases, its claimed but unsent mail (due again at once) and its
/// claimed but unfinished files. What fails here runs out by itself (leases and claims
/// expire), so it is logged, not retried.
async fn hand_back(job: &Job) {
    let (db, me) = (&job.db, &job.instance);
    let leases = app::lease::release_all(db, me).await;
    let mail = app::mail::outbox::hand_back(db, me, job.clock.now()).await;
    let files = app::attachment::worker::hand_back(db, me).await;
    match (leases, mail, files) {
        (Ok(leases), Ok(mail), Ok(files)) => {
            tracing::info!(instance = %me, leases, mail, files, "stopped; handed back what this process held");
        }
        (leases, mail, files) => tracing::error!(
            instance = %me, ?leases, ?mail, ?files,
            "handing back failed; the other processes take over when the claims run out"
        ),
    }
}

/// Cancels `stop` on Ctrl-C or SIGTERM; ends when `stop` is cancelled some other way.
async fn cancel_on_signal(stop: CancellationToken) {
    tokio::select! {
        () = signal() => {
            tracing::info!("shutting down");
            stop.cancel();
        }
        () = stop.cancelled() => {}
    }
}

/// Ctrl-C or SIGTERM (a signal that cannot be listened for never comes).
async fn signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
