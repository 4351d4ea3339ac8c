//! `/hearings/{slug}/outcome`: the outcome as residents read it — the decision, what changed
//! in the text, and the høringsnotat: the consulted parties, then every published response
//! (summarised by its own most central sentences) with the administration's remark and whether
//! it led to a change, by theme and by section; with the Word file and the printable page.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{OutcomeView, get_outcome};
use crate::disclosure::Remark;
use crate::draft::WRITTEN_IN;
use crate::hearing::{OutcomeBox, RemarkText};
use crate::hvidbog::{Entry, Group, Hvidbog, PartyTick};
use crate::i18n::use_messages;
use crate::layout::{path_param, public_page};

/// The public outcome page.
#[component]
pub fn OutcomePage() -> impl IntoView {
    let page = Resource::new(path_param("slug"), get_outcome);
    public_page(page, |page| view! { <OutcomeArticle page /> })
}

#[component]
fn OutcomeArticle(page: OutcomeView) -> impl IntoView {
    let t = use_messages();
    let OutcomeView { outcome, notat } = page;
    let slug = notat.hearing.slug.clone();
    let title = notat.hearing.title.clone();
    view! {
        <Title text=format!("{} – {}", t.outcome_heading(), title) />
        <article class="wrap outcome-page">
            <p><a href=format!("/hearings/{slug}")>{t.outcome_back()}</a></p>
            <h1 lang=WRITTEN_IN dir="ltr">{title}</h1>
            <OutcomeBox outcome=outcome.clone() />
            <Notat notat docx=outcome.docx_url print=format!("{}/print", outcome.page_url) />
        </article>
    }
}

/// The høringsnotat as the public reads it.
#[component]
pub fn Notat(notat: Hvidbog, docx: String, print: String) -> impl IntoView {
    let t = use_messages();
    view! {
        <section class="notat" aria-labelledby="notat-heading">
            <h2 id="notat-heading">{t.outcome_notat_heading()}</h2>
            <p>{t.outcome_notat_intro()}</p>
            <ul class="downloads">
                <li><a href=docx rel="external" download="">{t.outcome_docx()}</a></li>
                <li><a href=print rel="external">{t.outcome_print()}</a></li>
            </ul>
            <p>{t.outcome_response_count(notat.total)}</p>
            <Parties parties=notat.parties />
            <Groups heading=t.outcome_general() id="notat-general" groups=notat.general />
            <Groups heading=t.outcome_textual() id="notat-textual" groups=notat.textual />
        </section>
    }
}

/// The høringsliste, folded (on a phone a long list would push the responses far down).
#[component]
fn Parties(parties: Vec<PartyTick>) -> impl IntoView {
    let t = use_messages();
    (!parties.is_empty()).then(|| {
        let count = parties.len();
        view! {
            <details class="notat-parties">
                <summary>{format!("{} ({count})", t.outcome_parties_heading())}</summary>
                <ul>
                    {parties.into_iter().map(|p| {
                        let said = if p.answered { t.outcome_party_answered() } else { t.outcome_party_silent() };
                        view! { <li><span lang=WRITTEN_IN dir="ltr">{p.name}</span> ": " {said}</li> }
                    }).collect_view()}
                </ul>
            </details>
        }
    })
}

#[component]
fn Groups(heading: &'static str, id: &'static str, groups: Vec<Group>) -> impl IntoView {
    let t = use_messages();
    (!groups.is_empty()).then(|| {
        view! {
            <h3 id=id>{heading}</h3>
            {groups.into_iter().map(|group| {
                let title = if group.key == "other" { t.outcome_other().to_owned() } else { group.title.clone() };
                let theme_remark = group.remark.clone().filter(Remark::is_written).map(|remark| view! {
                    <RemarkText remark label=t.outcome_theme_remark() />
                });
                view! {
                    <section class="notat-group" id=format!("notat-{}", group.key)>
                        <h4 lang=WRITTEN_IN dir="auto">{title}</h4>
                        {theme_remark}
                        <ul class="notat-entries">
                            {group.entries.into_iter().map(|entry| view! { <EntryItem entry /> }).collect_view()}
                        </ul>
                    </section>
                }
            }).collect_view()}
        }
    })
}

#[component]
fn EntryItem(entry: Entry) -> impl IntoView {
    let t = use_messages();
    let remark = entry.remark.is_written().then(|| {
        view! { <RemarkText remark=entry.remark label=t.outcome_remark() /> }
    });
    let id = format!("svar-{}", entry.svarnummer);
    view! {
        <li class="notat-entry" id=id>
            <p class="notat-sender"><strong>{entry.svarnummer}</strong> " · "
                <span lang=WRITTEN_IN dir="auto">{entry.respondent}</span></p>
            {(!entry.summary.is_empty()).then(|| view! {
                <blockquote dir="auto">{entry.summary.join(" ")}</blockquote>
            })}
            {remark}
        </li>
    }
}
