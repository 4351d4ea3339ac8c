//! The search box of the responses pages: a plain GET form, so it works without JavaScript and
//! the URL holds the search. The hint and, when the words had a syntax problem, the message
//! saying so are tied to the box with `aria-describedby`.

use leptos::prelude::*;

use crate::i18n::use_messages;

/// The search box with its label, hint and problem, and a submit button. `id` prefixes the
/// ids of the box, the hint and the problem.
#[component]
pub fn SearchBox(
    /// The id of the text box; its hint and problem get `{id}-hint` and `{id}-problem`.
    id: &'static str,
    /// The words searched for.
    value: String,
    /// What was wrong with the words, in the reader's language.
    problem: Option<String>,
) -> impl IntoView {
    let t = use_messages();
    let hint_id = format!("{id}-hint");
    let problem_id = format!("{id}-problem");
    let described_by = match problem {
        Some(_) => format!("{problem_id} {hint_id}"),
        None => hint_id.clone(),
    };
    view! {
        <div class="field search-field">
            <label for=id>{t.search_label()}</label>
            <p class="hint" id=hint_id>{t.search_hint()}</p>
            {problem.map(|problem| view! {
                <p class="search-problem" id=problem_id>
                    <strong>{t.search_note()}</strong> " " {problem}
                </p>
            })}
            <div class="search-row">
                <input type="search" id=id name="q" value=value aria-describedby=described_by />
                <button type="submit" class="primary">{t.search_button()}</button>
            </div>
        </div>
    }
}

/// A select of the order of results: `options` are (value, label); `selected` is a value.
#[component]
pub fn SortSelect(
    /// The select's id.
    id: &'static str,
    /// The values and their labels, in order.
    options: Vec<(&'static str, &'static str)>,
    /// The value chosen.
    selected: String,
) -> impl IntoView {
    let t = use_messages();
    view! {
        <div class="field sort-field">
            <label for=id>{t.search_sort()}</label>
            <select id=id name="sort">
                {options.into_iter().map(|(value, label)| {
                    let is = selected == value;
                    view! { <option value=value selected=is>{label}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}
