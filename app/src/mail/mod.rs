//! Outgoing mail. Every message is first a row in `mail_outbox`, written in the transaction
//! that caused it; one worker sends due rows through the [`Mailer`] and retries failures
//! with back-off, so a crash or an SMTP outage never loses a message.

mod mailer;
pub mod outbox;

pub use mailer::{Backend, Mailer};
