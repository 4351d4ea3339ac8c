//! (ssr) The response form's minimum fill time, proven by the server: the page carries the
//! time it was rendered and a random nonce with an HMAC-SHA256 over both (`started` =
//! `unix.nonce.mac`), so a client can neither leave the field out nor write a time of its
//! own. The key is a [`crate::secret`] in the database, the same for every server process, so
//! a form rendered by one process is checked by another. The nonce makes every rendered form
//! unique, so the field is also the form's idempotency key ([`FillKey::render_id`]): a second
//! post of one rendered form is the same submission. (A `unix.mac` value from before the
//! nonce still passes the time check, but is no key.)

use chrono::{DateTime, Utc};
use hmac::{Hmac, KeyInit, Mac};
use rand::RngCore;
use sea_orm::{ConnectionTrait, DbErr};
use sha2::Sha256;

/// The name of the key in `server_secret`.
const SECRET_NAME: &str = "response_form_started";

/// Signs and checks the form's render time.
#[derive(Clone)]
pub struct FillKey([u8; 32]);

impl std::fmt::Debug for FillKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("FillKey(..)")
    }
}

impl FillKey {
    /// The key every process on `db` shares (made by the first one to ask).
    pub async fn load(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<Self, DbErr> {
        Ok(FillKey(crate::secret::shared(db, SECRET_NAME, now).await?))
    }

    /// A key of its own (unit tests).
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        FillKey(bytes)
    }

    /// The hidden field's value for a form rendered at `rendered_at` (unix seconds), unique
    /// to this rendering.
    pub fn sign(&self, rendered_at: i64) -> String {
        let mut nonce = [0u8; 16];
        rand::rng().fill_bytes(&mut nonce);
        let nonce = hex::encode(nonce);
        let mac = hex::encode(self.mac(rendered_at, Some(&nonce)).finalize().into_bytes());
        format!("{rendered_at}.{nonce}.{mac}")
    }

    /// The rendered form `started` names, when this server signed it with a nonce: the
    /// form's idempotency key.
    pub fn render_id<'a>(&self, started: &'a str) -> Option<&'a str> {
        let started = started.trim();
        match self.verified(started)? {
            (_, true) => Some(started),
            (_, false) => None,
        }
    }

    /// Whether `started` is a time this server signed at least `min_seconds` before `now`.
    /// A missing, garbled or forged value is not: it is treated as a form sent too fast
    /// (shown again once, with what was typed). `min_seconds` 0 turns the check off.
    pub fn long_enough(&self, started: &str, now: i64, min_seconds: u64) -> bool {
        if min_seconds == 0 {
            return true;
        }
        let Some((rendered_at, _)) = self.verified(started.trim()) else {
            return false;
        };
        let min = i64::try_from(min_seconds).unwrap_or(i64::MAX);
        now.saturating_sub(rendered_at) >= min
    }

    /// The signed time in `started`, and whether it carries a nonce, when its MAC is this
    /// key's.
    fn verified(&self, started: &str) -> Option<(i64, bool)> {
        let (signed, mac) = started.rsplit_once('.')?;
        let (time, nonce) = match signed.split_once('.') {
            Some((time, nonce)) => (time, Some(nonce)),
            None => (signed, None),
        };
        let rendered_at = time.parse::<i64>().ok()?;
        let mac = hex::decode(mac).ok()?;
        self.mac(rendered_at, nonce).verify_slice(&mac).ok()?;
        Some((rendered_at, nonce.is_some()))
    }

    fn mac(&self, rendered_at: i64, nonce: Option<&str>) -> Hmac<Sha256> {
        // A 32-byte key is always accepted by HMAC.
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(&self.0)
            .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
        mac.update(b"ordet response form rendered at ");
        mac.update(rendered_at.to_string().as_bytes());
        if let Some(nonce) = nonce {
            mac.update(b" nonce ");
            mac.update(nonce.as_bytes());
        }
        mac
    }
}

#[cfg(test)]
mod tests {
    use super::FillKey;

    fn key() -> FillKey {
        FillKey::from_bytes([7; 32])
    }

    #[test]
    fn a_signed_time_passes_after_the_minimum_and_not_before() {
        let started = key().sign(1000);
        assert!(key().long_enough(&started, 1003, 3));
        assert!(!key().long_enough(&started, 1002, 3));
        assert!(
            !key().long_enough(&started, 990, 3),
            "a time after now is not old enough"
        );
    }

    #[test]
    fn a_missing_garbled_or_forged_time_is_too_fast() {
        for started in ["", "garbled", "1000", "1000.", "1000.zz", "1000.00ff"] {
            assert!(!key().long_enough(started, 5000, 3), "{started:?}");
        }
        let signed = key().sign(1000);
        let (_, mac) = signed.rsplit_once('.').unwrap();
        let (_, nonce) = signed.split_once('.').unwrap();
        let nonce = &nonce[..32];
        for forged in [
            format!("900.{mac}"),
            format!("900.{nonce}.{mac}"),
            format!("1000.{}.{mac}", "0".repeat(32)),
            format!("1000.{mac}"),
        ] {
            assert!(!key().long_enough(&forged, 5000, 3), "{forged}");
        }
        let other = FillKey::from_bytes([8; 32]).sign(1000);
        assert!(
            !key().long_enough(&other, 5000, 3),
            "signed with another key"
        );
    }

    #[test]
    fn every_rendering_is_its_own_key_and_only_signed_ones_are_keys() {
        let (first, second) = (key().sign(1000), key().sign(1000));
        assert_ne!(first, second, "two forms rendered in one second");
        assert_eq!(key().render_id(&first), Some(first.as_str()));
        assert_eq!(
            key().render_id(&format!(" {second} ")),
            Some(second.as_str())
        );
        let before_nonces = {
            let mac = hmac::Mac::finalize(key().mac(1000, None)).into_bytes();
            format!("1000.{}", hex::encode(mac))
        };
        assert!(
            key().long_enough(&before_nonces, 5000, 3),
            "still a valid time"
        );
        assert_eq!(
            key().render_id(&before_nonces),
            None,
            "but shared by a second's forms"
        );
        assert_eq!(key().render_id(""), None);
        assert_eq!(FillKey::from_bytes([8; 32]).render_id(&first), None);
    }

    #[test]
    fn zero_turns_the_check_off() {
        assert!(key().long_enough("", 1000, 0));
    }
}
