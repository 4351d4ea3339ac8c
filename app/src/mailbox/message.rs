//! Reading one e-mail (RFC 5322, MIME) as a response: who sent it (`From`), its text (the
//! plain body, else the HTML body as text), its attachments, and the key that names it (its
//! `Message-ID`, else the hash of the whole message). Parsing is `mail-parser`'s; what makes
//! a message a response, or not, is decided here.

use mail_parser::{Message, MessageParser, MimeHeaders};
use sha2::{Digest, Sha256};

/// A message read as a response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mail {
    /// The sender's name (the address's local part when `From` gives none).
    pub name: String,
    /// The sender's address: the receipt goes there.
    pub address: String,
    /// The `From` header's name and address, as shown to officials.
    pub sender: String,
    /// The subject.
    pub subject: Option<String>,
    /// The text: the plain bodies, else the HTML bodies as text.
    pub text: String,
    /// The attachments: (file name, content).
    pub attachments: Vec<(String, Vec<u8>)>,
}

/// Why a message cannot be registered as it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Not an e-mail message at all.
    NotAMessage,
    /// No sender address to answer.
    NoSender,
    /// Neither text nor attachments.
    Empty,
    /// An automatic reply (out of office, delivery report): answering it could start a loop.
    Automatic,
}

impl Unreadable {
    /// The reason, for officials (Danish: the quarantine list is theirs).
    pub fn reason(self) -> &'static str {
        match self {
            Unreadable::NotAMessage => "Beskeden kan ikke læses som en e-mail.",
            Unreadable::NoSender => "Beskeden har ingen afsenderadresse (From).",
            Unreadable::Empty => "Beskeden har hverken tekst eller vedhæftede filer.",
            Unreadable::Automatic => {
                "Beskeden er et automatisk svar (fx et fraværssvar); der er ikke sendt kvittering."
            }
        }
    }
}

/// The key a message is known by: its `Message-ID` (without the angle brackets), else
/// `sha256:` and the hash of its bytes.
pub fn key(raw: &[u8]) -> String {
    MessageParser::default()
        .parse_headers(raw)
        .as_ref()
        .and_then(Message::message_id)
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map_or_else(
            || format!("sha256:{}", hash(raw)),
            |id| id.chars().take(500).collect(),
        )
}

/// The SHA-256 of `raw`, in hex.
pub fn hash(raw: &[u8]) -> String {
    hex::encode(Sha256::digest(raw))
}

/// The `From` header of a message, when it has one that reads (for the quarantine list).
pub fn sender(raw: &[u8]) -> Option<String> {
    let message = MessageParser::default().parse_headers(raw)?;
    message.from()?.first().map(show)
}

/// The subject of a message, when it has one that reads (for the quarantine list).
pub fn subject(raw: &[u8]) -> Option<String> {
    let message = MessageParser::default().parse_headers(raw)?;
    message.subject().map(|s| s.trim().to_owned())
}

/// Reads `raw` as a response.
pub fn read(raw: &[u8]) -> Result<Mail, Unreadable> {
    let message = MessageParser::default()
        .parse(raw)
        .filter(|m| !m.headers().is_empty())
        .ok_or(Unreadable::NotAMessage)?;
    if is_automatic(&message) {
        return Err(Unreadable::Automatic);
    }
    let from = message.from().and_then(|f| f.first());
    let address = from
        .and_then(|a| a.address())
        .map(str::trim)
        .filter(|a| a.contains('@'))
        .ok_or(Unreadable::NoSender)?
        .to_owned();
    let name = from
        .and_then(|a| a.name())
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map_or_else(
            || address.split('@').next().unwrap_or_default().to_owned(),
            str::to_owned,
        );
    let text = body_text(&message);
    let attachments: Vec<(String, Vec<u8>)> = message
        .attachments()
        .filter(|part| !part.is_message())
        .enumerate()
        .map(|(i, part)| {
            let name = part
                .attachment_name()
                .map_or_else(|| format!("bilag-{}", i + 1), str::to_owned);
            (name, part.contents().to_vec())
        })
        .collect();
    if text.is_empty() && attachments.is_empty() {
        return Err(Unreadable::Empty);
    }
    Ok(Mail {
        sender: from.map(show).unwrap_or_default(),
        name,
        address,
        subject: message.subject().map(|s| s.trim().to_owned()),
        text,
        attachments,
    })
}

/// Every inline text body, in order (HTML ones as text), joined by a blank line.
fn body_text(message: &Message<'_>) -> String {
    let parts: Vec<String> = (0..message.text_body_count())
        .filter_map(|i| message.body_text(i))
        .map(|text| text.replace("\r\n", "\n").trim().to_owned())
        .filter(|text| !text.is_empty())
        .collect();
    parts.join("\n\n")
}

/// RFC 3834's `Auto-Submitted` (anything but `no`), or a bulk `Precedence`.
fn is_automatic(message: &Message<'_>) -> bool {
    let header = |name: &str| {
        message
            .header_raw(name)
            .map(|v| v.trim().to_ascii_lowercase())
    };
    let auto = header("Auto-Submitted").is_some_and(|v| v != "no");
    let bulk = header("Precedence").is_some_and(|v| matches!(v.as_str(), "bulk" | "junk" | "list"));
    auto || bulk
}

fn show(address: &mail_parser::Addr<'_>) -> String {
    match (address.name(), address.address()) {
        (Some(name), Some(at)) => format!("{name} <{at}>"),
        (None, Some(at)) => at.to_owned(),
        (Some(name), None) => name.to_owned(),
        (None, None) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HTML_ONLY: &[u8] = b"From: Fatima Ali <fatima@example.org>\r\n\
Subject: Sprogcaf\xc3\xa9er\r\n\
Message-ID: <abc-123@example.org>\r\n\
Content-Type: text/html; charset=utf-8\r\n\
\r\n\
<html><body><p>Vi st&oslash;tter <b>sprogcaf&eacute;erne</b>.</p><p>Venlig hilsen</p></body></html>\r\n";

    #[test]
    fn an_html_only_message_is_read_as_text() {
        let mail = read(HTML_ONLY).unwrap();
        assert_eq!(mail.name, "Fatima Ali");
        assert_eq!(mail.address, "fatima@example.org");
        assert_eq!(mail.sender, "Fatima Ali <fatima@example.org>");
        assert_eq!(mail.subject.as_deref(), Some("Sprogcaféer"));
        assert!(
            mail.text.contains("Vi støtter sprogcaféerne."),
            "{}",
            mail.text
        );
        assert!(!mail.text.contains('<'), "no markup left: {}", mail.text);
        assert!(mail.attachments.is_empty());
    }

    #[test]
    fn a_message_is_known_by_its_message_id_else_by_its_bytes() {
        assert_eq!(key(HTML_ONLY), "abc-123@example.org");
        let without = b"From: a@example.org\r\n\r\nHej\r\n";
        assert_eq!(key(without), format!("sha256:{}", hash(without)));
        assert_ne!(
            key(without),
            key(b"From: a@example.org\r\n\r\nHej igen\r\n")
        );
    }

    #[test]
    fn what_cannot_be_registered_says_why() {
        let no_sender = b"Subject: Hej\r\n\r\nEn tekst uden afsender.\r\n";
        assert_eq!(read(no_sender), Err(Unreadable::NoSender));
        let empty = b"From: a@example.org\r\nSubject: Tom\r\n\r\n   \r\n";
        assert_eq!(read(empty), Err(Unreadable::Empty));
        let autoreply = b"From: a@example.org\r\nAuto-Submitted: auto-replied\r\n\r\nJeg er p\xc3\xa5 ferie.\r\n";
        assert_eq!(read(autoreply), Err(Unreadable::Automatic));
        let list = b"From: a@example.org\r\nPrecedence: bulk\r\n\r\nNyhedsbrev\r\n";
        assert_eq!(read(list), Err(Unreadable::Automatic));
        assert_eq!(read(b""), Err(Unreadable::NotAMessage));
        let human = b"From: a@example.org\r\nAuto-Submitted: no\r\n\r\nMit svar.\r\n";
        assert_eq!(read(human).unwrap().text, "Mit svar.");
        assert_eq!(read(human).unwrap().name, "a", "the address's local part");
    }
}
