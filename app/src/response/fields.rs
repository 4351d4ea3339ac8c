//! The response form's building blocks: fields with label, hint and error, radio groups,
//! the error summary, and the "check your e-mail" page.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::submission::Stance;
use crate::i18n::use_messages;
use crate::textarea::Textarea;

/// `aria-describedby` for a field: its hint and its error, when they are shown.
fn described_by(name: &str, hint: bool, error: bool) -> Option<String> {
    let ids: Vec<String> = [(hint, "hint"), (error, "error")]
        .into_iter()
        .filter(|(shown, _)| *shown)
        .map(|(_, kind)| format!("{kind}-{name}"))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A list of every error at the top of the form, each linking to its field.
#[component]
pub fn ErrorSummary(errors: BTreeMap<String, String>) -> impl IntoView {
    let t = use_messages();
    (!errors.is_empty()).then(|| {
        view! {
            <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
                <h2 id="error-summary-title">{t.error_summary()}</h2>
                <ul>
                    {errors
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

/// The stance radio buttons.
#[component]
pub fn StanceChoice(selected: String, error: Option<String>) -> impl IntoView {
    let t = use_messages();
    view! {
        <Choice
            name="stance"
            legend=t.stance_legend()
            selected
            options=[Stance::Support, Stance::Oppose, Stance::Mixed, Stance::None]
                .map(|s| (s.as_str(), t.stance_label(s)))
                .to_vec()
            error
        />
    }
}

/// The response's text.
#[component]
pub fn TextArea(value: String, error: Option<String>) -> impl IntoView {
    let t = use_messages();
    let invalid = error.is_some();
    view! {
        <div class="field" class:has-error=invalid>
            <label for="field-text">{t.text_label()}</label>
            <p class="hint" id="hint-text">{t.text_hint()}</p>
            {error.map(|e| view! { <p class="field-error" id="error-text">{e}</p> })}
            <Textarea
                id="field-text"
                name="text"
                value
                rows=12
                invalid
                described_by=described_by("text", true, invalid)
            />
        </div>
    }
}

/// The file field: several files, with what is accepted as its hint.
#[component]
pub fn FileField(hint: String, error: Option<String>) -> impl IntoView {
    let t = use_messages();
    let invalid = error.is_some();
    view! {
        <div class="field" class:has-error=invalid>
            <label for="field-files">
                {t.files_label()} <span class="optional">" " {t.optional()}</span>
            </label>
            <p class="hint" id="hint-files">{hint}</p>
            {error.map(|e| view! { <p class="field-error" id="error-files">{e}</p> })}
            <input
                type="file"
                id="field-files"
                name="files"
                multiple=true
                accept=".pdf,.docx,.odt,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text,text/plain"
                aria-invalid=invalid.then_some("true")
                aria-describedby=described_by("files", true, invalid)
            />
        </div>
    }
}

/// `/hearings/{slug}/respond/sent`: "check your e-mail".
#[component]
pub fn SentPage() -> impl IntoView {
    let t = use_messages();
    let query = use_query_map();
    let svarnummer = move || query.read().get("svarnummer").unwrap_or_default();
    view! {
        <Title text=t.sent_title() />
        <div class="wrap notice">
            <h1>{t.sent_title()}</h1>
            <p>{move || t.sent_body(&svarnummer())}</p>
            <p>
                <a href="/">{t.back_to_front()}</a>
            </p>
        </div>
    }
}
