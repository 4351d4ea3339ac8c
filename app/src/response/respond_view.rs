//! `/hearings/{slug}/respond`: the response form, and `/hearings/{slug}/respond/sent`.
//! A plain HTML form posted to the server, so it works the same with and without
//! JavaScript; a refused form comes back with every value kept and a message at each field.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::fields::{FileField, StanceChoice, TextArea};
use super::form::{FormState, ResponseForm};
use super::{FormSettings, load_form_settings};
use crate::draft::{Block, WRITTEN_IN};
use crate::hearing::{HearingDetail, HearingStatus, get_hearing};
use crate::i18n::use_messages;
use crate::layout::{ErrorNotice, NotFound, path_param};
use crate::respondent::RespondentKind;
use crate::web::fields::{Choice, ErrorSummary, Field};

/// The refused form the server is rendering again, if any. Read during server rendering and
/// handed to the browser with the page, so hydration sees the same values.
async fn refused_form() -> Option<FormState> {
    use_context::<FormState>()
}

/// The response form page.
#[component]
pub fn RespondPage() -> impl IntoView {
    let t = use_messages();
    let query = use_query_map();
    let detail = Resource::new(path_param("slug"), get_hearing);
    let refused = Resource::new(|| (), |_| refused_form());
    let limits = Resource::new(|| (), |_| load_form_settings());
    view! {
        <Suspense fallback=move || view! { <p class="wrap">{t.loading()}</p> }>
            {move || Suspend::new(async move {
                let state = refused.await.unwrap_or_else(|| FormState {
                    values: ResponseForm {
                        paragraph: query.read_untracked().get("paragraph").unwrap_or_default(),
                        section: query.read_untracked().get("section").unwrap_or_default(),
                        kind: "resident".into(),
                        stance: "none".into(),
                        ..Default::default()
                    },
                    errors: Default::default(),
                });
                let limits = limits.await.ok();
                match detail.await {
                    Ok(Some(detail)) => view! { <RespondForm detail state limits /> }.into_any(),
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(_) => view! { <ErrorNotice /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn RespondForm(
    detail: HearingDetail,
    state: FormState,
    limits: Option<FormSettings>,
) -> impl IntoView {
    let t = use_messages();
    let hearing = detail.hearing;
    let back = format!("/hearings/{}", hearing.slug);
    let quoted = quoted_paragraph(&detail.draft, &state.values.paragraph);
    let body = if hearing.status == HearingStatus::Open || !state.errors.is_empty() {
        let action = format!("/hearings/{}/respond", hearing.slug);
        view! { <FormFields action state limits /> }.into_any()
    } else {
        view! { <p class="notice-box">{t.not_open()}</p> }.into_any()
    };
    view! {
        <Title text=t.respond_title() />
        <div class="wrap respond">
            <h1>{t.respond_title()}</h1>
            <p class="meta">
                <a href=back>{hearing.title}</a>
            </p>
            <p class="lead">{t.respond_intro()}</p>
            {quoted}
            {body}
        </div>
    }
}

/// The paragraph being commented on, quoted above the form.
fn quoted_paragraph(
    draft: &Option<crate::draft::DraftDto>,
    anchor: &str,
) -> Option<impl IntoView + use<>> {
    let t = use_messages();
    let paragraph = draft
        .as_ref()?
        .sections
        .iter()
        .flat_map(|s| &s.paragraphs)
        .find(|p| !anchor.is_empty() && p.anchor == anchor)?;
    let text = match &paragraph.block {
        Block::Text { text } => text.clone(),
        Block::OrderedList { items, .. } | Block::BulletList { items } => items.join(" • "),
        Block::Table { rows } => rows
            .iter()
            .map(|r| r.join(" – "))
            .collect::<Vec<_>>()
            .join(" • "),
    };
    let caption = t.commenting_on(&paragraph.number);
    Some(view! {
        <figure class="quoted">
            <figcaption>{caption}</figcaption>
            <blockquote lang=WRITTEN_IN dir="ltr">{text}</blockquote>
        </figure>
    })
}

#[component]
fn FormFields(action: String, state: FormState, limits: Option<FormSettings>) -> impl IntoView {
    let t = use_messages();
    let FormState { values, errors } = state;
    let files_hint = limits
        .as_ref()
        .map(|l| t.files_hint(l.max_files, l.max_file_bytes))
        .unwrap_or_default();
    let started = limits.map(|l| l.started).unwrap_or_default();
    let error = |field: &str| errors.get(field).cloned();
    let labels = vec![
        ("kind", t.kind_legend()),
        ("name", t.name_label()),
        ("email", t.email_label()),
        ("postal_code", t.postal_code_label()),
        ("organisation", t.organisation_label()),
        ("contact_role", t.contact_role_label()),
        ("cvr", t.cvr_label()),
        ("stance", t.stance_legend()),
        ("text", t.text_label()),
        ("files", t.files_label()),
    ];
    view! {
        <ErrorSummary errors=errors.clone() labels />
        <form method="post" action=action enctype="multipart/form-data" novalidate="" class="respond-form">
            <input type="hidden" name="paragraph" value=values.paragraph.clone() />
            <input type="hidden" name="section" value=values.section.clone() />
            <input type="hidden" name="started" value=started />
            <Choice
                name="kind"
                legend=t.kind_legend()
                selected=values.kind.clone()
                options=[
                    RespondentKind::Resident,
                    RespondentKind::Association,
                    RespondentKind::Company,
                    RespondentKind::PublicBody,
                ]
                    .map(|k| (k.as_str(), t.kind_label(k)))
                    .to_vec()
                error=error("kind")
            />
            <Field name="name" label=t.name_label() value=values.name.clone() error=error("name") autocomplete="name" />
            <Field name="email" label=t.email_label() value=values.email.clone() error=error("email") hint=t.email_hint() input_type="email" autocomplete="email" />
            <Field name="postal_code" label=t.postal_code_label() value=values.postal_code.clone() error=error("postal_code") optional=true autocomplete="postal-code" />
            <div class="field checkbox">
                <input type="checkbox" id="field-publish_name" name="publish_name" value="true" checked=values.publish_name == "true" />
                <label for="field-publish_name">{t.publish_name_label()}</label>
            </div>
            <Field name="organisation" label=t.organisation_label() value=values.organisation.clone() error=error("organisation") hint=t.organisation_hint() optional=true autocomplete="organization" />
            <Field name="contact_role" label=t.contact_role_label() value=values.contact_role.clone() error=error("contact_role") optional=true autocomplete="organization-title" />
            <Field name="cvr" label=t.cvr_label() value=values.cvr.clone() error=error("cvr") hint=t.cvr_hint() optional=true input_mode="numeric" />
            <StanceChoice selected=values.stance.clone() error=error("stance") />
            <TextArea value=values.text error=error("text") />
            <FileField hint=files_hint error=error("files") />
            <div class="hp" aria-hidden="true">
                <label for="field-website">"Website"</label>
                <input type="text" id="field-website" name="website" tabindex="-1" autocomplete="off" />
            </div>
            <button type="submit" class="primary">{t.respond_submit()}</button>
        </form>
    }
}
