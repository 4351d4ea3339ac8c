//! One theme run for one hearing: read the responses and the themes as they are, find the
//! campaigns, read the vectors from the search index, plan, write. Runs and officials' edits
//! take [`LOCK`] so an edit is never overwritten by a run that started before it.

use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, DbErr};
use tokio::sync::Mutex;

use super::campaigns;
use super::input::{self, Response};
use super::meaning;
use super::plan::{self, Plan};
use super::public_words;
use super::store;
use super::vectors::{self};
use crate::embedding::SentenceModel;
use crate::search::index::SearchIndex;

/// Held by a run and by every official's edit, in this process. (`ordet themes --refresh`
/// in another process is not serialised with them; it only recomputes what the server would.)
pub static LOCK: Mutex<()> = Mutex::const_new(());

/// Failures of a theme run.
#[derive(Debug, thiserror::Error)]
pub enum ThemeError {
    /// The database failed.
    #[error("database: {0}")]
    Db(#[from] DbErr),
    /// The search index failed.
    #[error("index: {0}")]
    Index(#[from] tantivy::TantivyError),
    /// A blocking task panicked or was cancelled.
    #[error("theme task: {0}")]
    Join(#[from] tokio::task::JoinError),
}

/// What a run reads besides the database: the search index (the words) and the sentence
/// model (the meaning).
#[derive(Clone, Copy)]
pub struct Sources<'a> {
    /// The index the words are read from.
    pub index: &'a SearchIndex,
    /// The sentence model.
    pub model: &'a SentenceModel,
}

impl<'a> Sources<'a> {
    /// The sources of the app `state`.
    pub fn of(state: &'a crate::state::AppState) -> Self {
        Sources {
            index: &state.search.index,
            model: &state.sentence_model,
        }
    }
}

/// What a run did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Responses read.
    pub responses: usize,
    /// Themes it left.
    pub themes: usize,
    /// Campaigns it found.
    pub campaigns: usize,
}

/// Computes hearing `hearing_id`'s themes and campaigns again and stores them.
pub async fn refresh(
    db: &DatabaseConnection,
    Sources { index, model }: Sources<'_>,
    hearing_id: i32,
    now: DateTime<Utc>,
) -> Result<Outcome, ThemeError> {
    // The slow part, the sentence vectors of texts not seen before, is done before the lock,
    // so that officials' edits never wait for it.
    // Under the lock only what arrived meanwhile is read or made: the rest is handed over.
    let before = input::responses(db, hearing_id).await?;
    let known = meaning::vectors(db, model, hearing_id, &before, None).await?;
    let _guard = LOCK.lock().await;
    let responses = input::responses(db, hearing_id).await?;
    let state = input::state(db, hearing_id).await?;
    let meaning = meaning::vectors(db, model, hearing_id, &responses, known.as_ref()).await?;
    let searcher = index.searcher();
    let fields = index.fields.clone();
    let (plan, responses) = tokio::task::spawn_blocking(move || {
        let found = campaigns::detect(&texts(&responses), &campaigns::Settings::default());
        let leaders = plan::leaders(&responses, &campaigns::voices(&found));
        let planned = plan::campaigns(&state, found);
        let vectors = vectors::of_responses(&searcher, &fields, hearing_id, &responses)?;
        let (mut themes, retire) =
            plan::themes(&responses, &state, (&vectors, meaning.as_ref()), &leaders);
        let pinned_public = public_words::fill(&mut themes, &state, &responses, &leaders, true);
        let plan = Plan {
            themes,
            retire,
            campaigns: planned,
            pinned_public,
        };
        Ok::<_, tantivy::TantivyError>(((plan, state), responses.len()))
    })
    .await??;
    let ((plan, state), count) = (plan, responses);
    let txn = crate::db::begin_write(db).await?;
    store::write(&txn, hearing_id, &state, &plan, now).await?;
    txn.commit().await?;
    let outcome = Outcome {
        responses: count,
        themes: plan.themes.len(),
        campaigns: plan.campaigns.len(),
    };
    tracing::info!(hearing_id, ?outcome, "themes computed");
    Ok(outcome)
}

/// How long "compute now" waits for the search index to apply pending changes first.
const INDEX_WAIT: std::time::Duration = std::time::Duration::from_secs(15);

/// [`refresh_now`] asked for by an official (the page's button, the API): a failure is
/// logged and answered as an internal error.
pub async fn refresh_for_official(
    state: &crate::state::AppState,
    hearing_id: i32,
) -> Result<(), crate::error::AppError> {
    refresh_now(state, hearing_id)
        .await
        .map(drop)
        .map_err(|error| {
            tracing::error!(%error, hearing = hearing_id, "computing themes failed");
            crate::error::AppError::Internal
        })
}

/// An official's "compute now": wakes the indexer and waits (at most [`INDEX_WAIT`]) until it
/// has applied every pending change, so the run sees the latest responses; then runs.
pub async fn refresh_now(
    state: &crate::state::AppState,
    hearing_id: i32,
) -> Result<Outcome, ThemeError> {
    let (db, search, clock) = (&state.db, &state.search, &state.clock);
    let deadline = std::time::Instant::now() + INDEX_WAIT;
    search.nudge.notify_one();
    while crate::search::outbox::lag(db, &search.progress.get(), clock.now())
        .await?
        .pending
        > 0
        && std::time::Instant::now() < deadline
    {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    refresh(db, Sources::of(state), hearing_id, clock.now()).await
}

fn texts(responses: &[Response]) -> Vec<(i32, &str)> {
    responses.iter().map(|r| (r.id, r.text.as_str())).collect()
}
