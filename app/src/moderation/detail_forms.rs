//! The forms of a response's page: the full decision (publish, hold, reject, redact a passage,
//! undo redactions, mark or unmark as a duplicate), tags, and internal notes. A refused form
//! comes back with what was typed and the message at its field.

use leptos::prelude::*;

use super::bulk_view::TextField;
use super::{NoteView, ResponseFormState};
use crate::i18n::use_messages;
use crate::web::textarea::Textarea;

/// The message for `field` of form `intent`, if that form was refused there.
fn message(refused: &Option<ResponseFormState>, intent: &str, field: &str) -> Option<String> {
    refused
        .as_ref()
        .filter(|r| r.intent == intent && r.error.0 == field)
        .map(|r| r.error.1.clone())
}

/// What was typed into form `intent`, if it was refused.
fn typed(refused: &Option<ResponseFormState>, intent: &str) -> ResponseFormState {
    refused
        .clone()
        .filter(|r| r.intent == intent)
        .unwrap_or_default()
}

#[component]
pub(super) fn DecideForm(
    action: String,
    refused: Option<ResponseFormState>,
    svarnummer: String,
    redacted: bool,
    duplicate: bool,
) -> impl IntoView {
    let t = use_messages();
    let state = typed(&refused, "decide");
    let mut choices = vec![
        ("publish", t.action_publish()),
        ("hold", t.action_hold()),
        ("reject", t.action_reject()),
        ("redact", t.action_redact()),
        ("duplicate", t.action_duplicate()),
    ];
    if redacted {
        choices.push(("unredact", t.action_unredact()));
    }
    if duplicate {
        choices.push(("not_duplicate", t.action_not_duplicate()));
    }
    let chosen = if state.action.is_empty() {
        "publish".to_owned()
    } else {
        state.action.clone()
    };
    let action_error = message(&refused, "decide", "action");
    view! {
        <section aria-labelledby="decide">
            <h2 id="decide">{t.decide_legend_full()}</h2>
            <form method="post" action=action class="decision">
                <input type="hidden" name="intent" value="decide" />
                <fieldset>
                    <legend>{t.decision_legend()} " " {svarnummer}</legend>
                    {action_error.map(|e| view! { <p class="field-error">{e}</p> })}
                    {choices.into_iter().map(|(value, label)| {
                        let id = format!("decide-{value}");
                        view! {
                            <div class="radio">
                                <input type="radio" id=id.clone() name="action" value=value checked=chosen == value />
                                <label for=id>{label}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <Area name="reason" id="decide-reason" label=t.reason_label() hint=None
                    value=state.reason.clone() message=message(&refused, "decide", "reason") />
                <Area name="passage" id="decide-passage" label=t.passage_label() hint=Some(t.passage_hint())
                    value=state.passage.clone() message=message(&refused, "decide", "passage") />
                <TextField name="duplicate_of" id="decide-duplicate-of" label=t.duplicate_of_label()
                    value=state.duplicate_of.clone() message=message(&refused, "decide", "duplicate_of") />
                <button type="submit" class="primary">{t.decide_button()}</button>
            </form>
        </section>
    }
}

/// A textarea with its label, an optional hint, and, when refused, its message.
#[component]
fn Area(
    name: &'static str,
    id: &'static str,
    label: &'static str,
    hint: Option<&'static str>,
    value: String,
    message: Option<String>,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let invalid = message.is_some();
    let described = [
        invalid.then(|| error_id.clone()),
        hint.map(|_| hint_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    view! {
        <div class="field" class:has-error=invalid>
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            {message.map(|m| view! { <p class="field-error" id=error_id.clone()>{m}</p> })}
            <Textarea id=id name=name value rows=3 invalid
                described_by=(!described.is_empty()).then_some(described) />
        </div>
    }
}

#[component]
pub(super) fn TagForms(
    action: String,
    tags: Vec<String>,
    can_edit: bool,
    refused: Option<ResponseFormState>,
) -> impl IntoView {
    let t = use_messages();
    let typed = typed(&refused, "tag");
    let error = message(&refused, "tag", "tag");
    let remove_action = action.clone();
    view! {
        <section aria-labelledby="tags">
            <h2 id="tags">{t.tags_heading()}</h2>
            {tags.is_empty().then(|| view! { <p>{t.no_tags()}</p> })}
            <ul class="tags">
                {tags.into_iter().map(|tag| {
                    let button = can_edit.then(|| view! {
                        <form method="post" action=remove_action.clone() class="inline">
                            <input type="hidden" name="intent" value="untag" />
                            <input type="hidden" name="tag" value=tag.clone() />
                            <button type="submit" class="link-button">{t.remove_tag(&tag)}</button>
                        </form>
                    });
                    view! { <li>{tag.clone()} " " {button}</li> }
                }).collect_view()}
            </ul>
            {can_edit.then(|| view! {
                <form method="post" action=action class="add-tag">
                    <input type="hidden" name="intent" value="tag" />
                    <TextField name="tag" id="tag-new" label=t.tag_label() value=typed.tag.clone() message=error />
                    <button type="submit" class="secondary">{t.add_tag()}</button>
                </form>
            })}
        </section>
    }
}

#[component]
pub(super) fn NoteForm(
    action: String,
    notes: Vec<NoteView>,
    can_edit: bool,
    refused: Option<ResponseFormState>,
) -> impl IntoView {
    let t = use_messages();
    let typed = typed(&refused, "note");
    let error = message(&refused, "note", "note");
    view! {
        <section aria-labelledby="notes">
            <h2 id="notes">{t.notes_heading()}</h2>
            {notes.is_empty().then(|| view! { <p>{t.no_notes()}</p> })}
            <ul class="notes">
                {notes.into_iter().map(|n| view! {
                    <li>
                        <p class="meta">{t.note_by()} " " {n.author} ", " {t.date_time(n.at_local)}</p>
                        <p class="note-text">{n.body}</p>
                    </li>
                }).collect_view()}
            </ul>
            {can_edit.then(|| view! {
                <form method="post" action=action class="add-note">
                    <input type="hidden" name="intent" value="note" />
                    <Area name="note" id="note-new" label=t.note_label() hint=None value=typed.note.clone() message=error />
                    <button type="submit" class="secondary">{t.add_note()}</button>
                </form>
            })}
        </section>
    }
}
