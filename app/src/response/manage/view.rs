//! The change-or-withdraw page.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{ManageFormState, ManageLookup, ManagedResponse, lookup_managed, manage_refused};
use crate::i18n::use_messages;
use crate::layout::{ErrorNotice, path_param};
use crate::response::fields::{StanceChoice, TextArea};
use crate::web::fields::ErrorSummary;
use crate::web::user_text::UserText;

/// The page behind the private link.
#[component]
pub fn ManagePage() -> impl IntoView {
    let t = use_messages();
    let token = path_param("token");
    let lookup = Resource::new(token, lookup_managed);
    let refused = Resource::new(|| (), |_| manage_refused());
    view! {
        <Suspense fallback=move || view! { <p class="wrap">{t.loading()}</p> }>
            {move || Suspend::new(async move {
                let refused = refused.await.ok().flatten();
                match lookup.await {
                    Ok(ManageLookup::Open(response)) => {
                        view! { <Manage response token=token() refused open=true /> }.into_any()
                    }
                    Ok(ManageLookup::Closed(response)) => {
                        view! { <Manage response token=token() refused open=false /> }.into_any()
                    }
                    Ok(ManageLookup::Unknown) => view! { <UnknownLink /> }.into_any(),
                    Err(_) => view! { <ErrorNotice /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn UnknownLink() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    let t = use_messages();
    view! {
        <Title text=t.manage_unknown_title() />
        <div class="wrap notice">
            <h1>{t.manage_unknown_title()}</h1>
            <p>{t.manage_unknown_body()}</p>
        </div>
    }
}

#[component]
fn Manage(
    response: ManagedResponse,
    token: String,
    refused: Option<ManageFormState>,
    open: bool,
) -> impl IntoView {
    let t = use_messages();
    let query = use_query_map();
    let notice = query.with_untracked(|q| {
        if q.get("withdrawn").is_some() {
            Some(t.withdrawn_notice())
        } else if q.get("saved").is_some() {
            Some(t.saved_notice())
        } else {
            None
        }
    });
    let title = t.manage_title(&response.svarnummer);
    let withdrawn = response.status == crate::vocab::ResponseStatus::Withdrawn;
    let body = match (open, withdrawn) {
        (true, false) => {
            let action = format!("/responses/manage/{token}");
            view! { <ChangeForms response=response.clone() action refused /> }.into_any()
        }
        (false, false) => view! {
            <p class="notice-box">{t.manage_closed()}</p>
            <UserText text=response.text.clone() language=None />
        }
        .into_any(),
        (_, true) => view! { <p class="notice-box">{t.already_withdrawn()}</p> }.into_any(),
    };
    view! {
        <Title text=title.clone() />
        <div class="wrap respond manage">
            <h1>{title}</h1>
            <p class="meta">
                <a href=format!("/hearings/{}", response.hearing_slug)>{response.hearing_title.clone()}</a>
            </p>
            {notice.map(|n| view! { <p class="success-box" role="status">{n}</p> })}
            <p>
                <strong>{t.status_label()} ": "</strong>
                {t.manage_status(response.status)}
            </p>
            {(open && !withdrawn).then(|| view! { <p>{t.manage_intro(&t.date_time(response.deadline))}</p> })}
            {body}
            <section class="my-data-link" aria-labelledby="my-data-heading">
                <h2 id="my-data-heading">{t.my_data_from_manage()}</h2>
                <p>{t.my_data_from_manage_explain()}</p>
                <form method="post" action=format!("/responses/manage/{token}/my-data")>
                    <button type="submit" class="secondary">{t.my_data_from_manage()}</button>
                </form>
            </section>
        </div>
    }
}

#[component]
fn ChangeForms(
    response: ManagedResponse,
    action: String,
    refused: Option<ManageFormState>,
) -> impl IntoView {
    let t = use_messages();
    let (values, errors) = match refused {
        Some(state) => (state.values, state.errors),
        None => (
            super::ManageForm {
                text: response.text,
                stance: response.stance.to_string(),
                ..Default::default()
            },
            Default::default(),
        ),
    };
    let error = |field: &str| errors.get(field).cloned();
    let confirm_error = error("confirm");
    let confirm_invalid = confirm_error.is_some();
    view! {
        <ErrorSummary errors=errors.clone() />
        <form method="post" action=action.clone() novalidate="" class="respond-form">
            <input type="hidden" name="action" value="update" />
            <StanceChoice selected=values.stance.clone() error=error("stance") />
            <TextArea value=values.text.clone() error=error("text") />
            <button type="submit" class="primary">{t.save_changes()}</button>
        </form>
        <section class="withdraw" aria-labelledby="withdraw-heading">
            <h2 id="withdraw-heading">{t.withdraw_heading()}</h2>
            <p>{t.withdraw_explain()}</p>
            <form method="post" action=action novalidate="">
                <input type="hidden" name="action" value="withdraw" />
                <div class="field checkbox" class:has-error=confirm_invalid>
                    {confirm_error.map(|e| view! { <p class="field-error" id="error-confirm">{e}</p> })}
                    <input
                        type="checkbox"
                        id="field-confirm"
                        name="confirm"
                        value="true"
                        aria-invalid=confirm_invalid.then_some("true")
                        aria-describedby=confirm_invalid.then_some("error-confirm")
                    />
                    <label for="field-confirm">{t.withdraw_confirm_label()}</label>
                </div>
                <button type="submit" class="danger">{t.withdraw_button()}</button>
            </form>
        </section>
    }
}
