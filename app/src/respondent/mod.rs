//! Who responds: residents, associations, companies and public bodies, with the checked
//! identifiers they give (e-mail, CVR number, postal code).

#[cfg(feature = "ssr")]
mod cpr;
#[cfg(feature = "ssr")]
mod display;
#[cfg(feature = "ssr")]
mod district;

#[cfg(feature = "ssr")]
pub use cpr::contains_cpr;
#[cfg(feature = "ssr")]
pub use display::display_name;
#[cfg(feature = "ssr")]
pub use district::district;

use serde::{Deserialize, Serialize};

pub use crate::vocab::RespondentKind;

/// Why a CVR number was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CvrError {
    /// Not eight digits (spaces allowed between them).
    NotEightDigits,
    /// Eight digits, but the modulus-11 check fails: a typing error.
    Checksum,
}

/// A Danish CVR number: eight digits whose weighted sum (2,7,6,5,4,3,2,1) is divisible by 11.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cvr(String);

impl Cvr {
    const WEIGHTS: [u32; 8] = [2, 7, 6, 5, 4, 3, 2, 1];

    /// Parses "12345678", "1234 5678" or "DK12345678".
    pub fn parse(input: &str) -> Result<Self, CvrError> {
        let trimmed = input.trim();
        let trimmed = trimmed
            .strip_prefix("DK")
            .or_else(|| trimmed.strip_prefix("dk"))
            .unwrap_or(trimmed);
        let digits: String = trimmed.chars().filter(|c| !c.is_whitespace()).collect();
        if digits.len() != 8 || !digits.chars().all(|c| c.is_ascii_digit()) {
            return Err(CvrError::NotEightDigits);
        }
        let sum: u32 = digits
            .chars()
            .zip(Self::WEIGHTS)
            .map(|(c, w)| c.to_digit(10).unwrap_or(0) * w)
            .sum();
        if !sum.is_multiple_of(11) {
            return Err(CvrError::Checksum);
        }
        Ok(Cvr(digits))
    }

    /// The eight digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why an e-mail address was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum EmailError {
    /// Nothing was written.
    Empty,
    /// It does not look like name@domain.tld.
    Malformed,
}

/// An e-mail address good enough to send a verification link to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Email(String);

impl Email {
    /// Parses an address: one `@`, a non-empty local part, a domain with a dot, no spaces,
    /// at most 254 characters. Whether it exists is proven by the verification link.
    pub fn parse(input: &str) -> Result<Self, EmailError> {
        let address = input.trim();
        if address.is_empty() {
            return Err(EmailError::Empty);
        }
        let valid = address.len() <= 254
            && !address.chars().any(|c| c.is_whitespace() || c.is_control())
            && match address.split_once('@') {
                Some((local, domain)) => {
                    !local.is_empty()
                        && !domain.contains('@')
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                        && !domain.contains("..")
                }
                None => false,
            };
        if valid {
            Ok(Email(address.to_owned()))
        } else {
            Err(EmailError::Malformed)
        }
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A Danish postal code: four digits, 1000–9999 (Copenhagen is 1000–2999).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PostalCode(String);

impl PostalCode {
    /// Parses four digits; `None` for anything else.
    pub fn parse(input: &str) -> Option<Self> {
        let code = input.trim();
        let valid =
            code.len() == 4 && code.chars().all(|c| c.is_ascii_digit()) && !code.starts_with('0');
        valid.then(|| PostalCode(code.to_owned()))
    }

    /// The four digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_real_cvr_number_passes_the_modulus_11_check() {
        // Københavns Kommune.
        assert_eq!(Cvr::parse("64942212").unwrap().as_str(), "64942212");
        assert_eq!(Cvr::parse(" DK 6494 2212 ").unwrap().as_str(), "64942212");
    }

    #[test]
    fn a_mistyped_cvr_number_is_caught() {
        assert_eq!(Cvr::parse("64942213"), Err(CvrError::Checksum));
        assert_eq!(Cvr::parse("6494221"), Err(CvrError::NotEightDigits));
        assert_eq!(Cvr::parse("6494221a"), Err(CvrError::NotEightDigits));
        assert_eq!(Cvr::parse(""), Err(CvrError::NotEightDigits));
    }

    #[test]
    fn e_mail_addresses_need_a_local_part_and_a_domain() {
        assert!(Email::parse("fatima@example.dk").is_ok());
        assert_eq!(Email::parse("  "), Err(EmailError::Empty));
        for bad in [
            "fatima",
            "fatima@",
            "@example.dk",
            "a@b",
            "a b@example.dk",
            "a@@example.dk",
            "a@example..dk",
        ] {
            assert_eq!(Email::parse(bad), Err(EmailError::Malformed), "{bad}");
        }
    }

    #[test]
    fn postal_codes_are_four_digits() {
        assert_eq!(PostalCode::parse("2300").unwrap().as_str(), "2300");
        assert!(PostalCode::parse("0230").is_none());
        assert!(PostalCode::parse("23000").is_none());
    }

    #[test]
    fn kinds_round_trip_their_names() {
        for kind in [
            RespondentKind::Resident,
            RespondentKind::Association,
            RespondentKind::Company,
            RespondentKind::PublicBody,
        ] {
            assert_eq!(RespondentKind::parse(kind.as_str()), Some(kind));
        }
    }
}
