//! `/my-data`: with a live grant, everything stored about the address (see `data_view`);
//! without one, the form that mails a one-time link. Plain forms, so both work without
//! JavaScript.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::LINK_MINUTES;
use super::data_view::DataView;
use super::{RightsFormState, load_my_data, my_data_refused};
use crate::i18n::use_messages;
use crate::layout::ErrorNotice;
use crate::web::fields::{ErrorSummary, Field};

/// The page.
#[component]
pub fn MyDataPage() -> impl IntoView {
    let t = use_messages();
    let data = Resource::new(|| (), |_| load_my_data());
    let refused = Resource::new(|| (), |_| my_data_refused());
    view! {
        <Title text=t.my_data_title() />
        <div class="wrap respond my-data">
            <Suspense fallback=move || view! { <p>{t.loading()}</p> }>
                {move || Suspend::new(async move {
                    let refused = refused.await.ok().flatten().unwrap_or_default();
                    match data.await {
                        Ok(Some(view)) => view! { <DataView view refused /> }.into_any(),
                        Ok(None) => view! { <AskForLink refused /> }.into_any(),
                        Err(_) => view! { <ErrorNotice /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

/// A confirmation from the query a form post redirected to.
pub(super) fn notice() -> Option<String> {
    let t = use_messages();
    let query = use_query_map().read_untracked().clone();
    let text = if query.get("sent").is_some() {
        t.my_data_link_sent(LINK_MINUTES)
    } else if query.get("closed").is_some() {
        t.my_data_closed_notice().into()
    } else if query.get("withdrawn").is_some() {
        t.withdrawn_notice().into()
    } else {
        match query.get("erasure").as_deref() {
            Some("requested") => t.erasure_requested_notice().into(),
            Some("pending") => t.erasure_pending_notice().into(),
            _ => return None,
        }
    };
    Some(text)
}

/// The address form.
#[component]
fn AskForLink(refused: RightsFormState) -> impl IntoView {
    let t = use_messages();
    let error = refused.errors.get("email").cloned();
    view! {
        <h1>{t.my_data_title()}</h1>
        {notice().map(|n| view! { <p class="success-box" role="status">{n}</p> })}
        <p class="lead">{t.my_data_intro()}</p>
        <ErrorSummary errors=refused.errors.clone() />
        <form method="post" action="/my-data" novalidate="" class="respond-form">
            <input type="hidden" name="intent" value="link" />
            <Field
                name="email"
                label=t.email_label()
                value=refused.email
                error
                input_type="email"
                autocomplete="email"
            />
            <button type="submit" class="primary">{t.my_data_send_button()}</button>
        </form>
    }
}
