//! `/verify/{token}`: the page the e-mail link opens. It works without JavaScript (and with
//! curl): the verification happens while the page is rendered on the server.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::{VerifyOutcome, verify_response};
use crate::app::use_messages;
use crate::layout::ErrorNotice;

/// The verification page.
#[component]
pub fn VerifyPage() -> impl IntoView {
    let t = use_messages();
    let params = use_params_map();
    let outcome = Resource::new(
        move || params.read().get("token").unwrap_or_default(),
        verify_response,
    );
    view! {
        <Suspense fallback=move || view! { <p class="wrap">{t.loading()}</p> }>
            {move || Suspend::new(async move {
                match outcome.await {
                    Ok(outcome) => view! { <VerifyResult outcome /> }.into_any(),
                    Err(_) => view! { <ErrorNotice /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn VerifyResult(outcome: VerifyOutcome) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        let status = match outcome {
            VerifyOutcome::Verified { .. }
            | VerifyOutcome::HeldForPersonalData { .. }
            | VerifyOutcome::AlreadyVerified { .. } => http::StatusCode::OK,
            VerifyOutcome::Unknown => http::StatusCode::NOT_FOUND,
            VerifyOutcome::Expired => http::StatusCode::GONE,
            VerifyOutcome::Closed => http::StatusCode::CONFLICT,
        };
        response.set_status(status);
    }
    let t = use_messages();
    let back = match &outcome {
        VerifyOutcome::Verified { hearing_slug, .. } => format!("/hearings/{hearing_slug}"),
        _ => "/".to_owned(),
    };
    view! {
        <Title text=t.verify_heading(&outcome) />
        <div class="wrap notice" data-verify-outcome=outcome_name(&outcome)>
            <h1>{t.verify_heading(&outcome)}</h1>
            <p>{t.verify_body(&outcome)}</p>
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
