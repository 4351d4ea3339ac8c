//! `ORDET_BLOB_URL` and the standard `AWS_*` variables: where attachments are kept.
//!
//! Unset, files live under `ORDET_DATA_DIR/attachments/`. `s3://BUCKET` or
//! `s3://BUCKET/PREFIX` keeps them in a bucket every process reaches, with
//! `AWS_ENDPOINT_URL` (another S3-speaking server; plain `http://` only on a loopback
//! address), `AWS_REGION` (or `AWS_DEFAULT_REGION`), and `AWS_ACCESS_KEY_ID` with
//! `AWS_SECRET_ACCESS_KEY` (and `AWS_SESSION_TOKEN`); without a key the machine's own
//! credentials (instance profile, web identity) are used.

use std::net::IpAddr;

use app::blob::{Credentials, Location, S3Location};

use crate::config::ConfigError;

/// Reads the store's variables through `set` (which drops empty values).
pub fn location(set: impl Fn(&str) -> Option<String>) -> Result<Location, ConfigError> {
    let Some(url) = set("ORDET_BLOB_URL") else {
        return Ok(Location::Local);
    };
    let (bucket, prefix) = parse_url(&url).ok_or_else(|| ConfigError {
        variable: "ORDET_BLOB_URL",
        value: url.clone(),
        expected: "s3://BUCKET or s3://BUCKET/PREFIX (unset: files under ORDET_DATA_DIR/attachments)",
    })?;
    let (endpoint, allow_http) = match set("AWS_ENDPOINT_URL") {
        None => (None, false),
        Some(value) => {
            let http = parse_endpoint(&value).ok_or_else(|| ConfigError {
                variable: "AWS_ENDPOINT_URL",
                value: value.clone(),
                expected: "an https:// URL (http:// only on a loopback address, e.g. http://127.0.0.1:9000)",
            })?;
            (Some(value.trim_end_matches('/').to_owned()), http)
        }
    };
    Ok(Location::S3(S3Location {
        bucket,
        prefix,
        endpoint,
        region: set("AWS_REGION").or_else(|| set("AWS_DEFAULT_REGION")),
        credentials: credentials(&set)?,
        allow_http,
    }))
}

/// The bucket and the key prefix of `s3://bucket/prefix`.
fn parse_url(url: &str) -> Option<(String, String)> {
    let rest = url.trim().strip_prefix("s3://")?;
    let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
    let bucket_ok = (3..=63).contains(&bucket.len())
        && bucket
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
        && bucket.starts_with(|c: char| c.is_ascii_alphanumeric())
        && bucket.ends_with(|c: char| c.is_ascii_alphanumeric());
    let prefix = prefix.trim_matches('/');
    let prefix_ok = prefix.is_empty()
        || prefix.split('/').all(|part| {
            !part.is_empty()
                && part != "."
                && part != ".."
                && !part.chars().any(|c| c.is_control() || c.is_whitespace())
        });
    (bucket_ok && prefix_ok).then(|| (bucket.to_owned(), prefix.to_owned()))
}

/// Whether the endpoint is plain http (then on a loopback address); `None` when unusable.
fn parse_endpoint(value: &str) -> Option<bool> {
    let url = url::Url::parse(value).ok()?;
    let host = url.host_str()?;
    match url.scheme() {
        "https" => Some(false),
        "http" if is_loopback(host) => Some(true),
        _ => None,
    }
}

fn is_loopback(host: &str) -> bool {
    host == "localhost"
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// A key pair, both halves or neither.
fn credentials(set: &impl Fn(&str) -> Option<String>) -> Result<Option<Credentials>, ConfigError> {
    match (set("AWS_ACCESS_KEY_ID"), set("AWS_SECRET_ACCESS_KEY")) {
        (None, None) => Ok(None),
        (Some(key_id), Some(secret)) => Ok(Some(Credentials {
            key_id,
            secret,
            session_token: set("AWS_SESSION_TOKEN"),
        })),
        (Some(_), None) => Err(ConfigError {
            variable: "AWS_SECRET_ACCESS_KEY",
            value: String::new(),
            expected: "the secret of AWS_ACCESS_KEY_ID (set both or neither)",
        }),
        (None, Some(_)) => Err(ConfigError {
            variable: "AWS_ACCESS_KEY_ID",
            value: String::new(),
            expected: "the key id of AWS_SECRET_ACCESS_KEY (set both or neither)",
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{Config, Overrides};

    fn load(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        crate::config::tests::load(vars, Overrides::default())
    }

    #[test]
    fn without_a_blob_url_files_stay_in_the_data_dir() {
        let config = load(&[("AWS_ENDPOINT_URL", "not even a url")]).unwrap();
        assert_eq!(config.blob_store, Location::Local);
    }

    #[test]
    fn an_s3_url_names_the_bucket_and_the_aws_variables_the_rest() {
        let config = load(&[
            ("ORDET_BLOB_URL", "s3://ordet-bilag/prod/attachments/"),
            ("AWS_ENDPOINT_URL", "http://127.0.0.1:9000/"),
            ("AWS_REGION", "eu-north-1"),
            ("AWS_ACCESS_KEY_ID", "AKID"),
            ("AWS_SECRET_ACCESS_KEY", "hemmelig"),
        ])
        .unwrap();
        let Location::S3(s3) = config.blob_store else {
            panic!("an S3 store");
        };
        assert_eq!(
            (s3.bucket.as_str(), s3.prefix.as_str()),
            ("ordet-bilag", "prod/attachments")
        );
        assert_eq!(s3.endpoint.as_deref(), Some("http://127.0.0.1:9000"));
        assert!(s3.allow_http, "a loopback endpoint may be plain http");
        assert_eq!(s3.region.as_deref(), Some("eu-north-1"));
        assert_eq!(s3.credentials.unwrap().secret, "hemmelig");

        let config = load(&[
            ("ORDET_BLOB_URL", "s3://ordet-bilag"),
            ("AWS_DEFAULT_REGION", "eu-west-1"),
        ]);
        let Location::S3(s3) = config.unwrap().blob_store else {
            panic!("an S3 store");
        };
        assert_eq!(
            (s3.prefix.as_str(), s3.endpoint, s3.allow_http),
            ("", None, false)
        );
        assert_eq!(s3.region.as_deref(), Some("eu-west-1"));
        assert_eq!(s3.credentials, None, "the machine's own credentials");
    }

    #[test]
    fn each_bad_store_value_names_its_variable() {
        let s3 = ("ORDET_BLOB_URL", "s3://ordet-bilag");
        let cases: [(&[(&str, &str)], &str); 9] = [
            (&[("ORDET_BLOB_URL", "/srv/ordet/files")], "ORDET_BLOB_URL"),
            (&[("ORDET_BLOB_URL", "gs://ordet-bilag")], "ORDET_BLOB_URL"),
            (&[("ORDET_BLOB_URL", "s3://")], "ORDET_BLOB_URL"),
            (&[("ORDET_BLOB_URL", "s3://Ordet_Bilag")], "ORDET_BLOB_URL"),
            (
                &[("ORDET_BLOB_URL", "s3://ordet-bilag/../x")],
                "ORDET_BLOB_URL",
            ),
            (
                &[s3, ("AWS_ENDPOINT_URL", "http://minio.internal:9000")],
                "AWS_ENDPOINT_URL",
            ),
            (
                &[s3, ("AWS_ENDPOINT_URL", "ftp://127.0.0.1")],
                "AWS_ENDPOINT_URL",
            ),
            (
                &[s3, ("AWS_ACCESS_KEY_ID", "AKID")],
                "AWS_SECRET_ACCESS_KEY",
            ),
            (&[s3, ("AWS_SECRET_ACCESS_KEY", "x")], "AWS_ACCESS_KEY_ID"),
        ];
        for (vars, variable) in cases {
            let error = load(vars).unwrap_err();
            assert_eq!(error.variable, variable, "{vars:?}");
            assert!(
                error.to_string().starts_with(&format!("{variable}=")),
                "{error}"
            );
        }
    }

    #[test]
    fn loopback_is_what_it_says() {
        for host in ["localhost", "127.0.0.1", "127.1.2.3", "[::1]"] {
            assert!(is_loopback(host), "{host}");
        }
        for host in ["10.0.0.1", "localhost.evil.dk", "[::2]"] {
            assert!(!is_loopback(host), "{host}");
        }
    }
}
