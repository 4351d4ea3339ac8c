//! The model as an installation has it: a path (or none), the model loaded from it once per
//! process at first use, and whether it can be had.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, LazyLock, Mutex};

use super::Embedder;

/// The sentence model as an installation configured it: a file, loaded when first needed and
/// then once per process, or none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SentenceModel {
    path: Option<PathBuf>,
}

/// Whether the model can be had.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Its file is there (and, once loaded, was readable).
    Installed,
    /// Not installed, switched off, or unreadable.
    Missing,
}

impl SentenceModel {
    /// The model file at `path`.
    pub fn at(path: PathBuf) -> SentenceModel {
        SentenceModel { path: Some(path) }
    }

    /// No model.
    pub fn off() -> SentenceModel {
        SentenceModel { path: None }
    }

    /// Whether the model can be used (its file is there and, once loaded, was readable).
    pub fn status(&self) -> Status {
        let Some(path) = &self.path else {
            return Status::Missing;
        };
        let failed = LOADED.lock().map(|l| matches!(l.get(path), Some(None)));
        if path.is_file() && matches!(failed, Ok(false)) {
            Status::Installed
        } else {
            Status::Missing
        }
    }

    /// The model, loaded once per process (blocking: call off the async threads). `None`
    /// when there is none (a file installed later is found then); a file that cannot be
    /// loaded is logged and not tried again.
    pub fn get(&self) -> Option<Arc<Embedder>> {
        let path = self.path.as_ref()?;
        let mut loaded = LOADED.lock().ok()?;
        if let Some(model) = loaded.get(path) {
            return model.clone();
        }
        if !path.is_file() {
            tracing::info!(path = %path.display(), "no sentence model installed at this path");
            return None;
        }
        let model = match Embedder::load(path) {
            Ok(model) => Some(Arc::new(model)),
            Err(error) => {
                tracing::error!(%error, path = %path.display(), "sentence model not loaded");
                None
            }
        };
        loaded.insert(path.clone(), model.clone());
        model
    }
}

/// Models loaded in this process, by file (`None`: it could not be).
static LOADED: LazyLock<Mutex<HashMap<PathBuf, Option<Arc<Embedder>>>>> =
    LazyLock::new(Default::default);
