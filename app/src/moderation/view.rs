//! The officials' pages: `/admin` (their hearings) and `/admin/hearings/{slug}/responses`
//! (the inbox: filters in the URL, a decision form per response). Plain forms, so they work
//! without JavaScript.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use super::{DecisionFormState, Inbox, decision_refused, load_inbox, official_hearings};
use crate::app::use_messages;
use crate::error::AppError;
use crate::hearing_admin::ManageLinks;
use crate::response::admin::{AdminResponse, Filters};

/// What to show instead of a page the reader may not see.
#[component]
pub(super) fn Refusal(error: AppError) -> impl IntoView {
    let t = use_messages();
    let (status, text) = match error {
        AppError::Unauthorized => (401, t.not_signed_in()),
        AppError::NotFound => (404, t.not_found_body()),
        _ => (403, t.forbidden()),
    };
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response
            .set_status(http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::FORBIDDEN));
    }
    #[cfg(not(feature = "ssr"))]
    let _ = status;
    view! {
        <p class="notice-box">{text}</p>
        <p><a href="/admin/login">{t.login_button()}</a></p>
    }
}

/// `/admin`.
#[component]
pub fn AdminHome() -> impl IntoView {
    let t = use_messages();
    let hearings = Resource::new(|| (), |_| official_hearings());
    view! {
        <Title text=t.admin_title() />
        <div class="wrap admin">
            <h1>{t.admin_title()}</h1>
            <Suspense fallback=move || view! { <p>{t.loading()}</p> }>
                {move || Suspend::new(async move {
                    match hearings.await {
                        Ok(list) => view! {
                            <SignOut />
                            <p><a href="/admin/audit">{t.audit_title()}</a></p>
                            <ManageLinks />
                            <h2>{t.your_hearings()}</h2>
                            <ul class="admin-hearings">
                                {list.into_iter().map(|h| view! {
                                    <li>
                                        {h.title} " – "
                                        <a href=format!("/admin/hearings/{}/responses", h.slug)>{t.open_inbox()}</a>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                        Err(error) => view! { <Refusal error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn SignOut() -> impl IntoView {
    let t = use_messages();
    view! {
        <form method="post" action="/admin/logout" class="sign-out">
            <button type="submit" class="secondary">{t.logout_button()}</button>
        </form>
    }
}

fn filters_from_query(query: &leptos_router::params::ParamsMap) -> Filters {
    let get = |name: &str| query.get(name).filter(|v| !v.is_empty());
    Filters {
        status: get("status"),
        kind: get("kind"),
        channel: get("channel"),
        ..Default::default()
    }
}

/// `/admin/hearings/{slug}/responses`.
#[component]
pub fn InboxPage() -> impl IntoView {
    let t = use_messages();
    let params = use_params_map();
    let query = use_query_map();
    let inbox = Resource::new(
        move || {
            (
                params.read().get("slug").unwrap_or_default(),
                filters_from_query(&query.read()),
            )
        },
        |(slug, f)| load_inbox(slug, f.status, f.kind, f.channel),
    );
    let refused = Resource::new(|| (), |_| decision_refused());
    view! {
        <Title text=t.admin_title() />
        <div class="wrap admin">
            <Suspense fallback=move || view! { <p>{t.loading()}</p> }>
                {move || Suspend::new(async move {
                    let refused = refused.await.ok().flatten();
                    let saved = query.read_untracked().get("saved").is_some();
                    match inbox.await {
                        Ok(inbox) => view! { <InboxView inbox refused saved /> }.into_any(),
                        Err(error) => view! { <h1>{t.admin_title()}</h1> <Refusal error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn InboxView(inbox: Inbox, refused: Option<DecisionFormState>, saved: bool) -> impl IntoView {
    let t = use_messages();
    let Inbox {
        hearing,
        filters,
        responses,
        can_moderate,
    } = inbox;
    let back = format!("/admin/hearings/{}/responses", hearing.slug);
    let here = use_location();
    let action = format!(
        "{}{}",
        here.pathname.get_untracked(),
        here.search.get_untracked()
    );
    let statuses = [
        "awaiting_verification",
        "verified",
        "published",
        "held",
        "rejected",
        "withdrawn",
    ];
    let status_options = statuses.map(|s| (s, t.status_name(s))).to_vec();
    let channel_options = ["web", "email", "letter", "meeting"]
        .map(|c| (c, t.channel_name(c)))
        .to_vec();
    view! {
        <h1>{hearing.title}</h1>
        <SignOut />
        {saved.then(|| view! { <p class="success-box" role="status">{t.decided_notice()}</p> })}
        <form method="get" action=back.clone() class="filters">
            <fieldset>
                <legend>{t.filters()}</legend>
                <Select name="status" label=t.filter_status() options=status_options selected=filters.status.clone() />
                <Select name="channel" label=t.filter_channel() options=channel_options selected=filters.channel.clone() />
                <button type="submit" class="secondary">{t.apply_filters()}</button>
            </fieldset>
        </form>
        <p class="exports">
            {t.download_exports()} " "
            <a href=format!("/api/v1/admin/hearings/{}/export.xlsx", hearing.slug) download="">"Excel (XLSX)"</a> ", "
            <a href=format!("/api/v1/admin/hearings/{}/export.csv", hearing.slug) download="">"CSV"</a> ", "
            <a href=format!("/api/v1/admin/hearings/{}/export.json", hearing.slug) download="">"JSON"</a>
        </p>
        <p class="response-count">{t.response_total(responses.total)}</p>
        {(responses.items.is_empty()).then(|| view! { <p>{t.no_matches()}</p> })}
        <ul class="inbox">
            {responses.items.into_iter().map(|item| {
                let refused = refused.clone().filter(|r| r.response_id == item.id);
                view! { <InboxItem item refused can_moderate action=action.clone() /> }
            }).collect_view()}
        </ul>
    }
}

#[component]
fn Select(
    name: &'static str,
    label: &'static str,
    options: Vec<(&'static str, &'static str)>,
    selected: Option<String>,
) -> impl IntoView {
    let t = use_messages();
    let id = format!("filter-{name}");
    let selected = selected.unwrap_or_default();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id name=name>
                <option value="" selected=selected.is_empty()>{t.filter_any()}</option>
                {options.into_iter().map(|(value, text)| view! {
                    <option value=value selected=selected == value>{text}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

#[component]
fn InboxItem(
    item: AdminResponse,
    refused: Option<DecisionFormState>,
    can_moderate: bool,
    action: String,
) -> impl IntoView {
    let t = use_messages();
    let sender = item
        .organisation
        .clone()
        .unwrap_or_else(|| item.name.clone());
    let heading_id = format!("svar-{}", item.id);
    let labelled = heading_id.clone();
    let form = can_moderate.then(|| view! { <DecisionForm id=item.id refused action /> });
    view! {
        <li class="inbox-item">
            <article aria-labelledby=labelled>
                <h2 id=heading_id>{item.svarnummer.clone()} " – " {sender}</h2>
                <p class="meta">
                    {t.status_name(&item.status)} " · " {t.channel_name(&item.channel)} " · " {item.email.clone()}
                    {item.held_reason.clone().map(|r| view! { " · " {r} })}
                </p>
                <p class="response-text" lang=item.language.clone()>{item.text.clone()}</p>
                {(!item.attachments.is_empty()).then(|| view! {
                    <ul class="response-files">
                        {item.attachments.iter().map(|f| view! {
                            <li>{f.name.clone()} " (" {f.extraction_state.clone()} ")"</li>
                        }).collect_view()}
                    </ul>
                })}
                {form}
            </article>
        </li>
    }
}

#[component]
fn DecisionForm(id: i32, refused: Option<DecisionFormState>, action: String) -> impl IntoView {
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
                <textarea id=reason_id name="reason" rows="2"
                    aria-invalid=invalid.then_some("true")
                    aria-describedby=invalid.then_some(error_id.clone())>
                    {crate::response::fields::escape_for_textarea(&state.reason)}
                </textarea>
            </div>
            <button type="submit" class="primary">{t.decide_button()}</button>
        </form>
    }
}
