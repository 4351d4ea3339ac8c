//! The inbox's content: the filter and bulk forms (`filters_view`, `bulk_view`), pages, and one
//! entry per response
//! with a tick box for the bulk form (`form="bulk"`, so it works without JavaScript although
//! the boxes sit outside that form) and a decision form of its own.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::bulk_view::BulkForm;
use super::filters_view::FilterForm;
use super::view::SignOut;
use super::{BulkFormState, DecisionFormState, Inbox};
use crate::i18n::use_messages;
use crate::mailbox::QuarantineNotice;
use crate::response::admin::{AdminResponse, Filters};
use crate::search::snippet::Snippet;
use crate::web::user_text::UserText;

#[component]
pub(super) fn InboxView(
    inbox: Inbox,
    refused: Option<DecisionFormState>,
    bulk: Option<BulkFormState>,
    saved: bool,
) -> impl IntoView {
    let t = use_messages();
    let Inbox {
        hearing,
        filters,
        filter_error,
        sections,
        responses,
        can_moderate,
    } = inbox;
    let here = use_location();
    let action = format!(
        "{}{}",
        here.pathname.get_untracked(),
        here.search.get_untracked()
    );
    let base = format!("/admin/hearings/{}/responses", hearing.slug);
    let pages = responses
        .total
        .div_ceil(responses.per_page.max(1) as usize)
        .max(1) as u64;
    let count = match filters.words() {
        Some(words) => t.search_results(responses.total as u64, words),
        None => t.response_total(responses.total),
    };
    let ticked = bulk.as_ref().map(|b| b.ids.clone()).unwrap_or_default();
    view! {
        <h1>{hearing.title}</h1>
        <SignOut />
        <QuarantineNotice slug=hearing.slug.clone() />
        {can_moderate.then(|| view! {
            <p><a href=format!("/admin/hearings/{}/responses/new", hearing.slug)>{t.rg_link()}</a></p>
        })}
        {saved.then(|| view! { <p class="success-box" role="status">{t.decided_notice()}</p> })}
        <FilterForm base=base.clone() filters=filters.clone() counts=responses.counts.clone() sections filter_error problem=responses.problem.clone() />
        <p class="exports">
            {t.download_exports()} " "
            <a href=format!("/api/v1/admin/hearings/{}/export.xlsx", hearing.slug) download="">"Excel (XLSX)"</a> ", "
            <a href=format!("/api/v1/admin/hearings/{}/export.csv", hearing.slug) download="">"CSV"</a> ", "
            <a href=format!("/api/v1/admin/hearings/{}/export.json", hearing.slug) download="">"JSON"</a> ", "
            <a href=format!("/api/v1/admin/hearings/{}/attachments.zip", hearing.slug) download="">{t.attachments_zip()}</a>
        </p>
        {can_moderate.then(|| view! { <BulkForm action=action.clone() state=bulk /> })}
        <p class="response-count">{count}</p>
        {(responses.items.is_empty()).then(|| view! { <p>{t.no_matches()}</p> })}
        <ul class="inbox">
            {responses.items.into_iter().map(|item| {
                let refused = refused.clone().filter(|r| r.response_id == item.id);
                let checked = ticked.contains(&item.id);
                view! { <InboxEntry item refused can_moderate checked action=action.clone() /> }
            }).collect_view()}
        </ul>
        <Pager base filters page=responses.page pages />
    }
}

#[component]
fn Pager(base: String, filters: Filters, page: u64, pages: u64) -> impl IntoView {
    let t = use_messages();
    let link = move |to: u64| format!("{base}?{}", filters.query(to));
    (pages > 1).then(|| view! {
        <nav class="pager" aria-label=t.pages_label()>
            {(page > 1).then(|| view! { <a href=link(page - 1) rel="prev">{t.previous_page()}</a> })}
            <span aria-current="page">{t.page_of(page, pages)}</span>
            {(page < pages).then(|| view! { <a href=link(page + 1) rel="next">{t.next_page()}</a> })}
        </nav>
    })
}

#[component]
fn InboxEntry(
    item: AdminResponse,
    refused: Option<DecisionFormState>,
    can_moderate: bool,
    checked: bool,
    action: String,
) -> impl IntoView {
    let t = use_messages();
    let sender = item
        .organisation
        .clone()
        .unwrap_or_else(|| match item.name.as_str() {
            "" => t.anonymous().to_owned(),
            name => name.to_owned(),
        });
    let heading_id = format!("svar-{}", item.id);
    let labelled = heading_id.clone();
    let tick_id = format!("tick-{}", item.id);
    let tick = can_moderate.then(|| view! {
        <div class="tick">
            <input type="checkbox" form="bulk" name="ids" id=tick_id.clone() value=item.id.to_string() checked=checked />
            <label for=tick_id class="visually-hidden">{t.select_response(&item.svarnummer)}</label>
        </div>
    });
    let form = can_moderate
        .then(|| view! { <super::decision_view::DecisionForm id=item.id refused action /> });
    view! {
        <li class="inbox-item">
            <article aria-labelledby=labelled>
                {tick}
                <h2 id=heading_id>
                    <a href=format!("/admin/responses/{}", item.id)>{item.svarnummer.clone()}</a>
                    " – " {sender}
                </h2>
                <p class="meta">
                    {t.status_name(item.status)} " · " {t.channel_name(item.channel)}
                    {(!item.email.is_empty()).then(|| view! { " · " {item.email.clone()} })}
                    {item.held_reason.clone().map(|r| view! { " · " {r} })}
                    {item.public_text.is_some().then(|| view! { " · " <strong>{t.redacted_badge()}</strong> })}
                    {item.duplicate_of.clone().map(|d| view! { " · " <strong>{t.duplicate_badge(&d)}</strong> })}
                    {(item.note_count > 0).then(|| view! { " · " {t.note_count(item.note_count)} })}
                </p>
                {(!item.tags.is_empty()).then(|| view! {
                    <ul class="tags">{item.tags.iter().map(|tag| view! { <li>{tag.clone()}</li> }).collect_view()}</ul>
                })}
                {match item.snippet.clone() {
                    Some(snippet) => view! {
                        <Snippet snippet language=item.language.clone() />
                        <details class="whole-text">
                            <summary>{t.search_whole_text()}</summary>
                            <UserText text=item.text.clone() language=item.language.clone() />
                        </details>
                    }.into_any(),
                    None => view! { <UserText text=item.text.clone() language=item.language.clone() /> }.into_any(),
                }}
                {(!item.attachments.is_empty()).then(|| view! {
                    <ul class="response-files">
                        {item.attachments.iter().map(|f| view! {
                            <li>{f.name.clone()} " (" {f.extraction_state.as_str()} ")"</li>
                        }).collect_view()}
                    </ul>
                })}
                {form}
            </article>
        </li>
    }
}
