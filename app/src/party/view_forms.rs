//! The forms of the høringsliste page. Each field's id carries its form's prefix, so the
//! add form and every party's edit form can share the page; a refused form shows what was
//! typed with the message at the field (`aria-describedby`).

use std::collections::BTreeMap;

use leptos::prelude::*;

use super::{PartyFormState, PartyInput, PartyKind, PartyRow};
use crate::i18n::use_messages;
use crate::web::textarea::Textarea;

/// The messages of a form, when the refused form is this one.
fn errors_for(refused: &Option<PartyFormState>, intent: &str, id: i32) -> BTreeMap<String, String> {
    refused
        .as_ref()
        .filter(|r| r.intent == intent && r.party_id == id)
        .map(|r| r.errors.clone())
        .unwrap_or_default()
}

/// A labelled input with its hint and message.
#[component]
fn Input(
    prefix: String,
    name: &'static str,
    label: &'static str,
    value: String,
    error: Option<String>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(default = "text")] input_type: &'static str,
) -> impl IntoView {
    let id = format!("{prefix}-{name}");
    let invalid = error.is_some();
    let described: Vec<String> = [(hint.is_some(), "hint"), (invalid, "error")]
        .into_iter()
        .filter(|(shown, _)| *shown)
        .map(|(_, kind)| format!("{id}-{kind}"))
        .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    view! {
        <div class="field" class:has-error=invalid>
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
            {error.map(|e| view! { <p class="field-error" id=format!("{id}-error")>{e}</p> })}
            <input type=input_type id=id.clone() name=name value=value
                aria-invalid=invalid.then_some("true") aria-describedby=described />
        </div>
    }
}

/// The party's fields: name, kind, e-mail, CVR, contact person, own deadline.
#[component]
fn PartyFields(
    prefix: String,
    input: PartyInput,
    errors: BTreeMap<String, String>,
) -> impl IntoView {
    let t = use_messages();
    let error = |field: &str| errors.get(field).cloned();
    let kind_id = format!("{prefix}-kind");
    let kind_error = error("kind");
    let kind_invalid = kind_error.is_some();
    view! {
        <Input prefix=prefix.clone() name="name" label=t.party_name() value=input.name error=error("name") />
        <div class="field" class:has-error=kind_invalid>
            <label for=kind_id.clone()>{t.party_kind_label()}</label>
            {kind_error.map(|e| view! { <p class="field-error" id=format!("{kind_id}-error")>{e}</p> })}
            <select id=kind_id.clone() name="kind" aria-invalid=kind_invalid.then_some("true")
                aria-describedby=kind_invalid.then(|| format!("{kind_id}-error"))>
                {PartyKind::ALL.iter().map(|k| view! {
                    <option value=k.as_str() selected=input.kind == k.as_str()>{t.party_kind(*k)}</option>
                }).collect_view()}
            </select>
        </div>
        <Input prefix=prefix.clone() name="email" label=t.party_email() value=input.email error=error("email") input_type="email" />
        <Input prefix=prefix.clone() name="cvr" label=t.party_cvr() value=input.cvr error=error("cvr") />
        <Input prefix=prefix.clone() name="contact_person" label=t.party_contact() value=input.contact_person error=error("contact_person") />
        <Input prefix=prefix name="deadline" label=t.party_deadline() value=input.deadline error=error("deadline")
            hint=t.party_deadline_hint() input_type="date" />
    }
}

/// Adding one party.
#[component]
pub fn AddForm(action: String, refused: Option<PartyFormState>) -> impl IntoView {
    let t = use_messages();
    let errors = errors_for(&refused, "add", 0);
    let input = refused
        .filter(|r| r.intent == "add")
        .map(|r| r.input)
        .unwrap_or_default();
    view! {
        <form method="post" action=action class="party-form" aria-labelledby="add-party">
            <h2 id="add-party">{t.add_party_heading()}</h2>
            <input type="hidden" name="intent" value="add" />
            <PartyFields prefix="add".into() input errors />
            <button type="submit" class="primary">{t.add_party_button()}</button>
        </form>
    }
}

/// A party's fields, its answered verdict, and its removal.
#[component]
pub fn EditForms(action: String, row: PartyRow, refused: Option<PartyFormState>) -> impl IntoView {
    let t = use_messages();
    let party = row.party;
    let id = party.id;
    let prefix = format!("p{id}");
    let errors = errors_for(&refused, "update", id);
    let answered_errors = errors_for(&refused, "answered", id);
    let open = !errors.is_empty() || !answered_errors.is_empty();
    let input = match refused
        .clone()
        .filter(|r| r.intent == "update" && r.party_id == id)
    {
        Some(r) => r.input,
        None => PartyInput {
            name: party.name.clone(),
            kind: party.kind.to_string(),
            email: party.email.clone(),
            cvr: party.cvr.clone().unwrap_or_default(),
            contact_person: party.contact_person.clone().unwrap_or_default(),
            deadline: if party.own_deadline {
                row.deadline.date().to_string()
            } else {
                String::new()
            },
        },
    };
    let typed = refused
        .filter(|r| r.intent == "answered" && r.party_id == id)
        .map(|r| r.extra);
    let verdict = typed
        .as_ref()
        .and_then(|e| e.get("answered").cloned())
        .unwrap_or(party.answered_by.clone());
    let number = typed
        .and_then(|e| e.get("svarnummer").cloned())
        .unwrap_or_default();
    view! {
        <details class="party-edit" open=open>
            <summary>{party.name.clone()}</summary>
            <form method="post" action=action.clone() class="party-form">
                <input type="hidden" name="intent" value="update" />
                <input type="hidden" name="party_id" value=id.to_string() />
                <PartyFields prefix=prefix.clone() input errors />
                <button type="submit" class="primary">{t.save_party_button()}</button>
            </form>
            <AnsweredForm action=action.clone() id verdict number
                verdict_error=answered_errors.get("answered").cloned()
                error=answered_errors.get("svarnummer").cloned() />
            <form method="post" action=action class="party-remove">
                <input type="hidden" name="intent" value="delete" />
                <input type="hidden" name="party_id" value=id.to_string() />
                <button type="submit" class="secondary">{t.remove_party_button()} ": " {party.name}</button>
            </form>
        </details>
    }
}

#[component]
fn AnsweredForm(
    action: String,
    id: i32,
    verdict: String,
    number: String,
    verdict_error: Option<String>,
    error: Option<String>,
) -> impl IntoView {
    let t = use_messages();
    let options = [
        ("auto", t.answered_auto_option()),
        ("yes", t.answered_yes_option()),
        ("no", t.answered_no_option()),
    ];
    let verdict_invalid = verdict_error.is_some();
    view! {
        <form method="post" action=action class="party-form">
            <input type="hidden" name="intent" value="answered" />
            <input type="hidden" name="party_id" value=id.to_string() />
            <fieldset class="field choice" class:has-error=verdict_invalid>
                <legend>{t.answered_legend()}</legend>
                {verdict_error.map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
                {options.into_iter().map(|(value, label)| {
                    let input_id = format!("p{id}-answered-{value}");
                    view! {
                        <div class="radio">
                            <input type="radio" id=input_id.clone() name="answered" value=value checked=verdict == value />
                            <label for=input_id>{label}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <Input prefix=format!("p{id}") name="svarnummer" label=t.svarnummer_label() value=number error />
            <button type="submit" class="secondary">{t.save_answered_button()}</button>
        </form>
    }
}

/// Sending the høringsbrev, with how many it goes to.
#[component]
pub fn InviteForm(
    action: String,
    not_invited: usize,
    refused: Option<PartyFormState>,
) -> impl IntoView {
    let t = use_messages();
    let error = errors_for(&refused, "invite", 0).remove("invite");
    let invalid = error.is_some();
    if not_invited == 0 && !invalid {
        return view! { <p>{t.invite_none()}</p> }.into_any();
    }
    view! {
        <form method="post" action=action class="party-form">
            <input type="hidden" name="intent" value="invite" />
            <input type="hidden" name="expected" value=not_invited.to_string() />
            <p id="invite-confirm">{t.invite_confirm(not_invited)}</p>
            {error.map(|e| view! { <p class="field-error" id="invite-error" role="alert">{e}</p> })}
            <button type="submit" class="primary" aria-describedby="invite-confirm">{t.invite_button(not_invited)}</button>
        </form>
    }
    .into_any()
}

/// The reminder setting.
#[component]
pub fn SettingsForm(action: String, days: i32, refused: Option<PartyFormState>) -> impl IntoView {
    let t = use_messages();
    let mut errors = errors_for(&refused, "settings", 0);
    let value = refused
        .filter(|r| r.intent == "settings")
        .and_then(|r| r.extra.get("remind_days").cloned())
        .unwrap_or_else(|| days.to_string());
    view! {
        <form method="post" action=action class="party-form">
            <input type="hidden" name="intent" value="settings" />
            <Input prefix="settings".into() name="remind_days" label=t.remind_label() value
                error=errors.remove("remind_days") hint=t.remind_hint() input_type="number" />
            <button type="submit" class="secondary">{t.save_settings_button()}</button>
        </form>
    }
}

/// Pasting many parties.
#[component]
pub fn ImportForm(action: String, refused: Option<PartyFormState>) -> impl IntoView {
    let t = use_messages();
    let error = errors_for(&refused, "import", 0).remove("lines");
    let invalid = error.is_some();
    let lines = refused
        .filter(|r| r.intent == "import")
        .and_then(|r| r.extra.get("lines").cloned())
        .unwrap_or_default();
    let described = if invalid {
        "import-lines-hint import-lines-error"
    } else {
        "import-lines-hint"
    };
    view! {
        <form method="post" action=action class="party-form" aria-labelledby="import-parties">
            <h2 id="import-parties">{t.import_heading()}</h2>
            <input type="hidden" name="intent" value="import" />
            <div class="field" class:has-error=invalid>
                <label for="import-lines">{t.import_label()}</label>
                <p class="hint" id="import-lines-hint">{t.import_hint()}</p>
                {error.map(|e| view! { <p class="field-error pre-line" id="import-lines-error">{e}</p> })}
                <Textarea id="import-lines" name="lines" value=lines rows=6 invalid described_by=Some(described.to_owned()) />
            </div>
            <button type="submit" class="secondary">{t.import_button()}</button>
        </form>
    }
}
