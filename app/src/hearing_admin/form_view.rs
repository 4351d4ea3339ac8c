//! The settings form, shared by the creation page and the hearing's page: labelled fields
//! with hints and messages (`aria-describedby`), the timetable and the digest recipients as
//! rows with a blank row to add one and a box to remove one.

use std::collections::BTreeMap;

use leptos::prelude::*;

use super::{MilestoneInput, RecipientInput, SettingsInput};
use crate::i18n::use_messages;
use crate::vocab::{MilestoneKind, PublicationPolicy};
use crate::web::fields::ErrorSummary;
use crate::web::textarea::Textarea;

/// `aria-describedby` for field `id`: its hint and its message, when shown.
fn described_by(id: &str, hint: bool, error: bool) -> Option<String> {
    let ids: Vec<String> = [(hint, "hint"), (error, "error")]
        .into_iter()
        .filter(|(shown, _)| *shown)
        .map(|(_, kind)| format!("{kind}-{id}"))
        .collect();
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A labelled input (or textarea, or select when `options` are given) named `name`.
#[component]
pub fn AdminField(
    name: String,
    label: &'static str,
    value: String,
    errors: BTreeMap<String, String>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(default = "text")] input_type: &'static str,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] options: Vec<(&'static str, &'static str)>,
) -> impl IntoView {
    let error = errors.get(&name).cloned();
    let invalid = error.is_some();
    let id = format!("field-{name}");
    let describe = described_by(&name, hint.is_some(), invalid);
    let control = if multiline {
        view! {
            <Textarea id=id.clone() name=name.clone() value rows=4 invalid described_by=describe />
        }
        .into_any()
    } else if !options.is_empty() {
        view! {
            <select id=id.clone() name=name.clone()
                aria-invalid=invalid.then_some("true") aria-describedby=describe>
                {options.into_iter().map(|(option, text)| view! {
                    <option value=option selected=value == option>{text}</option>
                }).collect_view()}
            </select>
        }
        .into_any()
    } else {
        view! {
            <input type=input_type id=id.clone() name=name.clone() value=value
                aria-invalid=invalid.then_some("true") aria-describedby=describe />
        }
        .into_any()
    };
    view! {
        <div class="field" class:has-error=invalid>
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=format!("hint-{name}")>{h}</p> })}
            {error.map(|e| view! { <p class="field-error" id=format!("error-{name}")>{e}</p> })}
            {control}
        </div>
    }
}

/// The whole settings form; `creating` adds the slug field.
#[component]
pub fn SettingsForm(
    values: SettingsInput,
    errors: BTreeMap<String, String>,
    action: String,
    creating: bool,
) -> impl IntoView {
    let t = use_messages();
    let policies: Vec<_> = PublicationPolicy::ALL
        .iter()
        .map(|p| (p.as_str(), t.ha_policy_name(*p)))
        .collect();
    let field = |name: &str, label, value: &str| {
        view! { <AdminField name=name.to_owned() label value=value.to_owned() errors=errors.clone() /> }
    };
    let slug = creating.then(|| {
        view! {
            <AdminField name="slug".to_owned() label=t.ha_slug_label() value=values.slug.clone()
                errors=errors.clone() hint=t.ha_slug_hint() />
        }
    });
    view! {
        <form method="post" action=action class="hearing-settings" novalidate>
            <ErrorSummary errors=errors.clone() labels=vec![
                ("slug", t.ha_slug_label()),
                ("title", t.ha_title_label()),
                ("summary", t.ha_summary_label()),
                ("committee", t.ha_committee_label()),
                ("journal_number", t.ha_journal_label()),
                ("opens_at", t.ha_opens_label()),
                ("closes_at", t.ha_closes_label()),
                ("publication_policy", t.ha_policy_label()),
                ("retention_months", t.retention_label()),
            ] />
            {slug}
            {field("title", t.ha_title_label(), &values.title)}
            <AdminField name="summary".to_owned() label=t.ha_summary_label()
                value=values.summary.clone() errors=errors.clone() multiline=true />
            {field("committee", t.ha_committee_label(), &values.committee)}
            <AdminField name="journal_number".to_owned() label=t.ha_journal_label()
                value=values.journal_number.clone() errors=errors.clone() hint=t.ha_journal_hint() />
            <AdminField name="opens_at".to_owned() label=t.ha_opens_label() input_type="datetime-local"
                value=values.opens_at.clone() errors=errors.clone() hint=t.ha_time_hint() />
            <AdminField name="closes_at".to_owned() label=t.ha_closes_label() input_type="datetime-local"
                value=values.closes_at.clone() errors=errors.clone() hint=t.ha_time_hint() />
            <AdminField name="publication_policy".to_owned() label=t.ha_policy_label()
                value=values.publication_policy.clone() errors=errors.clone() options=policies />
            <AdminField name="retention_months".to_owned() label=t.retention_label() input_type="text"
                value=values.retention_months.clone() errors=errors.clone() hint=t.retention_hint() />
            <Milestones rows=values.milestones.clone() errors=errors.clone() />
            <Recipients rows=values.digest_recipients.clone() errors=errors.clone() />
            <button type="submit" class="primary">
                {if creating { t.ha_create_button() } else { t.ha_save_button() }}
            </button>
        </form>
    }
}

#[component]
fn Milestones(mut rows: Vec<MilestoneInput>, errors: BTreeMap<String, String>) -> impl IntoView {
    let t = use_messages();
    rows.push(MilestoneInput {
        kind: MilestoneKind::Other.to_string(),
        ..Default::default()
    });
    let kinds: Vec<_> = MilestoneKind::ALL
        .iter()
        .map(|k| (k.as_str(), t.ha_milestone_kind_name(*k)))
        .collect();
    let last = rows.len() - 1;
    view! {
        <fieldset class="rows">
            <legend>{t.ha_milestones_heading()}</legend>
            <p class="hint">{t.ha_milestones_hint()}</p>
            {rows.into_iter().enumerate().map(|(i, row)| {
                let key = |f: &str| format!("milestones.{i}.{f}");
                view! {
                    <fieldset class="row">
                        <legend>{format!("{} {}", t.ha_row_label(), i + 1)}</legend>
                        <AdminField name=key("date") label=t.ha_milestone_date_label() input_type="date"
                            value=row.date errors=errors.clone() />
                        <AdminField name=key("label") label=t.ha_milestone_label_label()
                            value=row.label errors=errors.clone() />
                        <AdminField name=key("kind") label=t.ha_milestone_kind_label()
                            value=row.kind errors=errors.clone() options=kinds.clone() />
                        {(i < last).then(|| view! { <RemoveBox name=key("remove") /> })}
                    </fieldset>
                }
            }).collect_view()}
        </fieldset>
    }
}

#[component]
fn Recipients(mut rows: Vec<RecipientInput>, errors: BTreeMap<String, String>) -> impl IntoView {
    let t = use_messages();
    rows.push(RecipientInput::default());
    let last = rows.len() - 1;
    view! {
        <fieldset class="rows">
            <legend>{t.ha_recipients_heading()}</legend>
            <p class="hint">{t.ha_recipients_hint()}</p>
            {rows.into_iter().enumerate().map(|(i, row)| {
                let key = |f: &str| format!("digest_recipients.{i}.{f}");
                view! {
                    <fieldset class="row">
                        <legend>{format!("{} {}", t.ha_row_label(), i + 1)}</legend>
                        <AdminField name=key("name") label=t.ha_recipient_name_label()
                            value=row.name errors=errors.clone() />
                        <AdminField name=key("email") label=t.ha_recipient_email_label() input_type="email"
                            value=row.email errors=errors.clone() />
                        {(i < last).then(|| view! { <RemoveBox name=key("remove") /> })}
                    </fieldset>
                }
            }).collect_view()}
        </fieldset>
    }
}

#[component]
fn RemoveBox(name: String) -> impl IntoView {
    let t = use_messages();
    let id = format!("field-{name}");
    view! {
        <div class="checkbox">
            <input type="checkbox" id=id.clone() name=name value="1" />
            <label for=id>{t.ha_remove_label()}</label>
        </div>
    }
}
