//! Passwords: Argon2id in PHC form, computed on the blocking pool, never on the async
//! runtime's threads (one hash takes tens of milliseconds of CPU).

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};

use crate::error::AppError;

/// The shortest password accepted.
pub const MIN_LENGTH: usize = 12;

/// A hash of a random password: checked against when the e-mail is unknown, so an unknown
/// address costs as much time as a known one.
const DUMMY: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0q9Yfz6iVn0Yk8hB0Hq5mI1V0uH3aW9v4yq0Hc2JH0U";

/// Hashes a password.
pub async fn hash(password: String) -> Result<String, AppError> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
    })
    .await
    .map_err(|e| AppError::internal("hashing a password", &e))?
    .map_err(|e| {
        tracing::error!(error = %e, "hashing a password");
        AppError::Internal
    })
}

/// Whether `password` matches `stored` (`None`: no such account; the time is spent anyway).
pub async fn verify(stored: Option<String>, password: String) -> Result<bool, AppError> {
    let known = stored.is_some();
    let stored = stored.unwrap_or_else(|| DUMMY.to_owned());
    let matches = tokio::task::spawn_blocking(move || {
        PasswordHash::new(&stored)
            .map(|hash| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &hash)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await
    .map_err(|e| AppError::internal("checking a password", &e))?;
    Ok(known && matches)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hashed_password_verifies_and_a_wrong_one_does_not() {
        let stored = hash("korrekt hest batteri".into()).await.unwrap();
        assert!(stored.starts_with("$argon2id$"));
        assert!(
            verify(Some(stored.clone()), "korrekt hest batteri".into())
                .await
                .unwrap()
        );
        assert!(!verify(Some(stored), "forkert".into()).await.unwrap());
        assert!(!verify(None, "korrekt hest batteri".into()).await.unwrap());
    }

    #[test]
    fn the_dummy_hash_is_a_real_one_so_unknown_addresses_cost_the_same() {
        let hash = PasswordHash::new(DUMMY).expect("a valid PHC string");
        assert_eq!(hash.algorithm.as_str(), "argon2id");
    }
}
