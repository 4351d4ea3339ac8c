//! `/my-data/open/{token}`: the page the mailed link opens. Opening it changes nothing (mail
//! scanners fetch links); its button (a POST) spends the link and opens the data. A link that
//! was used, ran out or never was says so, with the way to a new one.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{GRANT_MINUTES, LinkState, data_link_state};
use crate::i18n::use_messages;
use crate::layout::{ErrorNotice, path_param};

/// The page.
#[component]
pub fn OpenLinkPage() -> impl IntoView {
    let t = use_messages();
    let token = path_param("token");
    let link = Resource::new(token, data_link_state);
    view! {
        <Title text=t.my_data_title() />
        <div class="wrap respond">
            <h1>{t.my_data_title()}</h1>
            <Suspense fallback=move || view! { <p>{t.loading()}</p> }>
                {move || Suspend::new(async move {
                    match link.await {
                        Ok(LinkState::Live) => view! { <OpenButton token=token() /> }.into_any(),
                        Ok(state) => view! { <DeadLink state /> }.into_any(),
                        Err(_) => view! { <ErrorNotice /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn OpenButton(token: String) -> impl IntoView {
    let t = use_messages();
    view! {
        <p>{t.my_data_open_body(GRANT_MINUTES)}</p>
        <form method="post" action=format!("/my-data/open/{token}") class="respond-form">
            <button type="submit" class="primary">{t.my_data_open_button()}</button>
        </form>
    }
}

#[component]
fn DeadLink(state: LinkState) -> impl IntoView {
    let t = use_messages();
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        let status = match state {
            LinkState::Unknown => http::StatusCode::NOT_FOUND,
            _ => http::StatusCode::GONE,
        };
        response.set_status(status);
    }
    let text = match state {
        LinkState::Used => t.my_data_link_used(),
        LinkState::Expired => t.my_data_link_expired(),
        _ => t.my_data_link_unknown(),
    };
    view! {
        <p class="notice-box" role="status">{text}</p>
        <p><a href="/my-data">{t.my_data_ask_again()}</a></p>
    }
}
