//! The inbox's bulk form: one action for every ticked response, with the outcome or the
//! message at its field; and the one-line text field the response forms share.

use leptos::prelude::*;

use super::BulkFormState;
use crate::i18n::use_messages;

#[component]
pub(super) fn BulkForm(action: String, state: Option<BulkFormState>) -> impl IntoView {
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
