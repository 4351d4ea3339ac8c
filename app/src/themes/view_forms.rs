//! The forms of the theme page: compute now, and per theme rename (or clear the name), pin or
//! unpin, merge into another theme, split. Each posts an `intent` to the page's address; a
//! refused form comes back with what was typed and the message at its field
//! (`aria-describedby`), its theme's edit section open.

use leptos::prelude::*;

use super::ThemeSummary;
use super::page::ThemeFormState;
use crate::i18n::use_messages;

/// The "compute now" button.
#[component]
pub fn RefreshForm(action: String, refused: Option<ThemeFormState>) -> impl IntoView {
    let t = use_messages();
    let error = ThemeFormState::errors_for(&refused, "refresh", 0)
        .into_values()
        .next();
    view! {
        <form method="post" action=action class="theme-refresh">
            <input type="hidden" name="intent" value="refresh" />
            <p class="hint" id="refresh-hint">{t.refresh_hint()}</p>
            {error.map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
            <button type="submit" class="primary" aria-describedby="refresh-hint">{t.refresh_button()}</button>
        </form>
    }
}

/// A theme's edit forms, folded away unless one of them was refused.
#[component]
pub fn EditForms(
    action: String,
    theme: ThemeSummary,
    others: Vec<ThemeSummary>,
    refused: Option<ThemeFormState>,
) -> impl IntoView {
    let t = use_messages();
    let id = theme.id;
    let open = refused.as_ref().is_some_and(|r| r.theme_id == id);
    let typed = refused
        .clone()
        .filter(|r| r.theme_id == id)
        .unwrap_or_default();
    let name = if typed.intent == "rename" {
        typed.name.clone()
    } else if theme.named {
        theme.label.clone()
    } else {
        String::new()
    };
    let mut rename_errors = ThemeFormState::errors_for(&refused, "rename", id);
    let mut merge_errors = ThemeFormState::errors_for(&refused, "merge", id);
    let split_error = ThemeFormState::errors_for(&refused, "split", id)
        .into_values()
        .next();
    view! {
        <details class="theme-edit" open=open>
            <summary>{t.edit_theme_summary()} <span class="visually-hidden">": " {theme.label.clone()}</span></summary>
            <form method="post" action=action.clone() class="theme-form">
                <Hidden intent="rename" id />
                <NameField id value=name error=rename_errors.remove("name") />
                <button type="submit" class="primary">{t.rename_button()}</button>
            </form>
            {theme.named.then(|| view! {
                <form method="post" action=action.clone() class="theme-form">
                    <Hidden intent="unname" id />
                    <button type="submit" class="secondary">{t.unname_button()}</button>
                </form>
            })}
            <PinForm action=action.clone() id pinned=theme.pinned />
            {(!others.is_empty()).then(|| view! {
                <MergeForm action=action.clone() id others chosen=typed.into.clone() error=merge_errors.remove("into") />
            })}
            <form method="post" action=action class="theme-form">
                <Hidden intent="split" id />
                <p class="hint" id=format!("t{id}-split-hint")>{t.split_hint()}</p>
                {split_error.map(|e| view! { <p class="field-error" id=format!("t{id}-split-error") role="alert">{e}</p> })}
                <button type="submit" class="secondary" aria-describedby=format!("t{id}-split-hint")>{t.split_button()}</button>
            </form>
        </details>
    }
}

/// The hidden fields every theme form sends.
#[component]
fn Hidden(intent: &'static str, id: i32) -> impl IntoView {
    view! {
        <input type="hidden" name="intent" value=intent />
        <input type="hidden" name="theme_id" value=id.to_string() />
    }
}

/// The name input with its hint and, when refused, its message.
#[component]
fn NameField(id: i32, value: String, error: Option<String>) -> impl IntoView {
    let t = use_messages();
    let input_id = format!("t{id}-name");
    let invalid = error.is_some();
    let described = described(&input_id, invalid);
    view! {
        <div class="field" class:has-error=invalid>
            <label for=input_id.clone()>{t.rename_label()}</label>
            <p class="hint" id=format!("{input_id}-hint")>{t.rename_hint()}</p>
            {error.map(|e| view! { <p class="field-error" id=format!("{input_id}-error")>{e}</p> })}
            <input type="text" id=input_id.clone() name="name" value=value maxlength="200"
                aria-invalid=invalid.then_some("true") aria-describedby=described />
        </div>
    }
}

/// `"{id}-hint"`, and `"{id}-error"` when invalid.
fn described(id: &str, invalid: bool) -> String {
    if invalid {
        format!("{id}-hint {id}-error")
    } else {
        format!("{id}-hint")
    }
}

#[component]
fn PinForm(action: String, id: i32, pinned: bool) -> impl IntoView {
    let t = use_messages();
    let (value, label) = if pinned {
        ("false", t.unpin_button())
    } else {
        ("true", t.pin_button())
    };
    view! {
        <form method="post" action=action class="theme-form">
            <Hidden intent="pin" id />
            <input type="hidden" name="pinned" value=value />
            <p class="hint" id=format!("t{id}-pin-hint")>{t.pin_hint()}</p>
            <button type="submit" class="secondary" aria-describedby=format!("t{id}-pin-hint")>{label}</button>
        </form>
    }
}

#[component]
fn MergeForm(
    action: String,
    id: i32,
    others: Vec<ThemeSummary>,
    chosen: String,
    error: Option<String>,
) -> impl IntoView {
    let t = use_messages();
    let select_id = format!("t{id}-into");
    let invalid = error.is_some();
    view! {
        <form method="post" action=action class="theme-form">
            <Hidden intent="merge" id />
            <div class="field" class:has-error=invalid>
                <label for=select_id.clone()>{t.merge_label()}</label>
                <p class="hint" id=format!("{select_id}-hint")>{t.merge_hint()}</p>
                {error.map(|e| view! { <p class="field-error" id=format!("{select_id}-error")>{e}</p> })}
                <select id=select_id.clone() name="into" aria-invalid=invalid.then_some("true")
                    aria-describedby=described(&select_id, invalid)>
                    <option value="" selected=chosen.is_empty()>{t.merge_choose()}</option>
                    {others.into_iter().map(|other| view! {
                        <option value=other.id.to_string() selected=chosen == other.id.to_string()>{other.label}</option>
                    }).collect_view()}
                </select>
            </div>
            <button type="submit" class="secondary">{t.merge_button()}</button>
        </form>
    }
}
