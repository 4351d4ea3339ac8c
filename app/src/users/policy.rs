//! The password policy: at least [`MIN_LENGTH`] characters, at most [`MAX_LENGTH`], typed the
//! same twice, and not the account's e-mail address.

use crate::auth::password::MIN_LENGTH;
use crate::i18n::Messages;

/// The longest password accepted (hashing a megabyte would cost the server for nothing).
pub const MAX_LENGTH: usize = 200;

/// Why a new password is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasswordProblem {
    /// Fewer than [`MIN_LENGTH`] characters.
    TooShort,
    /// More than [`MAX_LENGTH`] characters.
    TooLong,
    /// The repeat differs.
    Mismatch,
    /// It is the e-mail address.
    IsEmail,
}

impl PasswordProblem {
    /// The message in a language.
    pub fn message(self, t: &dyn Messages) -> &'static str {
        match self {
            PasswordProblem::TooShort => t.password_too_short(),
            PasswordProblem::TooLong => t.password_too_long(),
            PasswordProblem::Mismatch => t.password_mismatch(),
            PasswordProblem::IsEmail => t.password_is_email(),
        }
    }

    /// The form field the message belongs to.
    pub fn field(self) -> &'static str {
        match self {
            PasswordProblem::Mismatch => "repeat",
            _ => "password",
        }
    }
}

/// A password that follows the policy.
#[derive(Clone, PartialEq, Eq)]
pub struct NewPassword(String);

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(…)")
    }
}

impl NewPassword {
    /// Checks `password` against the policy; `repeat` is `None` where there is one field
    /// (the JSON API).
    pub fn parse(
        password: &str,
        repeat: Option<&str>,
        email: &str,
    ) -> Result<Self, PasswordProblem> {
        let length = password.chars().count();
        if length < MIN_LENGTH {
            return Err(PasswordProblem::TooShort);
        }
        if length > MAX_LENGTH {
            return Err(PasswordProblem::TooLong);
        }
        if password.trim().eq_ignore_ascii_case(email.trim()) {
            return Err(PasswordProblem::IsEmail);
        }
        if repeat.is_some_and(|r| r != password) {
            return Err(PasswordProblem::Mismatch);
        }
        Ok(NewPassword(password.to_owned()))
    }

    /// The password, for hashing.
    pub fn into_inner(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EMAIL: &str = "sagsbehandler@kk.dk";

    #[test]
    fn a_long_enough_password_typed_twice_is_accepted() {
        let ok = NewPassword::parse("tolv tegn er nok", Some("tolv tegn er nok"), EMAIL);
        assert_eq!(ok.unwrap().into_inner(), "tolv tegn er nok");
        assert!(NewPassword::parse("tolv tegn er nok", None, EMAIL).is_ok());
    }

    #[test]
    fn short_long_different_and_address_passwords_are_refused() {
        assert_eq!(
            NewPassword::parse("elleve tegn", Some("elleve tegn"), EMAIL),
            Err(PasswordProblem::TooShort)
        );
        let long = "x".repeat(MAX_LENGTH + 1);
        assert_eq!(
            NewPassword::parse(&long, None, EMAIL),
            Err(PasswordProblem::TooLong)
        );
        assert_eq!(
            NewPassword::parse("tolv tegn er nok", Some("tolv tegn er nok!"), EMAIL),
            Err(PasswordProblem::Mismatch)
        );
        assert_eq!(
            NewPassword::parse("Sagsbehandler@KK.dk", None, EMAIL),
            Err(PasswordProblem::IsEmail)
        );
    }
}
