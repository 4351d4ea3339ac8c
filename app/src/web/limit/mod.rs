//! Rate limits: how often one network and one e-mail address may ask for each [`Action`],
//! each action in buckets of its own, so asking for sign-in links for someone's address never
//! uses up their submissions. The buckets are rows in the database (GCRA: a burst, then one
//! more each interval; see [`bucket`]), so every server process on the database counts in the
//! same ones; the rest of the app sees only [`RateLimiter::check`].
//!
//! A network is an IPv4 address or an IPv6 /64 (one household or host is given a whole /64,
//! so its addresses would otherwise be buckets for the asking); an IPv4-mapped IPv6 address
//! counts as its IPv4 address. The address is the client's ([`crate::web::client`]), which behind
//! a trusted proxy is the one it forwarded. A bucket's key is an HMAC of the action and the
//! network or address under a secret shared by the processes ([`crate::secret`]), so the table
//! holds neither in clear.

pub mod bucket;
mod quota;

use std::net::{IpAddr, Ipv6Addr};

use chrono::{DateTime, Utc};
use hmac::{Hmac, KeyInit, Mac};
use sea_orm::{ConnectionTrait, DbErr, TransactionSession, TransactionTrait};
use sha2::Sha256;

pub use quota::Quota;

use crate::clock::SharedClock;
use crate::error::AppError;
use crate::jobs::Sweep;

/// Submissions per network within an hour.
pub const SUBMISSIONS_PER_NETWORK: u32 = 20;
/// Submissions per e-mail address within an hour.
pub const SUBMISSIONS_PER_EMAIL: u32 = 5;
/// Sign-in links (and, separately, password-reset links and links to a resident's data) per
/// network within an hour.
pub const LINKS_PER_NETWORK: u32 = 20;
/// Sign-in links (and, separately, password-reset links and links to a resident's data) per
/// e-mail address within an hour.
pub const LINKS_PER_EMAIL: u32 = 5;
/// Password sign-ins a network may try at once; then one every [`SIGN_IN_SECONDS`].
pub const SIGN_INS_PER_NETWORK: u32 = 30;
/// Seconds until a network may try one more password sign-in.
pub const SIGN_IN_SECONDS: u32 = 10;

/// The name of the bucket keys' secret in `server_secret`.
const SECRET_NAME: &str = "rate_limit_buckets";

/// What is asked for; every action counts in buckets of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    /// A response (form or API).
    Submission,
    /// A sign-in link by e-mail.
    SignInLink,
    /// A password-reset link by e-mail.
    PasswordReset,
    /// A resident's link to the data stored about their address.
    DataLink,
    /// A sign-in with a password (per network only: the account's own lock-out counts per
    /// address).
    PasswordSignIn,
}

impl Action {
    /// The name in a bucket's key.
    fn name(self) -> &'static str {
        match self {
            Action::Submission => "submission",
            Action::SignInLink => "sign_in_link",
            Action::PasswordReset => "password_reset",
            Action::DataLink => "data_link",
            Action::PasswordSignIn => "password_sign_in",
        }
    }
}

/// Every quota (`ORDET_LIMIT_*`); the default is the constants above.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Submissions per network.
    pub submissions_per_network: Quota,
    /// Submissions per e-mail address.
    pub submissions_per_email: Quota,
    /// Sign-in links, and separately reset links, per network.
    pub links_per_network: Quota,
    /// Sign-in links, and separately reset links, per e-mail address.
    pub links_per_email: Quota,
    /// Password sign-ins per network.
    pub sign_ins_per_network: Quota,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            submissions_per_network: Quota::per_hour(SUBMISSIONS_PER_NETWORK),
            submissions_per_email: Quota::per_hour(SUBMISSIONS_PER_EMAIL),
            links_per_network: Quota::per_hour(LINKS_PER_NETWORK),
            links_per_email: Quota::per_hour(LINKS_PER_EMAIL),
            sign_ins_per_network: Quota::burst_then_every(SIGN_INS_PER_NETWORK, SIGN_IN_SECONDS),
        }
    }
}

impl Limits {
    /// The quotas per network and per e-mail address (none: not counted per address).
    fn of(&self, action: Action) -> (Quota, Option<Quota>) {
        match action {
            Action::Submission => (
                self.submissions_per_network,
                Some(self.submissions_per_email),
            ),
            Action::SignInLink | Action::PasswordReset | Action::DataLink => {
                (self.links_per_network, Some(self.links_per_email))
            }
            Action::PasswordSignIn => (self.sign_ins_per_network, None),
        }
    }
}

/// Counts requests per action, network and e-mail address, in the database.
#[derive(Clone)]
pub struct RateLimiter {
    key: [u8; 32],
    limits: Limits,
    clock: SharedClock,
}

impl std::fmt::Debug for RateLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RateLimiter")
            .field("limits", &self.limits)
            .finish_non_exhaustive()
    }
}

impl RateLimiter {
    /// The limiter every process on `db` shares: the bucket keys' secret is read from (or
    /// made in) the database; the time is read from `clock`.
    pub async fn load(
        db: &impl ConnectionTrait,
        limits: Limits,
        clock: SharedClock,
    ) -> Result<Self, DbErr> {
        let key = crate::secret::shared(db, SECRET_NAME, clock.now()).await?;
        Ok(Self::with_key(key, limits, clock))
    }

    /// A limiter with a key of its own (tests).
    pub fn with_key(key: [u8; 32], limits: Limits, clock: SharedClock) -> Self {
        RateLimiter { key, limits, clock }
    }

    /// Counts one `action` by `client` for `email`, and answers [`AppError::RateLimited`]
    /// when the network's or the address's bucket is empty. The two buckets are taken in one
    /// transaction (a savepoint inside the caller's): a refusal by either leaves both as they
    /// were, so a full address never uses up its network's submissions, nor the other way.
    pub async fn check<C>(
        &self,
        db: &C,
        action: Action,
        client: IpAddr,
        email: Option<&str>,
    ) -> Result<(), AppError>
    where
        C: ConnectionTrait + TransactionTrait,
    {
        let (per_network, per_email) = self.limits.of(action);
        let now = millis(self.clock.now());
        let network = network(client);
        let network_bucket = self.bucket(action, "network", &network.to_string());
        let allowed = match (per_email, email) {
            (Some(per_email), Some(email)) => {
                let email_bucket = self.bucket(action, "email", &email.trim().to_lowercase());
                let txn = db.begin().await?;
                let allowed = bucket::take(&txn, &network_bucket, per_network, now).await?
                    && bucket::take(&txn, &email_bucket, per_email, now).await?;
                if allowed {
                    txn.commit().await?;
                } else {
                    txn.rollback().await?;
                }
                allowed
            }
            _ => bucket::take(db, &network_bucket, per_network, now).await?,
        };
        if allowed {
            Ok(())
        } else {
            tracing::warn!(?action, "rate limit reached");
            Err(AppError::RateLimited)
        }
    }

    /// The key of `action`'s bucket for `value` (a network or an address): HMAC-SHA256, hex.
    fn bucket(&self, action: Action, kind: &str, value: &str) -> String {
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.key)
            .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
        for part in [action.name(), kind, value] {
            mac.update(part.as_bytes());
            mac.update(b"\0");
        }
        hex::encode(mac.finalize().into_bytes())
    }
}

/// Unix milliseconds.
fn millis(at: DateTime<Utc>) -> i64 {
    at.timestamp_millis()
}

/// Deletes the buckets that are full again every five minutes (every process does; the
/// DELETE is cheap and harmless twice).
pub const PRUNER: Sweep = Sweep {
    name: "rate_limit.prune",
    period: std::time::Duration::from_secs(300),
    leased: false,
    pass: |db, now| Box::pin(bucket::prune(db, millis(now))),
};

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
    use std::sync::Arc;

    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn an_ipv4_mapped_address_is_its_ipv4_address() {
        assert_eq!(network(ip("::ffff:192.0.2.7")), ip("192.0.2.7"));
        assert_eq!(
            network(ip("2001:db8:aa:bb:1:2:3:4")),
            ip("2001:db8:aa:bb::")
        );
    }

    #[test]
    fn bucket_keys_hide_the_address_and_keep_actions_apart() {
        let clock: SharedClock = Arc::new(crate::clock::SystemClock);
        let limiter = RateLimiter::with_key([1; 32], Limits::default(), clock.clone());
        let key = limiter.bucket(Action::Submission, "email", "ida@example.dk");
        assert_eq!(key.len(), 64);
        assert!(!key.contains("ida"));
        let links = limiter.bucket(Action::SignInLink, "email", "ida@example.dk");
        assert_ne!(key, links, "each action has its own bucket");
        let other = RateLimiter::with_key([2; 32], Limits::default(), clock);
        assert_ne!(
            key,
            other.bucket(Action::Submission, "email", "ida@example.dk"),
            "another secret, another key: a plain hash of an IPv4 address is found by trying all"
        );
    }

    #[test]
    fn the_defaults_are_the_documented_numbers() {
        let limits = Limits::default();
        assert_eq!(limits.submissions_per_network, Quota::per_hour(20));
        assert_eq!(limits.links_per_email, Quota::per_hour(5));
        assert_eq!(limits.sign_ins_per_network.burst, 30);
        assert_eq!(limits.sign_ins_per_network.interval_ms, 10_000);
    }
}
