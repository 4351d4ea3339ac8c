//! What the SMTP server received: each message's recipient, its verification link if it has
//! one, and when it arrived (the file's modification time).

use std::path::Path;
use std::time::SystemTime;

use mailparse::MailHeaderMap;

/// One received message.
#[derive(Clone, Debug)]
pub struct Mail {
    /// The `To` address, lower case, without a display name.
    pub to: String,
    /// The token of the `/verify/…` link in the text, when there is one.
    pub verify_token: Option<String>,
    /// When the SMTP server wrote it.
    pub arrived: SystemTime,
    /// Its `Message-ID` (Ordet derives it from the outbox row, so a message sent again after
    /// a crash keeps it).
    pub message_id: String,
}

/// Every message in the Maildir so far.
pub fn read(maildir: &Path) -> anyhow::Result<Vec<Mail>> {
    let mut mails = Vec::new();
    for folder in ["new", "cur"] {
        let Ok(entries) = std::fs::read_dir(maildir.join(folder)) else {
            continue;
        };
        for entry in entries {
            let entry = entry?;
            let arrived = entry.metadata()?.modified()?;
            let raw = std::fs::read(entry.path())?;
            mails.push(parse(&raw, arrived)?);
        }
    }
    Ok(mails)
}

fn parse(raw: &[u8], arrived: SystemTime) -> anyhow::Result<Mail> {
    let message = mailparse::parse_mail(raw)?;
    let to = message
        .headers
        .get_first_value("To")
        .map(|value| address_of(&value))
        .unwrap_or_default();
    let text = plain_text(&message)?;
    let message_id = message
        .headers
        .get_first_value("Message-ID")
        .unwrap_or_default();
    Ok(Mail {
        to,
        verify_token: token_after(&text, "/verify/"),
        arrived,
        message_id,
    })
}

/// The address inside `Name <address>`, or the whole value, lower case.
fn address_of(value: &str) -> String {
    let inner = match (value.rfind('<'), value.rfind('>')) {
        (Some(open), Some(close)) if open < close => &value[open + 1..close],
        _ => value,
    };
    inner.trim().to_lowercase()
}

/// The first text/plain part, decoded (or the whole body of a single-part message).
fn plain_text(message: &mailparse::ParsedMail<'_>) -> anyhow::Result<String> {
    if message.subparts.is_empty() {
        return Ok(message.get_body()?);
    }
    for part in &message.subparts {
        if part.ctype.mimetype == "text/plain" {
            return Ok(part.get_body()?);
        }
        if !part.subparts.is_empty() {
            return plain_text(part);
        }
    }
    Ok(String::new())
}

/// The token that follows `prefix` in `text`.
fn token_after(text: &str, prefix: &str) -> Option<String> {
    let start = text.find(prefix)? + prefix.len();
    let token: String = text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect();
    (!token.is_empty()).then_some(token)
}

#[cfg(test)]
mod tests {
    use super::{address_of, token_after};

    #[test]
    fn addresses_and_tokens_are_read_from_mail_text() {
        assert_eq!(address_of("Ida <Ida@Example.dk>"), "ida@example.dk");
        assert_eq!(address_of("ida@example.dk"), "ida@example.dk");
        assert_eq!(
            token_after("Bekræft: http://x/verify/Ab_9-z.\n", "/verify/").as_deref(),
            Some("Ab_9-z")
        );
        assert_eq!(token_after("no link", "/verify/"), None);
    }
}
