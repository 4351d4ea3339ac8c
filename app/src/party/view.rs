//! `/admin/hearings/{slug}/parties`: the høringsliste with who has answered (and their
//! svarnumre), when each was invited and reminded; for officials who manage the hearing also
//! the forms to send the høringsbrev, set the reminder, add, paste, edit and remove parties.
//! Plain forms, so everything works without JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::view_forms::{AddForm, EditForms, ImportForm, InviteForm, SettingsForm};
use super::{PartiesView, PartyFormState, PartyRow, load_parties, party_form_refused};
use crate::i18n::use_messages;
use crate::layout::hearing_tool_page;
use crate::web::table_scroll::TableScroll;

/// `/admin/hearings/{slug}/parties`.
#[component]
pub fn PartiesPage() -> impl IntoView {
    let frame = (use_messages().parties_title(), "wrap admin");
    hearing_tool_page(frame, load_parties, party_form_refused, |list, refused| {
        view! { <PartiesList list refused /> }
    })
}

/// The confirmation after a change, from the query the form post redirected to.
fn notice() -> Option<String> {
    let t = use_messages();
    let query = use_query_map().read_untracked().clone();
    if let Some(n) = query.get("invited").and_then(|n| n.parse().ok()) {
        return Some(t.invited_notice(n));
    }
    query
        .get("saved")
        .map(|_| t.party_saved_notice().to_owned())
}

#[component]
fn PartiesList(list: PartiesView, refused: Option<PartyFormState>) -> impl IntoView {
    let t = use_messages();
    let action = format!("/admin/hearings/{}/parties", list.hearing.slug);
    let answered = list.rows.iter().filter(|r| r.party.answered).count();
    let total = list.rows.len();
    let manage = list.can_manage.then(|| {
        let (action, refused, rows) = (action.clone(), refused.clone(), list.rows.clone());
        view! {
            <section aria-labelledby="invite-heading">
                <h2 id="invite-heading">{t.invite_heading()}</h2>
                <InviteForm action=action.clone() not_invited=list.not_invited refused=refused.clone() />
                <SettingsForm action=action.clone() days=list.remind_days refused=refused.clone() />
            </section>
            <AddForm action=action.clone() refused=refused.clone() />
            <ImportForm action=action.clone() refused=refused.clone() />
            {(!rows.is_empty()).then(|| view! {
                <section aria-labelledby="edit-parties">
                    <h2 id="edit-parties">{t.edit_parties_heading()}</h2>
                    {rows.into_iter().map(|row| view! {
                        <EditForms action=action.clone() row refused=refused.clone() />
                    }).collect_view()}
                </section>
            })}
        }
    });
    view! {
        <p><a href="/admin">{t.admin_title()}</a></p>
        <h1>{t.parties_title()}</h1>
        <p class="lead">{list.hearing.title.clone()}</p>
        {notice().map(|n| view! { <p class="success-box" role="status">{n}</p> })}
        {(total == 0).then(|| view! { <p>{t.no_parties()}</p> })}
        {(total > 0).then(|| view! {
            <p class="party-count">{t.parties_answered(answered, total)}</p>
            <PartyTable rows=list.rows.clone() />
        })}
        {manage}
    }
}

#[component]
fn PartyTable(rows: Vec<PartyRow>) -> impl IntoView {
    let t = use_messages();
    view! {
        <TableScroll label=t.parties_title()>
            <table class="parties">
                <caption class="visually-hidden">{t.parties_title()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.party_name()}</th>
                        <th scope="col">{t.col_deadline()}</th>
                        <th scope="col">{t.col_invited()}</th>
                        <th scope="col">{t.col_answered()}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| view! { <PartyTableRow row /> }).collect_view()}
                </tbody>
            </table>
        </TableScroll>
    }
}

#[component]
fn PartyTableRow(row: PartyRow) -> impl IntoView {
    let t = use_messages();
    let p = row.party;
    let by_hand = p.answered_by != "auto";
    let probably = p
        .matched_by
        .as_deref()
        .filter(|by| p.answered && matches!(*by, "name" | "cvr"))
        .map(|by| t.answered_probably(by));
    let invited = row.invited.map_or("–".to_owned(), |at| t.date_time(at));
    view! {
        <tr class:answered=p.answered>
            <th scope="row">
                {p.name}
                <span class="party-detail">{t.party_kind(p.kind)}</span>
                <span class="party-detail">{p.email}</span>
            </th>
            <td>{t.date_time(row.deadline)}</td>
            <td>
                {invited}
                {row.reminded.map(|at| view! {
                    <span class="party-detail">{t.col_reminded()} ": " {t.date_time(at)}</span>
                })}
            </td>
            <td>
                {if p.answered { t.answered_yes() } else { t.answered_no() }}
                {by_hand.then(|| view! { " " {t.answered_by_hand()} })}
                {probably.map(|label| view! { " " <span class="probable">{label}</span> })}
                {(!p.svarnumre.is_empty()).then(|| view! {
                    <span class="svarnumre">{p.svarnumre.join(", ")}</span>
                })}
            </td>
        </tr>
    }
}
