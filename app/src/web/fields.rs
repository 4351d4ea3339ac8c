//! The shared form widgets: a field with its label, hint and error, a group of radio
//! buttons, a list to choose from, and the error summary at the top of a form (GOV.UK's pattern: every message is
//! also a link to its field). Every form of the site, public and officials', is built from
//! these, so a field looks, reads aloud and fails the same way everywhere.

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::i18n::use_messages;

/// `aria-describedby` for a field: its hint and its error, when they are shown.
pub fn described_by(name: &str, hint: bool, error: bool) -> Option<String> {
    let ids: Vec<String> = [(hint, "hint"), (error, "error")]
        .into_iter()
        .filter(|(shown, _)| *shown)
        .map(|(_, kind)| format!("{kind}-{name}"))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A form's fields in their order, each with its label (for [`ErrorSummary`]): fixed names
/// and labels, or names made at run time (a field per language).
#[derive(Clone, Debug, Default)]
pub struct Labels(Vec<(String, String)>);

impl From<Vec<(&'static str, &'static str)>> for Labels {
    fn from(pairs: Vec<(&'static str, &'static str)>) -> Self {
        Labels(
            pairs
                .into_iter()
                .map(|(f, l)| (f.into(), l.into()))
                .collect(),
        )
    }
}

impl From<Vec<(String, String)>> for Labels {
    fn from(pairs: Vec<(String, String)>) -> Self {
        Labels(pairs)
    }
}

/// A list of every error at the top of the form, each linking to its field. With `labels`
/// (the form's fields in their order, each with its label) the list follows the form and
/// names each field ("Din e-mail: Udfyld feltet."), so that two alike messages can be told
/// apart when read out; errors of fields not named there follow.
#[component]
pub fn ErrorSummary(
    errors: BTreeMap<String, String>,
    #[prop(optional, into)] labels: Labels,
) -> impl IntoView {
    let t = use_messages();
    let mut rest = errors;
    let mut items: Vec<(String, String)> = labels
        .0
        .into_iter()
        .filter_map(|(field, label)| {
            let message = rest.remove(&field)?;
            Some((field, format!("{label}: {message}")))
        })
        .collect();
    items.extend(rest);
    (!items.is_empty()).then(|| {
        view! {
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
                <h2 id="error-summary-title">{t.error_summary()}</h2>
                <ul>
                    {items
                        .into_iter()
                        .map(|(field, message)| {
                            view! {
                                <li>
                                    <a href=format!("#field-{field}")>{message}</a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}

/// A one-line text field.
#[component]
pub fn Field(
    name: &'static str,
    label: &'static str,
    value: String,
    error: Option<String>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] optional: bool,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] input_mode: Option<&'static str>,
) -> impl IntoView {
    let t = use_messages();
    let invalid = error.is_some();
    view! {
        <div class="field" class:has-error=invalid>
            <label for=format!("field-{name}")>
                {label} {optional.then(|| view! { <span class="optional">" " {t.optional()}</span> })}
            </label>
            {hint.map(|hint| view! { <p class="hint" id=format!("hint-{name}")>{hint}</p> })}
            {error.map(|e| view! { <p class="field-error" id=format!("error-{name}")>{e}</p> })}
            <input
                type=input_type
                id=format!("field-{name}")
                name=name
                value=value
                autocomplete=autocomplete
                inputmode=input_mode
                aria-invalid=invalid.then_some("true")
                aria-describedby=described_by(name, hint.is_some(), invalid)
            />
        </div>
    }
}

/// A group of radio buttons.
#[component]
pub fn Choice(
    name: &'static str,
    legend: &'static str,
    selected: String,
    options: Vec<(&'static str, &'static str)>,
    error: Option<String>,
) -> impl IntoView {
    let invalid = error.is_some();
    view! {
        <fieldset class="field choice" class:has-error=invalid id=format!("field-{name}")
            aria-describedby=described_by(name, false, invalid)>
            <legend>{legend}</legend>
            {error.map(|e| view! { <p class="field-error" id=format!("error-{name}")>{e}</p> })}
            {options
                .into_iter()
                .map(|(value, label)| {
                    let id = format!("field-{name}-{value}");
                    view! {
                        <div class="radio">
                            <input type="radio" id=id.clone() name=name value=value checked=selected == value />
                            <label for=id>{label}</label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// A labelled `<select>` with its error linked by `aria-describedby`.
#[component]
pub fn Select(
    id: String,
    name: &'static str,
    label: &'static str,
    options: Vec<(String, String)>,
    selected: String,
    error: Option<String>,
) -> impl IntoView {
    let invalid = error.is_some();
    let error_id = format!("error-{id}");
    view! {
        <div class="field" class:has-error=invalid>
            <label for=id.clone()>{label}</label>
            {error.map(|e| view! { <p class="field-error" id=error_id.clone()>{e}</p> })}
            <select id=id name=name aria-invalid=invalid.then_some("true")
                aria-describedby=invalid.then_some(error_id.clone())>
                {options.into_iter().map(|(value, text)| {
                    let chosen = value == selected;
                    view! { <option value=value selected=chosen>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}
