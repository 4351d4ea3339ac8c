//! `/admin/hearings/{slug}/draft` (a stored version with `?version=N`, and the form for a
//! new one: preview first, then publish) and `/admin/hearings/{slug}/draft/diff?from=&to=`.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::view::Denied;
use super::{
    DraftDiff, DraftFormState, Op, ParagraphDiff, Run, SectionDiff, VersionItem, draft_posted,
    load_diff, load_draft_page,
};
use crate::draft::{DraftDto, DraftView};
use crate::i18n::use_messages;
use crate::layout::path_param;
use crate::web::textarea::Textarea;

/// The draft page of a hearing.
#[component]
pub fn DraftAdminPage() -> impl IntoView {
    let t = use_messages();
    let (slug, query) = (path_param("slug"), use_query_map());
    let key = move || {
        let version = query.read().get("version").and_then(|v| v.parse().ok());
        (slug(), version)
    };
    let data = Resource::new(key, |(slug, version)| load_draft_page(slug, version));
    let form = Resource::new(|| (), |_| draft_posted());
    view! {
        <Title text=t.ha_upload_heading() />
        <div class="wrap admin">
            <Suspense fallback=move || view! { <p>{t.loading()}</p> }>
                {move || Suspend::new(async move {
                    let form = form.await.ok().flatten().unwrap_or_default();
                    let slug = untrack(slug);
                    match data.await {
                        Ok(data) => view! {
                            <h1>{data.title}</h1>
                            <p><a href=format!("/admin/hearings/{slug}")>{t.ha_back_to_admin()}</a>
                                {(!data.versions.is_empty()).then(|| view! {
                                    " · " <a href=format!("/admin/hearings/{slug}/draft/summaries")>{t.ha_summaries_link()}</a>
                                })}
                            </p>
                            {match (&form.preview, data.shown) {
                                (None, Some(shown)) => Some(view! { <ShownVersion draft=shown /> }),
                                _ => None,
                            }}
                            <UploadForm slug form />
                        }.into_any(),
                        Err(error) => view! { <h1>{t.ha_upload_heading()}</h1> <Denied error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn ShownVersion(draft: DraftDto) -> impl IntoView {
    view! { <DraftView draft comment_base=None comments=Default::default() /> }
}

#[component]
fn UploadForm(slug: String, form: DraftFormState) -> impl IntoView {
    let t = use_messages();
    let DraftFormState {
        markdown,
        error,
        preview,
    } = form;
    let invalid = error.is_some();
    let describe = if invalid {
        "upload-hint upload-error"
    } else {
        "upload-hint"
    };
    let publish = preview.is_some().then(|| view! {
        <button type="submit" name="action" value="publish" class="primary">{t.ha_publish_version_button()}</button>
    });
    let shown = preview.map(|draft| {
        let paragraphs = draft.sections.iter().map(|s| s.paragraphs.len()).sum();
        let summary = t.ha_preview_summary(draft.sections.len(), paragraphs);
        view! {
            <section class="draft-preview" aria-labelledby="preview-heading">
                <h2 id="preview-heading">{t.ha_preview_heading()}</h2>
                <p role="status">{summary}</p>
                <DraftView draft comment_base=None comments=Default::default() />
            </section>
        }
    });
    view! {
        <section aria-labelledby="upload-heading">
            <h2 id="upload-heading">{t.ha_upload_heading()}</h2>
            <form method="post" enctype="multipart/form-data" action=format!("/admin/hearings/{slug}/draft") class="draft-upload">
                <p class="hint" id="upload-hint">{t.ha_upload_hint()}</p>
                {error.map(|e| view! { <p class="field-error" id="upload-error" role="alert">{e}</p> })}
                <div class="field" class:has-error=invalid>
                    <label for="field-file">{t.ha_upload_file_label()}</label>
                    <input type="file" id="field-file" name="file" accept=".md,.markdown,.txt,.docx,.odt,text/markdown,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text"
                        aria-describedby=describe aria-invalid=invalid.then_some("true") />
                </div>
                <div class="field" class:has-error=invalid>
                    <label for="field-markdown">{t.ha_upload_text_label()}</label>
                    <Textarea id="field-markdown" name="markdown" value=markdown rows=12
                        invalid described_by=Some(describe.to_owned()) />
                </div>
                <div class="buttons">
                    <button type="submit" name="action" value="preview" class="secondary">{t.ha_preview_button()}</button>
                    {publish}
                </div>
            </form>
        </section>
        {shown}
    }
}

/// The differences between two versions.
#[component]
pub fn DiffPage() -> impl IntoView {
    let t = use_messages();
    let (slug, query) = (path_param("slug"), use_query_map());
    let key = move || {
        let q = query.read();
        let number = |name: &str| q.get(name).and_then(|v| v.parse::<i32>().ok());
        (slug(), number("from"), number("to"))
    };
    let data = Resource::new(key, |(slug, from, to)| load_diff(slug, from, to));
    view! {
        <Title text=t.ha_diff_heading() />
        <div class="wrap admin">
            <h1>{t.ha_diff_heading()}</h1>
            <Suspense fallback=move || view! { <p>{t.loading()}</p> }>
                {move || Suspend::new(async move {
                    let slug = untrack(slug);
                    match data.await {
                        Ok((title, versions, diff)) => view! {
                            <p class="meta">{title} " · "
                                <a href=format!("/admin/hearings/{slug}")>{t.ha_back_to_admin()}</a>
                            </p>
                            <DiffChooser slug versions diff=diff.clone() />
                            {match diff {
                                Some(diff) => view! { <DiffView diff /> }.into_any(),
                                None => view! { <p class="notice-box">{t.ha_diff_unknown_version()}</p> }.into_any(),
                            }}
                        }.into_any(),
                        Err(error) => view! { <Denied error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn DiffChooser(slug: String, versions: Vec<VersionItem>, diff: Option<DraftDiff>) -> impl IntoView {
    let t = use_messages();
    let (from, to) = diff.map_or((0, 0), |d| (d.from_version, d.to_version));
    let select = move |name: &'static str, label: &'static str, chosen: i32| {
        let id = format!("diff-{name}");
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <select id=id name=name>
                    {versions.iter().map(|v| view! {
                        <option value=v.version_no.to_string() selected=v.version_no == chosen>{v.version_no}</option>
                    }).collect_view()}
                </select>
            </div>
        }
    };
    view! {
        <form method="get" action=format!("/admin/hearings/{slug}/draft/diff") class="filters">
            <fieldset>
                <legend>{t.ha_versions_heading()}</legend>
                {select.clone()("from", t.ha_diff_from_label(), from)}
                {select("to", t.ha_diff_to_label(), to)}
                <button type="submit" class="secondary">{t.ha_diff_show_button()}</button>
            </fieldset>
        </form>
    }
}

#[component]
fn DiffView(diff: DraftDiff) -> impl IntoView {
    let t = use_messages();
    view! {
        <p class="diff-summary" role="status">{t.ha_diff_summary(diff.counts)}</p>
        {diff.sections.into_iter().map(|section| view! { <SectionView section /> }).collect_view()}
    }
}

#[component]
fn SectionView(section: SectionDiff) -> impl IntoView {
    let t = use_messages();
    let change = section.change.as_str();
    view! {
        <section class=format!("diff-section diff-{change}")>
            <h2>
                {section.number} " " {section.heading}
                " " <span class="diff-badge">{t.ha_change_name(change)}</span>
            </h2>
            {section.old_heading.map(|old| view! { <p class="meta"><del>{old}</del></p> })}
            {section.paragraphs.into_iter().map(|p| view! { <ParagraphView paragraph=p /> }).collect_view()}
        </section>
    }
}

#[component]
fn ParagraphView(paragraph: ParagraphDiff) -> impl IntoView {
    let t = use_messages();
    let change = paragraph.change.as_str();
    let number = match (paragraph.old_number, paragraph.new_number) {
        (Some(old), Some(new)) if old != new => format!("{old} → {new}"),
        (old, new) => new.or(old).unwrap_or_default(),
    };
    view! {
        <div class=format!("diff-paragraph diff-{change}")>
            <p class="meta">{t.ha_paragraph_label(&number)} " · " {t.ha_change_name(change)}</p>
            <p class="diff-text">{paragraph.runs.into_iter().map(|run| view! { <RunView run /> }).collect_view()}</p>
        </div>
    }
}

#[component]
fn RunView(run: Run) -> impl IntoView {
    let t = use_messages();
    match run.op {
        Op::Same => view! { <span>{run.text}</span> }.into_any(),
        Op::Insert => view! {
            <ins><span class="visually-hidden">{t.ha_inserted()} " "</span>{run.text}</ins>
        }
        .into_any(),
        Op::Delete => view! {
            <del><span class="visually-hidden">{t.ha_deleted()} " "</span>{run.text}</del>
        }
        .into_any(),
    }
}
