//! The `Mailer`: SMTP in production, `.eml` files by default, memory in tests.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use lettre::message::{Mailbox, Message, MultiPart, header::ContentType};
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
        let message = self.message(row, to)?;
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

impl Mailer {
    /// The message of `row`: plain text, or plain text and HTML as multipart/alternative. Its
    /// Message-ID is derived from the row, so a message sent again after a crash is
    /// recognisably the same one.
    fn message(&self, row: &mail_outbox::Model, to: Mailbox) -> Result<Message, MailError> {
        let domain = self.from.email.domain().to_owned();
        let builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(row.subject.clone())
            .message_id(Some(format!("<ordet.outbox.{}@{domain}>", row.id)))
            .header(AutoSubmitted);
        let built = match &row.body_html {
            Some(html) => builder.multipart(MultiPart::alternative_plain_html(
                row.body_text.clone(),
                html.clone(),
            )),
            None => builder
                .header(ContentType::TEXT_PLAIN)
                .body(row.body_text.clone()),
        };
        built.map_err(|e| MailError::Build(e.to_string()))
    }
}

/// RFC 3834's `Auto-Submitted: auto-generated`: every message Ordet sends comes from a
/// program, so an autoresponder does not answer it (and no reply loop starts with a
/// mailbox that hands its mail to `ordet ingest-mail`).
#[derive(Clone, Copy, Debug)]
struct AutoSubmitted;

impl lettre::message::header::Header for AutoSubmitted {
    fn name() -> lettre::message::header::HeaderName {
        lettre::message::header::HeaderName::new_from_ascii_str("Auto-Submitted")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(AutoSubmitted)
    }

    fn display(&self) -> lettre::message::header::HeaderValue {
        lettre::message::header::HeaderValue::new(Self::name(), "auto-generated".to_owned())
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

#[cfg(test)]
mod tests {
    use super::*;

    fn row(to: &str, subject: &str) -> mail_outbox::Model {
        let now = chrono::Utc::now();
        mail_outbox::Model {
            id: 1,
            dedupe_key: None,
            to_addr: to.into(),
            subject: subject.into(),
            body_text: "Kære Fatima\n".into(),
            body_html: None,
            status: crate::vocab::MailStatus::Pending,
            attempts: 0,
            next_attempt_at: now,
            last_error: None,
            created_at: now,
            sent_at: None,
            claimed_by: None,
            response_id: None,
        }
    }

    fn mailer() -> Mailer {
        Mailer::new(Backend::Memory(Default::default()), "Ordet <noreply@kk.dk>").unwrap()
    }

    #[test]
    fn a_line_break_in_the_subject_cannot_add_a_header() {
        let hostile = "Bekræft\r\nBcc: x@evil.example\r\n\r\nKlik her";
        let to = "fatima@example.dk".parse().unwrap();
        let message = mailer()
            .message(&row("fatima@example.dk", hostile), to)
            .unwrap();
        let raw = String::from_utf8(message.formatted()).unwrap();
        let headers = raw.split("\r\n\r\n").next().unwrap();
        assert!(!headers.lines().any(|l| l.starts_with("Bcc:")), "{headers}");
        assert_eq!(
            headers
                .lines()
                .filter(|l| l.starts_with("Subject:"))
                .count(),
            1
        );
        assert!(!raw.contains("\r\n\r\nKlik her"), "{raw}");
    }

    #[test]
    fn an_address_with_a_line_break_is_refused() {
        assert!(
            "fatima@example.dk\r\nBcc: x@evil.example"
                .parse::<Mailbox>()
                .is_err()
        );
    }
}
