//! `/accessibility`: the accessibility statement (tilgængelighedserklæring) the Danish act on
//! the accessibility of public sector bodies' websites asks for — the conformance status with
//! WCAG 2.1 AA, what is known not to be accessible, when and how the statement was made, how
//! to give feedback by e-mail and by telephone, and enforcement by Digitaliseringsstyrelsen.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{DemoNote, Installation, load_installation, mailto, tel};
use crate::i18n::{Locale, use_locale, use_messages};
use crate::layout::ErrorNotice;

/// Digitaliseringsstyrelsen's page for people who meet content that is not accessible.
const ENFORCEMENT: &str =
    "https://digst.dk/digital-inklusion/webtilgaengelighed/oplever-du-ikke-tilgaengeligt-indhold/";

/// The accessibility statement.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let t = use_messages();
    let facts = Resource::new(|| (), |_| load_installation());
    view! {
        <Title text=t.accessibility_title() />
        <Suspense fallback=move || view! { <p>{t.loading()}</p> }>
            {move || Suspend::new(async move {
                match facts.await {
                    Ok(site) => view! { <Statement site /> }.into_any(),
                    Err(_) => view! { <ErrorNotice /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Statement(site: Installation) -> impl IntoView {
    let t = use_messages();
    let partly = !site.known_issues.is_empty();
    // The installation writes its known issues in Danish.
    let issues_lang = (use_locale() != Locale::Da).then_some("da");
    let [_, email, phone] = t.contact_labels();
    view! {
        <div class="wrap">
            <h1>{t.accessibility_title()}</h1>
            <DemoNote demo=site.demo />
            <p class="lead">{t.accessibility_intro(&site.controller_name)}</p>
            <h2>{t.accessibility_status_heading()}</h2>
            <p>{t.accessibility_status(partly)}</p>
            <h2>{t.accessibility_issues_heading()}</h2>
            {match partly {
                true => view! {
                    <ul lang=issues_lang>
                        {site.known_issues.iter().map(|issue| view! { <li>{issue.clone()}</li> }).collect_view()}
                    </ul>
                }.into_any(),
                false => view! { <p>{t.accessibility_no_issues()}</p> }.into_any(),
            }}
            <h2>{t.accessibility_made_heading()}</h2>
            <p>{t.accessibility_made(&t.date(site.statement_date))}</p>
            <h2>{t.accessibility_feedback_heading()}</h2>
            <p>{t.accessibility_feedback()}</p>
            <ul>
                <li>{email} ": " <a href=mailto(&site.accessibility_email)>{site.accessibility_email.clone()}</a></li>
                <li>{phone} ": " <a href=tel(&site.accessibility_phone)>{site.accessibility_phone.clone()}</a></li>
            </ul>
            <h2>{t.accessibility_enforcement_heading()}</h2>
            <p>{t.accessibility_enforcement()}</p>
            <p><a href=ENFORCEMENT hreflang="da">{t.accessibility_enforcement_link()}</a></p>
        </div>
    }
}
