//! The inbox's content: filters with counts, pages, the bulk form, and one entry per response
//! with a tick box for the bulk form (`form="bulk"`, so it works without JavaScript although
//! the boxes sit outside that form) and a decision form of its own.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::view::SignOut;
use super::{BulkFormState, DecisionFormState, Inbox};
use crate::app::use_messages;
use crate::i18n::Messages;
use crate::respondent::RespondentKind;
use crate::response::admin::{AdminResponse, Filters};

const STATUSES: [&str; 6] = [
    "awaiting_verification",
    "verified",
    "published",
    "held",
    "rejected",
    "withdrawn",
];

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
    let ticked = bulk.as_ref().map(|b| b.ids.clone()).unwrap_or_default();
    view! {
        <h1>{hearing.title}</h1>
        <SignOut />
        {saved.then(|| view! { <p class="success-box" role="status">{t.decided_notice()}</p> })}
        <FilterForm base=base.clone() filters=filters.clone() counts=responses.counts.clone() sections filter_error />
        <p class="exports">
            {t.download_exports()} " "
            <a href=format!("/api/v1/admin/hearings/{}/export.xlsx", hearing.slug) download="">"Excel (XLSX)"</a> ", "
            <a href=format!("/api/v1/admin/hearings/{}/export.csv", hearing.slug) download="">"CSV"</a> ", "
            <a href=format!("/api/v1/admin/hearings/{}/export.json", hearing.slug) download="">"JSON"</a> ", "
            <a href=format!("/api/v1/admin/hearings/{}/attachments.zip", hearing.slug) download="">{t.attachments_zip()}</a>
        </p>
        {can_moderate.then(|| view! { <BulkForm action=action.clone() state=bulk /> })}
        <p class="response-count">{t.response_total(responses.total)}</p>
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

/// A select's options: value, label with its count.
type Options = Vec<(String, String)>;

fn counted(
    counts: &std::collections::BTreeMap<String, std::collections::BTreeMap<String, u64>>,
    filter: &str,
    values: Vec<(String, String)>,
) -> Options {
    let of = counts.get(filter);
    values
        .into_iter()
        .map(|(value, label)| {
            let n = of.and_then(|c| c.get(&value)).copied().unwrap_or(0);
            let label = format!("{label} ({n})");
            (value, label)
        })
        .collect()
}

fn observed(
    counts: &std::collections::BTreeMap<String, std::collections::BTreeMap<String, u64>>,
    filter: &str,
    label: impl Fn(&str) -> String,
) -> Options {
    let values = counts
        .get(filter)
        .map(|c| c.keys().map(|v| (v.clone(), label(v))).collect())
        .unwrap_or_default();
    counted(counts, filter, values)
}

fn yes_no(t: &'static dyn Messages) -> Vec<(String, String)> {
    vec![
        ("true".into(), t.yes().into()),
        ("false".into(), t.no().into()),
    ]
}

#[component]
fn FilterForm(
    base: String,
    filters: Filters,
    counts: std::collections::BTreeMap<String, std::collections::BTreeMap<String, u64>>,
    sections: Vec<(String, String)>,
    filter_error: Option<(String, String)>,
) -> impl IntoView {
    let t = use_messages();
    let statuses = STATUSES
        .map(|s| (s.to_owned(), t.status_name(s).to_owned()))
        .to_vec();
    let channels = ["web", "email", "letter", "meeting"]
        .map(|c| (c.to_owned(), t.channel_name(c).to_owned()))
        .to_vec();
    let kinds = observed(&counts, "kind", |k| {
        RespondentKind::parse(k).map_or(k.to_owned(), |k| t.kind_label(k).to_owned())
    });
    let languages = observed(&counts, "language", |l| {
        if l == "unknown" {
            t.unknown_language().to_owned()
        } else {
            l.to_uppercase()
        }
    });
    let flag = |v: Option<bool>| v.map(|v| v.to_string());
    let error_for = |field: &str| {
        filter_error
            .clone()
            .filter(|(f, _)| f == field)
            .map(|(_, m)| m)
    };
    let clear = base.clone();
    view! {
        <form method="get" action=base class="filters">
            <fieldset>
                <legend>{t.filters()}</legend>
                <div class="filter-grid">
                    <Select name="status" label=t.filter_status() options=counted(&counts, "status", statuses) selected=filters.status.clone() />
                    <Select name="kind" label=t.filter_kind() options=kinds selected=filters.kind.clone() />
                    <Select name="channel" label=t.filter_channel() options=counted(&counts, "channel", channels) selected=filters.channel.clone() />
                    <Select name="language" label=t.filter_language() options=languages selected=filters.language.clone() />
                    <Select name="has_attachments" label=t.filter_attachments() options=counted(&counts, "has_attachments", yes_no(t)) selected=flag(filters.has_attachments) />
                    <Select name="personal_data" label=t.filter_personal_data() options=counted(&counts, "personal_data", yes_no(t)) selected=flag(filters.personal_data) />
                    <Select name="section" label=t.filter_section() options=counted(&counts, "section", sections) selected=filters.section.clone() />
                    <Select name="tag" label=t.filter_tag() options=observed(&counts, "tag", str::to_owned) selected=filters.tag.clone() />
                    <Select name="duplicate" label=t.filter_duplicate() options=counted(&counts, "duplicate", yes_no(t)) selected=flag(filters.duplicate) />
                    <DateField name="from" label=t.filter_from() value=filters.from.clone() error=error_for("from") />
                    <DateField name="to" label=t.filter_to() value=filters.to.clone() error=error_for("to") />
                </div>
                {filters.paragraph.clone().map(|p| view! {
                    <p>
                        <input type="checkbox" id="filter-paragraph" name="paragraph" value=p.clone() checked=true />
                        <label for="filter-paragraph">{t.filter_paragraph()} " " {p}</label>
                    </p>
                })}
                <button type="submit" class="secondary">{t.apply_filters()}</button>
                " " <a href=clear>{t.clear_filters()}</a>
            </fieldset>
        </form>
    }
}

#[component]
fn Select(
    name: &'static str,
    label: &'static str,
    options: Options,
    selected: Option<String>,
) -> impl IntoView {
    let t = use_messages();
    let id = format!("filter-{name}");
    let selected = selected.unwrap_or_default();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id name=name>
                <option value="" selected=selected.is_empty()>{t.filter_any()}</option>
                {options.into_iter().map(|(value, text)| {
                    let is = selected == value;
                    view! { <option value=value selected=is>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

#[component]
fn DateField(
    name: &'static str,
    label: &'static str,
    value: Option<String>,
    error: Option<String>,
) -> impl IntoView {
    let id = format!("filter-{name}");
    let error_id = format!("{id}-error");
    let invalid = error.is_some();
    view! {
        <div class="field" class:has-error=invalid>
            <label for=id.clone()>{label}</label>
            {error.map(|e| view! { <p class="field-error" id=error_id.clone()>{e}</p> })}
            <input type="date" id=id name=name value=value.unwrap_or_default()
                aria-invalid=invalid.then_some("true")
                aria-describedby=invalid.then_some(error_id.clone()) />
        </div>
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
fn BulkForm(action: String, state: Option<BulkFormState>) -> impl IntoView {
    let t = use_messages();
    let state = state.unwrap_or_default();
    let error = state.error.clone();
    let message_for = move |field: &str| error.clone().filter(|(f, _)| f == field).map(|(_, m)| m);
    let choices = [
        ("publish", t.action_publish()),
        ("hold", t.action_hold()),
        ("reject", t.action_reject()),
        ("duplicate", t.action_duplicate()),
        ("tag", t.action_tag()),
    ];
    view! {
        <form method="post" action=action id="bulk" class="bulk">
            <input type="hidden" name="intent" value="bulk" />
            <fieldset>
                <legend>{t.bulk_legend()}</legend>
                <p class="hint">{t.bulk_hint()}</p>
                {state.outcome.clone().map(|super::BulkDone { done, refused }| view! {
                    <div class="success-box" role="status">
                        <p>{t.bulk_done(done.len())}</p>
                        <ul>{refused.into_iter().map(|(s, why)| view! { <li>{t.bulk_refused(&s, &why)}</li> }).collect_view()}</ul>
                    </div>
                })}
                <ErrorAt field="ids" message=message_for("ids") />
                <div class="field">
                    <label for="bulk-action">{t.action_label()}</label>
                    <ErrorAt field="action" message=message_for("action") />
                    <select id="bulk-action" name="action">
                        {choices.into_iter().map(|(value, label)| view! {
                            <option value=value selected=state.action == value>{label}</option>
                        }).collect_view()}
                    </select>
                </div>
                <TextField name="reason" id="bulk-reason" label=t.reason_label() value=state.reason.clone() message=message_for("reason") />
                <TextField name="duplicate_of" id="bulk-duplicate-of" label=t.duplicate_of_label() value=state.duplicate_of.clone() message=message_for("duplicate_of") />
                <TextField name="tag" id="bulk-tag" label=t.tag_label() value=state.tag.clone() message=message_for("tag") />
                <button type="submit" class="primary">{t.bulk_button()}</button>
            </fieldset>
        </form>
    }
}

/// A message at a field that has no input of its own (e.g. the tick boxes).
#[component]
fn ErrorAt(field: &'static str, message: Option<String>) -> impl IntoView {
    message.map(
        |m| view! { <p class="field-error" id=format!("bulk-{field}-error") role="alert">{m}</p> },
    )
}

/// A one-line text input with its label and, when refused, its message.
#[component]
pub(super) fn TextField(
    name: &'static str,
    id: &'static str,
    label: &'static str,
    value: String,
    message: Option<String>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let invalid = message.is_some();
    view! {
        <div class="field" class:has-error=invalid>
            <label for=id>{label}</label>
            {message.map(|m| view! { <p class="field-error" id=error_id.clone()>{m}</p> })}
            <input type="text" id=id name=name value=value
                aria-invalid=invalid.then_some("true")
                aria-describedby=invalid.then_some(error_id.clone()) />
        </div>
    }
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
        .unwrap_or_else(|| item.name.clone());
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
                    {t.status_name(&item.status)} " · " {t.channel_name(&item.channel)} " · " {item.email.clone()}
                    {item.held_reason.clone().map(|r| view! { " · " {r} })}
                    {item.public_text.is_some().then(|| view! { " · " <strong>{t.redacted_badge()}</strong> })}
                    {item.duplicate_of.clone().map(|d| view! { " · " <strong>{t.duplicate_badge(&d)}</strong> })}
                    {(item.note_count > 0).then(|| view! { " · " {t.note_count(item.note_count)} })}
                </p>
                {(!item.tags.is_empty()).then(|| view! {
                    <ul class="tags">{item.tags.iter().map(|tag| view! { <li>{tag.clone()}</li> }).collect_view()}</ul>
                })}
                <p class="response-text" lang=item.language.clone()>{item.text.clone()}</p>
                {(!item.attachments.is_empty()).then(|| view! {
                    <ul class="response-files">
                        {item.attachments.iter().map(|f| view! {
                            <li>{f.name.clone()} " (" {f.extraction_state.clone()} ")"</li>
                        }).collect_view()}
                    </ul>
                })}
                {form}
            </article>
        </li>
    }
}
