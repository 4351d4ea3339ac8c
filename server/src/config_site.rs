//! The installation's facts for its privacy notice and accessibility statement, read for
//! [`Config`](crate::config::Config): the data controller (`ORDET_CONTROLLER_NAME`,
//! `_ADDRESS`, `_EMAIL`, `_PHONE`), its data protection officer (`ORDET_DPO_EMAIL`), the
//! accessibility contacts (`ORDET_ACCESSIBILITY_EMAIL`, `_PHONE`), the statement's date
//! (`ORDET_ACCESSIBILITY_STATEMENT_DATE`, YYYY-MM-DD), its known issues
//! (`ORDET_ACCESSIBILITY_KNOWN_ISSUES`, separated by `|`) and how long respondents' data are
//! kept (`ORDET_RETENTION_MONTHS`, default 12). A variable left unset takes the demo's value
//! (Copenhagen's Beskæftigelses- og Integrationsforvaltningen, the demo hearing's sender), and
//! the pages then say that they show the demo's values.

use app::site::Installation;
use chrono::NaiveDate;

use crate::config::ConfigError;

/// The demo's values, shown (and marked as such) until an installation sets its own.
pub mod demo {
    /// The demo hearing's sender.
    pub const CONTROLLER_NAME: &str =
        "Københavns Kommune, Beskæftigelses- og Integrationsforvaltningen";
    /// Its address.
    pub const CONTROLLER_ADDRESS: &str = "Bernstorffsgade 17, 1592 København V";
    /// Its e-mail address.
    pub const CONTROLLER_EMAIL: &str = "bif@kk.dk";
    /// Its telephone number.
    pub const CONTROLLER_PHONE: &str = "33 66 33 66";
    /// The data protection officer.
    pub const DPO_EMAIL: &str = "databeskyttelse@kk.dk";
    /// Accessibility feedback by e-mail …
    pub const ACCESSIBILITY_EMAIL: &str = "bif@kk.dk";
    /// … and by telephone.
    pub const ACCESSIBILITY_PHONE: &str = "33 66 33 66";
    /// The statement's date.
    pub const STATEMENT_DATE: &str = "2026-12-30";
    /// What is known not to be accessible.
    pub const KNOWN_ISSUES: &str = "Vedhæftede filer fra borgere og organisationer (PDF, Word) \
        er ikke nødvendigvis tilgængelige; de er tredjepartsindhold. Teksten, der er læst ud af \
        dem, kan fås ved henvendelse.";
}

/// Every variable of the installation's facts.
pub fn installation(set: &impl Fn(&str) -> Option<String>) -> Result<Installation, ConfigError> {
    let mut demo = false;
    let mut text = |variable: &str, default: &str| {
        set(variable)
            .map(|v| v.trim().to_owned())
            .unwrap_or_else(|| {
                demo = true;
                default.to_owned()
            })
    };
    let controller_name = text("ORDET_CONTROLLER_NAME", demo::CONTROLLER_NAME);
    let controller_address = text("ORDET_CONTROLLER_ADDRESS", demo::CONTROLLER_ADDRESS);
    let controller_email = text("ORDET_CONTROLLER_EMAIL", demo::CONTROLLER_EMAIL);
    let controller_phone = text("ORDET_CONTROLLER_PHONE", demo::CONTROLLER_PHONE);
    let dpo_email = text("ORDET_DPO_EMAIL", demo::DPO_EMAIL);
    let accessibility_email = text("ORDET_ACCESSIBILITY_EMAIL", demo::ACCESSIBILITY_EMAIL);
    let accessibility_phone = text("ORDET_ACCESSIBILITY_PHONE", demo::ACCESSIBILITY_PHONE);
    let date = text("ORDET_ACCESSIBILITY_STATEMENT_DATE", demo::STATEMENT_DATE);
    let issues = text("ORDET_ACCESSIBILITY_KNOWN_ISSUES", demo::KNOWN_ISSUES);
    for (variable, value) in [
        ("ORDET_CONTROLLER_EMAIL", &controller_email),
        ("ORDET_DPO_EMAIL", &dpo_email),
        ("ORDET_ACCESSIBILITY_EMAIL", &accessibility_email),
    ] {
        email(variable, value)?;
    }
    for (variable, value) in [
        ("ORDET_CONTROLLER_PHONE", &controller_phone),
        ("ORDET_ACCESSIBILITY_PHONE", &accessibility_phone),
    ] {
        phone(variable, value)?;
    }
    Ok(Installation {
        controller_name,
        controller_address,
        controller_email,
        controller_phone,
        dpo_email,
        accessibility_email,
        accessibility_phone,
        statement_date: statement_date(date)?,
        known_issues: known_issues(&issues),
        // The one reading of the variable, the retention job's (`config_retention`).
        retention_months: crate::config_retention::months(set)?,
        demo,
    })
}

fn email(variable: &'static str, value: &str) -> Result<(), ConfigError> {
    match value.split_once('@') {
        Some((local, domain)) if !local.is_empty() && domain.contains('.') => Ok(()),
        _ => Err(ConfigError {
            variable,
            value: value.to_owned(),
            expected: "an e-mail address, e.g. databeskyttelse@kk.dk",
        }),
    }
}

fn phone(variable: &'static str, value: &str) -> Result<(), ConfigError> {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let allowed = value
        .chars()
        .all(|c| c.is_ascii_digit() || " +-()".contains(c));
    if digits >= 8 && allowed {
        return Ok(());
    }
    Err(ConfigError {
        variable,
        value: value.to_owned(),
        expected: "a telephone number of at least 8 digits, e.g. 33 66 33 66 or +45 33 66 33 66",
    })
}

fn statement_date(value: String) -> Result<NaiveDate, ConfigError> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").map_err(|_| ConfigError {
        variable: "ORDET_ACCESSIBILITY_STATEMENT_DATE",
        value,
        expected: "the statement's date as YYYY-MM-DD, e.g. 2026-12-30",
    })
}

/// The known issues, separated by `|`; empty ones left out (`|` alone: none).
fn known_issues(value: &str) -> Vec<String> {
    value
        .split('|')
        .map(str::trim)
        .filter(|issue| !issue.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Overrides;

    fn load(vars: &[(&str, &str)]) -> Result<Installation, ConfigError> {
        crate::config::tests::load(vars, Overrides::default()).map(|c| c.site)
    }

    #[test]
    fn unset_the_demo_values_are_used_and_marked() {
        let site = load(&[]).unwrap();
        assert!(site.demo);
        assert_eq!(site.controller_name, demo::CONTROLLER_NAME);
        assert_eq!(site.retention_months, 12);
        assert_eq!(
            site.statement_date,
            NaiveDate::from_ymd_opt(2026, 12, 30).unwrap()
        );
        assert_eq!(site.known_issues.len(), 1);
    }

    #[test]
    fn an_installation_sets_every_fact() {
        let site = load(&[
            ("ORDET_CONTROLLER_NAME", "Aarhus Kommune"),
            ("ORDET_CONTROLLER_ADDRESS", "Rådhuspladsen 2, 8000 Aarhus C"),
            ("ORDET_CONTROLLER_EMAIL", "post@aarhus.dk"),
            ("ORDET_CONTROLLER_PHONE", "+45 89 40 20 00"),
            ("ORDET_DPO_EMAIL", "dpo@aarhus.dk"),
            ("ORDET_ACCESSIBILITY_EMAIL", "web@aarhus.dk"),
            ("ORDET_ACCESSIBILITY_PHONE", "89 40 20 00"),
            ("ORDET_ACCESSIBILITY_STATEMENT_DATE", "2027-01-15"),
            (
                "ORDET_ACCESSIBILITY_KNOWN_ISSUES",
                "Kortet | Gamle PDF'er |",
            ),
            ("ORDET_RETENTION_MONTHS", "24"),
        ])
        .unwrap();
        assert!(!site.demo);
        assert_eq!(site.known_issues, vec!["Kortet", "Gamle PDF'er"]);
        assert_eq!(site.retention_months, 24);
        assert_eq!(
            site.statement_date,
            NaiveDate::from_ymd_opt(2027, 1, 15).unwrap()
        );
        let none = load(&[("ORDET_ACCESSIBILITY_KNOWN_ISSUES", "|")]).unwrap();
        assert!(none.known_issues.is_empty(), "a statement may list none");
    }

    #[test]
    fn each_bad_value_names_its_variable() {
        let cases = [
            ("ORDET_ACCESSIBILITY_STATEMENT_DATE", "30-12-2026"),
            ("ORDET_ACCESSIBILITY_STATEMENT_DATE", "2026-02-30"),
            ("ORDET_CONTROLLER_EMAIL", "kommunen"),
            ("ORDET_DPO_EMAIL", "dpo@localhost"),
            ("ORDET_ACCESSIBILITY_PHONE", "ring til os"),
            ("ORDET_CONTROLLER_PHONE", "112"),
            ("ORDET_RETENTION_MONTHS", "0"),
            ("ORDET_RETENTION_MONTHS", "et år"),
        ];
        for (variable, value) in cases {
            let error = load(&[(variable, value)]).unwrap_err();
            assert_eq!(error.variable, variable);
            let message = error.to_string();
            assert!(message.starts_with(&format!("{variable}=")), "{message}");
        }
    }
}
