//! Where attachments are kept: a folder of this machine (the default), or an S3-compatible
//! bucket that every process, on any machine, reaches (`ORDET_BLOB_URL=s3://bucket/prefix`).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use object_store::ObjectStore;
use object_store::aws::AmazonS3Builder;
use object_store::local::LocalFileSystem;
use object_store::prefix::PrefixStore;

/// Which store holds the files.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Location {
    /// `ORDET_DATA_DIR/attachments/<2 hex>/<sha256>`.
    #[default]
    Local,
    /// A bucket of an S3-speaking server, shared by every process.
    S3(S3Location),
}

/// A bucket, the key prefix under it, and how to reach it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct S3Location {
    /// The bucket's name.
    pub bucket: String,
    /// Keys start with this (no slash at either end; empty for none).
    pub prefix: String,
    /// Another S3-speaking server (MinIO, Ceph, moto, …) instead of AWS (`AWS_ENDPOINT_URL`).
    pub endpoint: Option<String>,
    /// The region (`AWS_REGION`; AWS' default `us-east-1` when unset).
    pub region: Option<String>,
    /// A key pair; `None` leaves it to the machine (instance profile, web identity).
    pub credentials: Option<Credentials>,
    /// Whether plain `http://` may be used (only for an endpoint on a loopback address).
    pub allow_http: bool,
}

/// An access key (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`).
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    /// The key's id.
    pub key_id: String,
    /// Its secret (never logged).
    pub secret: String,
    /// A temporary session's token.
    pub session_token: Option<String>,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("key_id", &self.key_id)
            .field("secret", &"<hidden>")
            .field(
                "session_token",
                &self.session_token.as_ref().map(|_| "<hidden>"),
            )
            .finish()
    }
}

/// An opened store; `local_root` is the folder when the store is one.
pub(super) struct Opened {
    pub store: Arc<dyn ObjectStore>,
    pub local_root: Option<PathBuf>,
}

impl Location {
    /// Opens the store; the local one is `attachments` (created when missing).
    pub(super) fn open(&self, attachments: &Path) -> std::io::Result<Opened> {
        match self {
            Location::Local => {
                std::fs::create_dir_all(attachments)?;
                let store = LocalFileSystem::new_with_prefix(attachments)?;
                Ok(Opened {
                    store: Arc::new(store),
                    local_root: Some(attachments.to_path_buf()),
                })
            }
            Location::S3(s3) => Ok(Opened {
                store: s3.open()?,
                local_root: None,
            }),
        }
    }
}

impl S3Location {
    fn open(&self) -> std::io::Result<Arc<dyn ObjectStore>> {
        let mut builder = AmazonS3Builder::new()
            .with_bucket_name(&self.bucket)
            .with_allow_http(self.allow_http);
        if let Some(endpoint) = &self.endpoint {
            builder = builder.with_endpoint(endpoint);
        }
        if let Some(region) = &self.region {
            builder = builder.with_region(region);
        }
        if let Some(credentials) = &self.credentials {
            builder = builder
                .with_access_key_id(&credentials.key_id)
                .with_secret_access_key(&credentials.secret);
            if let Some(token) = &credentials.session_token {
                builder = builder.with_token(token);
            }
        }
        let bucket = builder.build()?;
        let store: Arc<dyn ObjectStore> = if self.prefix.is_empty() {
            Arc::new(bucket)
        } else {
            Arc::new(PrefixStore::new(bucket, self.prefix.as_str()))
        };
        Ok(store)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_never_shows_in_the_logs() {
        let credentials = Credentials {
            key_id: "AKIDEXAMPLE".into(),
            secret: "wJalrXUtnFEMI".into(),
            session_token: Some("FwoGZXIvYXdz".into()),
        };
        let shown = format!("{credentials:?}");
        assert!(shown.contains("AKIDEXAMPLE"), "{shown}");
        assert!(
            !shown.contains("wJalrXUtnFEMI") && !shown.contains("FwoGZ"),
            "{shown}"
        );
    }

    #[test]
    fn the_local_store_is_the_attachments_folder() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("attachments");
        let opened = Location::Local.open(&root).unwrap();
        assert!(root.is_dir(), "created when missing");
        assert_eq!(opened.local_root, Some(root));
    }
}
