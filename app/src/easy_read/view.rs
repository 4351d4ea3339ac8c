//! `/admin/hearings/{slug}/draft/summaries`: every section of the current draft with the
//! languages its "kort fortalt" is written in, and (`?section={anchor}`) the form for one
//! section beside its full text: a field per language, each written in its own direction,
//! and a button for the extractive first draft. Plain forms: works without JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{
    MAX_CHARS, SectionItem, SummaryEditor, SummaryFormState, field, load_summary_editor,
    summary_posted,
};
use crate::draft::{DraftSection, SectionDto, WRITTEN_IN};
use crate::i18n::{Locale, use_messages};
use crate::layout::{official_page, path_param};
use crate::web::fields::{ErrorSummary, described_by};
use crate::web::textarea::Textarea;

/// The editor's page.
#[component]
pub fn SummaryEditorPage() -> impl IntoView {
    let (slug, query) = (path_param("slug"), use_query_map());
    let key = move || (slug(), query.read().get("section"));
    let page = Resource::new(key, |(slug, section)| load_summary_editor(slug, section));
    let refused = Resource::new(|| (), |_| summary_posted());
    let frame = (use_messages().ha_summaries_heading(), "wrap admin");
    official_page(frame, page, refused, move |page, posted| {
        let slug = untrack(slug);
        view! { <EditorView slug page posted /> }
    })
}

#[component]
fn EditorView(
    slug: String,
    page: SummaryEditor,
    posted: Option<SummaryFormState>,
) -> impl IntoView {
    let t = use_messages();
    let saved = use_query_map().read_untracked().get("saved").is_some();
    let base = format!("/admin/hearings/{slug}/draft/summaries");
    let form = page
        .chosen
        .map(|section| view! { <SectionForm action=base.clone() section posted=posted.unwrap_or_default() /> });
    view! {
        <p><a href=format!("/admin/hearings/{slug}")>{t.ha_back_to_admin()}</a> " · "
            <a href=format!("/admin/hearings/{slug}/draft")>{t.ha_upload_heading()}</a></p>
        <h1>{t.ha_summaries_heading()}</h1>
        <p class="lead">{page.title}</p>
        {saved.then(|| view! { <p class="success-box" role="status">{t.ha_summary_saved()}</p> })}
        <p>{t.ha_summaries_intro()}</p>
        {form}
        <SectionList base sections=page.sections />
    }
}

#[component]
fn SectionList(base: String, sections: Vec<SectionItem>) -> impl IntoView {
    let t = use_messages();
    let written = move |languages: Vec<String>| {
        let names: Vec<&str> = languages
            .iter()
            .filter_map(|code| t.language_name_of(code))
            .collect();
        if names.is_empty() {
            t.ha_summaries_none().to_owned()
        } else {
            names.join(", ")
        }
    };
    view! {
        <section aria-labelledby="sections-heading">
            <h2 id="sections-heading">{t.ha_summaries_sections()}</h2>
            <table class="summary-sections">
                <thead><tr>
                    <th scope="col">{t.ha_summaries_section_col()}</th>
                    <th scope="col">{t.ha_summaries_languages_col()}</th>
                </tr></thead>
                <tbody>
                    {sections.into_iter().map(|s| view! {
                        <tr>
                            <td><a href=format!("{base}?section={}", s.anchor)>{s.label}</a></td>
                            <td>
                                {written(s.languages)}
                                {s.outdated.then(|| view! {
                                    " " <strong class="outdated">{t.ha_summaries_outdated()}</strong>
                                })}
                            </td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

#[component]
fn SectionForm(action: String, section: SectionDto, posted: SummaryFormState) -> impl IntoView {
    let t = use_messages();
    let SummaryFormState {
        values,
        errors,
        suggestion,
        filled,
    } = posted;
    let stored = |code: &str| {
        section
            .summaries
            .iter()
            .find(|s| s.lang == code)
            .map(|s| s.text.clone())
            .unwrap_or_default()
    };
    let fields: Vec<(Locale, String)> = Locale::ALL
        .iter()
        .map(|&l| {
            (
                l,
                values
                    .get(&field(l.code()))
                    .cloned()
                    .unwrap_or_else(|| stored(l.code())),
            )
        })
        .collect();
    let labels: Vec<(String, String)> = Locale::ALL
        .iter()
        .map(|&l| (field(l.code()), label(l)))
        .collect();
    let suggestion = suggestion.map(|text| view! { <Suggestion text filled /> });
    let outdated = section.summaries.iter().any(|s| s.outdated);
    let outdated = outdated.then(|| view! { <p class="notice-box">{t.ha_summary_outdated()}</p> });
    let anchor = section.anchor.clone();
    view! {
        <section class="summary-editor" aria-labelledby="summary-section-heading">
            <h2 id="summary-section-heading">{format!("{} {}", section.number, section.heading)}</h2>
            <details class="section-text">
                <summary>{t.ha_summary_section_text()}</summary>
                <DraftSection section comment_base=None comments=Default::default() />
            </details>
            {outdated}
            {suggestion}
            <form method="post" action=format!("{action}?section={anchor}")>
                <ErrorSummary errors=errors.clone() labels />
                <input type="hidden" name="section" value=anchor.clone() />
                <p class="hint" id="summary-hint">{t.ha_summary_hint(MAX_CHARS)}</p>
                {fields.into_iter().map(|(locale, value)| {
                    let name = field(locale.code());
                    let error = errors.get(&name).cloned();
                    view! { <LanguageField locale name value error /> }
                }).collect_view()}
                <div class="buttons">
                    <button type="submit" name="action" value="suggest" class="secondary">{t.ha_summary_suggest()}</button>
                    <button type="submit" name="action" value="save" class="primary">{t.ha_summary_save()}</button>
                </div>
            </form>
        </section>
    }
}

/// "Arabisk (العربية)": the language in the official's language and in itself.
fn label(locale: Locale) -> String {
    let t = use_messages();
    let own = locale.messages().language_name();
    match t.language_name_of(locale.code()) {
        Some(name) if name != own => format!("{name} ({own})"),
        _ => own.to_owned(),
    }
}

#[component]
fn LanguageField(
    locale: Locale,
    name: String,
    value: String,
    error: Option<String>,
) -> impl IntoView {
    let id = format!("field-{name}");
    let error_id = format!("error-{name}");
    let invalid = error.is_some();
    // The hint is the form's, one for every language; the message is the field's own.
    let described = match described_by(&name, false, invalid) {
        Some(error) => format!("summary-hint {error}"),
        None => "summary-hint".to_owned(),
    };
    view! {
        <div class="field" class:has-error=invalid>
            <label for=id.clone()>{label(locale)}</label>
            {error.map(|e| view! { <p class="field-error" id=error_id.clone()>{e}</p> })}
            <Textarea id name value rows=5 invalid described_by=Some(described) lang=Some(locale) />
        </div>
    }
}

#[component]
fn Suggestion(text: String, filled: bool) -> impl IntoView {
    let t = use_messages();
    let body = if text.is_empty() {
        view! { <p>{t.ha_summary_no_sentences()}</p> }.into_any()
    } else {
        let note = if filled {
            t.ha_summary_suggestion_filled()
        } else {
            t.ha_summary_suggestion_kept()
        };
        view! { <blockquote lang=WRITTEN_IN dir="ltr">{text}</blockquote> <p>{note}</p> }.into_any()
    };
    view! {
        <div class="notice-box" role="status">
            <h3>{t.ha_summary_suggestion_heading()}</h3>
            {body}
        </div>
    }
}
