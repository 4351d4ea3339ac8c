//! The HTTP edge's settings, read for [`Config`](crate::config::Config): which reverse
//! proxies may name the client (`ORDET_TRUSTED_PROXIES`) and the rate limits
//! (`ORDET_LIMIT_*`, each `N` an hour or `N/PERIOD`, see `app::web::limit::Quota::parse`), and how
//! many rendered pages a process keeps (`ORDET_PAGE_CACHE_PAGES`).

use app::web::client::TrustedProxies;
use app::web::limit::{Limits, Quota};

use crate::config::ConfigError;

/// `ORDET_TRUSTED_PROXIES`: none when unset.
pub(crate) fn trusted_proxies(value: Option<String>) -> Result<TrustedProxies, ConfigError> {
    let Some(value) = value else {
        return Ok(TrustedProxies::default());
    };
    TrustedProxies::parse(&value).map_err(|_| ConfigError {
        variable: "ORDET_TRUSTED_PROXIES",
        value,
        expected: "networks or addresses separated by commas or spaces, e.g. 127.0.0.1, ::1",
    })
}

/// `ORDET_PAGE_CACHE_PAGES`: how many rendered public pages a process keeps
/// (`crate::page_cache`); 0 keeps none.
pub(crate) fn page_cache_pages(value: Option<String>) -> Result<usize, ConfigError> {
    let Some(value) = value else {
        return Ok(DEFAULT_PAGE_CACHE_PAGES);
    };
    match value.trim().parse::<usize>() {
        Ok(n) if n <= 100_000 => Ok(n),
        _ => Err(ConfigError {
            variable: "ORDET_PAGE_CACHE_PAGES",
            value,
            expected: "a whole number of pages from 0 (none kept) to 100000",
        }),
    }
}

/// Pages kept by default: about 40 MB at most for pages of 40 KB.
pub const DEFAULT_PAGE_CACHE_PAGES: usize = 1000;

/// Every `ORDET_LIMIT_*` variable, each defaulting to today's quota.
pub(crate) fn limits(set: &impl Fn(&str) -> Option<String>) -> Result<Limits, ConfigError> {
    let defaults = Limits::default();
    let quota = |variable: &'static str, default: Quota| match set(variable) {
        None => Ok(default),
        Some(value) => Quota::parse(&value).ok_or(ConfigError {
            variable,
            value,
            expected: "N (an hour) or N/PERIOD, e.g. 20, 20/hour or 30/5min",
        }),
    };
    Ok(Limits {
        submissions_per_network: quota(
            "ORDET_LIMIT_SUBMISSIONS_PER_NETWORK",
            defaults.submissions_per_network,
        )?,
        submissions_per_email: quota(
            "ORDET_LIMIT_SUBMISSIONS_PER_EMAIL",
            defaults.submissions_per_email,
        )?,
        links_per_network: quota("ORDET_LIMIT_LINKS_PER_NETWORK", defaults.links_per_network)?,
        links_per_email: quota("ORDET_LIMIT_LINKS_PER_EMAIL", defaults.links_per_email)?,
        sign_ins_per_network: quota(
            "ORDET_LIMIT_SIGN_INS_PER_NETWORK",
            defaults.sign_ins_per_network,
        )?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{Config, Overrides};

    fn load(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        crate::config::tests::load(vars, Overrides::default())
    }

    #[test]
    fn by_default_no_proxy_is_trusted_and_the_limits_are_todays() {
        let config = load(&[]).unwrap();
        assert!(config.trusted_proxies.is_empty());
        assert_eq!(config.limits, Limits::default());
        assert_eq!(config.page_cache_pages, DEFAULT_PAGE_CACHE_PAGES);
        let none = load(&[("ORDET_PAGE_CACHE_PAGES", "0")]).unwrap();
        assert_eq!(none.page_cache_pages, 0, "0 keeps no page");
    }

    #[test]
    fn proxies_and_limits_are_read() {
        let config = load(&[
            ("ORDET_TRUSTED_PROXIES", "10.0.0.0/8, ::1 127.0.0.1"),
            ("ORDET_LIMIT_SUBMISSIONS_PER_NETWORK", "200"),
            ("ORDET_LIMIT_SIGN_INS_PER_NETWORK", "10/1min"),
        ])
        .unwrap();
        let trusted = &config.trusted_proxies;
        assert!(trusted.contains("10.1.2.3".parse().unwrap()));
        assert!(trusted.contains("::1".parse().unwrap()));
        assert!(!trusted.contains("192.0.2.1".parse().unwrap()));
        let limits = config.limits;
        assert_eq!(limits.submissions_per_network, Quota::per_hour(200));
        assert_eq!(limits.sign_ins_per_network, Quota::burst_then_every(10, 6));
        assert_eq!(
            limits.links_per_email,
            Quota::per_hour(5),
            "the rest keep theirs"
        );
    }

    #[test]
    fn each_bad_value_names_its_variable() {
        let cases = [
            ("ORDET_TRUSTED_PROXIES", "10.0.0.0/8, proxy.local"),
            ("ORDET_TRUSTED_PROXIES", "10.0.0.0/40"),
            ("ORDET_LIMIT_SUBMISSIONS_PER_NETWORK", "0"),
            ("ORDET_LIMIT_SUBMISSIONS_PER_EMAIL", "many"),
            ("ORDET_LIMIT_LINKS_PER_NETWORK", "20/fortnight"),
            ("ORDET_LIMIT_LINKS_PER_EMAIL", "-5"),
            ("ORDET_LIMIT_SIGN_INS_PER_NETWORK", "30/10d"),
            ("ORDET_PAGE_CACHE_PAGES", "many"),
            ("ORDET_PAGE_CACHE_PAGES", "1000000"),
        ];
        for (variable, value) in cases {
            let error = load(&[(variable, value)]).unwrap_err();
            assert_eq!(error.variable, variable);
            assert!(
                error.to_string().starts_with(&format!("{variable}=")),
                "{error}"
            );
        }
    }
}
