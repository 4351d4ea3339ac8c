//! The hvidbog as a printable page (Danish): one HTML document with its own print styles,
//! headings in order, tables with header cells, the same content as the Word file.

use std::fmt::Write;

use super::docx::{change_text, entry_heading, period_text, remark_text};
use super::{Group, Hvidbog, Remark};
use crate::digest::text::kind_name;
use crate::i18n::Locale;
use crate::web::html::escape;

const STYLE: &str = "body{font-family:Georgia,'Times New Roman',serif;max-width:48rem;\
margin:2rem auto;padding:0 1rem;line-height:1.5;color:#111}h1{font-size:1.8rem}\
h2{font-size:1.4rem;margin-top:2rem;border-bottom:1px solid #999}h3{font-size:1.15rem}\
h4{font-size:1rem;margin-bottom:.25rem}table{border-collapse:collapse;margin:.5rem 0 1rem}\
th,td{border:1px solid #777;padding:.25rem .5rem;text-align:left}\
blockquote{margin:.25rem 0 .25rem 1.5rem;font-style:italic}.remark{margin:.25rem 0 1rem}\
@media print{body{margin:0;max-width:none}h2,h3,h4{break-after:avoid}}";

/// The hvidbog as a complete HTML document.
pub fn html(h: &Hvidbog) -> String {
    let title = escape(&format!("Hvidbog: {}", h.hearing.title));
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"da\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><style>{STYLE}</style></head><body><main>\
         <h1>{title}</h1><p>{} · Journalnummer {}</p>",
        escape(&h.committee),
        escape(&h.journal_number)
    );
    let _ = write!(
        out,
        "<h2>1. Høringsperioden og høringssvarene</h2><p>{}</p><p>Der er modtaget {} høringssvar.</p>\
         <table><thead><tr><th scope=\"col\">Afsender</th><th scope=\"col\">Antal svar</th></tr></thead><tbody>",
        escape(&period_text(h)),
        h.total
    );
    for (kind, n) in &h.by_kind {
        let _ = write!(out, "<tr><td>{}</td><td>{n}</td></tr>", kind_name(kind));
    }
    out.push_str("</tbody></table><h2>2. Hørte parter</h2>");
    parties(&mut out, h);
    out.push_str("<h2>3. Generelle bemærkninger</h2>");
    groups(&mut out, &h.general, "Ingen generelle bemærkninger.");
    out.push_str("<h2>4. Tekstnære bemærkninger</h2>");
    groups(
        &mut out,
        &h.textual,
        "Ingen bemærkninger til bestemte afsnit.",
    );
    out.push_str("</main></body></html>\n");
    out
}

fn parties(out: &mut String, h: &Hvidbog) {
    if h.parties.is_empty() {
        out.push_str("<p>Høringslisten er tom.</p>");
        return;
    }
    out.push_str("<table><thead><tr><th scope=\"col\">Part</th><th scope=\"col\">Har svaret</th></tr></thead><tbody>");
    for p in &h.parties {
        let tick = if p.answered { "✓ Ja" } else { "Nej" };
        let _ = write!(out, "<tr><td>{}</td><td>{tick}</td></tr>", escape(&p.name));
    }
    out.push_str("</tbody></table>");
}

fn groups(out: &mut String, groups: &[Group], empty: &str) {
    if groups.is_empty() {
        let _ = write!(out, "<p>{empty}</p>");
    }
    for group in groups {
        let _ = write!(out, "<h3>{}</h3>", escape(&group.title));
        if let Some(remark) = &group.remark {
            remark_block(out, remark, "Forvaltningens bemærkninger til temaet");
        }
        for entry in &group.entries {
            let _ = write!(out, "<h4>{}</h4>", escape(&entry_heading(entry)));
            for sentence in &entry.summary {
                let _ = write!(out, "<blockquote>{}</blockquote>", escape(sentence));
            }
            if !entry.published {
                let _ = write!(
                    out,
                    "<p>{}</p>",
                    Locale::Da.messages().hvidbog_not_published()
                );
            }
            remark_block(out, &entry.remark, "Forvaltningens bemærkninger");
        }
    }
}

fn remark_block(out: &mut String, remark: &Remark, label: &str) {
    let _ = write!(
        out,
        "<p class=\"remark\"><strong>{label}:</strong> {}<br><strong>Giver anledning til ændring:</strong> {}</p>",
        escape(remark_text(remark)).replace('\n', "<br>"),
        change_text(remark)
    );
}
