//! The public responses page's search: the form (words, order, the filters chosen kept as
//! hidden fields) and the facets, each value a link with its count that sets or removes the
//! filter, so filtering works by keyboard, screen reader and without JavaScript.

use std::collections::BTreeMap;

use leptos::prelude::*;

use super::FacetCounts;
use super::form_view::{SearchBox, SortSelect};
use super::params::{PUBLIC_FILTERS, SearchQuery};
use crate::i18n::use_messages;

/// The search form on `base` (the responses page's path).
#[component]
pub fn PublicSearchForm(
    /// The page's path.
    base: String,
    /// The search shown.
    query: SearchQuery,
    /// What was wrong with the words, if anything.
    problem: Option<String>,
) -> impl IntoView {
    let t = use_messages();
    let sorts = vec![
        ("relevance", t.search_sort_relevance()),
        ("newest", t.search_sort_newest()),
    ];
    let selected = if query.newest { "newest" } else { "relevance" };
    let clear = query.is_search().then(|| {
        let base = base.clone();
        view! { <p class="search-clear"><a href=base>{t.search_clear()}</a></p> }
    });
    view! {
        <form method="get" action=base role="search" class="search-form" aria-label=t.search_label()>
            <SearchBox id="search-q" value=query.q.clone() problem />
            <SortSelect id="search-sort" options=sorts selected=selected.to_owned() />
            {query.filters.iter().map(|(name, value)| view! {
                <input type="hidden" name=name.clone() value=value.clone() />
            }).collect_view()}
            {clear}
        </form>
    }
}

/// One value of a facet as shown: the link, its label, its count and whether it is chosen.
struct FacetValue {
    href: String,
    label: String,
    count: u64,
    chosen: bool,
}

/// The facets of a search: per filter its values with their counts, the most frequent first.
#[component]
pub fn Facets(
    /// The page's path.
    base: String,
    /// The search shown.
    query: SearchQuery,
    /// The counts per filter and value.
    counts: FacetCounts,
    /// Section anchor → number and heading.
    sections: Vec<(String, String)>,
) -> impl IntoView {
    let t = use_messages();
    let sections: BTreeMap<String, String> = sections.into_iter().collect();
    let groups = PUBLIC_FILTERS
        .into_iter()
        .map(|key| {
            let label = |value: &str| match key {
                "section" => sections
                    .get(value)
                    .cloned()
                    .unwrap_or_else(|| value.to_owned()),
                _ => t.facet_value(key, value),
            };
            (key, values(&base, &query, &counts, key, label))
        })
        .filter(|(_, values)| !values.is_empty())
        .collect::<Vec<_>>();
    view! {
        <nav class="facets" aria-labelledby="facets-heading">
            <h2 id="facets-heading">{t.search_filters()}</h2>
            {groups.into_iter().map(|(key, values)| {
                let heading_id = format!("facet-{key}");
                view! {
                    <h3 id=heading_id.clone()>{t.facet_heading(key)}</h3>
                    <ul class="facet-values" aria-labelledby=heading_id>
                        {values.into_iter().map(|v| view! { <FacetLink value=v /> }).collect_view()}
                    </ul>
                }
            }).collect_view()}
        </nav>
    }
}

/// The values of one facet: those counted (not the empty value of responses without one), and
/// the chosen one even when nothing has it.
fn values(
    base: &str,
    query: &SearchQuery,
    counts: &FacetCounts,
    key: &str,
    label: impl Fn(&str) -> String,
) -> Vec<FacetValue> {
    let mut counted: BTreeMap<String, u64> = counts.get(key).cloned().unwrap_or_default();
    counted.retain(|value, _| !value.trim().is_empty());
    if let Some(chosen) = query.filter(key) {
        counted.entry(chosen.to_owned()).or_insert(0);
    }
    let mut values: Vec<FacetValue> = counted
        .into_iter()
        .map(|(value, count)| {
            let chosen = query.filter(key) == Some(value.as_str());
            let next = query.with_filter(key, (!chosen).then_some(value.as_str()));
            FacetValue {
                href: next.href(base, 1),
                label: label(&value),
                count,
                chosen,
            }
        })
        .collect();
    values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
    values
}

#[component]
fn FacetLink(value: FacetValue) -> impl IntoView {
    let t = use_messages();
    let FacetValue {
        href,
        label,
        count,
        chosen,
    } = value;
    view! {
        <li>
            <a href=href class:chosen=chosen aria-current=chosen.then_some("true")>
                {chosen.then(|| view! { <span aria-hidden="true">"✓ "</span> })}
                {label} " " <span class="count">"(" {count} ")"</span>
                {chosen.then(|| view! { <span class="visually-hidden">{t.facet_selected()}</span> })}
            </a>
        </li>
    }
}
