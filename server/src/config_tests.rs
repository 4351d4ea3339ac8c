//! Tests of [`crate::config`]: defaults, each variable read, each bad value named.

use std::collections::HashMap;

use super::*;

pub(crate) fn load(vars: &[(&str, &str)], overrides: Overrides) -> Result<Config, ConfigError> {
    let vars: HashMap<String, String> = vars
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    Config::from_source(|name| vars.get(name).cloned(), overrides)
}

#[test]
fn defaults_run_on_sqlite_under_data() {
    let config = load(&[], Overrides::default()).unwrap();
    assert_eq!(config.database_url, "sqlite://data/ordet.db?mode=rwc");
    assert_eq!(config.data_dir, PathBuf::from("data/"));
    assert_eq!(config.addr.to_string(), "127.0.0.1:3000");
    assert_eq!(config.base_url, "http://127.0.0.1:3000");
    assert_eq!(config.smtp_url, None);
    assert_eq!(config.site_root, PathBuf::from("target/site"));
    assert_eq!(config.attachment_limits, Limits::default());
    assert_eq!(config.extract_timeout, Duration::from_secs(60));
    assert_eq!(config.session_idle, chrono::Duration::minutes(30));
    assert_eq!(config.shutdown_grace, Duration::from_secs(30));
}

#[test]
fn the_shutdown_grace_is_read_in_seconds() {
    let config = load(&[("ORDET_SHUTDOWN_SECONDS", "5")], Overrides::default()).unwrap();
    assert_eq!(config.shutdown_grace, Duration::from_secs(5));
}

#[test]
fn a_data_dir_moves_the_default_database_with_it() {
    let config = load(&[("ORDET_DATA_DIR", "/srv/ordet")], Overrides::default()).unwrap();
    assert_eq!(config.database_url, "sqlite:///srv/ordet/ordet.db?mode=rwc");
}

#[test]
fn the_index_lives_under_the_data_dir_unless_given_its_own() {
    let config = load(&[("ORDET_DATA_DIR", "/srv/ordet")], Overrides::default()).unwrap();
    assert_eq!(config.index_dir, PathBuf::from("/srv/ordet/index"));
    let own = [
        ("ORDET_DATA_DIR", "/srv/ordet"),
        ("ORDET_INDEX_DIR", "/fast/ix"),
    ];
    let config = load(&own, Overrides::default()).unwrap();
    assert_eq!(config.index_dir, PathBuf::from("/fast/ix"));
}

#[test]
fn flags_win_over_the_environment() {
    let overrides = Overrides {
        addr: Some("127.0.0.1:4000".into()),
        ..Default::default()
    };
    let config = load(&[("ORDET_ADDR", "127.0.0.1:5000")], overrides).unwrap();
    assert_eq!(config.addr.port(), 4000);
}

#[test]
fn each_bad_value_names_its_variable() {
    let cases = [
        ("ORDET_ADDR", "localhost"),
        ("DATABASE_URL", "mysql://x"),
        ("ORDET_BASE_URL", "hoering.kk.dk"),
        ("SMTP_URL", "mail.kk.dk"),
        ("ORDET_MAIL_FROM", "Ordet"),
        ("ORDET_MAX_FILES", "0"),
        ("ORDET_MAX_FILE_MB", "twenty"),
        ("ORDET_EXTRACT_TIMEOUT_SECS", "-1"),
        ("ORDET_MIN_FILL_SECONDS", "soon"),
        ("ORDET_SESSION_IDLE_MINUTES", "0"),
        ("ORDET_SESSION_IDLE_MINUTES", "1441"),
        ("ORDET_SHUTDOWN_SECONDS", "0"),
        ("ORDET_SHUTDOWN_SECONDS", "3601"),
        ("ORDET_SHUTDOWN_SECONDS", "half a minute"),
        ("ORDET_INDEX_DIR", "bad\0dir"),
    ];
    for (variable, value) in cases {
        let error = load(&[(variable, value)], Overrides::default()).unwrap_err();
        assert_eq!(error.variable, variable);
        assert!(
            error.to_string().starts_with(&format!("{variable}=")),
            "{error}"
        );
    }
}

#[test]
fn a_base_url_loses_its_trailing_slash() {
    let config = load(
        &[("ORDET_BASE_URL", "https://hoering.kk.dk/")],
        Overrides::default(),
    );
    assert_eq!(config.unwrap().base_url, "https://hoering.kk.dk");
}
