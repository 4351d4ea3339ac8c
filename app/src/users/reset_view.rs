//! `/admin/password-reset` (ask for a link) and `/admin/password-reset/{token}` (choose a new
//! password). Plain forms; they work without JavaScript. The sign-in page's link here and its
//! notice after a reset are in `auth`'s view.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{ResetFormState, reset_link_works, reset_refused};
use crate::i18n::use_messages;
use crate::layout::{ErrorNotice, path_param};
use crate::web::fields::{ErrorSummary, Field};

/// `/admin/password-reset`: ask for a link by e-mail.
#[component]
pub fn PasswordResetPage() -> impl IntoView {
    let t = use_messages();
    let query = use_query_map();
    let sent = query.with_untracked(|q| q.get("sent").is_some());
    let refused = Resource::new(|| (), |_| reset_refused());
    view! {
        <Title text=t.forgot_password() />
        <div class="wrap respond">
            <h1>{t.forgot_password()}</h1>
            {sent.then(|| view! { <p class="success-box" role="status">{t.reset_sent()}</p> })}
            <p class="lead">{t.reset_intro()}</p>
            <Suspense fallback=move || view! { <p>{t.loading()}</p> }>
                {move || Suspend::new(async move {
                    let state = refused.await.ok().flatten().unwrap_or_default();
                    let error = state.errors.get("email").cloned();
                    view! {
                        <ErrorSummary errors=state.errors.clone() />
                        <form method="post" action="/admin/password-reset" novalidate="" class="respond-form">
                            <Field name="email" label=t.email_label() value=state.email error input_type="email" autocomplete="username" />
                            <button type="submit" class="primary">{t.reset_button()}</button>
                        </form>
                    }
                })}
            </Suspense>
        </div>
    }
}

/// `/admin/password-reset/{token}`: choose a new password, or learn that the link is spent.
#[component]
pub fn NewPasswordPage() -> impl IntoView {
    let t = use_messages();
    let token = path_param("token");
    let works = Resource::new(token, reset_link_works);
    let refused = Resource::new(|| (), |_| reset_refused());
    view! {
        <div class="wrap respond">
            <Suspense fallback=move || view! { <p>{t.loading()}</p> }>
                {move || Suspend::new(async move {
                    let refused = refused.await.ok().flatten().unwrap_or_default();
                    let token = untrack(token);
                    let action = format!("/admin/password-reset/{token}");
                    match works.await {
                        Ok(true) => view! { <NewPasswordForm action state=refused /> }.into_any(),
                        Ok(false) => view! { <LinkSpent /> }.into_any(),
                        Err(_) => view! { <ErrorNotice /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn NewPasswordForm(action: String, state: ResetFormState) -> impl IntoView {
    let t = use_messages();
    let password_error = state.errors.get("password").cloned();
    let repeat_error = state.errors.get("repeat").cloned();
    view! {
        <Title text=t.new_password_title() />
        <h1>{t.new_password_title()}</h1>
        <ErrorSummary
            errors=state.errors.clone()
            labels=vec![("password", t.new_password_label()), ("repeat", t.repeat_password_label())]
        />
        <form method="post" action=action novalidate="" class="respond-form">
            <Field name="password" label=t.new_password_label() value=String::new() error=password_error input_type="password" autocomplete="new-password" hint=t.password_hint() />
            <Field name="repeat" label=t.repeat_password_label() value=String::new() error=repeat_error input_type="password" autocomplete="new-password" />
            <button type="submit" class="primary">{t.set_password_button()}</button>
        </form>
    }
}

#[component]
fn LinkSpent() -> impl IntoView {
    let t = use_messages();
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::GONE);
    }
    view! {
        <Title text=t.reset_invalid_title() />
        <h1>{t.reset_invalid_title()}</h1>
        <p class="notice-box">{t.reset_invalid_body()}</p>
        <p><a href="/admin/password-reset">{t.forgot_password()}</a></p>
    }
}
