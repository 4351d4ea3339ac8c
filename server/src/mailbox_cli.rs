//! `ordet ingest-mail --hearing SLUG`: one e-mail (RFC 5322) on standard input, the way a
//! mail server hands a message to a program (Postfix `pipe`, an alias `|command`), taken into
//! the hearing: registered as a response, recognised as one received before, or kept whole
//! for officials. The exit code is what mail servers read (sysexits): 0 taken, 67 no such
//! hearing and 65 a message larger than any response may be (both bounced to the sender),
//! 75 the database or the file store did not answer (the mail server tries again later).

use std::io::Read;

use app::error::AppError;
use app::instance::Instance;
use app::mailbox::ingest::{Ingested, ingest, max_message_bytes};
use app::registration::store::Place;

use crate::config::Config;
use crate::startup::{attachment_storage, open_database};

/// sysexits' EX_DATAERR: the message cannot be taken as it is.
const EX_DATAERR: i32 = 65;
/// sysexits' EX_NOUSER: no such hearing (the address is wrong).
const EX_NOUSER: i32 = 67;
/// sysexits' EX_TEMPFAIL: try again later.
const EX_TEMPFAIL: i32 = 75;

/// `ordet ingest-mail`.
#[derive(Debug, clap::Args)]
pub struct IngestArgs {
    /// The hearing the mailbox belongs to.
    #[arg(long, value_name = "SLUG")]
    pub hearing: String,
}

/// Takes the message on standard input and returns the exit code.
pub async fn run(config: &Config, args: IngestArgs) -> i32 {
    match take(config, &args.hearing).await {
        Ok(code) => code,
        Err(error) => {
            eprintln!("ordet ingest-mail: {error:#}; the mail server should try again later");
            EX_TEMPFAIL
        }
    }
}

async fn take(config: &Config, slug: &str) -> anyhow::Result<i32> {
    let db = open_database(config).await?;
    let storage = attachment_storage(config, &Instance::new()).await?;
    let max = max_message_bytes(storage.limits);
    let raw = tokio::task::spawn_blocking(move || {
        let mut raw = Vec::new();
        std::io::stdin()
            .lock()
            .take(max.saturating_add(1))
            .read_to_end(&mut raw)
            .map(|_| raw)
    })
    .await??;
    if u64::try_from(raw.len()).unwrap_or(u64::MAX) > max {
        eprintln!("ordet ingest-mail: the message is larger than {max} bytes; not taken");
        return Ok(EX_DATAERR);
    }
    let place = Place {
        db: &db,
        attachments: &storage,
        base_url: &config.base_url,
    };
    match ingest(&place, slug, &raw, chrono::Utc::now()).await {
        Ok(Ingested::Registered(done)) => {
            println!("Registered {} ({}).", done.svarnummer, done.status);
        }
        Ok(Ingested::AlreadyReceived { svarnummer }) => match svarnummer {
            Some(number) => println!("Received before as {number}; nothing changed."),
            None => println!("Received before; nothing changed."),
        },
        Ok(Ingested::Quarantined { id, problem }) => {
            println!("Kept for the officials as message {id}: {problem}");
        }
        Err(AppError::NotFound) => {
            eprintln!("ordet ingest-mail: there is no hearing with the slug «{slug}»");
            return Ok(EX_NOUSER);
        }
        Err(error) => anyhow::bail!("taking the message: {error}"),
    }
    Ok(0)
}
