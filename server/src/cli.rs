//! The `ordet` command line.

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use app::draft::markdown::MAX_DRAFT_BYTES;
use app::draft::store::{ImportError, ImportOutcome, import_version};
use app::hearing::store::find_by_slug;
use app::i18n::Locale;
use clap::{Parser, Subcommand};

use crate::config::{Config, Overrides};
use crate::demo::{self, Dates};
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
        /// Load the demo hearing first (if it is not there yet).
        #[arg(long)]
        demo: bool,
        /// Address to listen on; overrides ORDET_ADDR.
        #[arg(long, value_name = "HOST:PORT")]
        addr: Option<String>,
    },
    /// Bring the database schema up to date.
    Migrate,
    /// Load the demo hearing (Københavns Integrationspolitik 2011-2014); running it twice
    /// changes nothing.
    Demo {
        /// Keep the 2010 dates instead of moving the hearing so that it is open today.
        #[arg(long)]
        original_dates: bool,
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
    /// Print the text of an attached file (run by the server for each attachment).
    #[command(hide = true)]
    ExtractText {
        /// pdf, docx, odt or txt.
        #[arg(long)]
        kind: String,
        /// The file.
        file: PathBuf,
    },
    /// Rebuild the search index from the database (searches go on meanwhile).
    Reindex,
    /// Print a hearing's themes and campaigns (computing them first if needed).
    Themes(crate::themes_cli::ThemesArgs),
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
        Command::Serve { demo, .. } => serve(&config, demo).await,
        Command::Migrate => {
            open_database(&config).await?;
            println!("The database schema is up to date.");
            Ok(())
        }
        Command::Demo { original_dates } => load_demo(&config, original_dates).await,
        Command::ImportDraft { hearing, file } => import_draft(&config, &hearing, &file).await,
        Command::User(UserCommand::Add(args)) => crate::users::add(&config, args).await,
        Command::Responses { hearing } => crate::officials::list_responses(&config, &hearing).await,
        Command::RegisterResponse(args) => {
            crate::officials::register_response(&config, *args).await
        }
        Command::Reindex => crate::reindex::run(&config).await,
        Command::Themes(args) => crate::themes_cli::run(&config, args).await,
        Command::ExtractText { kind, file } => {
            std::process::exit(crate::extract_text::run(&kind, &file))
        }
    }
}

async fn serve(config: &Config, with_demo: bool) -> anyhow::Result<()> {
    let db = open_database(config).await?;
    if with_demo {
        demo::load(&db, Dates::OpenOn(demo::today())).await?;
        crate::demo_parties::load(&db).await?;
        crate::users::demo_accounts(&db).await?;
    }
    let app = Application::with_database(config, db).await?;
    app.run_until_stopped().await.context("serving")
}

async fn load_demo(config: &Config, original_dates: bool) -> anyhow::Result<()> {
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
    Ok(())
}

async fn import_draft(config: &Config, slug: &str, file: &Path) -> anyhow::Result<()> {
    let source = read_limited(file)?;
    let db = open_database(config).await?;
    let Some(hearing) = find_by_slug(&db, slug).await? else {
        bail!("there is no hearing with the slug «{slug}»");
    };
    match import_version(&db, hearing.id, &source).await {
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
        Err(ImportError::Draft(error)) => bail!(Locale::Da.messages().draft_error(&error)),
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
