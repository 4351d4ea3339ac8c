//! Attachments on shared storage: an S3 bucket served by a real S3-speaking server (moto,
//! from PyPI, installed by `make setup-test` into a venv under the cache), several processes
//! on one bucket or one data directory, and files stored by the old code.

mod layout;
mod s3;
mod two_processes;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};

use app::blob::Location;
use object_store::ObjectStoreExt;
use object_store::aws::{AmazonS3, AmazonS3Builder};
use object_store::path::Path as Key;

/// moto's S3 server on a loopback port it chose; stopped when dropped.
pub struct Moto {
    child: Child,
    pub endpoint: String,
    /// Where moto's output goes while it runs (removed with the server).
    _log: tempfile::NamedTempFile,
}

/// The Python of the venv `make setup-test` installs moto into (`ORDET_MOTO_PYTHON` wins).
fn moto_python() -> PathBuf {
    if let Some(python) = std::env::var_os("ORDET_MOTO_PYTHON") {
        return python.into();
    }
    let cache = std::env::var_os("ORDET_CACHE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap()).join(".cache/ordet"));
    cache.join("tools/moto/bin/python")
}

impl Moto {
    /// Starts moto on port 0 and reads the port it bound from its start-up line (so no other
    /// process can take the port in between); its later output goes to the log.
    pub async fn start() -> Self {
        let python = moto_python();
        assert!(
            python.exists(),
            "moto's S3 server is not installed ({} is missing): `make setup-test` installs it",
            python.display()
        );
        let log = tempfile::NamedTempFile::new().unwrap();
        let mut child = Command::new(&python)
            .args(["-m", "moto.server", "-H", "127.0.0.1", "-p", "0"])
            .stdout(Stdio::from(log.reopen().unwrap()))
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("starting moto with {}: {e}", python.display()));
        let stderr = child.stderr.take().expect("piped stderr");
        let mut copy = log.reopen().unwrap();
        let (port, rest) = tokio::task::spawn_blocking(move || {
            let mut lines = BufReader::new(stderr).lines();
            let port = lines.by_ref().map_while(Result::ok).find_map(|line| {
                let _ = writeln!(copy, "{line}");
                let address = line.split("Running on http://127.0.0.1:").nth(1)?;
                address.trim().parse::<u16>().ok()
            });
            (port, (lines, copy))
        })
        .await
        .unwrap();
        let Some(port) = port else {
            let log = std::fs::read_to_string(log.path()).unwrap_or_default();
            panic!(
                "moto stopped before it listened: {log}\n`make setup-test` installs moto[server]"
            );
        };
        // moto writes a line per request to stderr: keep reading, or it blocks on a full pipe.
        std::thread::spawn(move || {
            let (lines, mut copy) = rest;
            for line in lines.map_while(Result::ok) {
                let _ = writeln!(copy, "{line}");
            }
        });
        Moto {
            child,
            endpoint: format!("http://127.0.0.1:{port}"),
            _log: log,
        }
    }

    /// Creates a bucket (moto does not check signatures).
    pub async fn bucket(&self, name: &str) {
        let response = reqwest::Client::new()
            .put(format!("{}/{name}", self.endpoint))
            .send()
            .await
            .expect("moto");
        assert!(response.status().is_success(), "creating bucket {name}");
    }

    /// The variables that point Ordet at `s3://bucket/prefix` on this server.
    pub fn env(&self, bucket: &str, prefix: &str) -> HashMap<String, String> {
        [
            ("ORDET_BLOB_URL", format!("s3://{bucket}/{prefix}")),
            ("AWS_ENDPOINT_URL", self.endpoint.clone()),
            ("AWS_REGION", "us-east-1".into()),
            ("AWS_ACCESS_KEY_ID", "testing".into()),
            ("AWS_SECRET_ACCESS_KEY", "testing".into()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect()
    }

    /// The store those variables name, read through the configuration's own parser.
    pub fn location(&self, bucket: &str, prefix: &str) -> Location {
        let env = self.env(bucket, prefix);
        server::blob_config::location(|name| env.get(name).cloned()).expect("an S3 location")
    }

    /// A client of its own (moto wants signed requests for objects).
    fn client(&self, bucket: &str) -> AmazonS3 {
        AmazonS3Builder::new()
            .with_bucket_name(bucket)
            .with_endpoint(&self.endpoint)
            .with_allow_http(true)
            .with_region("us-east-1")
            .with_access_key_id("testing")
            .with_secret_access_key("testing")
            .build()
            .unwrap()
    }

    /// An object's bytes as the bucket holds them (`None` when there is none).
    pub async fn object(&self, bucket: &str, key: &str) -> Option<Vec<u8>> {
        match self.client(bucket).get(&Key::from(key)).await {
            Ok(found) => Some(found.bytes().await.unwrap().to_vec()),
            Err(object_store::Error::NotFound { .. }) => None,
            Err(error) => panic!("reading {key}: {error}"),
        }
    }

    /// An object's ETag (a multipart upload's ends in `-<parts>"`).
    pub async fn etag(&self, bucket: &str, key: &str) -> String {
        let meta = self.client(bucket).head(&Key::from(key)).await.unwrap();
        meta.e_tag.expect("an ETag")
    }
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The key of content `bytes` under `prefix`: `<prefix>/<2 hex>/<sha256>`.
pub fn key_of(prefix: &str, bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let sha = hex::encode(Sha256::digest(bytes));
    format!("{prefix}/{}/{sha}", &sha[..2])
}
