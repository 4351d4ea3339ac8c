//! The decision form of one response in the inbox: publish, hold or reject, with a reason.

use leptos::prelude::*;

use super::DecisionFormState;
use crate::i18n::use_messages;

/// Publish, hold or reject one response, with a reason; posted to the page it is on.
#[component]
pub(super) fn DecisionForm(
    id: i32,
    refused: Option<DecisionFormState>,
    action: String,
) -> impl IntoView {
    let t = use_messages();
    let state = refused.unwrap_or_default();
    let invalid = !state.error.is_empty();
    let error = invalid.then_some(state.error.clone());
    let reason_id = format!("reason-{id}");
    let error_id = format!("reason-error-{id}");
    let actions = [
        ("publish", t.action_publish()),
        ("hold", t.action_hold()),
        ("reject", t.action_reject()),
    ];
    view! {
        <form method="post" action=action class="decision">
            <input type="hidden" name="response_id" value=id.to_string() />
            <fieldset>
                <legend>{t.decision_legend()}</legend>
                {actions.into_iter().map(|(value, label)| {
                    let input_id = format!("action-{id}-{value}");
                    let checked = state.action == value || (state.action.is_empty() && value == "publish");
                    view! {
                        <div class="radio">
                            <input type="radio" id=input_id.clone() name="action" value=value checked=checked />
                            <label for=input_id>{label}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <div class="field" class:has-error=invalid>
                <label for=reason_id.clone()>{t.reason_label()}</label>
                {error.map(|e| view! { <p class="field-error" id=error_id.clone()>{e}</p> })}
                <crate::web::textarea::Textarea id=reason_id name="reason" value=state.reason.clone() rows=2
                    invalid described_by=invalid.then_some(error_id.clone()) />
            </div>
            <button type="submit" class="primary">{t.decide_button()}</button>
        </form>
    }
}
