//! (ssr) What every background task of a server process is given, and the one runtime its
//! workers run in ([`worker`]). Several `ordet serve` processes may run on one database: a
//! worker that one process at a time should run ticks under a lease, and every task stops
//! when the process's stop token is cancelled (SIGTERM), finishing or abandoning its
//! current item.

pub mod sweep;
pub mod worker;

pub use sweep::Sweep;
pub use worker::{Schedule, WorkError, Worker};

use std::future::Future;
use std::time::Duration;

use chrono::TimeDelta;
use sea_orm::DatabaseConnection;
use tokio::sync::Notify;
use tokio_util::sync::CancellationToken;

use crate::clock::SharedClock;
use crate::instance::Instance;
use crate::lease;

/// A background task's share of the process: the database, this process's name (what it
/// claims is marked with it), the clock and the token that says stop.
#[derive(Clone, Debug)]
pub struct Job {
    /// The connection pool.
    pub db: DatabaseConnection,
    /// This process's name, the holder of its leases and claims.
    pub instance: Instance,
    /// The time (the system clock; tests set a manual one).
    pub clock: SharedClock,
    /// Cancelled when the process is to stop.
    pub stop: CancellationToken,
}

/// How long a ticking job's lease lasts: three of its periods, at least a minute, so the
/// holder renews it at every tick and a dead holder's job moves on after that long.
pub fn lease_ttl(period: Duration) -> TimeDelta {
    let ttl = TimeDelta::from_std(period * 3).unwrap_or(TimeDelta::hours(1));
    ttl.max(TimeDelta::minutes(1))
}

impl Job {
    /// Runs `work` while lease `name` (already taken) is renewed beside it; `None` when the
    /// lease was lost or the process is stopping first (the work is then dropped).
    pub async fn holding<F: Future>(
        &self,
        name: &str,
        ttl: TimeDelta,
        work: F,
    ) -> Option<F::Output> {
        tokio::select! {
            output = work => Some(output),
            () = lease::keep(&self.db, name, &self.instance, &self.clock, ttl) => None,
            () = self.stop.cancelled() => None,
        }
    }

    /// Runs `work` to its end or, once the process is stopping, for at most `grace` more;
    /// `None` when it was abandoned.
    pub async fn finish_within<F: Future>(&self, grace: Duration, work: F) -> Option<F::Output> {
        let mut work = std::pin::pin!(work);
        tokio::select! {
            output = &mut work => return Some(output),
            () = self.stop.cancelled() => {}
        }
        tokio::time::timeout(grace, work).await.ok()
    }

    /// Waits `period`; `false` when the process is stopping.
    pub async fn pause(&self, period: Duration) -> bool {
        tokio::select! {
            () = tokio::time::sleep(period) => true,
            () = self.stop.cancelled() => false,
        }
    }

    /// Waits for `nudge` or `period`, whichever comes first; `false` when the process is
    /// stopping.
    pub async fn pause_or_nudge(&self, period: Duration, nudge: &Notify) -> bool {
        tokio::select! {
            _ = tokio::time::timeout(period, nudge.notified()) => true,
            () = self.stop.cancelled() => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::lease_ttl;
    use std::time::Duration;

    #[test]
    fn a_lease_outlives_two_missed_ticks_and_lasts_at_least_a_minute() {
        assert_eq!(lease_ttl(Duration::from_secs(60)).num_seconds(), 180);
        assert_eq!(lease_ttl(Duration::from_secs(5)).num_seconds(), 60);
    }
}
