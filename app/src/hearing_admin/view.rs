//! `/admin/hearings/new` and `/admin/hearings/{slug}`: create a hearing; a hearing's
//! settings, status buttons and history, and its draft versions. Plain forms, so they work
//! without JavaScript.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::form_view::SettingsForm;
use super::{
    HearingAdmin, HistoryItem, SettingsFormState, SettingsInput, StatusFormState, Target,
    VersionItem, load_hearing_admin, load_manage_offer, may_create_hearing, settings_refused,
    status_refused,
};
use crate::error::AppError;
use crate::i18n::use_messages;
use crate::layout::{ErrorNotice, path_param};

/// What to show instead of a page the reader may not see (with its status code).
#[component]
pub(super) fn Denied(error: AppError) -> impl IntoView {
    let t = use_messages();
    let (status, text) = match error {
        AppError::Unauthorized => (401, t.not_signed_in()),
        AppError::NotFound => (404, t.not_found_body()),
        AppError::Forbidden => (403, t.forbidden()),
        _ => return view! { <ErrorNotice /> }.into_any(),
    };
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::from_u16(status).unwrap_or_default());
    }
    #[cfg(not(feature = "ssr"))]
    let _ = status;
    view! {
        <p class="notice-box">{text}</p>
        <p><a href="/admin/login">{t.login_button()}</a></p>
    }
    .into_any()
}

/// On `/admin`: create a hearing, and manage each hearing the official may manage.
#[component]
pub fn ManageLinks() -> impl IntoView {
    let t = use_messages();
    let offer = Resource::new(|| (), |_| load_manage_offer());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                offer.await.ok().map(|offer| view! {
                    {offer.can_create.then(|| view! {
                        <p><a href="/admin/hearings/new">{t.ha_new_hearing_link()}</a></p>
                    })}
                    {(!offer.hearings.is_empty()).then(|| view! {
                        <h2>{t.ha_manage_title()}</h2>
                        <ul class="admin-hearings">
                            {offer.hearings.into_iter().map(|(slug, title)| view! {
                                <li>{title} " – "
                                    <a href=format!("/admin/hearings/{slug}")>{t.ha_manage_hearing_link()}</a> " – "
                                    <a href=format!("/admin/hearings/{slug}/outcome")>{t.oc_heading()}</a>
                                </li>
                            }).collect_view()}
                        </ul>
                    })}
                })
            })}
        </Suspense>
    }
}

/// `/admin/hearings/new`.
#[component]
pub fn NewHearingPage() -> impl IntoView {
    let t = use_messages();
    let access = Resource::new(|| (), |_| may_create_hearing());
    let refused = Resource::new(|| (), |_| settings_refused());
    view! {
        <Title text=t.ha_new_hearing_link() />
        <div class="wrap admin">
            <h1>{t.ha_new_hearing_link()}</h1>
            <Suspense fallback=move || view! { <p>{t.loading()}</p> }>
                {move || Suspend::new(async move {
                    let state = refused.await.ok().flatten().unwrap_or_else(|| SettingsFormState {
                        values: SettingsInput {
                            publication_policy: "after_verification".into(),
                            ..Default::default()
                        },
                        ..Default::default()
                    });
                    match access.await {
                        Ok(()) => view! {
                            <SettingsForm values=state.values errors=state.errors
                                action="/admin/hearings/new".to_owned() creating=true />
                        }.into_any(),
                        Err(error) => view! { <Denied error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

/// `/admin/hearings/{slug}`.
#[component]
pub fn HearingAdminPage() -> impl IntoView {
    let t = use_messages();
    let query = use_query_map();
    let slug = path_param("slug");
    let data = Resource::new(slug, load_hearing_admin);
    let refused = Resource::new(|| (), |_| settings_refused());
    let status_error = Resource::new(|| (), |_| status_refused());
    view! {
        <Title text=t.ha_manage_title() />
        <div class="wrap admin">
            <Suspense fallback=move || view! { <p>{t.loading()}</p> }>
                {move || Suspend::new(async move {
                    let refused = refused.await.ok().flatten();
                    let status_error = status_error.await.ok().flatten();
                    let saved = query.read_untracked().get("saved");
                    let version = query.read_untracked().get("version").and_then(|v| v.parse().ok());
                    match data.await {
                        Ok((title, admin)) => view! {
                            <AdminView slug=untrack(slug) title admin refused status_error saved version />
                        }.into_any(),
                        Err(error) => view! { <h1>{t.ha_manage_title()}</h1> <Denied error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn AdminView(
    slug: String,
    title: String,
    admin: HearingAdmin,
    refused: Option<SettingsFormState>,
    status_error: Option<StatusFormState>,
    saved: Option<String>,
    version: Option<i32>,
) -> impl IntoView {
    let t = use_messages();
    let notice = match saved.as_deref() {
        Some("created") => Some(t.ha_created_notice().to_owned()),
        Some("settings") => Some(t.ha_saved_notice().to_owned()),
        Some("status") => Some(t.ha_status_changed_notice().to_owned()),
        Some("draft") => version.map(|v| t.ha_draft_published_notice(v)),
        _ => None,
    };
    let (values, errors) = match refused {
        Some(state) => (state.values, state.errors),
        None => (admin.settings, Default::default()),
    };
    view! {
        <h1>{title}</h1>
        <p class="meta">{t.ha_manage_title()} " · "
            <a href=format!("/hearings/{slug}")>{t.ha_public_page_link()}</a> " · "
            <a href=format!("/admin/hearings/{slug}/responses")>{t.open_inbox()}</a> " · "
            <a href=format!("/admin/hearings/{slug}/themes")>{t.themes_title()}</a> " · "
            <a href=format!("/admin/hearings/{slug}/erasure-requests")>{t.erasure_requests_title()}</a>
        </p>
        {notice.map(|n| view! { <p class="success-box" role="status">{n}</p> })}
        <StatusSection slug=slug.clone() status=admin.status allowed=admin.allowed_status
            error=status_error.map(|s| s.error) />
        <Versions slug=slug.clone() versions=admin.versions />
        <section aria-labelledby="settings-heading">
            <h2 id="settings-heading">{t.ha_settings_heading()}</h2>
            <SettingsForm values errors action=format!("/admin/hearings/{slug}") creating=false />
        </section>
        <History items=admin.history />
    }
}

#[component]
fn StatusSection(
    slug: String,
    status: crate::hearing::HearingStatus,
    allowed: Vec<Target>,
    error: Option<String>,
) -> impl IntoView {
    let t = use_messages();
    view! {
        <section aria-labelledby="status-heading" class="status-section">
            <h2 id="status-heading">{t.ha_status_heading()}</h2>
            <p>{t.ha_status_now()} " " <strong>{status.label(t)}</strong></p>
            {error.map(|e| view! { <p class="error-summary" role="alert">{e}</p> })}
            {allowed.is_empty().then(|| view! { <p>{t.ha_no_transitions()}</p> })}
            {allowed.into_iter().map(|target| view! {
                <form method="post" action=format!("/admin/hearings/{slug}/status") class="status-form">
                    <input type="hidden" name="status" value=target.as_str() />
                    <button type="submit" class="primary">{t.ha_transition_button(target.state())}</button>
                </form>
            }).collect_view()}
        </section>
    }
}

#[component]
fn Versions(slug: String, versions: Vec<VersionItem>) -> impl IntoView {
    let t = use_messages();
    let draft = format!("/admin/hearings/{slug}/draft");
    let has_draft = !versions.is_empty();
    view! {
        <section aria-labelledby="versions-heading">
            <h2 id="versions-heading">{t.ha_versions_heading()}</h2>
            {versions.is_empty().then(|| view! { <p>{t.ha_no_versions()}</p> })}
            <ul class="versions">
                {versions.into_iter().map(|v| {
                    let n = v.version_no;
                    view! {
                        <li>
                            {t.ha_version_label(n, v.imported_local.date())} ": " {v.title} " – "
                            <a href=format!("{draft}?version={n}")>{t.ha_view_version()}</a>
                            {(n > 1).then(|| view! {
                                " · " <a href=format!("{draft}/diff?from={}&to={n}", n - 1)>{t.ha_diff_previous(n)}</a>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p><a href=draft.clone()>{t.ha_upload_link()}</a></p>
            {has_draft.then(|| view! {
                <p><a href=format!("{draft}/summaries")>{t.ha_summaries_link()}</a></p>
            })}
        </section>
    }
}

#[component]
fn History(items: Vec<HistoryItem>) -> impl IntoView {
    let t = use_messages();
    view! {
        <section aria-labelledby="history-heading">
            <h2 id="history-heading">{t.ha_history_heading()}</h2>
            {items.is_empty().then(|| view! { <p>{t.ha_history_empty()}</p> })}
            <ul class="history">
                {items.into_iter().map(|item| {
                    let change = item.status_before.zip(item.status_after)
                        .map(|(before, after)| format!(": {} → {}", before.label(t), after.label(t)));
                    let version = item.version_no.map(|v| format!(" ({v})"));
                    view! {
                        <li>
                            <time datetime=item.at.to_rfc3339()>{t.date_time(item.at_local)}</time> " – "
                            {item.actor.unwrap_or_default()} " – "
                            {t.ha_history_action(&item.action)} {change} {version}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
