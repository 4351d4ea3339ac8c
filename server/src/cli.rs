//! The `ordet` command line.

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use app::draft::markdown::MAX_DRAFT_BYTES;
use app::draft::store::{ImportError, ImportOutcome, import_version};
use app::hearing::store::find_by_slug;
use app::i18n::Locale;
use chrono::Utc;
use clap::{Parser, Subcommand};

use crate::config::{Config, Overrides};
use crate::demo::{self, Dates};
use crate::demo_responses::{self, DEFAULT_COUNT, DEFAULT_SEED};
use crate::startup::{Application, open_database};

/// Ordet: public consultations (høringer) — serve the site, migrate the database, load the
/// demo hearing and import drafts. Settings come from environment variables (see README);
/// flags win over them.
#[derive(Debug, Parser)]
#[command(name = "ordet", version)]
pub struct Cli {
    /// Database URL; overrides DATABASE_URL.
    #[arg(long, global = true, value_name = "URL")]
    database_url: Option<String>,
    /// Data directory; overrides ORDET_DATA_DIR.
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<String>,
    /// What to do; without one, `serve`.
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Migrate the database and serve the site and the JSON API.
    Serve {
        /// Load the demo hearing first (if it is not there yet), with 300 synthetic responses
        /// the first time.
        #[arg(long)]
        demo: bool,
        /// With --demo: how many synthetic responses the demo hearing gets the first time
        /// (default 300; 0 for none).
        #[arg(long, value_name = "N", requires = "demo")]
        demo_responses: Option<usize>,
        /// Address to listen on; overrides ORDET_ADDR.
        #[arg(long, value_name = "HOST:PORT")]
        addr: Option<String>,
    },
    /// Bring the database schema up to date.
    Migrate,
    /// Load the demo hearing (Københavns Integrationspolitik 2011-2014) with 300 synthetic,
    /// published responses; running it again changes nothing.
    Demo {
        /// Keep the 2010 dates instead of moving the hearing so that it is open today.
        #[arg(long)]
        original_dates: bool,
        /// Add N synthetic responses now, every time this runs (without it: 300, the first
        /// time only).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(0..=100_000))]
        responses: Option<u32>,
        /// The seed that picks the synthetic texts: the same seed gives the same texts.
        #[arg(long, value_name = "S", default_value_t = demo_responses::DEFAULT_SEED)]
        seed: u64,
    },
    /// List every response of a hearing, whatever its status (for officials).
    Responses {
        /// The hearing's slug.
        #[arg(long, value_name = "SLUG")]
        hearing: String,
    },
    /// Officials' accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Register a response that arrived by e-mail, letter or at a meeting.
    RegisterResponse(Box<crate::officials::Registration>),
    /// Take one e-mail (RFC 5322) on standard input into a hearing, as a mail server's pipe
    /// delivery: registered as a response awaiting review, or kept whole for officials.
    IngestMail(crate::mailbox_cli::IngestArgs),
    /// Print the text of an attached file (run by the server for each attachment).
    #[command(hide = true)]
    ExtractText {
        /// pdf, docx, odt or txt.
        #[arg(long)]
        kind: String,
        /// The file.
        file: PathBuf,
    },
    /// Rebuild every running process's search index from the database (searches go on).
    Reindex,
    /// Print a hearing's themes and campaigns (computing them first if needed).
    Themes(crate::themes_cli::ThemesArgs),
    /// Print a hearing's committee digest as it would go out now, or send it now.
    Digest(crate::digest_cli::DigestArgs),
    /// Write the database and every attached file to one archive, while the site serves.
    Backup {
        /// The archive to write (a ZIP; written whole or not at all).
        file: PathBuf,
    },
    /// Bring a backup back into an empty database (DATABASE_URL) and the attachment store.
    Restore {
        /// The archive `ordet backup` wrote.
        file: PathBuf,
    },
    /// Erase the personal data of decided hearings whose retention has run out (--dry-run:
    /// only count it), printing per hearing what went.
    Retention(crate::retention_cli::RetentionArgs),
    /// Import a Markdown file as the next version of a hearing's draft.
    ImportDraft {
        /// The hearing's slug.
        #[arg(long, value_name = "SLUG")]
        hearing: String,
        /// The Markdown file.
        file: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// Create an account with a role (the first admin, say); prints a generated password once.
    Add(crate::users::AddUser),
}

/// Runs one command.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let command = cli.command.unwrap_or(Command::Serve {
        demo: false,
        demo_responses: None,
        addr: None,
    });
    let addr = match &command {
        Command::Serve { addr, .. } => addr.clone(),
        _ => None,
    };
    let overrides = Overrides {
        database_url: cli.database_url,
        data_dir: cli.data_dir,
        addr,
    };
    let config = Config::load(overrides)?;
    match command {
        Command::Serve {
            demo,
            demo_responses,
            ..
        } => {
            serve(
                &config,
                demo.then_some(demo_responses.unwrap_or(DEFAULT_COUNT)),
            )
            .await
        }
        Command::Migrate => {
            open_database(&config).await?;
            println!("The database schema is up to date.");
            Ok(())
        }
        Command::Demo {
            original_dates,
            responses,
            seed,
        } => load_demo(&config, original_dates, (responses, seed)).await,
        Command::ImportDraft { hearing, file } => import_draft(&config, &hearing, &file).await,
        Command::User(UserCommand::Add(args)) => crate::users::add(&config, args).await,
        Command::Responses { hearing } => crate::officials::list_responses(&config, &hearing).await,
        Command::RegisterResponse(args) => {
            crate::officials::register_response(&config, *args).await
        }
        Command::IngestMail(args) => {
            std::process::exit(crate::mailbox_cli::run(&config, args).await)
        }
        Command::Reindex => crate::reindex::run(&config).await,
        Command::Backup { file } => {
            let manifest = crate::backup::backup(&config, &file).await?;
            println!(
                "Backed up {} to {}.",
                crate::backup::summary(&manifest),
                file.display()
            );
            Ok(())
        }
        Command::Restore { file } => {
            let manifest = crate::backup::restore(&config, &file).await?;
            println!(
                "Restored {} from {}.",
                crate::backup::summary(&manifest),
                file.display()
            );
            Ok(())
        }
        Command::Themes(args) => crate::themes_cli::run(&config, args).await,
        Command::Digest(args) => crate::digest_cli::run(&config, args).await,
        Command::Retention(args) => crate::retention_cli::run(&config, args).await,
        Command::ExtractText { kind, file } => {
            std::process::exit(crate::extract_text::run(&kind, &file))
        }
    }
}

/// Serves the site; with `synthetic`, loads the demo first and gives it that many
/// synthetic responses if it never had any.
async fn serve(config: &Config, synthetic: Option<usize>) -> anyhow::Result<()> {
    let db = open_database(config).await?;
    if let Some(count) = synthetic {
        demo::load(&db, Dates::OpenOn(demo::today())).await?;
        crate::demo_parties::load(&db).await?;
        crate::users::demo_accounts(&db).await?;
        let added = demo_responses::add_once(&db, (count, DEFAULT_SEED), Utc::now()).await?;
        report_responses(added);
    }
    let app = Application::with_database(config, db).await?;
    app.run_until_stopped().await.context("serving")
}

/// `ordet demo`: the hearing, its høringsliste, the demo accounts and synthetic responses
/// (`responses`: that many now; `None`: the default batch if none was ever added).
async fn load_demo(
    config: &Config,
    original_dates: bool,
    (responses, seed): (Option<u32>, u64),
) -> anyhow::Result<()> {
    let db = open_database(config).await?;
    let dates = if original_dates {
        Dates::Original
    } else {
        Dates::OpenOn(demo::today())
    };
    let outcome = demo::load(&db, dates).await?;
    let parties = crate::demo_parties::load(&db).await?;
    crate::users::demo_accounts(&db).await?;
    if parties > 0 {
        println!("{parties} parties are on the demo hearing's høringsliste.");
    }
    match outcome {
        demo::Outcome::Loaded => println!("The demo hearing «{}» is loaded.", demo::SLUG),
        demo::Outcome::AlreadyLoaded => {
            println!(
                "The demo hearing «{}» is already there; nothing changed.",
                demo::SLUG
            )
        }
    }
    let added = match responses {
        Some(count) => Some(demo_responses::add(&db, count as usize, seed, Utc::now()).await?),
        None => demo_responses::add_once(&db, (DEFAULT_COUNT, seed), Utc::now()).await?,
    };
    report_responses(added);
    Ok(())
}

/// Says what the synthetic responses step did.
fn report_responses(added: Option<demo_responses::Added>) {
    match added {
        Some(added) if added.count == 0 => {}
        Some(added) => {
            let range = added
                .range
                .map(|(first, last)| format!(" ({first} … {last})"))
                .unwrap_or_default();
            println!(
                "Added {} synthetic responses to «{}»{range}.",
                added.count, added.title
            );
        }
        None => println!(
            "The demo hearing already has its synthetic responses; none added \
             (`ordet demo --responses N` adds more)."
        ),
    }
}

async fn import_draft(config: &Config, slug: &str, file: &Path) -> anyhow::Result<()> {
    let source = read_limited(file)?;
    let db = open_database(config).await?;
    let Some(hearing) = find_by_slug(&db, slug).await? else {
        bail!("there is no hearing with the slug «{slug}»");
    };
    match import_version(&db, hearing.id, &source, chrono::Utc::now()).await {
        Ok(ImportOutcome::Created {
            version_no,
            paragraphs,
        }) => {
            println!("Imported version {version_no} of «{slug}» ({paragraphs} paragraphs).");
            Ok(())
        }
        Ok(ImportOutcome::Unchanged { version_no }) => {
            println!(
                "{} is identical to version {version_no}; nothing changed.",
                file.display()
            );
            Ok(())
        }
        Err(ImportError::Draft(error)) => bail!(error.message(Locale::Da.messages())),
        Err(ImportError::App(error)) => Err(error).context("storing the draft"),
    }
}

/// Reads at most one byte more than a draft may have, so a huge file is refused without
/// reading it all.
fn read_limited(file: &Path) -> anyhow::Result<Vec<u8>> {
    let handle =
        std::fs::File::open(file).with_context(|| format!("opening {}", file.display()))?;
    let mut source = Vec::new();
    handle
        .take(MAX_DRAFT_BYTES as u64 + 1)
        .read_to_end(&mut source)
        .with_context(|| format!("reading {}", file.display()))?;
    Ok(source)
}
