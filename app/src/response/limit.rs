//! How often one address (IP or e-mail) may submit: a sliding window per key, in memory.
//! One process counts its own requests; behind a proxy the peer address is the proxy's, so
//! the limit then applies to all traffic through it (see ARCHITECTURE.md).

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Submissions allowed per IP address within [`WINDOW`].
pub const PER_IP: usize = 20;
/// Submissions allowed per e-mail address within [`WINDOW`].
pub const PER_EMAIL: usize = 5;
/// The window the limits count within.
pub const WINDOW: Duration = Duration::from_secs(3600);

/// Counts recent submissions per key.
#[derive(Debug, Default)]
pub struct RateLimiter {
    recent: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl RateLimiter {
    /// Records a submission by every key and says whether all are within their limits;
    /// nothing is recorded when one is over.
    pub fn allow(&self, keys: &[(&str, usize)], now: Instant) -> bool {
        let Ok(mut recent) = self.recent.lock() else {
            return true;
        };
        recent.retain(|_, times| {
            while times
                .front()
                .is_some_and(|t| now.duration_since(*t) >= WINDOW)
            {
                times.pop_front();
            }
            !times.is_empty()
        });
        let over = keys
            .iter()
            .any(|(key, limit)| recent.get(*key).is_some_and(|times| times.len() >= *limit));
        if !over {
            for (key, _) in keys {
                recent.entry((*key).to_owned()).or_default().push_back(now);
            }
        }
        !over
    }
}

/// Checks one submission from `peer` for `email` against both limits.
pub fn check(
    limiter: &RateLimiter,
    peer: Option<std::net::IpAddr>,
    email: &crate::respondent::Email,
) -> Result<(), crate::error::AppError> {
    let ip_key = format!("ip:{}", peer.map(|ip| ip.to_string()).unwrap_or_default());
    let email_key = format!("email:{}", email.as_str().to_lowercase());
    let keys = [(ip_key.as_str(), PER_IP), (email_key.as_str(), PER_EMAIL)];
    if limiter.allow(&keys, Instant::now()) {
        Ok(())
    } else {
        tracing::warn!(ip = ?peer, "submission rate limit reached");
        Err(crate::error::AppError::RateLimited)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_over_its_limit_waits_for_the_window_to_pass() {
        let limiter = RateLimiter::default();
        let start = Instant::now();
        for _ in 0..PER_EMAIL {
            assert!(limiter.allow(&[("ip:1", PER_IP), ("email:a", PER_EMAIL)], start));
        }
        assert!(!limiter.allow(&[("ip:1", PER_IP), ("email:a", PER_EMAIL)], start));
        assert!(
            limiter.allow(&[("ip:1", PER_IP), ("email:b", PER_EMAIL)], start),
            "other e-mail"
        );
        assert!(limiter.allow(&[("ip:1", PER_IP), ("email:a", PER_EMAIL)], start + WINDOW));
    }
}
