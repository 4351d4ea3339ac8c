//! The hvidbog as a Word document (.docx, Office Open XML): written with the zip and the
//! WordprocessingML parts of [`super::docx_xml`], in Danish. Headings carry outline levels,
//! tables have header rows, and every response appears once, under a heading naming its
//! svarnummer and respondent.

use std::io::{Cursor, Write};

use chrono::{DateTime, SecondsFormat, Utc};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::docx_xml::{self as xml, paragraph, run, table};
use super::{Entry, Group, Hvidbog, Remark};
use crate::digest::text::kind_name;
use crate::error::AppError;
use crate::i18n::Locale;

/// The heading of a response: "Svar 2010-0012 – Foreningen X (Forening …)".
pub fn entry_heading(entry: &Entry) -> String {
    format!(
        "Svar {} – {} ({})",
        entry.svarnummer,
        entry.respondent,
        kind_name(&entry.kind)
    )
}

/// "Ja", "Nej" or "Ikke besluttet".
pub fn change_text(remark: &Remark) -> &'static str {
    match remark.gives_change {
        Some(true) => "Ja",
        Some(false) => "Nej",
        None => "Ikke besluttet",
    }
}

/// The remark's text, or a note that none is written yet.
pub fn remark_text(remark: &Remark) -> &str {
    if remark.text.is_empty() {
        "(ikke udfyldt endnu)"
    } else {
        &remark.text
    }
}

/// The period line: "Høringen løb fra 9. august 2010 til 4. oktober 2010: 57 dage."
pub fn period_text(h: &Hvidbog) -> String {
    let t = Locale::Da.messages();
    format!(
        "Høringen løb fra {} til {}: {} dage.",
        t.date(h.opens),
        t.date(h.closes),
        h.days
    )
}

/// The hvidbog as .docx bytes.
pub fn docx(h: &Hvidbog, created: DateTime<Utc>) -> Result<Vec<u8>, AppError> {
    let title = format!("Hvidbog: {}", h.hearing.title);
    let parts = [
        ("[Content_Types].xml", xml::CONTENT_TYPES.to_owned()),
        ("_rels/.rels", xml::PACKAGE_RELS.to_owned()),
        (
            "word/_rels/document.xml.rels",
            xml::DOCUMENT_RELS.to_owned(),
        ),
        ("word/styles.xml", xml::STYLES.to_owned()),
        (
            "docProps/core.xml",
            xml::core(&title, &created.to_rfc3339_opts(SecondsFormat::Secs, true)),
        ),
        ("word/document.xml", xml::document(&body(h, &title))),
    ];
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for (name, content) in parts {
        zip.start_file(name, options).map_err(zip_error)?;
        zip.write_all(content.as_bytes())
            .map_err(|e| zip_error(e.into()))?;
    }
    Ok(zip.finish().map_err(zip_error)?.into_inner())
}

fn zip_error(error: zip::result::ZipError) -> AppError {
    tracing::error!(%error, "writing the hvidbog's docx");
    AppError::Internal
}

fn body(h: &Hvidbog, title: &str) -> String {
    let mut out = paragraph(Some("Title"), &run(title, false));
    out += &paragraph(
        None,
        &run(
            &format!("{} · Journalnummer {}", h.committee, h.journal_number),
            false,
        ),
    );
    out += &paragraph(
        Some("Heading1"),
        &run("1. Høringsperioden og høringssvarene", false),
    );
    out += &paragraph(None, &run(&period_text(h), false));
    out += &paragraph(
        None,
        &run(&format!("Der er modtaget {} høringssvar.", h.total), false),
    );
    let kinds: Vec<Vec<String>> = h
        .by_kind
        .iter()
        .map(|(kind, n)| vec![kind_name(kind).to_owned(), n.to_string()])
        .collect();
    out += &table(&[6000, 2000], &["Afsender", "Antal svar"], &kinds);
    out += &paragraph(Some("Heading1"), &run("2. Hørte parter", false));
    if h.parties.is_empty() {
        out += &paragraph(None, &run("Høringslisten er tom.", false));
    } else {
        let rows: Vec<Vec<String>> = h
            .parties
            .iter()
            .map(|p| {
                let tick = if p.answered { "✓ Ja" } else { "Nej" };
                vec![p.name.clone(), tick.to_owned()]
            })
            .collect();
        out += &table(&[6000, 2000], &["Part", "Har svaret"], &rows);
    }
    out += &paragraph(Some("Heading1"), &run("3. Generelle bemærkninger", false));
    out += &groups(&h.general, "Ingen generelle bemærkninger.");
    out += &paragraph(Some("Heading1"), &run("4. Tekstnære bemærkninger", false));
    out += &groups(&h.textual, "Ingen bemærkninger til bestemte afsnit.");
    out
}

fn groups(groups: &[Group], empty: &str) -> String {
    if groups.is_empty() {
        return paragraph(None, &run(empty, false));
    }
    let mut out = String::new();
    for group in groups {
        out += &paragraph(Some("Heading2"), &run(&group.title, false));
        if let Some(remark) = &group.remark {
            out += &remark_block(remark, "Forvaltningens bemærkninger til temaet: ");
        }
        for entry in &group.entries {
            out += &paragraph(Some("Heading3"), &run(&entry_heading(entry), false));
            for sentence in &entry.summary {
                out += &paragraph(Some("Quote"), &run(sentence, false));
            }
            if !entry.published {
                out += &paragraph(
                    None,
                    &run(Locale::Da.messages().hvidbog_not_published(), false),
                );
            }
            out += &remark_block(&entry.remark, "Forvaltningens bemærkninger: ");
        }
    }
    out
}

fn remark_block(remark: &Remark, label: &str) -> String {
    let text = run(label, true) + &run(remark_text(remark), false);
    let change = run("Giver anledning til ændring: ", true) + &run(change_text(remark), false);
    paragraph(None, &text) + &paragraph(None, &change)
}
