//! How long personal data is kept, read for [`Config`](crate::config::Config):
//! `ORDET_RETENTION_MONTHS`, the months a decided hearing's personal data is kept when the
//! hearing does not say (`hearing.retention_months`). The purge of what was never confirmed
//! has fixed periods (`app::retention::purge`).

use app::hearing_admin::MAX_RETENTION_MONTHS;

use crate::config::ConfigError;

/// Months kept when `ORDET_RETENTION_MONTHS` is unset.
pub const DEFAULT_MONTHS: u32 = 12;

/// `ORDET_RETENTION_MONTHS`: 1 to [`MAX_RETENTION_MONTHS`], [`DEFAULT_MONTHS`] when unset.
pub(crate) fn months(set: &impl Fn(&str) -> Option<String>) -> Result<u32, ConfigError> {
    let Some(value) = set("ORDET_RETENTION_MONTHS") else {
        return Ok(DEFAULT_MONTHS);
    };
    match value.trim().parse::<u32>() {
        Ok(n) if (1..=MAX_RETENTION_MONTHS.unsigned_abs()).contains(&n) => Ok(n),
        _ => Err(ConfigError {
            variable: "ORDET_RETENTION_MONTHS",
            value,
            expected: "a whole number of months from 1 to 120",
        }),
    }
}

#[cfg(test)]
mod tests {
    use crate::config::{Config, ConfigError, Overrides};

    fn load(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        crate::config::tests::load(vars, Overrides::default())
    }

    #[test]
    fn personal_data_is_kept_twelve_months_unless_told() {
        assert_eq!(load(&[]).unwrap().retention_months, 12);
        let config = load(&[("ORDET_RETENTION_MONTHS", " 36 ")]).unwrap();
        assert_eq!(config.retention_months, 36);
    }

    #[test]
    fn a_bad_retention_names_its_variable() {
        for value in ["0", "121", "-3", "a year", "1.5"] {
            let error = load(&[("ORDET_RETENTION_MONTHS", value)]).unwrap_err();
            assert_eq!(error.variable, "ORDET_RETENTION_MONTHS", "{value}");
        }
    }
}
