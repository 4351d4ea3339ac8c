//! `ordet themes --hearing SLUG [--refresh] [--json]`: prints a hearing's themes and
//! campaigns as officials see them. With `--refresh` (or when the hearing has responses but
//! no themes yet, or changes not yet clustered) they are computed first: by this process when
//! no server holds the search index, else by the server's theme worker, which this waits for.

use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use app::clock::SystemClock;
use app::entities::theme_outbox;
use app::search::index::SearchIndex;
use app::search::indexer::{self, Indexer};
use app::search::theme_queue;
use app::themes::summary::{self, Audience};
use app::themes::{Themes, outbox, refresh};
use app::vocab::ThemeReason;
use chrono::Utc;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};

use crate::config::Config;
use crate::startup::open_database;

/// How long to wait for a running server's theme worker.
const WAIT: Duration = Duration::from_secs(10 * 60);

/// The command's options.
#[derive(Debug, clap::Args)]
pub struct ThemesArgs {
    /// The hearing's slug.
    #[arg(long, value_name = "SLUG")]
    hearing: String,
    /// Compute the themes now, even if nothing changed.
    #[arg(long)]
    refresh: bool,
    /// Print the JSON of `GET /api/v1/admin/hearings/{slug}/themes` instead of a table.
    #[arg(long)]
    json: bool,
}

/// Prints (and if needed first computes) a hearing's themes.
pub async fn run(config: &Config, args: ThemesArgs) -> anyhow::Result<()> {
    let db = open_database(config).await?;
    let hearing = app::hearing::store::find_by_slug(&db, &args.hearing)
        .await?
        .with_context(|| format!("no hearing has the slug «{}»", args.hearing))?;
    let mut themes = summary::read(&db, hearing.id, Audience::Officials).await?;
    if args.refresh || themes.themes.is_empty() || pending(&db, hearing.id).await? {
        compute(config, &db, hearing.id).await?;
        themes = summary::read(&db, hearing.id, Audience::Officials).await?;
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&themes)?);
    } else {
        print!("{}", table(&hearing.title, &themes));
    }
    Ok(())
}

async fn pending(db: &DatabaseConnection, hearing_id: i32) -> anyhow::Result<bool> {
    let rows = theme_outbox::Entity::find()
        .filter(theme_outbox::Column::HearingId.eq(hearing_id))
        .filter(theme_outbox::Column::ProcessedAt.is_null())
        .count(db)
        .await?;
    Ok(rows > 0)
}

async fn compute(config: &Config, db: &DatabaseConnection, hearing_id: i32) -> anyhow::Result<()> {
    let root = &config.index_dir;
    let instance = app::instance::Instance::new();
    let Some(_lock) = indexer::lock(root, instance.id()).context("locking ORDET_INDEX_DIR")? else {
        theme_queue::enqueue(db, hearing_id, ThemeReason::Requested, Utc::now()).await?;
        eprintln!("A running server holds the index; its theme worker computes the themes now.");
        return wait_for(db, hearing_id).await;
    };
    let (index, _) = SearchIndex::open(root).context("opening ORDET_INDEX_DIR")?;
    let index = Arc::new(index);
    let mut indexer = Indexer::new(db.clone(), index.clone(), Arc::new(SystemClock));
    indexer.start().await?;
    indexer.catch_up().await?;
    let sources = refresh::Sources {
        index: &index,
        model: &config.sentence_model,
    };
    refresh::refresh(db, sources, hearing_id, Utc::now()).await?;
    let pending = outbox::pending(db).await?;
    if let Some(p) = pending.iter().find(|p| p.hearing_id == hearing_id) {
        outbox::mark_processed(db, p, Utc::now()).await?;
    }
    Ok(())
}

async fn wait_for(db: &DatabaseConnection, hearing_id: i32) -> anyhow::Result<()> {
    let deadline = Instant::now() + WAIT;
    while Instant::now() < deadline {
        if !pending(db, hearing_id).await? {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    anyhow::bail!("the server's theme worker did not finish within 10 minutes")
}

/// The themes as a plain-text table.
pub fn table(title: &str, themes: &Themes) -> String {
    let mut out = format!("Temaer i «{title}»\n\n");
    if themes.themes.is_empty() {
        out.push_str("Ingen temaer endnu: høringen har ingen bekræftede svar.\n");
    }
    for (n, theme) in themes.themes.iter().enumerate() {
        let kinds: Vec<String> = theme
            .by_kind
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect();
        out.push_str(&format!(
            "{:>3}. {} [tema {}{}]\n     {} stemmer, {} svar ({}); citater: {}\n",
            n + 1,
            theme.label,
            theme.id,
            if theme.pinned { ", fastlåst" } else { "" },
            theme.size,
            theme.responses,
            kinds.join(", "),
            theme.quotes.join(", "),
        ));
    }
    if !themes.campaigns.is_empty() {
        out.push_str("\nKampagner (enslydende svar)\n");
    }
    for campaign in &themes.campaigns {
        out.push_str(&format!(
            "  kampagne {}: {} underskrivere, repræsentant {}\n",
            campaign.id, campaign.signers, campaign.representative
        ));
    }
    out
}
