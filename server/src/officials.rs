//! What officials do on the command line until their workspace exists: list a hearing's
//! responses (every status, with files and extraction state) and register a response that
//! arrived by e-mail, letter or at a meeting.

use std::path::PathBuf;

use anyhow::{Context, bail};
use app::attachment::intake::from_path;
use app::error::AppError;
use app::i18n::Locale;
use app::instance::Instance;
use app::registration::store::{Place, register_command};
use app::response::SubmitRequest;
use app::vocab::Channel;

use crate::config::Config;
use crate::startup::{attachment_storage, open_database};

/// `ordet register-response`: who sent it, how, and what.
#[derive(Debug, clap::Args)]
pub struct Registration {
    /// The hearing's slug.
    #[arg(long, value_name = "SLUG")]
    pub hearing: String,
    /// How it arrived: email, letter or meeting.
    #[arg(long)]
    pub channel: String,
    /// resident, association, company or public_body.
    #[arg(long)]
    pub kind: String,
    /// The sender's name (for organisations: the contact person).
    #[arg(long)]
    pub name: String,
    /// The sender's e-mail address, if known (a receipt is sent to it).
    #[arg(long)]
    pub email: Option<String>,
    /// The organisation.
    #[arg(long)]
    pub organisation: Option<String>,
    /// The contact person's role.
    #[arg(long)]
    pub contact_role: Option<String>,
    /// A company's CVR number.
    #[arg(long)]
    pub cvr: Option<String>,
    /// A resident's postal code.
    #[arg(long)]
    pub postal_code: Option<String>,
    /// The anchor of the paragraph it is about.
    #[arg(long)]
    pub paragraph: Option<String>,
    /// support, oppose, mixed or none.
    #[arg(long)]
    pub stance: Option<String>,
    /// The response text, or a summary of the letter.
    #[arg(long, conflicts_with = "text_file")]
    pub text: Option<String>,
    /// A UTF-8 file with the response text.
    #[arg(long, value_name = "FILE")]
    pub text_file: Option<PathBuf>,
    /// An enclosure (PDF, DOCX, ODT, TXT); repeat for several.
    #[arg(long = "file", value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// A resident allowed their name to be published.
    #[arg(long)]
    pub publish_name: bool,
}

/// Registers the response and prints its number.
pub async fn register_response(config: &Config, args: Registration) -> anyhow::Result<()> {
    let Some(channel) = Channel::parse(&args.channel).filter(|c| Channel::REGISTERED.contains(c))
    else {
        let names: Vec<_> = Channel::REGISTERED.iter().map(|c| c.as_str()).collect();
        bail!("--channel must be one of: {}", names.join(", "));
    };
    let text = match (&args.text, &args.text_file) {
        (Some(text), _) => text.clone(),
        (None, Some(file)) => std::fs::read_to_string(file)
            .with_context(|| format!("reading {} (UTF-8 text)", file.display()))?,
        (None, None) => bail!("give the response with --text or --text-file"),
    };
    let db = open_database(config).await?;
    let storage = attachment_storage(config, &Instance::new()).await?;
    let mut uploads = Vec::new();
    for path in &args.files {
        match from_path(path, &storage).await {
            Ok(upload) => uploads.push(upload),
            Err(problem) => bail!(problem.message(Locale::Da.messages())),
        }
    }
    let request = SubmitRequest {
        kind: args.kind,
        name: args.name,
        email: args.email.unwrap_or_default(),
        organisation: args.organisation,
        contact_role: args.contact_role,
        cvr: args.cvr,
        postal_code: args.postal_code,
        section: None,
        paragraph: args.paragraph,
        stance: args.stance,
        text,
        publish_name: args.publish_name,
    };
    let place = Place {
        db: &db,
        attachments: &storage,
        base_url: &config.base_url,
    };
    let now = chrono::Utc::now();
    let registered = register_command(&place, &args.hearing, (&request, channel), uploads, now);
    match registered.await {
        Ok(done) => {
            println!(
                "Registered {} ({channel}, {}).",
                done.svarnummer, done.status
            );
            Ok(())
        }
        Err(AppError::Validation(errors)) => {
            for (field, message) in errors {
                eprintln!("--{}: {message}", field.replace('_', "-"));
            }
            bail!("nothing was registered")
        }
        Err(AppError::NotFound) => bail!("there is no hearing with the slug «{}»", args.hearing),
        Err(error) => Err(error).context("registering the response"),
    }
}

/// Prints every response of a hearing: number, status, channel, sender, files.
pub async fn list_responses(config: &Config, slug: &str) -> anyhow::Result<()> {
    let db = open_database(config).await?;
    let Some(hearing) = app::hearing::store::find_by_slug(&db, slug).await? else {
        bail!("there is no hearing with the slug «{slug}»");
    };
    let items = app::response::inbox::all(&db, hearing.id).await?;
    println!("{} responses to «{}»", items.len(), hearing.title);
    for item in items {
        let r = &item.response;
        let sender = item.respondent.as_ref().map_or(String::new(), |p| {
            let who = p.organisation.clone().unwrap_or_else(|| p.name.clone());
            format!("{who} <{}> ({})", p.email, p.kind)
        });
        let held = r
            .held_reason
            .as_deref()
            .map(|h| format!(" [{h}]"))
            .unwrap_or_default();
        println!(
            "{}  {}{held}  {}  {}  {sender}",
            r.svarnummer,
            r.status,
            r.channel,
            r.submitted_at.format("%Y-%m-%d %H:%M")
        );
        for file in &item.files {
            println!(
                "    {}  {} bytes  {}  sha256 {}",
                file.filename, file.size_bytes, file.extraction_state, file.sha256
            );
        }
    }
    Ok(())
}
