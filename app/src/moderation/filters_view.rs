//! The inbox's filter form: the search box (its problem beside it) and order, every filter
//! with the count of each value over the hearing (over the matches when searching), and the
//! submission dates with their message when one is malformed.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::i18n::{Messages, use_messages};
use crate::respondent::RespondentKind;
use crate::response::admin::{Filters, Order};
use crate::search::form_view::{SearchBox, SortSelect};
use crate::vocab::{Channel, ResponseStatus};

/// A select's options: value, label with its count.
type Options = Vec<(String, String)>;

fn counted(
    counts: &BTreeMap<String, BTreeMap<String, u64>>,
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
    counts: &BTreeMap<String, BTreeMap<String, u64>>,
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
pub(super) fn FilterForm(
    base: String,
    filters: Filters,
    counts: BTreeMap<String, BTreeMap<String, u64>>,
    sections: Vec<(String, String)>,
    filter_error: Option<(String, String)>,
    problem: Option<String>,
) -> impl IntoView {
    let t = use_messages();
    let sorts = vec![
        ("relevance", t.search_sort_relevance()),
        ("oldest", t.search_sort_oldest()),
        ("newest", t.search_sort_newest()),
    ];
    let sort = match filters.order() {
        Order::Rank => "relevance",
        Order::Oldest => "oldest",
        Order::Newest => "newest",
    };
    let statuses: Vec<_> = ResponseStatus::ALL
        .iter()
        .map(|s| (s.to_string(), t.status_name(*s).to_owned()))
        .collect();
    let channels: Vec<_> = Channel::ALL
        .iter()
        .map(|c| (c.to_string(), t.channel_name(*c).to_owned()))
        .collect();
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
                <SearchBox id="filter-q" value=filters.q.clone().unwrap_or_default() problem />
                <div class="filter-grid">
                    <SortSelect id="filter-sort" options=sorts selected=sort.to_owned() />
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
