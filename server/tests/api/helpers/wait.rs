//! Waiting for something another task or process does, by asking until it is so: a test
//! never sleeps a guessed time and then asserts. A slow machine only makes it wait longer;
//! the deadline is there so that a broken build fails instead of hanging.

use std::future::Future;
use std::time::{Duration, Instant};

/// How long [`until`] waits before it fails the test.
pub const DEADLINE: Duration = Duration::from_secs(120);

/// Asks `done` every 10 ms until it says yes; fails the test after [`DEADLINE`], naming
/// `what` it waited for.
pub async fn until<F: Future<Output = bool>>(what: &str, mut done: impl FnMut() -> F) {
    let start = Instant::now();
    while !done().await {
        assert!(
            start.elapsed() < DEADLINE,
            "waited {} s for {what}",
            DEADLINE.as_secs()
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}
