//! The høringsbrev and the reminder as e-mails (Danish, plain text and HTML), queued once per
//! party through the mail outbox: the dedupe key makes a second queueing a no-op.

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;

use crate::entities::{consulted_party, hearing};
use crate::error::AppError;
use crate::hearing::store::{local, zone};
use crate::i18n::{Letter, Locale};
use crate::mail::outbox::{self, NewMail};
use crate::one_line::flatten;
use crate::web::html::escape;

/// Which letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LetterKind {
    /// The høringsbrev.
    Invitation,
    /// The reminder before the deadline.
    Reminder,
}

impl LetterKind {
    fn key(self, party_id: i32) -> String {
        match self {
            LetterKind::Invitation => format!("party-invitation:{party_id}"),
            LetterKind::Reminder => format!("party-reminder:{party_id}"),
        }
    }
}

/// The plain text as HTML: a paragraph per blank-line block, links made clickable.
fn html(text: &str) -> String {
    let paragraphs: Vec<String> = text
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .map(|p| {
            let lines: Vec<String> = p
                .lines()
                .map(|line| match line.trim() {
                    url if url.starts_with("https://") || url.starts_with("http://") => {
                        format!("<a href=\"{0}\">{0}</a>", escape(url))
                    }
                    _ => escape(line),
                })
                .collect();
            format!("<p>{}</p>", lines.join("<br>\n"))
        })
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"da\"><body>\n{}\n</body></html>\n",
        paragraphs.join("\n")
    )
}

/// Queues `kind` to `party` of `hearing` unless it was queued before; `true` when queued now.
pub async fn queue_once(
    db: &impl ConnectionTrait,
    (hearing, party): (&hearing::Model, &consulted_party::Model),
    (kind, deadline): (LetterKind, DateTime<Utc>),
    base_url: &str,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    let t = Locale::Da.messages();
    let link = format!("{base_url}/hearings/{}", hearing.slug);
    let respond_link = format!("{link}/respond");
    let deadline = t.date_time(local(deadline, zone(hearing)));
    let (name, title, committee) = (
        flatten(&party.name),
        flatten(&hearing.title),
        flatten(&hearing.committee),
    );
    let contact = party.contact_person.as_deref().map(flatten);
    let letter = Letter {
        party: &name,
        contact: contact.as_deref(),
        title: &title,
        committee: &committee,
        link: &link,
        respond_link: &respond_link,
        deadline: &deadline,
    };
    let (subject, text) = match kind {
        LetterKind::Invitation => (t.invitation_subject(&title), t.invitation_body(letter)),
        LetterKind::Reminder => (t.reminder_subject(&title), t.reminder_body(letter)),
    };
    let mail = NewMail {
        to: party.email.clone(),
        subject,
        text,
    };
    let html = Some(html(&mail.text));
    Ok(outbox::queue_once(db, kind.key(party.id), mail, html, now).await?)
}

#[cfg(test)]
mod tests {
    use super::html;

    #[test]
    fn the_html_version_escapes_the_text_and_links_the_addresses() {
        let page = html("Til <Råd> & co\n\nLæs her:\nhttps://ordet.example/h\n");
        assert!(page.contains("<p>Til &lt;Råd&gt; &amp; co</p>"), "{page}");
        assert!(page.contains(r#"<a href="https://ordet.example/h">https://ordet.example/h</a>"#));
    }
}
