//! `/admin/hearings/{slug}/erasure-requests`: the hearing's erasure requests, pending first,
//! each pending one with its button (a plain form post with the Origin check), for officials
//! who may moderate the hearing.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{ErasureList, ErasureRow, load_erasure_requests};
use crate::i18n::use_messages;
use crate::layout::{Refusal, path_param};
use crate::vocab::ErasureStatus;

/// The page.
#[component]
pub fn ErasureRequestsPage() -> impl IntoView {
    let t = use_messages();
    let list = Resource::new(path_param("slug"), load_erasure_requests);
    view! {
        <Title text=t.erasure_requests_title() />
        <div class="wrap admin">
            <Suspense fallback=move || view! { <p>{t.loading()}</p> }>
                {move || Suspend::new(async move {
                    match list.await {
                        Ok(list) => view! { <Requests list /> }.into_any(),
                        Err(error) => view! {
                            <h1>{t.erasure_requests_title()}</h1>
                            <Refusal error />
                        }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn Requests(list: ErasureList) -> impl IntoView {
    let t = use_messages();
    let done = use_query_map().read_untracked().get("done").is_some();
    let action = format!("/admin/hearings/{}/erasure-requests", list.hearing_slug);
    let columns = t.erasure_columns();
    let empty = list.items.is_empty();
    view! {
        <p><a href="/admin">{t.admin_title()}</a> " · "
            <a href=format!("/admin/hearings/{}/responses", list.hearing_slug)>{t.open_inbox()}</a></p>
        <h1>{t.erasure_requests_title()}</h1>
        <p class="meta">{list.hearing_title.clone()}</p>
        {done.then(|| view! { <p class="success-box" role="status">{t.erasure_done_notice()}</p> })}
        <p>{t.erasure_requests_intro(list.decided)}</p>
        {if empty {
            view! { <p>{t.erasure_requests_none()}</p> }.into_any()
        } else {
            view! {
                <table class="audit">
                    <thead><tr>
                        {columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}
                    </tr></thead>
                    <tbody>
                        {list.items.into_iter().map(|row| view! { <RequestRow row action=action.clone() /> }).collect_view()}
                    </tbody>
                </table>
            }.into_any()
        }}
    }
}

#[component]
fn RequestRow(row: ErasureRow, action: String) -> impl IntoView {
    let t = use_messages();
    let when = |at: chrono::DateTime<chrono::FixedOffset>| t.date_time(at.naive_local());
    let done = row.carried_out_at.map(when);
    let pending = row.status == ErasureStatus::Pending;
    let number = match row.response_id {
        Some(id) => view! { <a href=format!("/admin/responses/{id}")>{row.svarnummer.clone()}</a> }
            .into_any(),
        None => view! { <span>{row.svarnummer.clone()}</span> }.into_any(),
    };
    view! {
        <tr>
            <td>{number}</td>
            <td>{when(row.requested_at)}</td>
            <td>{t.erasure_status(row.status, done.as_deref())}</td>
            <td>{row.carried_out_by.unwrap_or_default()}</td>
            <td>
                {pending.then(|| view! {
                    <form method="post" action=action>
                        <input type="hidden" name="request" value=row.id.to_string() />
                        <button type="submit" class="danger" aria-label=format!("{} {}", t.erasure_carry_out(), row.svarnummer)>
                            {t.erasure_carry_out()}
                        </button>
                    </form>
                })}
            </td>
        </tr>
    }
}
