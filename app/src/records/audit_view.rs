//! `/admin/audit`: the audit log for admins, newest first.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{AuditExport, load_audit};
use crate::audit::AuditEntry;
use crate::error::AppError;
use crate::i18n::use_messages;
use crate::layout::ErrorNotice;
use crate::layout::Refusal;

/// The audit log page.
#[component]
pub fn AuditPage() -> impl IntoView {
    let t = use_messages();
    let log = Resource::new(|| (), |_| load_audit(1));
    view! {
        <Title text=t.audit_title() />
        <div class="wrap admin">
            <h1>{t.audit_title()}</h1>
            <Suspense fallback=move || view! { <p>{t.loading()}</p> }>
                {move || Suspend::new(async move {
                    match log.await {
                        Ok(view) => view! {
                            <AuditExport />
                            <AuditTable items=view.items />
                        }
                        .into_any(),
                        Err(error @ (AppError::Unauthorized | AppError::Forbidden)) => {
                            view! { <Refusal error /> }.into_any()
                        }
                        Err(_) => view! { <ErrorNotice /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn AuditTable(items: Vec<(chrono::NaiveDateTime, AuditEntry)>) -> impl IntoView {
    let t = use_messages();
    view! {
        <table class="audit">
            <thead>
                <tr>
                    <th scope="col">{t.audit_when()}</th>
                    <th scope="col">{t.audit_who()}</th>
                    <th scope="col">{t.audit_what()}</th>
                    <th scope="col">{t.audit_reason()}</th>
                </tr>
            </thead>
            <tbody>
                {items.into_iter().map(|(at, e)| view! {
                    <tr>
                        <td>{t.date_time(at)}</td>
                        <td>{e.actor_name.unwrap_or_default()}</td>
                        <td>{format!("{} {} #{}: {} → {}", e.action, e.entity, e.entity_id, e.before["status"].as_str().unwrap_or("-"), e.after["status"].as_str().unwrap_or("-"))}</td>
                        <td>{e.reason.unwrap_or_default()}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}
