//! Rate limits: how often one network and one e-mail address may ask for each [`Action`],
//! each action in buckets of its own, so asking for sign-in links for someone's address never
//! uses up their submissions. The buckets are governor's (GCRA: a burst, then one more each
//! interval) and live in this process's memory; the rest of the app sees only
//! [`RateLimiter::check`], so buckets shared between processes can replace them there.
//!
//! A network is an IPv4 address or an IPv6 /64 (one household or host is given a whole /64,
//! so its addresses would otherwise be buckets for the asking); an IPv4-mapped IPv6 address
//! counts as its IPv4 address. Behind a proxy the peer is the proxy (see ARCHITECTURE.md).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use std::num::NonZeroU32;
use std::sync::atomic::{AtomicU32, Ordering};

use governor::clock::{Clock, DefaultClock};
use governor::middleware::NoOpMiddleware;
use governor::state::keyed::DashMapStateStore;
use governor::{Quota, RateLimiter as Gcra};

use crate::error::AppError;

/// Submissions per network within an hour.
pub const SUBMISSIONS_PER_NETWORK: u32 = 20;
/// Submissions per e-mail address within an hour.
pub const SUBMISSIONS_PER_EMAIL: u32 = 5;
/// Sign-in links (and, separately, password-reset links) per network within an hour.
pub const LINKS_PER_NETWORK: u32 = 20;
/// Sign-in links (and, separately, password-reset links) per e-mail address within an hour.
pub const LINKS_PER_EMAIL: u32 = 5;
/// Password sign-ins a network may try at once; then one every [`SIGN_IN_SECONDS`].
pub const SIGN_INS_PER_NETWORK: u32 = 30;
/// Seconds until a network may try one more password sign-in.
pub const SIGN_IN_SECONDS: u32 = 10;

/// Checks between two clean-ups of buckets that are full again.
const PRUNE_EVERY: u32 = 4096;

/// What is asked for; every action counts in buckets of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// A response (form or API).
    Submission,
    /// A sign-in link by e-mail.
    SignInLink,
    /// A password-reset link by e-mail.
    PasswordReset,
    /// A sign-in with a password (per network only: the account's own lock-out counts per
    /// address).
    PasswordSignIn,
}

impl Action {
    /// The quotas per network and per e-mail address (none: not counted per address).
    fn quotas(self) -> (Quota, Option<Quota>) {
        match self {
            Action::Submission => (
                per_hour(SUBMISSIONS_PER_NETWORK),
                Some(per_hour(SUBMISSIONS_PER_EMAIL)),
            ),
            Action::SignInLink | Action::PasswordReset => {
                (per_hour(LINKS_PER_NETWORK), Some(per_hour(LINKS_PER_EMAIL)))
            }
            Action::PasswordSignIn => {
                let interval = std::time::Duration::from_secs(SIGN_IN_SECONDS.into());
                let quota = Quota::with_period(interval).unwrap_or(per_hour(1));
                (quota.allow_burst(non_zero(SIGN_INS_PER_NETWORK)), None)
            }
        }
    }
}

fn non_zero(n: u32) -> NonZeroU32 {
    NonZeroU32::new(n).unwrap_or(NonZeroU32::MIN)
}

/// `n` at once, and `n` an hour over time.
fn per_hour(n: u32) -> Quota {
    Quota::per_hour(non_zero(n))
}

type Buckets<K, C> = Gcra<K, DashMapStateStore<K>, C, NoOpMiddleware<<C as Clock>::Instant>>;

/// One action's buckets.
#[derive(Debug)]
struct Limits<C: Clock> {
    action: Action,
    network: Buckets<IpAddr, C>,
    email: Option<Buckets<String, C>>,
}

/// Counts requests per action, network and e-mail address.
#[derive(Debug)]
pub struct RateLimiter<C: Clock = DefaultClock> {
    limits: Vec<Limits<C>>,
    checks: AtomicU32,
}

impl Default for RateLimiter {
    fn default() -> Self {
        Self::with_clock(&DefaultClock::default())
    }
}

impl<C: Clock + Clone> RateLimiter<C> {
    /// Buckets that read `clock` (tests move a fake one).
    pub fn with_clock(clock: &C) -> Self {
        let actions = [
            Action::Submission,
            Action::SignInLink,
            Action::PasswordReset,
            Action::PasswordSignIn,
        ];
        let limits = actions
            .into_iter()
            .map(|action| {
                let (network, email) = action.quotas();
                Limits {
                    action,
                    network: Gcra::dashmap_with_clock(network, clock.clone()),
                    email: email.map(|quota| Gcra::dashmap_with_clock(quota, clock.clone())),
                }
            })
            .collect();
        RateLimiter {
            limits,
            checks: AtomicU32::new(0),
        }
    }

    /// Counts one `action` by `peer` (unknown peers share one bucket) for `email`, and
    /// answers [`AppError::RateLimited`] when the network's or the address's bucket is empty.
    /// A refusal by the network's bucket leaves the address's untouched.
    pub fn check(
        &self,
        action: Action,
        peer: Option<IpAddr>,
        email: Option<&str>,
    ) -> Result<(), AppError> {
        self.prune_now_and_then();
        let Some(limits) = self.limits.iter().find(|l| l.action == action) else {
            return Ok(());
        };
        let network = network(peer.unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED)));
        let allowed = limits.network.check_key(&network).is_ok()
            && match (&limits.email, email) {
                (Some(buckets), Some(email)) => {
                    buckets.check_key(&email.trim().to_lowercase()).is_ok()
                }
                _ => true,
            };
        if allowed {
            Ok(())
        } else {
            tracing::warn!(?action, %network, "rate limit reached");
            Err(AppError::RateLimited)
        }
    }

    /// Forgets buckets that are full again, every [`PRUNE_EVERY`] checks, so the memory held
    /// follows recent traffic only.
    fn prune_now_and_then(&self) {
        if !self
            .checks
            .fetch_add(1, Ordering::Relaxed)
            .is_multiple_of(PRUNE_EVERY)
        {
            return;
        }
        for limits in &self.limits {
            limits.network.retain_recent();
            limits.network.shrink_to_fit();
            if let Some(email) = &limits.email {
                email.retain_recent();
                email.shrink_to_fit();
            }
        }
    }
}

/// The network an address belongs to: an IPv4 address itself, an IPv6 address's /64.
pub fn network(ip: IpAddr) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V4(v4) => IpAddr::V4(v4),
        IpAddr::V6(v6) => {
            let [a, b, c, d, ..] = v6.segments();
            IpAddr::V6(Ipv6Addr::new(a, b, c, d, 0, 0, 0, 0))
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use governor::clock::FakeRelativeClock;

    use super::*;

    fn ip(s: &str) -> Option<IpAddr> {
        Some(s.parse().unwrap())
    }

    fn limiter() -> (RateLimiter<FakeRelativeClock>, FakeRelativeClock) {
        let clock = FakeRelativeClock::default();
        (RateLimiter::with_clock(&clock), clock)
    }

    #[test]
    fn an_address_over_its_limit_waits_and_other_addresses_go_on() {
        let (limiter, clock) = limiter();
        let submit = |email| limiter.check(Action::Submission, ip("192.0.2.1"), Some(email));
        for _ in 0..SUBMISSIONS_PER_EMAIL {
            assert!(submit("a@example.dk").is_ok());
        }
        assert_eq!(submit("A@example.dk"), Err(AppError::RateLimited));
        assert!(submit("b@example.dk").is_ok(), "another address");
        clock.advance(Duration::from_secs(3600 / u64::from(SUBMISSIONS_PER_EMAIL)));
        assert!(
            submit("a@example.dk").is_ok(),
            "one more after a fifth hour"
        );
        assert!(submit("a@example.dk").is_err());
    }

    #[test]
    fn asking_for_links_does_not_use_up_submissions_or_each_other() {
        let (limiter, _) = limiter();
        let peer = ip("192.0.2.1");
        for action in [Action::SignInLink, Action::PasswordReset] {
            for _ in 0..LINKS_PER_EMAIL {
                assert!(limiter.check(action, peer, Some("ida@example.dk")).is_ok());
            }
            assert!(limiter.check(action, peer, Some("ida@example.dk")).is_err());
        }
        let submit = limiter.check(Action::Submission, peer, Some("ida@example.dk"));
        assert!(submit.is_ok(), "the resident can still answer");
    }

    #[test]
    fn addresses_in_one_ipv6_64_share_a_bucket() {
        let (limiter, _) = limiter();
        for n in 0..SUBMISSIONS_PER_NETWORK {
            let peer = ip(&format!("2001:db8:1:2::{n:x}"));
            let email = format!("r{n}@example.dk");
            assert!(
                limiter
                    .check(Action::Submission, peer, Some(&email))
                    .is_ok()
            );
        }
        let same_64 = ip("2001:db8:1:2:ffff:ffff:ffff:ffff");
        let refused = limiter.check(Action::Submission, same_64, Some("new@example.dk"));
        assert_eq!(refused, Err(AppError::RateLimited));
        let next_64 = ip("2001:db8:1:3::1");
        let other = limiter.check(Action::Submission, next_64, Some("new@example.dk"));
        assert!(
            other.is_ok(),
            "another /64, and the address was not counted when refused"
        );
    }

    #[test]
    fn an_ipv4_mapped_address_is_its_ipv4_address() {
        assert_eq!(
            network(ip("::ffff:192.0.2.7").unwrap()),
            ip("192.0.2.7").unwrap()
        );
        assert_eq!(
            network(ip("2001:db8:aa:bb:1:2:3:4").unwrap()),
            ip("2001:db8:aa:bb::").unwrap()
        );
        let (limiter, _) = limiter();
        for _ in 0..SIGN_INS_PER_NETWORK {
            assert!(
                limiter
                    .check(Action::PasswordSignIn, ip("192.0.2.7"), None)
                    .is_ok()
            );
        }
        let mapped = limiter.check(Action::PasswordSignIn, ip("::ffff:192.0.2.7"), None);
        assert_eq!(mapped, Err(AppError::RateLimited));
    }

    #[test]
    fn password_sign_ins_come_back_one_per_interval() {
        let (limiter, clock) = limiter();
        let peer = ip("192.0.2.9");
        for _ in 0..SIGN_INS_PER_NETWORK {
            assert!(limiter.check(Action::PasswordSignIn, peer, None).is_ok());
        }
        assert!(limiter.check(Action::PasswordSignIn, peer, None).is_err());
        clock.advance(Duration::from_secs(SIGN_IN_SECONDS.into()));
        assert!(limiter.check(Action::PasswordSignIn, peer, None).is_ok());
        assert!(limiter.check(Action::PasswordSignIn, peer, None).is_err());
    }
}
