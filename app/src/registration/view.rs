//! `/admin/hearings/{slug}/responses/new`: an official registers a response that came by
//! e-mail, by letter or at a meeting. A plain form posted to the server (the same with and
//! without JavaScript); a refused one comes back with every value kept and a message at each
//! field, a registered one says its number above an empty form for the next letter.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::sender_view::{SenderFieldset, sender_labels};
use super::{
    RegisterForm, RegisterFormState, RegisterPageData, load_register_page, register_posted,
};
use crate::i18n::{Messages, use_messages};
use crate::layout::hearing_tool_page;
use crate::respondent::RespondentKind;
use crate::response::fields::{FileField, StanceChoice, TextArea};
use crate::vocab::Channel;
use crate::web::fields::{Choice, ErrorSummary, Field, Select};

/// The registration page.
#[component]
pub fn RegisterPage() -> impl IntoView {
    let frame = (use_messages().rg_title(), "wrap admin register-response");
    hearing_tool_page(
        frame,
        load_register_page,
        register_posted,
        |page, posted| {
            view! { <RegisterView page posted /> }
        },
    )
}

#[component]
fn RegisterView(page: RegisterPageData, posted: Option<RegisterFormState>) -> impl IntoView {
    let t = use_messages();
    let slug = page.slug.clone();
    let query = use_query_map().read_untracked();
    let registered = query.get("registered").map(|svarnummer| {
        let link = format!("/admin/responses/{}", query.get("id").unwrap_or_default());
        view! {
            <div class="success-box" role="status">
                <p>{t.rg_registered(&svarnummer)}</p>
                <p><a href=link>{t.rg_open_response()}</a></p>
            </div>
        }
    });
    let state = posted.unwrap_or_else(|| RegisterFormState {
        values: RegisterForm {
            channel: Channel::Letter.as_str().into(),
            kind: RespondentKind::Association.as_str().into(),
            received_on: page.today.clone(),
            stance: "none".into(),
            ..Default::default()
        },
        errors: Default::default(),
    });
    view! {
        <p><a href=format!("/admin/hearings/{slug}/responses")>{t.open_inbox()}</a></p>
        <h1>{t.rg_title()}</h1>
        <p class="lead">{page.title.clone()}</p>
        {registered}
        <p>{t.rg_intro()}</p>
        <ErrorSummary errors=state.errors.clone() labels=labels(t) />
        <RegisterFields page state />
    }
}

fn labels(t: &'static dyn Messages) -> Vec<(&'static str, &'static str)> {
    let mut labels = vec![
        ("channel", t.rg_channel_legend()),
        ("received_on", t.rg_received_on_label()),
    ];
    labels.extend(sender_labels(t));
    labels.extend([
        ("about", t.rg_about_label()),
        ("stance", t.rg_stance_legend()),
        ("text", t.rg_text_label()),
        ("files", t.files_label()),
    ]);
    labels
}

#[component]
fn RegisterFields(page: RegisterPageData, state: RegisterFormState) -> impl IntoView {
    let t = use_messages();
    let RegisterFormState { values, errors } = state;
    let error = |field: &str| errors.get(field).cloned();
    let action = format!("/admin/hearings/{}/responses/new", page.slug);
    // A refused form keeps its id: it registered nothing, and a double click stays one.
    let form_id = Some(values.form_id.clone())
        .filter(|id| !id.is_empty())
        .unwrap_or(page.form_id);
    let mut about = vec![(String::new(), t.rg_about_whole().to_owned())];
    about.extend(page.about);
    let channels = Channel::REGISTERED.map(|c| (c.as_str(), t.channel_name(c)));
    view! {
        <form method="post" action=action enctype="multipart/form-data" novalidate="" class="respond-form register-form">
            <input type="hidden" name="form_id" value=form_id />
            <Choice name="channel" legend=t.rg_channel_legend() selected=values.channel.clone()
                options=channels.to_vec() error=error("channel") />
            <Field name="received_on" label=t.rg_received_on_label() value=values.received_on.clone()
                error=error("received_on") hint=t.rg_received_on_hint() input_type="date" />
            <SenderFieldset values=values.sender() errors=errors.clone() email=Some(values.email.clone()) />
            <Select id="field-about".into() name="about" label=t.rg_about_label() options=about
                selected=values.about.clone() error=error("about") />
            <StanceChoice selected=values.stance.clone() error=error("stance") legend=t.rg_stance_legend() />
            <TextArea value=values.text error=error("text") label=t.rg_text_label() />
            <FileField hint=t.files_hint(page.max_files, page.max_file_bytes) error=error("files") />
            <button type="submit" class="primary">{t.rg_submit()}</button>
        </form>
    }
}
