//! The sender's fields, shared by the registration form and `/admin/responses/{id}/sender`
//! (correcting the sender of a response that came by e-mail, letter or at a meeting: the
//! mailbox knows only the `From` header). Plain forms: the same with and without JavaScript.

use std::collections::BTreeMap;

use leptos::prelude::*;

use super::{SenderForm, SenderFormState, SenderPageData, load_sender_page, sender_posted};
use crate::i18n::{Messages, use_messages};
use crate::layout::{official_page, path_id};
use crate::respondent::RespondentKind;
use crate::web::fields::{Choice, ErrorSummary, Field};

/// `/admin/responses/{id}/sender`.
#[component]
pub fn SenderPage() -> impl IntoView {
    let t = use_messages();
    let page = Resource::new(path_id("id"), load_sender_page);
    let refused = Resource::new(|| (), |_| sender_posted());
    official_page(
        (t.sd_title(), "wrap admin"),
        page,
        refused,
        |page, refused| {
            view! { <SenderView page refused /> }
        },
    )
}

#[component]
fn SenderView(page: SenderPageData, refused: Option<SenderFormState>) -> impl IntoView {
    let t = use_messages();
    let back = format!("/admin/responses/{}", page.id);
    let SenderFormState { values, errors } = refused.unwrap_or(SenderFormState {
        values: page.stored,
        errors: BTreeMap::new(),
    });
    view! {
        <p><a href=back.clone()>{t.sd_back(&page.svarnummer)}</a></p>
        <h1>{t.sd_title()}</h1>
        <p>{t.sd_intro()}</p>
        <ErrorSummary errors=errors.clone() labels=sender_labels(t) />
        <form method="post" action=format!("{back}/sender") novalidate="" class="respond-form">
            <SenderFieldset values errors email=None />
            <button type="submit" class="primary">{t.sd_submit()}</button>
        </form>
    }
}

/// The sender's fields with their labels, for an error summary.
pub(super) fn sender_labels(t: &'static dyn Messages) -> Vec<(&'static str, &'static str)> {
    vec![
        ("kind", t.rg_kind_legend()),
        ("name", t.rg_name_label()),
        ("email", t.rg_email_label()),
        ("postal_code", t.postal_code_label()),
        ("organisation", t.organisation_label()),
        ("contact_role", t.rg_contact_role_label()),
        ("cvr", t.cvr_label()),
    ]
}

/// Who sent a response, as an official types it: kind, name, the address when `email` is
/// given (its value), postal code, whether the name may be published, organisation, role and
/// CVR number, each with its message from `errors`.
#[component]
pub(super) fn SenderFieldset(
    values: SenderForm,
    errors: BTreeMap<String, String>,
    email: Option<String>,
) -> impl IntoView {
    let t = use_messages();
    let error = |field: &str| errors.get(field).cloned();
    let kinds = RespondentKind::ALL
        .iter()
        .map(|&k| (k.as_str(), t.kind_label(k)));
    let email = email.map(|value| {
        view! {
            <Field name="email" label=t.rg_email_label() value error=error("email")
                hint=t.rg_email_hint() input_type="email" optional=true />
        }
    });
    view! {
        <Choice name="kind" legend=t.rg_kind_legend() selected=values.kind.clone()
            options=kinds.collect() error=error("kind") />
        <Field name="name" label=t.rg_name_label() value=values.name.clone() error=error("name") />
        {email}
        <Field name="postal_code" label=t.postal_code_label() value=values.postal_code.clone()
            error=error("postal_code") optional=true />
        <div class="field checkbox">
            <input type="checkbox" id="field-publish_name" name="publish_name" value="true" checked=values.publish_name == "true" />
            <label for="field-publish_name">{t.rg_publish_name_label()}</label>
        </div>
        <Field name="organisation" label=t.organisation_label() value=values.organisation.clone()
            error=error("organisation") optional=true />
        <Field name="contact_role" label=t.rg_contact_role_label() value=values.contact_role.clone()
            error=error("contact_role") optional=true />
        <Field name="cvr" label=t.cvr_label() value=values.cvr.clone() error=error("cvr")
            hint=t.cvr_hint() optional=true input_mode="numeric" />
    }
}
