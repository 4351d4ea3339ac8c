//! `ordet digest --hearing SLUG [--preview | --send]`: `--preview` (the default) prints the
//! plain-text part of the digest as it would go out now; `--send` queues it for every
//! recipient and sends it at once through the configured mail backend (`.eml` files in
//! `data/outbox/` by default, SMTP with `SMTP_URL`). A running server's mail worker may pick it
//! up instead: rows are claimed, so it goes out once either way.

use anyhow::Context;
use app::digest::queue::{self, Queued};
use app::digest::schedule::Slot;
use app::digest::text;
use chrono::Utc;

use crate::config::Config;
use crate::startup::{mailer, open_database};

/// The command's options.
#[derive(Debug, clap::Args)]
pub struct DigestArgs {
    /// The hearing's slug.
    #[arg(long, value_name = "SLUG")]
    hearing: String,
    /// Print the plain-text part without sending (the default).
    #[arg(long, conflicts_with = "send")]
    preview: bool,
    /// Queue the digest for every recipient now and send it.
    #[arg(long)]
    send: bool,
}

/// Previews or sends a hearing's digest.
pub async fn run(config: &Config, args: DigestArgs) -> anyhow::Result<()> {
    let db = open_database(config).await?;
    let hearing = app::hearing::store::find_by_slug(&db, &args.hearing)
        .await?
        .with_context(|| format!("no hearing has the slug «{}»", args.hearing))?;
    let now = Utc::now();
    let slot = Slot::manual(now);
    if !args.send {
        let digest = queue::compose(&db, &hearing, &slot, now, &config.base_url).await?;
        print!("{}", text::text(&digest));
        return Ok(());
    }
    match queue::queue(&db, &hearing, &slot, now, &config.base_url).await? {
        Queued::Now { recipients, .. } => {
            let this = app::instance::Instance::new();
            let sent = app::mail::outbox::send_due(&db, &mailer(config)?, &this, now).await?;
            let to = match &config.smtp_url {
                Some(_) => "the SMTP server".to_owned(),
                None => config.data_dir.join("outbox").display().to_string(),
            };
            println!(
                "Digest queued for {recipients} recipient(s); {sent} message(s) sent to {to}."
            );
            Ok(())
        }
        Queued::Before => anyhow::bail!("a digest was queued this very second; try again"),
        Queued::NoRecipients => anyhow::bail!(
            "the hearing «{}» has no digest recipients: add them in its settings \
             (/admin/hearings/{}) first",
            hearing.slug,
            hearing.slug
        ),
    }
}
