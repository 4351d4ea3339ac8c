//! A digest as plain text (Danish, the committee's language), and its subject line. The
//! labels are shared with the HTML part so both say the same.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::content::{Digest, Numbers};
use crate::i18n::{Locale, Messages};
use crate::respondent::RespondentKind;

/// The subject line: which digest, of which hearing.
pub fn subject(digest: &Digest) -> String {
    let what = match digest.kind {
        "weekly" => "Ugentligt overblik over høringssvar",
        "final" => "Endeligt overblik før udvalgsbehandlingen",
        _ => "Overblik over høringssvar",
    };
    format!("{what}: {}", digest.title)
}

/// The Danish messages the digest borrows (dates, kinds, channels).
pub(super) fn da() -> &'static dyn Messages {
    Locale::Da.messages()
}

/// A respondent kind in Danish.
pub fn kind_name(kind: &str) -> &'static str {
    RespondentKind::parse(kind).map_or("Ukendt", |k| da().kind_label(k))
}

/// Responses by language in Danish, the most first ("Arabisk 12, Dansk 40"); `None` when
/// all are Danish (or undetected).
pub(super) fn languages(by_language: &BTreeMap<String, usize>) -> Option<String> {
    if by_language
        .keys()
        .all(|code| code == "da" || code.is_empty())
    {
        return None;
    }
    let mut counts: Vec<(&String, &usize)> = by_language.iter().filter(|(_, n)| **n > 0).collect();
    counts.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let named: Vec<String> = counts
        .into_iter()
        .map(|(code, n)| match da().language_name_of(code) {
            Some(name) => format!("{name} {n}"),
            None if code.is_empty() => format!("Ukendt {n}"),
            None => format!("{} {n}", code.to_uppercase()),
        })
        .collect();
    Some(named.join(", "))
}

/// The "new since" line's label.
pub(super) fn new_label(digest: &Digest) -> String {
    match digest.since {
        Some(since) => format!("Nye siden sidste overblik ({})", da().date_time(since)),
        None => "Nye (første overblik)".into(),
    }
}

/// The status line: published, held, awaiting.
pub(super) fn statuses(numbers: &Numbers) -> [(&'static str, usize); 3] {
    [
        ("Offentliggjort", numbers.published),
        ("Tilbageholdt", numbers.held),
        ("Afventer offentliggørelse", numbers.awaiting),
    ]
}

/// The digest as plain text.
pub fn text(digest: &Digest) -> String {
    let mut out = String::new();
    let t = da();
    let _ = writeln!(out, "{}\n{}\n", subject(digest), digest.committee);
    let _ = writeln!(
        out,
        "Høringsfrist: {} ({})",
        t.date_time(digest.closes),
        digest.countdown.message(t)
    );
    if let Some(day) = digest.final_proposal {
        let _ = writeln!(out, "Endeligt forslag til udvalget: {}", t.date(day));
    }
    let _ = writeln!(out, "Udarbejdet: {}\n", t.date_time(digest.made));
    numbers(&mut out, digest);
    themes(&mut out, digest);
    lists(&mut out, digest);
    let _ = writeln!(out, "ARBEJDSRUM\nHøringen: {}", digest.workspace);
    let _ = writeln!(out, "Alle svar: {}/responses", digest.workspace);
    let _ = writeln!(out, "Temaer: {}/themes", digest.workspace);
    let _ = writeln!(out, "Hvidbog: {}/hvidbog", digest.workspace);
    out
}

fn numbers(out: &mut String, digest: &Digest) {
    let n = &digest.numbers;
    let _ = writeln!(out, "TAL\nI alt: {} høringssvar", n.total);
    let _ = writeln!(out, "{}: {}", new_label(digest), n.new);
    for (label, count) in statuses(n) {
        let _ = writeln!(out, "{label}: {count}");
    }
    let _ = writeln!(out, "Efter afsender:");
    for (kind, count) in &n.by_kind {
        let _ = writeln!(out, "  {}: {count}", kind_name(kind));
    }
    let _ = writeln!(out, "Efter kanal:");
    for (channel, count) in &n.by_channel {
        let _ = writeln!(out, "  {}: {count}", super::html::channel_name(channel));
    }
    out.push('\n');
}

fn themes(out: &mut String, digest: &Digest) {
    let _ = writeln!(out, "TEMAER");
    if digest.themes.is_empty() {
        let _ = writeln!(out, "Ingen temaer endnu.");
    }
    for (i, theme) in digest.themes.iter().enumerate() {
        let kinds: Vec<String> = theme
            .by_kind
            .iter()
            .map(|(kind, n)| format!("{} {n}", kind_name(kind)))
            .collect();
        let _ = writeln!(
            out,
            "{}. {} – {} stemmer ({})",
            i + 1,
            theme.label,
            theme.size,
            kinds.join(", ")
        );
        if let Some(languages) = &theme.languages {
            let _ = writeln!(out, "   Svar på sprog: {languages}");
        }
        if let Some((svarnummer, sentence)) = &theme.quote {
            let _ = writeln!(out, "   »{sentence}« (svar {svarnummer})");
        }
    }
    let _ = writeln!(out, "\nKAMPAGNER (enslydende svar)");
    if digest.campaigns.is_empty() {
        let _ = writeln!(out, "Ingen.");
    }
    for (signers, representative) in &digest.campaigns {
        let _ = writeln!(out, "- {signers} underskrivere (fx svar {representative})");
    }
    out.push('\n');
}

fn lists(out: &mut String, digest: &Digest) {
    let _ = writeln!(out, "FORMELLE HØRINGSSVAR FRA ORGANISATIONER");
    if digest.formal.is_empty() {
        let _ = writeln!(out, "Ingen endnu.");
    }
    for f in &digest.formal {
        let _ = writeln!(
            out,
            "- {} ({}), svar {}: {}",
            f.name,
            kind_name(&f.kind),
            f.svarnummer,
            f.link
        );
    }
    let _ = writeln!(out, "\nHØRINGSPARTER DER IKKE HAR SVARET");
    if digest.unanswered.is_empty() {
        let _ = writeln!(out, "Alle har svaret, eller høringslisten er tom.");
    }
    for name in &digest.unanswered {
        let _ = writeln!(out, "- {name}");
    }
    let _ = writeln!(out, "\nMEST KOMMENTEREDE AFSNIT");
    if digest.paragraphs.is_empty() {
        let _ = writeln!(out, "Ingen svar om bestemte afsnit endnu.");
    }
    for p in &digest.paragraphs {
        let _ = writeln!(out, "- {}: {} svar ({})", p.label, p.count, p.link);
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_themes_languages_are_named_in_danish_the_most_first() {
        let counts = |pairs: &[(&str, usize)]| -> BTreeMap<String, usize> {
            pairs.iter().map(|(c, n)| (c.to_string(), *n)).collect()
        };
        assert_eq!(languages(&counts(&[("da", 40), ("", 2)])), None);
        assert_eq!(
            languages(&counts(&[("da", 40), ("ar", 12), ("tr", 3), ("pl", 1)])).as_deref(),
            Some("Dansk 40, Arabisk 12, Tyrkisk 3, PL 1")
        );
    }
}
