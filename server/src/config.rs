//! One typed configuration, read from environment variables and overridden by CLI flags.
//! A wrong value stops start-up with the variable's name and what was expected.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use app::attachment::Limits;
use app::web::client::TrustedProxies;

/// Everything the server needs to know about its surroundings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// `DATABASE_URL`: `sqlite://…` (default `sqlite://data/ordet.db?mode=rwc`) or `postgres://…`.
    pub database_url: String,
    /// `ORDET_DATA_DIR`: attachments, search index and the mail outbox (default `data/`).
    pub data_dir: PathBuf,
    /// `ORDET_ADDR`: where to listen (default `127.0.0.1:3000`).
    pub addr: SocketAddr,
    /// `ORDET_BASE_URL`: the public address used in links in e-mails (default `http://ADDR`).
    pub base_url: String,
    /// `SMTP_URL`: the mail server; unset means .eml files in `DATA_DIR/outbox/`.
    pub smtp_url: Option<String>,
    /// `ORDET_MAIL_FROM`: the sender of Ordet's e-mails (default `Ordet <noreply@localhost>`).
    pub mail_from: String,
    /// `LEPTOS_SITE_ROOT`: the built site files (default `target/site`).
    pub site_root: PathBuf,
    /// `ORDET_MAX_FILES` and `ORDET_MAX_FILE_MB`: attachments per response (default 10) and
    /// their size (default 20 MB).
    pub attachment_limits: Limits,
    /// `ORDET_EXTRACT_TIMEOUT_SECS`: time allowed to extract one file's text (default 60).
    pub extract_timeout: Duration,
    /// `ORDET_MIN_FILL_SECONDS`: a response form posted sooner after it was shown is sent
    /// back once (default 3; 0 turns the check off).
    pub min_fill_seconds: u64,
    /// The program that runs `extract-text` (this binary; tests point it at theirs).
    pub extractor: PathBuf,
    /// `ORDET_SESSION_IDLE_MINUTES`: an official's session ends after this long without a
    /// request (default 30, at most 1440).
    pub session_idle: chrono::Duration,
    /// `ORDET_TRUSTED_PROXIES`: the reverse proxies (CIDR networks or addresses, separated by
    /// commas or spaces; default none) whose `Forwarded`/`X-Forwarded-For` names the client.
    /// Requests from any other peer are that peer, whatever their headers say.
    pub trusted_proxies: TrustedProxies,
    /// The rate limits (`config_edge`), each `N` an hour or `N/PERIOD` (e.g. `30/5min`):
    /// `ORDET_LIMIT_SUBMISSIONS_PER_NETWORK` (default 20), `…_PER_EMAIL` (5),
    /// `ORDET_LIMIT_LINKS_PER_NETWORK` (20) and `…_PER_EMAIL` (5) for sign-in and reset links,
    /// `ORDET_LIMIT_SIGN_INS_PER_NETWORK` (`30/5min`: 30 at once, then one every 10 s).
    pub limits: app::web::limit::Limits,
    /// `ORDET_SHUTDOWN_SECONDS`: on SIGTERM, how long requests under way and background
    /// tasks may take to finish before the process stops anyway (default 30, at most 3600).
    pub shutdown_grace: Duration,
    /// `ORDET_INDEX_DIR`: this process's search index (default `ORDET_DATA_DIR/index`); two
    /// processes sharing one share the index (one writes, the other reads and takes over).
    pub index_dir: PathBuf,
    /// `ORDET_BLOB_URL`: where attachments are kept: unset, `ORDET_DATA_DIR/attachments/`;
    /// `s3://BUCKET[/PREFIX]`, an S3-compatible bucket reached with the `AWS_*` variables
    /// (see [`crate::blob_config`]).
    pub blob_store: app::blob::Location,
    /// `ORDET_RETENTION_MONTHS`: personal data kept after a hearing is decided (`config_retention`).
    pub retention_months: u32,
    /// `ORDET_EMBEDDING_MODEL`: the themes' sentence model (see [`crate::config_meaning`]).
    pub sentence_model: app::embedding::SentenceModel,
    /// Whether the process starts its background workers (`crate::background`): always for
    /// `ordet serve`; tests that drive each pass themselves start none.
    pub start_workers: bool,
    /// The installation's facts for `/privacy` and `/accessibility` (see [`crate::config_site`]).
    pub site: app::site::Installation,
    /// `ORDET_PAGE_CACHE_PAGES`: rendered public pages each process keeps while nothing they
    /// show has changed (default 1000; 0 keeps none; see [`crate::page_cache`]).
    pub page_cache_pages: usize,
}

/// Values given on the command line; each wins over its environment variable.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    /// `--database-url`.
    pub database_url: Option<String>,
    /// `--data-dir`.
    pub data_dir: Option<String>,
    /// `--addr`.
    pub addr: Option<String>,
}

/// A configuration value that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{variable}={value:?} cannot be used: expected {expected}")]
pub struct ConfigError {
    /// The environment variable (or flag) at fault.
    pub variable: &'static str,
    /// What it was set to.
    pub value: String,
    /// What it should look like.
    pub expected: &'static str,
}

impl Config {
    /// Reads the process environment, then applies the overrides.
    pub fn load(overrides: Overrides) -> Result<Self, ConfigError> {
        Self::from_source(|name| std::env::var(name).ok(), overrides)
    }

    /// Builds the configuration from any variable lookup (tests pass a map).
    pub fn from_source(
        var: impl Fn(&str) -> Option<String>,
        overrides: Overrides,
    ) -> Result<Self, ConfigError> {
        let set = |name: &str| var(name).filter(|v| !v.trim().is_empty());
        let data_dir = parse_data_dir(overrides.data_dir.or_else(|| set("ORDET_DATA_DIR")))?;
        let database_url = match overrides.database_url.or_else(|| set("DATABASE_URL")) {
            Some(url) => parse_database_url(url)?,
            None => default_database_url(&data_dir),
        };
        let addr = parse_addr(overrides.addr.or_else(|| set("ORDET_ADDR")))?;
        let base_url = match set("ORDET_BASE_URL") {
            Some(url) => parse_base_url(url)?,
            None => format!("http://{addr}"),
        };
        let smtp_url = set("SMTP_URL").map(parse_smtp_url).transpose()?;
        let mail_from = parse_mail_from(set("ORDET_MAIL_FROM"))?;
        let site_root = PathBuf::from(set("LEPTOS_SITE_ROOT").unwrap_or("target/site".into()));
        let defaults = Limits::default();
        let default_mb = (defaults.max_file_bytes / MIB) as usize;
        let attachment_limits = Limits {
            max_files: parse_count(
                set("ORDET_MAX_FILES"),
                "ORDET_MAX_FILES",
                defaults.max_files,
                100,
            )?,
            max_file_bytes: parse_count(
                set("ORDET_MAX_FILE_MB"),
                "ORDET_MAX_FILE_MB",
                default_mb,
                1024,
            )? as u64
                * MIB,
        };
        let timeout = parse_count(
            set("ORDET_EXTRACT_TIMEOUT_SECS"),
            "ORDET_EXTRACT_TIMEOUT_SECS",
            60,
            3600,
        )?;
        let min_fill_seconds = match set("ORDET_MIN_FILL_SECONDS") {
            None => app::response::form::MIN_FILL_SECONDS,
            Some(value) => value.trim().parse().map_err(|_| ConfigError {
                variable: "ORDET_MIN_FILL_SECONDS",
                value,
                expected: "a whole number of seconds, 0 to turn the check off",
            })?,
        };
        let session_idle = parse_count(
            set("ORDET_SESSION_IDLE_MINUTES"),
            "ORDET_SESSION_IDLE_MINUTES",
            app::auth::session::IDLE_MINUTES as usize,
            24 * 60,
        )?;
        let shutdown_grace = parse_count(
            set("ORDET_SHUTDOWN_SECONDS"),
            "ORDET_SHUTDOWN_SECONDS",
            30,
            3600,
        )?;
        Ok(Config {
            index_dir: parse_index_dir(set("ORDET_INDEX_DIR"), &data_dir)?,
            database_url,
            data_dir,
            addr,
            base_url,
            smtp_url,
            mail_from,
            site_root,
            attachment_limits,
            extract_timeout: Duration::from_secs(timeout as u64),
            min_fill_seconds,
            extractor: std::env::current_exe().unwrap_or_else(|_| PathBuf::from("ordet")),
            session_idle: chrono::Duration::minutes(session_idle as i64),
            trusted_proxies: crate::config_edge::trusted_proxies(set("ORDET_TRUSTED_PROXIES"))?,
            limits: crate::config_edge::limits(&set)?,
            shutdown_grace: Duration::from_secs(shutdown_grace as u64),
            site: crate::config_site::installation(&set)?,
            page_cache_pages: crate::config_edge::page_cache_pages(set("ORDET_PAGE_CACHE_PAGES"))?,
            blob_store: crate::blob_config::location(set)?,
            retention_months: crate::config_retention::months(&set)?,
            sentence_model: crate::config_meaning::sentence_model(&set),
            start_workers: true,
        })
    }
}

const MIB: u64 = 1024 * 1024;

/// A whole number from 1 to `max`, or `default` when unset.
fn parse_count(
    value: Option<String>,
    variable: &'static str,
    default: usize,
    max: usize,
) -> Result<usize, ConfigError> {
    let Some(value) = value else {
        return Ok(default);
    };
    match value.trim().parse::<usize>() {
        Ok(n) if (1..=max).contains(&n) => Ok(n),
        _ => Err(ConfigError {
            variable,
            value,
            expected: "a whole number, at least 1 (see README for the largest allowed)",
        }),
    }
}

fn parse_data_dir(value: Option<String>) -> Result<PathBuf, ConfigError> {
    let value = value.unwrap_or_else(|| "data/".into());
    if value.contains('\0') {
        return Err(ConfigError {
            variable: "ORDET_DATA_DIR",
            value,
            expected: "a directory path, e.g. data/ or /var/lib/ordet",
        });
    }
    Ok(PathBuf::from(value))
}

fn parse_index_dir(value: Option<String>, data_dir: &Path) -> Result<PathBuf, ConfigError> {
    match value {
        None => Ok(data_dir.join("index")),
        Some(value) if value.contains('\0') => Err(ConfigError {
            variable: "ORDET_INDEX_DIR",
            value,
            expected: "a directory path, e.g. /var/lib/ordet/index",
        }),
        Some(value) => Ok(PathBuf::from(value)),
    }
}

fn default_database_url(data_dir: &Path) -> String {
    if data_dir == Path::new("data/") || data_dir == Path::new("data") {
        return "sqlite://data/ordet.db?mode=rwc".into();
    }
    format!("sqlite://{}?mode=rwc", data_dir.join("ordet.db").display())
}

fn parse_database_url(value: String) -> Result<String, ConfigError> {
    let known = ["sqlite:", "postgres://", "postgresql://"];
    if known.iter().any(|prefix| value.starts_with(prefix)) {
        return Ok(value);
    }
    Err(ConfigError {
        variable: "DATABASE_URL",
        value,
        expected: "sqlite://FILE?mode=rwc or postgres://USER@HOST:PORT/DATABASE",
    })
}

fn parse_addr(value: Option<String>) -> Result<SocketAddr, ConfigError> {
    let value = value.unwrap_or_else(|| "127.0.0.1:3000".into());
    value.trim().parse().map_err(|_| ConfigError {
        variable: "ORDET_ADDR",
        value,
        expected: "IP:PORT, e.g. 127.0.0.1:3000 or 0.0.0.0:8080",
    })
}

fn parse_base_url(value: String) -> Result<String, ConfigError> {
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"));
    match rest {
        Some(host) if !host.is_empty() && !host.contains(char::is_whitespace) => {
            Ok(value.trim_end_matches('/').to_owned())
        }
        _ => Err(ConfigError {
            variable: "ORDET_BASE_URL",
            value,
            expected: "an absolute http(s) URL, e.g. https://hoering.kk.dk",
        }),
    }
}

fn parse_smtp_url(value: String) -> Result<String, ConfigError> {
    let rest = value
        .strip_prefix("smtps://")
        .or_else(|| value.strip_prefix("smtp://"));
    match rest {
        Some(host) if !host.is_empty() => Ok(value),
        _ => Err(ConfigError {
            variable: "SMTP_URL",
            value,
            expected: "smtp://HOST:PORT or smtps://USER:PASSWORD@HOST:PORT",
        }),
    }
}

fn parse_mail_from(value: Option<String>) -> Result<String, ConfigError> {
    let value = value.unwrap_or_else(|| "Ordet <noreply@localhost>".into());
    let address = value
        .rsplit_once('<')
        .map_or(value.as_str(), |(_, rest)| rest.trim_end_matches('>'));
    match address.split_once('@') {
        Some((local, domain)) if !local.trim().is_empty() && !domain.trim().is_empty() => Ok(value),
        _ => Err(ConfigError {
            variable: "ORDET_MAIL_FROM",
            value,
            expected: "an address such as Ordet <hoering@kk.dk> or hoering@kk.dk",
        }),
    }
}

#[cfg(test)]
#[path = "config_tests.rs"]
pub(crate) mod tests;
