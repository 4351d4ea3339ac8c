//! The index on disk: generations under `ORDET_INDEX_DIR` (default `ORDET_DATA_DIR/index/`),
//! the file `CURRENT` naming the one in use. A rebuild writes a new generation beside it and
//! swaps `CURRENT` when done, so searches keep reading the old one until the new one is
//! complete. Each commit carries the outbox cursor it reached (tantivy's commit payload), so
//! the documents and the cursor are saved together. Each generation has its vocabularies
//! ([`super::vocabulary`]) beside it, learned by its writer and saved before each commit.

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use tantivy::schema::Schema;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, Searcher, Term};

use super::analysis;
use super::cursor::Saved;
use super::document::IndexDoc;
use super::schema::{self, Fields};
use super::vocabularies::Vocabularies;
use super::vocabulary::Learner;

/// Memory the writer may buffer before it flushes a segment.
const WRITER_MEMORY: usize = 64 * 1024 * 1024;
/// One complete index.
pub struct Generation {
    /// Its directory name (`v{schema version}-{n}`), or `ram`.
    pub name: String,
    index: Index,
    reader: IndexReader,
    dir: Option<PathBuf>,
    /// What its Danish text is split against.
    pub vocabularies: Vocabularies,
}

impl Generation {
    fn new(
        name: String,
        index: Index,
        dir: Option<PathBuf>,
        decompound: bool,
    ) -> tantivy::Result<Self> {
        let vocabularies = Vocabularies::new(decompound);
        if let Some(dir) = &dir {
            vocabularies.load(dir)?;
        }
        analysis::register_index(
            index.tokenizers(),
            vocabularies.public.clone(),
            vocabularies.officials.clone(),
        );
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(Generation {
            name,
            index,
            reader,
            dir,
            vocabularies,
        })
    }

    /// A writer; only the indexer holds one.
    pub fn writer(&self) -> tantivy::Result<Writer> {
        Ok(Writer {
            writer: self.index.writer(WRITER_MEMORY)?,
            vocabularies: self.vocabularies.clone(),
            learner: Learner::default(),
            dir: self.dir.clone(),
        })
    }

    /// Makes the last commit visible to searches.
    pub fn reload(&self) -> tantivy::Result<()> {
        self.reader.reload()
    }

    /// How far the last commit on disk had followed the outbox (`None`: it saved nothing,
    /// e.g. a new index or one from before cursors).
    pub fn saved(&self) -> tantivy::Result<Option<Saved>> {
        let payload = self.index.load_metas()?.payload;
        Ok(payload.and_then(|p| serde_json::from_str(&p).ok()))
    }
}

/// Writes documents into one generation.
pub struct Writer {
    writer: IndexWriter,
    vocabularies: Vocabularies,
    learner: Learner,
    dir: Option<PathBuf>,
}

impl Writer {
    /// Replaces the documents of these responses; `removed` ones are only taken out. Their
    /// words are learned first, so a compound is split against every word of its batch too.
    pub fn apply(
        &mut self,
        fields: &Fields,
        docs: &[IndexDoc],
        removed: &[i32],
    ) -> tantivy::Result<()> {
        self.learn(docs);
        let ids = docs
            .iter()
            .map(|d| d.response_id)
            .chain(removed.iter().copied());
        for id in ids {
            self.writer
                .delete_term(Term::from_field_u64(fields.response_id, id as u64));
        }
        for doc in docs {
            for document in doc.to_documents(fields) {
                self.writer.add_document(document)?;
            }
        }
        Ok(())
    }

    /// Learns the words of `docs` without indexing them (a rebuild's first pass).
    pub fn learn(&mut self, docs: &[IndexDoc]) {
        self.vocabularies.learn(docs, &mut self.learner);
    }

    /// Commits what was applied (without a cursor: benchmarks and tests).
    pub fn commit(&mut self) -> tantivy::Result<()> {
        self.save_vocabularies()?;
        self.writer.commit()?;
        Ok(())
    }

    /// Commits what was applied together with how far it followed the outbox.
    pub fn commit_at(&mut self, saved: &Saved) -> tantivy::Result<()> {
        self.save_vocabularies()?;
        let payload = serde_json::to_string(saved)
            .map_err(|e| tantivy::TantivyError::InternalError(e.to_string()))?;
        let mut prepared = self.writer.prepare_commit()?;
        prepared.set_payload(&payload);
        prepared.commit()?;
        Ok(())
    }

    /// Saved before the commit: a vocabulary ahead of the documents only knows a few words
    /// early; one behind them would forget words after a restart.
    fn save_vocabularies(&self) -> tantivy::Result<()> {
        match &self.dir {
            Some(dir) => Ok(self.vocabularies.save(dir)?),
            None => Ok(()),
        }
    }
}

/// The search index: the generation in use, and where generations live.
pub struct SearchIndex {
    root: Option<PathBuf>,
    decompound: bool,
    schema: Schema,
    /// Handles to the fields.
    pub fields: Fields,
    current: RwLock<Arc<Generation>>,
}

impl SearchIndex {
    /// Opens the generation `root/CURRENT` names. Returns `true` beside it when there was none
    /// usable (missing, or of another schema version) and a new, empty one was made: it needs
    /// a rebuild from the database.
    pub fn open(root: &Path) -> tantivy::Result<(Self, bool)> {
        Self::open_with(root, true)
    }

    /// [`Self::open`], with compounds split (`decompound`) or not (the benchmark's baseline).
    pub fn open_with(root: &Path, decompound: bool) -> tantivy::Result<(Self, bool)> {
        std::fs::create_dir_all(root)?;
        let (schema, fields) = schema::build();
        let (generation, fresh) = match usable_current(root) {
            Some(name) => (open_generation(root, name, decompound)?, false),
            None => (create_generation(root, &schema, decompound)?, true),
        };
        let index = SearchIndex {
            root: Some(root.to_owned()),
            decompound,
            schema,
            fields,
            current: RwLock::new(Arc::new(generation)),
        };
        if fresh {
            index.write_current()?;
        }
        Ok((index, fresh))
    }

    /// Opens the generation `root/CURRENT` names without creating anything: another process
    /// writes this directory. Until that process made one, searches read an empty index in
    /// memory; [`Self::refresh`] follows its commits and swaps.
    pub fn open_shared(root: &Path) -> tantivy::Result<Self> {
        let (schema, fields) = schema::build();
        let generation = match usable_current(root) {
            Some(name) => open_generation(root, name, true)?,
            None => in_ram(&schema, true)?,
        };
        Ok(SearchIndex {
            root: Some(root.to_owned()),
            decompound: true,
            schema,
            fields,
            current: RwLock::new(Arc::new(generation)),
        })
    }

    /// Follows what another process wrote: opens the generation `CURRENT` names when it is a
    /// new one, else makes the last commit visible.
    pub fn refresh(&self) -> tantivy::Result<()> {
        let Some(root) = &self.root else {
            return Ok(());
        };
        match usable_current(root) {
            Some(name) if name != self.current().name => {
                let generation = open_generation(root, name, self.decompound)?;
                generation.reload()?;
                *self.current.write().expect("index lock poisoned") = Arc::new(generation);
                Ok(())
            }
            _ => self.current().reload(),
        }
    }

    /// Makes this process the writer of a directory it shared: follows `CURRENT` to the newest
    /// generation, or, when there is none yet, makes an empty one (returns `true`: it needs a
    /// rebuild). The caller holds the directory's lock.
    pub fn take_over(&self) -> tantivy::Result<bool> {
        self.refresh()?;
        let fresh = self.root.is_some() && self.current().name == "ram";
        if let (true, Some(root)) = (fresh, &self.root) {
            let generation = create_generation(root, &self.schema, self.decompound)?;
            *self.current.write().expect("index lock poisoned") = Arc::new(generation);
            self.write_current()?;
        }
        self.remove_other_generations();
        Ok(fresh)
    }

    /// An index in memory (tests and benchmarks).
    pub fn in_ram() -> tantivy::Result<Self> {
        let (schema, fields) = schema::build();
        let generation = in_ram(&schema, true)?;
        Ok(SearchIndex {
            root: None,
            decompound: true,
            schema,
            fields,
            current: RwLock::new(Arc::new(generation)),
        })
    }

    /// The generation in use.
    pub fn current(&self) -> Arc<Generation> {
        self.current.read().expect("index lock poisoned").clone()
    }

    /// A searcher over the generation in use.
    pub fn searcher(&self) -> Searcher {
        self.current().reader.searcher()
    }

    /// A new, empty generation beside the current one, for a rebuild.
    pub fn new_generation(&self) -> tantivy::Result<Generation> {
        match &self.root {
            Some(root) => create_generation(root, &self.schema, self.decompound),
            None => in_ram(&self.schema, self.decompound),
        }
    }

    /// Makes `generation` the one in use and deletes the old one's files.
    pub fn swap(&self, generation: Generation) -> tantivy::Result<()> {
        generation.reload()?;
        *self.current.write().expect("index lock poisoned") = Arc::new(generation);
        self.write_current()?;
        self.remove_other_generations();
        Ok(())
    }

    fn write_current(&self) -> std::io::Result<()> {
        let Some(root) = &self.root else {
            return Ok(());
        };
        let temp = root.join("CURRENT.tmp");
        std::fs::write(&temp, self.current().name.as_bytes())?;
        std::fs::rename(temp, root.join("CURRENT"))
    }

    /// Deletes generations that are not in use (left by a swap or a rebuild cut short). Only
    /// the process holding the indexer lock may call it.
    pub fn remove_other_generations(&self) {
        let Some(root) = &self.root else { return };
        let current = self.current().name.clone();
        let Ok(entries) = std::fs::read_dir(root) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let old = entry.path().is_dir() && name != current && name.starts_with('v');
            if old && let Err(error) = std::fs::remove_dir_all(entry.path()) {
                tracing::warn!(%error, name, "could not remove an old index generation");
            }
        }
    }
}

/// The generation `root/CURRENT` names, when it is of this schema version and complete.
fn usable_current(root: &Path) -> Option<String> {
    let named = std::fs::read_to_string(root.join("CURRENT")).ok()?;
    let name = named.trim().to_owned();
    (name.starts_with(&prefix()) && root.join(&name).join("meta.json").exists()).then_some(name)
}

fn prefix() -> String {
    format!("v{}-", schema::VERSION)
}

fn create_generation(
    root: &Path,
    schema: &Schema,
    decompound: bool,
) -> tantivy::Result<Generation> {
    let name = format!("{}{}", prefix(), chrono::Utc::now().timestamp_micros());
    let dir = root.join(&name);
    std::fs::create_dir_all(&dir)?;
    let index = Index::create_in_dir(&dir, schema.clone())?;
    Generation::new(name, index, Some(dir), decompound)
}

fn open_generation(root: &Path, name: String, decompound: bool) -> tantivy::Result<Generation> {
    let dir = root.join(&name);
    let index = Index::open_in_dir(&dir)?;
    Generation::new(name, index, Some(dir), decompound)
}

fn in_ram(schema: &Schema, decompound: bool) -> tantivy::Result<Generation> {
    Generation::new(
        "ram".into(),
        Index::create_in_ram(schema.clone()),
        None,
        decompound,
    )
}
