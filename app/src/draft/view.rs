//! The draft on the hearing page: a collapsible table of contents and every section and
//! paragraph with its permalink anchor.

use leptos::prelude::*;

use super::WRITTEN_IN;
use super::{Block, DraftDto, ParagraphDto, SectionDto, SummaryDto};
use crate::i18n::{Locale, use_locale, use_messages};
use crate::web::table_scroll::TableScroll;

/// The current draft with its table of contents; with `comment_base` (the form's address,
/// while the hearing is open) every paragraph gets a "Comment" link.
#[component]
pub fn DraftView(
    draft: DraftDto,
    comment_base: Option<String>,
    /// Verified comments per paragraph anchor.
    comments: std::collections::BTreeMap<String, u64>,
) -> impl IntoView {
    let t = use_messages();
    let imported_on = draft.imported_local.date();
    view! {
        <TableOfContents sections=draft.sections.clone() />
        <section id="udkast" class="draft" aria-labelledby="udkast-heading">
            <h2 id="udkast-heading">
                {t.draft_heading()} ": " <span lang=WRITTEN_IN dir="ltr">{draft.title}</span>
            </h2>
            <p class="meta">{t.draft_version(draft.version_no, imported_on)}</p>
            {draft
                .sections
                .into_iter()
                .map(|section| {
                    view! {
                        <DraftSection section comment_base=comment_base.clone() comments=comments.clone() />
                    }
                })
                .collect_view()}
        </section>
    }
}

/// The table of contents. The page is server-rendered; only [`TocToggle`] is an island that
/// the browser makes interactive.
#[component]
fn TableOfContents(sections: Vec<SectionDto>) -> impl IntoView {
    let t = use_messages();
    let entries = sections
        .into_iter()
        .map(|s| TocEntry {
            anchor: s.anchor,
            label: format!("{} {}", s.number, s.heading),
            level: s.level,
        })
        .collect();
    view! {
        <nav id="toc" class="toc" aria-labelledby="toc-heading">
            <TocToggle
                heading=t.contents().to_owned()
                hide=t.hide_contents().to_owned()
                show=t.show_contents().to_owned()
                entries
            />
        </nav>
    }
}

/// One line of the table of contents: what the island needs of a section.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TocEntry {
    anchor: String,
    label: String,
    level: i32,
}

/// The contents list with its toggle, an island: the toggle only appears once the island is
/// interactive, so without JavaScript the list simply stays open. Its texts come as props
/// because an island in the browser has no page context (no locale) to read them from.
#[island]
fn TocToggle(heading: String, hide: String, show: String, entries: Vec<TocEntry>) -> impl IntoView {
    let (hydrated, set_hydrated) = signal(false);
    let (open, set_open) = signal(true);
    Effect::new(move |_| set_hydrated.set(true));
    view! {
        <div class="toc-head">
            <h2 id="toc-heading">{heading}</h2>
            <button
                id="toc-toggle"
                type="button"
                aria-controls="toc-list"
                aria-expanded=move || open.get().to_string()
                hidden=move || !hydrated.get()
                on:click=move |_| set_open.update(|open| *open = !*open)
            >
                {move || if open.get() { hide.clone() } else { show.clone() }}
            </button>
        </div>
        <ol id="toc-list" hidden=move || !open.get()>
            {entries
                .into_iter()
                .map(|e| {
                    view! {
                        <li class=format!("toc-level-{}", e.level)>
                            <a href=format!("#{}", e.anchor)>{e.label}</a>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

#[component]
pub fn DraftSection(
    section: SectionDto,
    comment_base: Option<String>,
    comments: std::collections::BTreeMap<String, u64>,
) -> impl IntoView {
    let title = format!("{} {}", section.number, section.heading);
    let heading = match section.level {
        1 => view! { <h3 lang=WRITTEN_IN dir="ltr">{title}</h3> }.into_any(),
        2 => view! { <h4 lang=WRITTEN_IN dir="ltr">{title}</h4> }.into_any(),
        3 => view! { <h5 lang=WRITTEN_IN dir="ltr">{title}</h5> }.into_any(),
        _ => view! { <h6 lang=WRITTEN_IN dir="ltr">{title}</h6> }.into_any(),
    };
    let summary = section.summary_for(use_locale()).cloned();
    let summary = summary.map(|summary| view! { <ShortVersion summary /> });
    view! {
        <section id=section.anchor class=format!("draft-section level-{}", section.level)>
            {heading}
            {summary}
            {section
                .paragraphs
                .into_iter()
                .map(|paragraph| {
                    let count = comments.get(&paragraph.anchor).copied().unwrap_or(0);
                    view! { <Paragraph paragraph comment_base=comment_base.clone() count /> }
                })
                .collect_view()}
        </section>
    }
}

/// A section's "kort fortalt" above its full text, marked with its own language (the
/// reader's, or Danish where officials wrote none in it).
#[component]
pub fn ShortVersion(summary: SummaryDto) -> impl IntoView {
    let t = use_messages();
    let locale = Locale::from_code(&summary.lang).unwrap_or_default();
    let only_danish = (locale != use_locale())
        .then(|| view! { <span class="short-version-note">{t.short_version_only_danish()}</span> });
    let paragraphs = summary
        .text
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| view! { <p>{text_with_breaks(p.to_owned())}</p> })
        .collect_view();
    view! {
        <div class="short-version">
            <p class="short-version-label"><strong>{t.short_version()}</strong> {only_danish}</p>
            <div lang=locale.code() dir=locale.direction().as_str()>{paragraphs}</div>
        </div>
    }
}

#[component]
fn Paragraph(paragraph: ParagraphDto, comment_base: Option<String>, count: u64) -> impl IntoView {
    let t = use_messages();
    let count =
        (count > 0).then(|| view! { <span class="comment-count">{t.comment_count(count)}</span> });
    let comment = comment_base.map(|base| {
        let href = format!("{base}?paragraph={}", paragraph.anchor);
        let rest = t.comment_on(&paragraph.number);
        view! {
            <a class="comment-link" href=href>
                {t.comment()}
                <span class="visually-hidden">{rest}</span>
            </a>
        }
    });
    // The whole name as the link's label (it holds the visible number, WCAG 2.5.3), so a
    // language may put the number wherever its grammar wants it.
    let link_label = t.paragraph_link(&paragraph.number);
    view! {
        <div class="paragraph" id=paragraph.anchor.clone()>
            <a class="permalink" href=format!("#{}", paragraph.anchor) aria-label=link_label>
                {paragraph.number}
            </a>
            <div class="paragraph-body">
                <div lang=WRITTEN_IN dir="ltr">
                    <BlockView block=paragraph.block />
                </div>
                <p class="paragraph-actions">{count} {comment}</p>
            </div>
        </div>
    }
}

#[component]
fn BlockView(block: Block) -> impl IntoView {
    let items = |items: Vec<String>| {
        items
            .into_iter()
            .map(|item| view! { <li>{item}</li> })
            .collect_view()
    };
    match block {
        Block::Text { text } => view! { <p>{text_with_breaks(text)}</p> }.into_any(),
        Block::OrderedList { start, items: list } => {
            view! { <ol start=start.to_string()>{items(list)}</ol> }.into_any()
        }
        Block::BulletList { items: list } => view! { <ul>{items(list)}</ul> }.into_any(),
        Block::Table { rows } => view! { <DraftTable rows /> }.into_any(),
    }
}

/// Running text with its line breaks kept, never interpreted as HTML.
fn text_with_breaks(text: String) -> impl IntoView {
    let lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let last = lines.len().saturating_sub(1);
    lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| view! { {line} {(i < last).then(|| view! { <br /> })} })
        .collect_view()
}

#[component]
fn DraftTable(rows: Vec<Vec<String>>) -> impl IntoView {
    let mut rows = rows.into_iter();
    let header = rows.next().unwrap_or_default();
    // Named by its columns: a draft's table has no caption of its own.
    let label = header.join(", ");
    view! {
        <TableScroll label>
            <table>
                <thead>
                    <tr>
                        {header
                            .into_iter()
                            .map(|cell| view! { <th scope="col">{cell}</th> })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {rows
                        .map(|row| {
                            view! {
                                <tr>
                                    {row
                                        .into_iter()
                                        .map(|cell| view! { <td>{cell}</td> })
                                        .collect_view()}
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </TableScroll>
    }
}
