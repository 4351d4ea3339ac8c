//! `/admin/hearings/{slug}/themes`: the officials' theme page. The themes by size, each with
//! its terms, its voices by respondent kind (a bar, and the same numbers as text), quotes with
//! the terms marked, a drill-down into the inbox (`q=tema:ID`) and the edit forms; the
//! campaigns; the heat-map of themes by draft section. Plain forms, so everything works
//! without JavaScript.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::heatmap::Heatmap;
use super::highlight::mark_terms;
use super::page::{ThemeFormState, ThemePage, load_theme_page, theme_form_refused};
use super::view_forms::{EditForms, RefreshForm};
use super::{CampaignSummary, ThemeSummary};
use crate::i18n::use_messages;
use crate::layout::hearing_tool_page;
use crate::vocab::RespondentKind;

/// `/admin/hearings/{slug}/themes`.
#[component]
pub fn ThemesPage() -> impl IntoView {
    let frame = (use_messages().themes_title(), "wrap admin themes-page");
    hearing_tool_page(
        frame,
        load_theme_page,
        theme_form_refused,
        |page, refused| {
            view! { <ThemesView page refused /> }
        },
    )
}

/// The confirmation after a change, from the query the form post redirected to.
fn notice() -> Option<&'static str> {
    let t = use_messages();
    let query = use_query_map().read_untracked().clone();
    query
        .get("saved")
        .and_then(|what| t.theme_saved_notice(&what))
}

#[component]
fn ThemesView(page: ThemePage, refused: Option<ThemeFormState>) -> impl IntoView {
    let t = use_messages();
    let slug = page.hearing.slug.clone();
    let action = format!("/admin/hearings/{slug}/themes");
    let themes = page.themes.themes.clone();
    let largest = themes.iter().map(|t| t.size).max().unwrap_or(0);
    let empty = themes.is_empty();
    let ctx = Ctx {
        slug: slug.clone(),
        action: action.clone(),
        can_edit: page.can_edit,
        largest,
        ids: page.response_ids.clone(),
        all: themes.clone(),
        refused: refused.clone(),
    };
    view! {
        <p><a href="/admin">{t.admin_title()}</a> " · "
            <a href=format!("/admin/hearings/{slug}/responses")>{t.open_inbox()}</a></p>
        <h1>{t.themes_title()}</h1>
        <p class="lead">{page.hearing.title.clone()}</p>
        {notice().map(|n| view! { <p class="success-box" role="status">{n}</p> })}
        <p>{t.themes_intro()}</p>
        {page.words_only.then(|| view! { <p class="notice-box" role="note">{t.themes_words_only()}</p> })}
        {page.can_edit.then(|| view! { <RefreshForm action=action.clone() refused=refused.clone() /> })}
        {empty.then(|| view! { <p class="notice-box">{t.no_themes()}</p> })}
        {(!empty).then(|| view! {
            <section aria-labelledby="themes-heading">
                <h2 id="themes-heading">{t.themes_by_size()}</h2>
                <ol class="theme-list">
                    {themes.clone().into_iter().map(|theme| view! { <ThemeCard theme ctx=ctx.clone() /> }).collect_view()}
                </ol>
            </section>
        })}
        <Campaigns campaigns=page.themes.campaigns.clone() slug=slug.clone() ids=page.response_ids.clone() />
        {(!empty).then(|| view! { <Heatmap themes sections=page.sections.clone() /> })}
    }
}

/// What every theme card needs from the page.
#[derive(Clone)]
struct Ctx {
    slug: String,
    action: String,
    can_edit: bool,
    largest: usize,
    ids: BTreeMap<String, i32>,
    all: Vec<ThemeSummary>,
    refused: Option<ThemeFormState>,
}

#[component]
fn ThemeCard(theme: ThemeSummary, ctx: Ctx) -> impl IntoView {
    let t = use_messages();
    let id = theme.id;
    let drill = format!("/admin/hearings/{}/responses?q=tema:{id}", ctx.slug);
    let forms = ctx.can_edit.then(|| {
        let others: Vec<ThemeSummary> = ctx.all.iter().filter(|o| o.id != id).cloned().collect();
        view! { <EditForms action=ctx.action.clone() theme=theme.clone() others refused=ctx.refused.clone() /> }
    });
    view! {
        <li class="theme-card" id=format!("theme-{id}")>
            <h3>
                {theme.label.clone()}
                {theme.pinned.then(|| view! { " " <span class="badge pinned">{t.pinned_badge()}</span> })}
            </h3>
            <p class="theme-size">{t.theme_size(theme.size, theme.responses)}</p>
            {(!theme.terms.is_empty()).then(|| view! {
                <p class="theme-terms">{t.theme_terms_label()} ": " {theme.terms.join(", ")}</p>
            })}
            <KindBar by_kind=theme.by_kind.clone() size=theme.size largest=ctx.largest />
            <Languages by_language=theme.by_language.clone() />
            <Quotes theme=theme.clone() ids=ctx.ids.clone() />
            <p><a href=drill>{t.theme_drill_down(theme.responses)}</a></p>
            {forms}
        </li>
    }
}

/// The theme's responses by the language they are written in, when not all are Danish
/// ("Arabisk 12 · Dansk 40"), the most first.
#[component]
fn Languages(by_language: BTreeMap<String, usize>) -> impl IntoView {
    let t = use_messages();
    let mut counts: Vec<(String, usize)> =
        by_language.into_iter().filter(|(_, n)| *n > 0).collect();
    if counts
        .iter()
        .all(|(code, _)| code == "da" || code.is_empty())
    {
        return None;
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let named: Vec<String> = counts
        .iter()
        .map(|(code, n)| {
            let name = t
                .language_name_of(code)
                .map_or_else(|| code.to_uppercase(), str::to_owned);
            format!("{name} {n}")
        })
        .collect();
    Some(view! {
        <p class="theme-languages">{t.theme_languages_label()} ": " {named.join(" · ")}</p>
    })
}

/// The theme's voices by respondent kind: a stacked bar as long as the theme is large
/// against the largest theme (hidden from screen readers), and the numbers as text.
#[component]
fn KindBar(by_kind: BTreeMap<String, usize>, size: usize, largest: usize) -> impl IntoView {
    let t = use_messages();
    let mut kinds: Vec<(Option<RespondentKind>, usize)> = RespondentKind::ALL
        .iter()
        .filter_map(|k| by_kind.get(k.as_str()).map(|n| (Some(*k), *n)))
        .collect();
    let others: usize = by_kind
        .iter()
        .filter(|(k, _)| RespondentKind::parse(k).is_none())
        .map(|(_, n)| n)
        .sum();
    if others > 0 {
        kinds.push((None, others));
    }
    let class = |kind: Option<RespondentKind>| kind.map_or("other", RespondentKind::as_str);
    let width = if largest == 0 {
        0.0
    } else {
        size as f64 * 100.0 / largest as f64
    };
    let segments = kinds.clone().into_iter().map(|(kind, n)| {
        let share = if size == 0 { 0.0 } else { n as f64 * 100.0 / size as f64 };
        view! { <span class=format!("segment kind-{}", class(kind)) style=format!("width: {share:.1}%")></span> }
    });
    view! {
        <div class="kind-breakdown">
            <div class="kind-bar" aria-hidden="true" style=format!("width: {width:.1}%")>
                {segments.collect_view()}
            </div>
            <ul class="kind-counts" aria-label=t.kind_breakdown_label()>
                {kinds.into_iter().map(|(kind, n)| view! {
                    <li><span class=format!("swatch kind-{}", class(kind)) aria-hidden="true"></span>
                        {format!("{}: {n}", kind.map_or(t.theme_kind_other(), |k| t.theme_kind(k)))}</li>
                }).collect_view()}
            </ul>
        </div>
    }
}

/// The theme's quotes: svarnummer (a link to the response's page) and the sentence with the
/// theme's terms marked.
#[component]
fn Quotes(theme: ThemeSummary, ids: BTreeMap<String, i32>) -> impl IntoView {
    let t = use_messages();
    let said = |list: &Vec<String>| {
        list.clone()
            .into_iter()
            .chain(std::iter::repeat(String::new()))
    };
    let quotes: Vec<(String, (String, String))> = theme
        .quotes
        .iter()
        .cloned()
        .zip(said(&theme.sentences).zip(said(&theme.sentence_languages)))
        .collect();
    (!quotes.is_empty()).then(|| view! {
        <h4 class="quotes-heading">{t.quotes_heading()}</h4>
        <ul class="theme-quotes">
            {quotes.into_iter().map(|(number, (sentence, language))| {
                let number_link = match ids.get(&number) {
                    Some(id) => view! { <a href=format!("/admin/responses/{id}")>{number.clone()}</a> }.into_any(),
                    None => view! { <span>{number.clone()}</span> }.into_any(),
                };
                let pieces = mark_terms(&sentence, &theme.terms);
                view! {
                    <li>{number_link} ": "
                        <q lang=(!language.is_empty()).then_some(language) dir="auto">{pieces.into_iter().map(|(text, marked)| if marked {
                            view! { <mark>{text}</mark> }.into_any()
                        } else {
                            text.into_any()
                        }).collect_view()}</q>
                    </li>
                }
            }).collect_view()}
        </ul>
    })
}

/// The campaigns: how many signed, the response that stands for the text, and a drill-down.
#[component]
fn Campaigns(
    campaigns: Vec<CampaignSummary>,
    slug: String,
    ids: BTreeMap<String, i32>,
) -> impl IntoView {
    let t = use_messages();
    (!campaigns.is_empty()).then(|| view! {
        <section aria-labelledby="campaigns-heading">
            <h2 id="campaigns-heading">{t.campaigns_heading()}</h2>
            <p>{t.campaigns_intro()}</p>
            <ul class="campaign-list">
                {campaigns.into_iter().map(|c| {
                    let representative = match ids.get(&c.representative) {
                        Some(id) => view! { <a href=format!("/admin/responses/{id}")>{c.representative.clone()}</a> }.into_any(),
                        None => view! { <span>{c.representative.clone()}</span> }.into_any(),
                    };
                    let drill = format!("/admin/hearings/{slug}/responses?q=kampagne:{}", c.id);
                    view! {
                        <li>
                            <strong>{t.campaign_signers(c.signers)}</strong> " · "
                            {t.campaign_representative()} " " {representative} " · "
                            <a href=drill>{t.campaign_drill_down(c.signers)}</a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    })
}
