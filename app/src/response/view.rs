//! `/verify/{token}`: the page the e-mail link opens. Opening it only looks the link up and
//! shows a button; the button posts to the same path (a plain form, so it works without
//! JavaScript) and that confirms the response. Mail scanners open links; they do not press
//! buttons.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{VerifyLink, VerifyOutcome, verification_link};
use crate::i18n::use_messages;
use crate::layout::{ErrorNotice, path_param};

/// The verification page.
#[component]
pub fn VerifyPage() -> impl IntoView {
    let t = use_messages();
    let token = path_param("token");
    let link = Resource::new(token, verification_link);
    view! {
        <Suspense fallback=move || view! { <p class="wrap">{t.loading()}</p> }>
            {move || Suspend::new(async move {
                match link.await {
                    Ok(VerifyLink::Confirm { svarnummer, hearing_title }) => {
                        let token = untrack(token);
                        let action = format!("/verify/{}", token.trim());
                        view! { <ConfirmButton action svarnummer hearing_title /> }.into_any()
                    }
                    Ok(VerifyLink::Done(outcome)) => view! { <VerifyResult outcome /> }.into_any(),
                    Err(_) => view! { <ErrorNotice /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The button that confirms the response: a plain form posted to the link's own path.
#[component]
fn ConfirmButton(action: String, svarnummer: String, hearing_title: String) -> impl IntoView {
    let t = use_messages();
    view! {
        <Title text=t.verify_confirm_title() />
        <div class="wrap notice" data-verify-outcome="unconfirmed">
            <h1>{t.verify_confirm_title()}</h1>
            <p>{t.verify_confirm_body(&svarnummer, &hearing_title)}</p>
            <form method="post" action=action class="respond-form">
                <button type="submit" class="primary">{t.verify_confirm_button()}</button>
            </form>
        </div>
    }
}

#[component]
fn VerifyResult(outcome: VerifyOutcome) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(outcome.status_code());
    }
    let t = use_messages();
    let back = match &outcome {
        VerifyOutcome::Verified { hearing_slug, .. } => format!("/hearings/{hearing_slug}"),
        _ => "/".to_owned(),
    };
    view! {
        <Title text=outcome.heading(t) />
        <div class="wrap notice" data-verify-outcome=outcome_name(&outcome)>
            <h1>{outcome.heading(t)}</h1>
            <p>{outcome.body(t)}</p>
            <p>
                <a href=back>{t.back_to_front()}</a>
            </p>
        </div>
    }
}

fn outcome_name(outcome: &VerifyOutcome) -> &'static str {
    match outcome {
        VerifyOutcome::Verified { .. } => "verified",
        VerifyOutcome::HeldForPersonalData { .. } => "held_for_personal_data",
        VerifyOutcome::AlreadyVerified { .. } => "already_verified",
        VerifyOutcome::Unknown => "unknown",
        VerifyOutcome::Expired => "expired",
        VerifyOutcome::Closed => "closed",
    }
}
