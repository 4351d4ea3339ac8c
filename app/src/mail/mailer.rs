//! The `Mailer`: SMTP in production, `.eml` files by default, memory in tests.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use lettre::message::{Mailbox, Message, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use crate::entities::mail_outbox;

/// Where messages go.
#[derive(Clone)]
pub enum Backend {
    /// A real SMTP server.
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// `.eml` files in a directory, named by outbox id (a retry rewrites the same file).
    File(PathBuf),
    /// Kept in memory (tests).
    Memory(Arc<Mutex<Vec<Message>>>),
}

/// Sends outbox rows as e-mail from one sender address.
#[derive(Clone)]
pub struct Mailer {
    backend: Backend,
    from: Mailbox,
}

/// Why a message could not be sent.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// The address or message is malformed.
    #[error("building the message: {0}")]
    Build(String),
    /// The transport failed.
    #[error("sending: {0}")]
    Transport(String),
}

impl Mailer {
    /// A mailer over `backend`, sending as `from` (e.g. `Ordet <noreply@kk.dk>`).
    pub fn new(backend: Backend, from: &str) -> Result<Self, MailError> {
        let from = from
            .parse()
            .map_err(|e: lettre::address::AddressError| MailError::Build(e.to_string()))?;
        Ok(Mailer { backend, from })
    }

    /// An SMTP mailer for `smtp://…` or `smtps://…`.
    pub fn smtp(url: &str, from: &str) -> Result<Self, MailError> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| MailError::Build(e.to_string()))?
            .build();
        Self::new(Backend::Smtp(transport), from)
    }

    /// Sends one outbox row.
    pub async fn send(&self, row: &mail_outbox::Model) -> Result<(), MailError> {
        let to: Mailbox = row
            .to_addr
            .parse()
            .map_err(|e: lettre::address::AddressError| MailError::Build(e.to_string()))?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(row.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(row.body_text.clone())
            .map_err(|e| MailError::Build(e.to_string()))?;
        match &self.backend {
            Backend::Smtp(transport) => transport
                .send(message)
                .await
                .map(drop)
                .map_err(|e| MailError::Transport(e.to_string())),
            Backend::File(dir) => write_eml(dir.join(format!("{:08}.eml", row.id)), message).await,
            Backend::Memory(store) => {
                store
                    .lock()
                    .map_err(|e| MailError::Transport(e.to_string()))?
                    .push(message);
                Ok(())
            }
        }
    }
}

async fn write_eml(path: PathBuf, message: Message) -> Result<(), MailError> {
    let transport = |e: std::io::Error| MailError::Transport(e.to_string());
    if let Some(dir) = path.parent() {
        tokio::fs::create_dir_all(dir).await.map_err(transport)?;
    }
    // Write aside, then rename: a reader never sees half a message.
    let partial = path.with_extension("eml.part");
    tokio::fs::write(&partial, message.formatted())
        .await
        .map_err(transport)?;
    tokio::fs::rename(&partial, &path).await.map_err(transport)
}
