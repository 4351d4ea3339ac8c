//! `/admin/login`: the sign-in form (a plain post; works without JavaScript), with its link to
//! the password reset and the notice after one.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{LoginFormState, login_refused};
use crate::i18n::use_messages;
use crate::web::fields::Field;

/// The sign-in page.
#[component]
pub fn LoginPage() -> impl IntoView {
    let t = use_messages();
    let query = use_query_map();
    let refused = Resource::new(|| (), |_| login_refused());
    view! {
        <Title text=t.login_title() />
        <div class="wrap respond">
            <h1>{t.login_title()}</h1>
            <p class="lead">{t.login_intro()}</p>
            <PasswordChanged />
            <Suspense fallback=move || view! { <p>{t.loading()}</p> }>
                {move || Suspend::new(async move {
                    let state = refused.await.ok().flatten().unwrap_or_else(|| LoginFormState {
                        next: query.read_untracked().get("next").unwrap_or_default(),
                        ..Default::default()
                    });
                    view! { <LoginForm state /> }
                })}
            </Suspense>
            <ForgotPassword />
            <LinkForm />
        </div>
    }
}

/// `/admin/login/{token}`: the page an e-mailed sign-in link opens. Signing in takes a press
/// of the button (a POST), so a mail scanner that fetches links does not use the link up.
#[component]
pub fn LinkSignInPage() -> impl IntoView {
    let t = use_messages();
    let params = leptos_router::hooks::use_params_map();
    let action = move || {
        format!(
            "/admin/login/{}",
            params.read().get("token").unwrap_or_default()
        )
    };
    view! {
        <Title text=t.login_title() />
        <div class="wrap respond">
            <h1>{t.login_title()}</h1>
            <p>{t.login_link_confirm()}</p>
            <form method="post" action=action class="respond-form">
                <button type="submit" class="primary">{t.login_button()}</button>
            </form>
        </div>
    }
}

/// Sign-in by e-mail link, and what became of an earlier request.
#[component]
fn LinkForm() -> impl IntoView {
    let t = use_messages();
    let query = use_query_map();
    let notice = query.with_untracked(|q| match q.get("link").as_deref() {
        Some("sent") => Some(t.login_link_sent()),
        Some("invalid") => Some(t.login_link_invalid()),
        _ => None,
    });
    view! {
        {notice.map(|n| view! { <p class="notice-box" role="status">{n}</p> })}
        <h2>{t.login_link_heading()}</h2>
        <form method="post" action="/admin/login-link" class="respond-form">
            <div class="field">
                <label for="field-link-email">{t.email_label()}</label>
                <input type="email" id="field-link-email" name="email" autocomplete="username" />
            </div>
            <button type="submit" class="secondary">{t.login_link_button()}</button>
        </form>
    }
}

#[component]
fn LoginForm(state: LoginFormState) -> impl IntoView {
    let t = use_messages();
    let error = (!state.error.is_empty()).then_some(state.error);
    view! {
        {error.clone().map(|e| view! { <p class="error-summary" role="alert">{e}</p> })}
        <form method="post" action="/admin/login" class="respond-form">
            <input type="hidden" name="next" value=state.next />
            <Field name="email" label=t.email_label() value=state.email error=None input_type="email" autocomplete="username" />
            <div class="field">
                <label for="field-password">{t.password_label()}</label>
                <input type="password" id="field-password" name="password" autocomplete="current-password" />
            </div>
            <button type="submit" class="primary">{t.login_button()}</button>
        </form>
    }
}

/// The sign-in page's "Forgot your password?" link.
#[component]
fn ForgotPassword() -> impl IntoView {
    let t = use_messages();
    view! { <p class="forgot-password"><a href="/admin/password-reset">{t.forgot_password()}</a></p> }
}

/// The sign-in page's confirmation after a new password was set.
#[component]
fn PasswordChanged() -> impl IntoView {
    let t = use_messages();
    let query = use_query_map();
    let done = query.with_untracked(|q| q.get("reset").as_deref() == Some("done"));
    done.then(|| view! { <p class="success-box" role="status">{t.password_changed()}</p> })
}
