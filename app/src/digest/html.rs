//! A digest as HTML for mail clients, Outlook first: one centred table 600 px wide, inline
//! styles only, no scripts, no images, no CSS classes; headings and tables that a screen
//! reader can follow. It says what the plain-text part says.

use std::fmt::Write;

use super::content::Digest;
use super::text::{da, kind_name, new_label, statuses, subject};
use crate::web::html::escape;

const CELL: &str = "padding:4px 8px;border-bottom:1px solid #d0d0d0;text-align:left;";
const NUM: &str = "padding:4px 8px;border-bottom:1px solid #d0d0d0;text-align:right;";
const H2: &str = "font-size:18px;margin:24px 0 8px 0;color:#1a1a1a;";
const LINK: &str = "color:#0b5394;text-decoration:underline;";

/// The digest as a complete HTML document.
pub fn html(digest: &Digest) -> String {
    let mut body = String::new();
    head(&mut body, digest);
    numbers(&mut body, digest);
    themes(&mut body, digest);
    formal(&mut body, digest);
    unanswered(&mut body, digest);
    paragraphs(&mut body, digest);
    workspace(&mut body, digest);
    let title = escape(&subject(digest));
    format!(
        "<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title></head>\n<body style=\"margin:0;padding:0;background:#f4f4f4;\">\
         <main><table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" \
         style=\"background:#f4f4f4;\"><tr><td align=\"center\">\
         <table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" \
         style=\"width:600px;max-width:100%;background:#ffffff;font-family:Arial,Helvetica,\
         sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;\"><tr><td style=\"padding:24px;\">\
         {body}</td></tr></table></td></tr></table></main></body></html>\n"
    )
}

fn head(out: &mut String, d: &Digest) {
    let t = da();
    let _ = write!(
        out,
        "<h1 style=\"font-size:22px;margin:0 0 4px 0;\">{}</h1><p style=\"margin:0 0 12px 0;\">{}</p>\
         <p style=\"margin:0;\"><strong>Høringsfrist:</strong> {} ({})</p>",
        escape(&subject(d)),
        escape(&d.committee),
        t.date_time(d.closes),
        d.countdown.message(t)
    );
    if let Some(day) = d.final_proposal {
        let _ = write!(
            out,
            "<p style=\"margin:0;\"><strong>Endeligt forslag til udvalget:</strong> {}</p>",
            t.date(day)
        );
    }
    let _ = write!(
        out,
        "<p style=\"margin:0;color:#555555;\">Udarbejdet: {}</p>",
        t.date_time(d.made)
    );
}

/// A two-column table of label and number, with a caption.
fn table(out: &mut String, caption: &str, rows: &[(String, usize)]) {
    let _ = write!(
        out,
        "<table cellpadding=\"0\" cellspacing=\"0\" style=\"border-collapse:collapse;width:100%;\
         margin:0 0 12px 0;\"><caption style=\"text-align:left;font-weight:bold;padding:4px 0;\">\
         {}</caption><tbody>",
        escape(caption)
    );
    for (label, n) in rows {
        let _ = write!(
            out,
            "<tr><th scope=\"row\" style=\"{CELL}font-weight:normal;\">{}</th><td style=\"{NUM}\">{n}</td></tr>",
            escape(label)
        );
    }
    out.push_str("</tbody></table>");
}

fn numbers(out: &mut String, d: &Digest) {
    let n = &d.numbers;
    let _ = write!(out, "<h2 style=\"{H2}\">Tal</h2>");
    let mut overall = vec![("I alt".to_owned(), n.total), (new_label(d), n.new)];
    overall.extend(statuses(n).map(|(label, count)| (label.to_owned(), count)));
    table(out, "Høringssvar", &overall);
    let kinds: Vec<(String, usize)> = n
        .by_kind
        .iter()
        .map(|(kind, count)| (kind_name(kind).to_owned(), *count))
        .collect();
    table(out, "Efter afsender", &kinds);
    let channels: Vec<(String, usize)> = n
        .by_channel
        .iter()
        .map(|(channel, count)| (channel_name(channel), *count))
        .collect();
    table(out, "Efter kanal", &channels);
}

fn themes(out: &mut String, d: &Digest) {
    let _ = write!(out, "<h2 style=\"{H2}\">Temaer</h2>");
    if d.themes.is_empty() {
        out.push_str("<p>Ingen temaer endnu.</p>");
    }
    for theme in &d.themes {
        let kinds: Vec<String> = theme
            .by_kind
            .iter()
            .map(|(kind, n)| format!("{} {n}", kind_name(kind)))
            .collect();
        let mut facts = kinds.join(", ");
        if let Some(languages) = &theme.languages {
            facts.push_str(&format!(" · Svar på sprog: {languages}"));
        }
        let _ = write!(
            out,
            "<h3 style=\"font-size:16px;margin:12px 0 2px 0;\">{} – {} stemmer</h3><p style=\"margin:0;color:#555555;\">{}</p>",
            escape(&theme.label),
            theme.size,
            escape(&facts)
        );
        if let Some((svarnummer, sentence)) = &theme.quote {
            let _ = write!(
                out,
                "<blockquote style=\"margin:4px 0 0 0;padding:0 0 0 12px;border-left:3px solid #0b5394;\">\
                 »<span{}>{}</span>« (svar {})</blockquote>",
                language_attributes(theme.quote_language.as_deref()),
                escape(sentence),
                escape(svarnummer)
            );
        }
    }
    let _ = write!(out, "<h2 style=\"{H2}\">Kampagner (enslydende svar)</h2>");
    list(
        out,
        d.campaigns
            .iter()
            .map(|(signers, rep)| escape(&format!("{signers} underskrivere (fx svar {rep})"))),
        "Ingen.",
    );
}

fn formal(out: &mut String, d: &Digest) {
    let _ = write!(
        out,
        "<h2 style=\"{H2}\">Formelle høringssvar fra organisationer</h2>"
    );
    let items = d.formal.iter().map(|f| {
        format!(
            "{} ({}), <a href=\"{}\" style=\"{LINK}\">svar {}</a>",
            escape(&f.name),
            kind_name(&f.kind),
            escape(&f.link),
            escape(&f.svarnummer)
        )
    });
    list(out, items, "Ingen endnu.");
}

fn unanswered(out: &mut String, d: &Digest) {
    let _ = write!(
        out,
        "<h2 style=\"{H2}\">Høringsparter der ikke har svaret</h2>"
    );
    list(
        out,
        d.unanswered.iter().map(|name| escape(name)),
        "Alle har svaret, eller høringslisten er tom.",
    );
}

fn paragraphs(out: &mut String, d: &Digest) {
    let _ = write!(out, "<h2 style=\"{H2}\">Mest kommenterede afsnit</h2>");
    let items = d.paragraphs.iter().map(|p| {
        format!(
            "<a href=\"{}\" style=\"{LINK}\">{}</a>: {} svar",
            escape(&p.link),
            escape(&p.label),
            p.count
        )
    });
    list(out, items, "Ingen svar om bestemte afsnit endnu.");
}

fn workspace(out: &mut String, d: &Digest) {
    let _ = write!(out, "<h2 style=\"{H2}\">Arbejdsrum</h2>");
    let link = |path: &str, label: &str| {
        format!(
            "<a href=\"{}{path}\" style=\"{LINK}\">{label}</a>",
            escape(&d.workspace)
        )
    };
    let items = [
        link("", "Høringen"),
        link("/responses", "Alle svar"),
        link("/themes", "Temaer"),
        link("/hvidbog", "Hvidbog"),
    ];
    list(out, items.into_iter(), "");
}

/// A bulleted list of already-escaped items, or `empty` as a paragraph.
fn list(out: &mut String, items: impl Iterator<Item = String>, empty: &str) {
    let items: Vec<String> = items.collect();
    if items.is_empty() {
        let _ = write!(out, "<p>{}</p>", escape(empty));
        return;
    }
    out.push_str("<ul style=\"margin:0;padding:0 0 0 20px;\">");
    for item in items {
        let _ = write!(out, "<li style=\"margin:0 0 4px 0;\">{item}</li>");
    }
    out.push_str("</ul>");
}

/// A channel's Danish name; the digest counts channels by their stored names.
/// ` lang="…" dir="auto"` for a quote in a detected language other than Danish; nothing else.
fn language_attributes(language: Option<&str>) -> String {
    match language {
        Some(code) if code != "da" && !code.is_empty() => {
            format!(" lang=\"{}\" dir=\"auto\"", escape(code))
        }
        _ => String::new(),
    }
}

pub(super) fn channel_name(channel: &str) -> String {
    crate::vocab::Channel::parse(channel)
        .map_or_else(|| channel.to_owned(), |c| da().channel_name(c).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_in_another_language_says_which_and_finds_its_direction() {
        assert_eq!(language_attributes(Some("ar")), r#" lang="ar" dir="auto""#);
        assert_eq!(language_attributes(Some("da")), "");
        assert_eq!(language_attributes(Some("")), "");
        assert_eq!(language_attributes(None), "");
    }
}
