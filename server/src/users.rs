//! `ordet user add`: officials' accounts from the command line (the first admin, above all),
//! and the demo's accounts.

use std::io::Read;

use anyhow::{Context, bail};
use app::auth::Role;
use app::auth::accounts::{self, AccountError, NewAccount};
use rand::Rng;
use sea_orm::DatabaseConnection;

use crate::config::Config;
use crate::startup::open_database;

/// `ordet user add`.
#[derive(Debug, clap::Args)]
pub struct AddUser {
    /// The official's e-mail address (their sign-in name).
    #[arg(long)]
    pub email: String,
    /// admin, official, moderator or reader.
    #[arg(long)]
    pub role: String,
    /// Limit the role to one hearing (its slug); without it, the role covers every hearing.
    #[arg(long, value_name = "SLUG")]
    pub hearing: Option<String>,
    /// The official's name (default: the e-mail address).
    #[arg(long)]
    pub name: Option<String>,
    /// Read the password from standard input instead of generating one.
    #[arg(long)]
    pub password_stdin: bool,
}

/// A random password of 20 letters and digits, easy to copy.
pub fn generate_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rng();
    (0..20)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect()
}

/// Creates the account and prints the generated password once.
pub async fn add(config: &Config, args: AddUser) -> anyhow::Result<()> {
    let Some(role) = Role::parse(&args.role) else {
        bail!("--role must be one of: admin, official, moderator, reader");
    };
    let db = open_database(config).await?;
    let hearing_id = match &args.hearing {
        None => None,
        Some(slug) => match app::hearing::store::find_by_slug(&db, slug).await? {
            Some(hearing) => Some(hearing.id),
            None => bail!("there is no hearing with the slug «{slug}»"),
        },
    };
    let (password, generated) = if args.password_stdin {
        let mut input = String::new();
        std::io::stdin()
            .read_to_string(&mut input)
            .context("reading the password")?;
        (input.trim_end_matches(['\r', '\n']).to_owned(), false)
    } else {
        (generate_password(), true)
    };
    let new = NewAccount {
        name: args.name.unwrap_or_else(|| args.email.clone()),
        email: args.email,
        password: Some(password.clone()),
        role,
        hearing_id,
    };
    let account = create(&db, new).await?;
    println!("Created {} ({}).", account.email, role.as_str());
    if generated {
        println!("Password (shown once): {password}");
    }
    Ok(())
}

async fn create(
    db: &DatabaseConnection,
    new: NewAccount,
) -> anyhow::Result<app::entities::account::Model> {
    match accounts::create(db, new, chrono::Utc::now()).await {
        Ok(account) => Ok(account),
        Err(AccountError::App(error)) => Err(error).context("creating the account"),
        Err(error) => bail!("{error}"),
    }
}

/// The demo's accounts, one per role; created once, their passwords printed then.
pub async fn demo_accounts(db: &DatabaseConnection) -> anyhow::Result<()> {
    let people = [
        ("admin@ordet.local", "Administrator", Role::Admin),
        (
            "sagsbehandler@ordet.local",
            "Sagsbehandler i BIF",
            Role::Official,
        ),
        ("moderator@ordet.local", "Moderator", Role::Moderator),
        ("udvalg@ordet.local", "Medlem af BIU", Role::Reader),
    ];
    for (email, name, role) in people {
        if accounts::find(db, email).await?.is_some() {
            continue;
        }
        let password = generate_password();
        let new = NewAccount {
            email: email.into(),
            name: name.into(),
            password: Some(password.clone()),
            role,
            hearing_id: None,
        };
        create(db, new).await?;
        println!(
            "Demo account {email} ({}), password (shown once): {password}",
            role.as_str()
        );
    }
    Ok(())
}
