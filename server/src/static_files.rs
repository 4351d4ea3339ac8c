//! The site's files under `/pkg/` (script, wasm, stylesheet) and how long browsers keep them,
//! and the compression of every answer.
//!
//! cargo-leptos (`hash-files = true`) names each built file after its content,
//! `ordet.<hash>.js`, and writes the hashes to `hash.txt` in the site root
//! (`hash-file-name` in Cargo.toml, relative to the binary's folder), which travels with the
//! site files. Leptos' hydration
//! script names the hashed files when [`HashFile::leptos_options`] says so; a hashed name
//! never changes content, so it is kept a year (`immutable`), anything else under `/pkg/` five
//! minutes. The stylesheet is linked as `/pkg/ordet.css`, its name before hashing: that
//! path serves the hashed file (briefly cached).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::header::{CACHE_CONTROL, HeaderValue};
use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
use tower_http::compression::{CompressionLayer, CompressionLevel};

/// How long a hashed file is kept: a year, never asked again.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// How long a file whose name may get new content is kept.
pub const SHORT: &str = "public, max-age=300";

/// The name of the hash file in the site root.
const HASH_FILE: &str = "hash.txt";

/// The built site's hash file, if it has one: its path and the stylesheet's hash.
#[derive(Clone, Debug, Default)]
pub struct HashFile {
    path: Option<PathBuf>,
    css: Option<String>,
}

impl HashFile {
    /// Reads the site's hash file: `site_root/hash.txt`, where cargo-leptos writes it in this
    /// workspace's layout (`target/site`), else where it writes it beside a binary built into
    /// another target directory (`<binary's folder>/../site/hash.txt`). None: not hashed.
    pub fn read(site_root: &Path) -> HashFile {
        let beside_binary = std::env::current_exe()
            .ok()
            .and_then(|exe| Some(exe.parent()?.join("../site").join(HASH_FILE)));
        std::iter::once(site_root.join(HASH_FILE))
            .chain(beside_binary)
            .find_map(|path| Some((std::fs::read_to_string(&path).ok()?, path)))
            .map(|(text, path)| HashFile::parse(&text, path))
            .unwrap_or_default()
    }

    fn parse(text: &str, path: PathBuf) -> HashFile {
        let css = text.lines().find_map(|line| {
            let (kind, hash) = line.split_once(':')?;
            (kind.trim() == "css").then(|| hash.trim().to_owned())
        });
        HashFile {
            path: Some(std::path::absolute(&path).unwrap_or(path)),
            css,
        }
    }

    /// Whether the site's files are hashed, and the hash file Leptos reads (an absolute path:
    /// Leptos joins it to the executable's folder, which leaves an absolute path as it is).
    pub fn leptos_options(&self) -> Option<String> {
        self.path.as_ref().map(|p| p.to_string_lossy().into_owned())
    }

    fn stylesheet(&self, output_name: &str) -> Option<String> {
        self.css
            .as_ref()
            .map(|hash| format!("/pkg/{output_name}.{hash}.css"))
    }
}

/// What the cache layer needs: the stylesheet's unhashed path and its hashed one.
#[derive(Clone, Debug)]
pub struct Assets {
    stylesheet: Arc<Option<(String, String)>>,
}

impl Assets {
    /// The site's files as `hash` names them; `output_name` is cargo-leptos' output name.
    pub fn new(hash: &HashFile, output_name: &str) -> Assets {
        let hashed = hash.stylesheet(output_name);
        Assets {
            stylesheet: Arc::new(hashed.map(|h| (format!("/pkg/{output_name}.css"), h))),
        }
    }
}

/// Whether a file name carries cargo-leptos' content hash: a dotted part of 22 base64url
/// characters (an MD5 digest) before the extension, as in `ordet.kFQ7ZqPZ0xzpWpWzF7RgMg.js`.
pub fn is_hashed(name: &str) -> bool {
    let parts: Vec<&str> = name.split('.').collect();
    parts.len() >= 3
        && parts[1..parts.len() - 1].iter().any(|part| {
            part.len() == 22
                && part
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
}

/// Sets `Cache-Control` on the site's files under `/pkg/` (and sends the unhashed stylesheet
/// path to the hashed file).
pub async fn cache(State(assets): State<Assets>, mut request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    if !path.starts_with("/pkg/") {
        return next.run(request).await;
    }
    if let Some((plain, hashed)) = assets.stylesheet.as_ref()
        && &path == plain
        && let Ok(uri) = hashed.parse()
    {
        *request.uri_mut() = uri;
    }
    let name = path.rsplit('/').next().unwrap_or_default();
    let policy = if is_hashed(name) { IMMUTABLE } else { SHORT };
    let mut response = next.run(request).await;
    if response.status().is_success() || response.status() == http::StatusCode::NOT_MODIFIED {
        response
            .headers_mut()
            .insert(CACHE_CONTROL, HeaderValue::from_static(policy));
    }
    response
}

/// gzip or brotli (as the client prefers) for text answers: pages, JSON, CSV, the site's
/// script, wasm and stylesheet. Not for what is compressed already or is a file to keep as
/// sent (images, PDFs, ZIP-based formats such as XLSX, DOCX and the attachments' ZIP, any
/// `application/octet-stream` download), nor for server-sent events; an answer that set its
/// own `Content-Encoding` is left alone. Brotli at quality 4, tower-http's default (11 would
/// take seconds over the wasm).
pub fn compression() -> CompressionLayer<impl Predicate> {
    let predicate = DefaultPredicate::new()
        .and(NotForContentType::const_new("application/zip"))
        .and(NotForContentType::const_new("application/pdf"))
        .and(NotForContentType::const_new("application/octet-stream"))
        .and(NotForContentType::const_new(
            "application/vnd.openxmlformats",
        ))
        .and(NotForContentType::const_new("application/vnd.oasis"))
        // Downloads (exports, the audit log) are streamed as the database is read; Chromium
        // cancelled a compressed streamed attachment (the audit log CSV, e2e accounts.spec):
        // they go as they are.
        .and(
            |_: http::StatusCode,
             _: http::Version,
             headers: &http::HeaderMap,
             _: &http::Extensions| {
                !headers.contains_key(http::header::CONTENT_DISPOSITION)
            },
        );
    CompressionLayer::new()
        .quality(CompressionLevel::Default)
        .compress_when(predicate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_cargo_leptos_hashed_names_count_as_hashed() {
        assert!(is_hashed("ordet.kFQ7ZqPZ0xzpWpWzF7RgMg.js"));
        assert!(is_hashed("ordet.a-b_cdefghijklmnopqrst.wasm"));
        for name in [
            "ordet.js",
            "ordet_bg.wasm",
            "ordet.css",
            "ordet.kFQ7ZqPZ0xzpWpWzF7RgM.js",
            "ordet.kFQ7ZqPZ0xzpWpWzF7RgMg!.js",
            "kFQ7ZqPZ0xzpWpWzF7RgMg.js",
        ] {
            assert!(!is_hashed(name), "{name}");
        }
    }

    #[test]
    fn the_hash_file_names_the_stylesheet() {
        let dir = tempfile::tempdir().unwrap();
        assert!(HashFile::read(dir.path()).leptos_options().is_none());
        std::fs::write(
            dir.path().join("hash.txt"),
            "js: aaaaaaaaaaaaaaaaaaaaaa\nwasm: bbbbbbbbbbbbbbbbbbbbbb\ncss: cccccccccccccccccccccc\n",
        )
        .unwrap();
        let hash = HashFile::read(dir.path());
        assert!(hash.leptos_options().unwrap().ends_with("hash.txt"));
        assert_eq!(
            hash.stylesheet("ordet").as_deref(),
            Some("/pkg/ordet.cccccccccccccccccccccc.css")
        );
    }
}
