//! `/admin/hearings/{slug}/digest`: the committee digest page. Warnings first, then who gets
//! the digest, when the next ones go out, the schedule form, preview and "send now", and the
//! digests sent with how their mails fared. Plain forms: everything works without JavaScript.

use std::collections::BTreeMap;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{DigestFormState, DigestOverview, RunView, digest_form_refused, load_digest_page};
use crate::i18n::use_messages;
use crate::layout::hearing_tool_page;
use crate::web::fields::{ErrorSummary, Field};
use crate::web::table_scroll::TableScroll;

/// `/admin/hearings/{slug}/digest`.
#[component]
pub fn DigestAdminPage() -> impl IntoView {
    let frame = (use_messages().digest_title(), "wrap admin digest-page");
    hearing_tool_page(
        frame,
        load_digest_page,
        digest_form_refused,
        |page, refused| {
            view! { <DigestView page refused /> }
        },
    )
}

#[component]
fn DigestView(page: DigestOverview, refused: Option<DigestFormState>) -> impl IntoView {
    let t = use_messages();
    let slug = page.hearing.slug.clone();
    let action = format!("/admin/hearings/{slug}/digest");
    let saved = use_query_map()
        .read_untracked()
        .get("saved")
        .and_then(|what| t.digest_saved_notice(&what));
    let errors = refused
        .as_ref()
        .map(|r| r.errors.clone())
        .unwrap_or_default();
    view! {
        <p><a href="/admin">{t.admin_title()}</a> " · "
            <a href=format!("/admin/hearings/{slug}/responses")>{t.open_inbox()}</a> " · "
            <a href=format!("/admin/hearings/{slug}/hvidbog")>{t.hvidbog_title()}</a></p>
        <h1>{t.digest_title()}</h1>
        <p class="lead">{page.hearing.title.clone()}</p>
        {saved.map(|n| view! { <p class="success-box" role="status">{n}</p> })}
        <ErrorSummary errors=errors.clone() />
        {page.warnings.iter().map(|w| view! { <p class="notice-box warning">{t.digest_warning(w)}</p> }).collect_view()}
        <p>{t.digest_intro()}</p>
        <Recipients recipients=page.recipients.clone() slug=slug.clone() />
        <Upcoming page=page.clone() />
        {page.can_manage.then(|| view! { <ScheduleForm page=page.clone() action=action.clone() refused=refused.clone() /> })}
        <SendNow slug=slug.clone() action=action.clone() can_send=page.can_manage error=errors.get("recipients").cloned() />
        <History runs=page.runs.clone() />
    }
}

#[component]
fn Recipients(recipients: Vec<(String, String)>, slug: String) -> impl IntoView {
    let t = use_messages();
    view! {
        <section aria-labelledby="recipients-heading">
            <h2 id="recipients-heading">{t.digest_recipients()}</h2>
            <ul>
                {recipients.into_iter().map(|(name, email)| view! { <li>{name} " <" {email} ">"</li> }).collect_view()}
            </ul>
            <p><a href=format!("/admin/hearings/{slug}")>{t.digest_recipients_hint()}</a></p>
        </section>
    }
}

#[component]
fn Upcoming(page: DigestOverview) -> impl IntoView {
    let t = use_messages();
    let empty = page.upcoming.is_empty();
    view! {
        <section aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">{t.digest_upcoming()}</h2>
            {empty.then(|| view! { <p>{t.digest_none_upcoming()}</p> })}
            <ul>
                {page.upcoming.into_iter().map(|u| view! {
                    <li>{t.digest_kind(u.kind)} ": " {t.date_time(u.at)}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn ScheduleForm(
    page: DigestOverview,
    action: String,
    refused: Option<DigestFormState>,
) -> impl IntoView {
    let t = use_messages();
    let mine = refused.filter(|r| r.intent == "settings");
    let typed: BTreeMap<String, String> = mine
        .as_ref()
        .map(|r| r.fields.clone())
        .unwrap_or_else(|| page.settings.fields());
    let errors = mine.map(|r| r.errors).unwrap_or_default();
    let value = |name: &str| typed.get(name).cloned().unwrap_or_default();
    let weekday = value("weekday");
    let weekly = matches!(value("weekly").as_str(), "true" | "on");
    let weekday_error = errors.get("weekday").cloned();
    view! {
        <section aria-labelledby="schedule-heading">
            <h2 id="schedule-heading">{t.digest_schedule()}</h2>
            <form method="post" action=action class="digest-schedule" novalidate>
                <input type="hidden" name="intent" value="settings" />
                <div class="field" class:has-error=weekday_error.is_some()>
                    <label for="field-weekday">{t.digest_weekday_label()}</label>
                    {weekday_error.clone().map(|e| view! { <p class="field-error" id="error-weekday">{e}</p> })}
                    <select id="field-weekday" name="weekday"
                        aria-invalid=weekday_error.is_some().then_some("true")
                        aria-describedby=weekday_error.is_some().then_some("error-weekday")>
                        {(1..=7u32).map(|n| view! {
                            <option value=n.to_string() selected=weekday == n.to_string()>{t.weekday_name(n)}</option>
                        }).collect_view()}
                    </select>
                </div>
                <Field name="hour" label=t.digest_hour_label() value=value("hour") error=errors.get("hour").cloned() input_mode="numeric" />
                <Field name="lead_days" label=t.digest_lead_label() value=value("lead_days") error=errors.get("lead_days").cloned() input_mode="numeric" />
                <div class="field checkbox">
                    <input type="checkbox" id="field-weekly" name="weekly" value="on" checked=weekly />
                    <label for="field-weekly">{t.digest_weekly_label()}</label>
                </div>
                <button type="submit">{t.digest_save()}</button>
            </form>
        </section>
    }
}

#[component]
fn SendNow(slug: String, action: String, can_send: bool, error: Option<String>) -> impl IntoView {
    let t = use_messages();
    view! {
        <section aria-labelledby="now-heading">
            <h2 id="now-heading">{t.digest_now()}</h2>
            <ul>
                <li><a href=format!("/admin/hearings/{slug}/digest/preview") rel="external">{t.digest_preview()}</a></li>
                <li><a href=format!("/admin/hearings/{slug}/digest/preview?kind=final") rel="external">{t.digest_preview_final()}</a></li>
            </ul>
            {can_send.then(|| view! {
                <form method="post" action=action>
                    <input type="hidden" name="intent" value="send" />
                    {error.map(|e| view! { <p class="field-error" id="error-recipients">{e}</p> })}
                    <button type="submit" id="field-recipients">{t.digest_send()}</button>
                </form>
            })}
        </section>
    }
}

#[component]
fn History(runs: Vec<RunView>) -> impl IntoView {
    let t = use_messages();
    let [kind, period, queued, sent, waiting, failed, error] = t.digest_columns();
    let empty = runs.is_empty();
    view! {
        <section aria-labelledby="history-heading">
            <h2 id="history-heading">{t.digest_history()}</h2>
            {empty.then(|| view! { <p>{t.digest_none_sent()}</p> })}
            {(!empty).then(|| view! {
                <TableScroll label=t.digest_history()>
                    <table class="digest-history">
                        <thead><tr>
                            <th scope="col">{kind}</th><th scope="col">{period}</th><th scope="col">{queued}</th>
                            <th scope="col">{sent}</th><th scope="col">{waiting}</th><th scope="col">{failed}</th>
                            <th scope="col">{error}</th>
                        </tr></thead>
                        <tbody>
                            {runs.clone().into_iter().map(|run| view! {
                                <tr class:failed={run.failed > 0}>
                                    <th scope="row">{t.digest_kind(run.kind)}</th>
                                    <td>{run.period}</td>
                                    <td>{t.date_time(run.queued)}</td>
                                    <td>{run.sent}</td>
                                    <td>{run.pending}</td>
                                    <td>{run.failed}</td>
                                    <td>{run.last_error.unwrap_or_default()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </TableScroll>
            })}
        </section>
    }
}
