//! The response form's own fields (stance, text, files) on the shared widgets of
//! [`crate::web::fields`], and the "check your e-mail" page.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::submission::Stance;
use crate::i18n::use_messages;
use crate::web::fields::{Choice, described_by};
use crate::web::textarea::Textarea;

/// The stance radio buttons.
#[component]
pub fn StanceChoice(
    selected: String,
    error: Option<String>,
    /// The question, when not the respondent's own (an official registering a letter).
    #[prop(optional)]
    legend: Option<&'static str>,
) -> impl IntoView {
    let t = use_messages();
    view! {
        <Choice
            name="stance"
            legend=legend.unwrap_or_else(|| t.stance_legend())
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
pub fn TextArea(
    value: String,
    error: Option<String>,
    /// The label, when not the respondent's own (an official registering a letter).
    #[prop(optional)]
    label: Option<&'static str>,
) -> impl IntoView {
    let t = use_messages();
    let invalid = error.is_some();
    view! {
        <div class="field" class:has-error=invalid>
            <label for="field-text">{label.unwrap_or_else(|| t.text_label())}</label>
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
