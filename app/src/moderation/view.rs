//! The officials' pages: `/admin` (their hearings) and `/admin/hearings/{slug}/responses`
//! (the inbox: filters and page in the URL; see `inbox_view`). Plain forms, so they work
//! without JavaScript.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_query_map};

use super::inbox_view::InboxView;
use super::{bulk_state, decision_refused, load_inbox, official_hearings};
use crate::hearing_admin::ManageLinks;
use crate::i18n::use_messages;
use crate::layout::{Refusal, path_param};

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
                            <p><a href="/admin/users">{t.users_title()}</a></p>
                            <ManageLinks />
                            <h2>{t.your_hearings()}</h2>
                            <ul class="admin-hearings">
                                {list.into_iter().map(|h| view! {
                                    <li>
                                        {h.title} " – "
                                        <a href=format!("/admin/hearings/{}/responses", h.slug)>{t.open_inbox()}</a> " – "
                                        <a href=format!("/admin/hearings/{}/parties", h.slug)>{t.parties_title()}</a> " – "
                                        <a href=format!("/admin/hearings/{}/themes", h.slug)>{t.themes_title()}</a> " – "
                                        <a href=format!("/admin/hearings/{}/digest", h.slug)>{t.digest_title()}</a> " – "
                                        <a href=format!("/admin/hearings/{}/hvidbog", h.slug)>{t.hvidbog_title()}</a> " – "
                                        <a href=format!("/admin/hearings/{}/erasure-requests", h.slug)>{t.erasure_requests_title()}</a>
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

/// The sign-out button of the officials' pages.
#[component]
pub(super) fn SignOut() -> impl IntoView {
    let t = use_messages();
    view! {
        <form method="post" action="/admin/logout" class="sign-out">
            <button type="submit" class="secondary">{t.logout_button()}</button>
        </form>
    }
}

/// `/admin/hearings/{slug}/responses`.
#[component]
pub fn InboxPage() -> impl IntoView {
    let t = use_messages();
    let query = use_query_map();
    let location = use_location();
    let slug = path_param("slug");
    let inbox = Resource::new(
        move || (slug(), location.search.get()),
        |(slug, search)| load_inbox(slug, search),
    );
    let refused = Resource::new(|| (), |_| decision_refused());
    let bulk = Resource::new(|| (), |_| bulk_state());
    view! {
        <Title text=t.admin_title() />
        <div class="wrap admin">
            <Suspense fallback=move || view! { <p>{t.loading()}</p> }>
                {move || Suspend::new(async move {
                    let refused = refused.await.ok().flatten();
                    let bulk = bulk.await.ok().flatten();
                    let saved = query.read_untracked().get("saved").is_some();
                    match inbox.await {
                        Ok(inbox) => view! { <InboxView inbox refused bulk saved /> }.into_any(),
                        Err(error) => view! { <h1>{t.admin_title()}</h1> <Refusal error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}
