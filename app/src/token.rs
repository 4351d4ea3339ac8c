//! Secret tokens for links and sessions (verification, change-or-withdraw, sign-in links,
//! session cookies): 256 random bits, handed out once, stored only as a SHA-256.

use rand::RngCore;
use sha2::{Digest, Sha256};

/// A fresh token (64 hex characters) and the hash to store.
pub fn generate() -> (String, String) {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    let token = hex::encode(bytes);
    let hash = hash(&token);
    (token, hash)
}

/// The stored form of a token.
pub fn hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_and_only_their_hash_is_kept() {
        let (a, hash_a) = generate();
        let (b, _) = generate();
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert_eq!(hash(&a), hash_a);
        assert_ne!(a, hash_a);
    }
}
