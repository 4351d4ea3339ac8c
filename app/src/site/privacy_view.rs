//! `/privacy`: the privacy notice (privatlivspolitik) — the data controller and its data
//! protection officer, why and on what legal basis responses are processed, what is stored and
//! published, for how long, the respondent's rights (with `/my-data`) and the right to complain
//! to Datatilsynet. A plain server-rendered page.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{DemoNote, Installation, load_installation, mailto, tel};
use crate::i18n::use_messages;
use crate::layout::ErrorNotice;

/// The privacy notice.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let t = use_messages();
    let facts = Resource::new(|| (), |_| load_installation());
    view! {
        <Title text=t.privacy_title() />
        <Suspense fallback=move || view! { <p>{t.loading()}</p> }>
            {move || Suspend::new(async move {
                match facts.await {
                    Ok(site) => view! { <Notice site /> }.into_any(),
                    Err(_) => view! { <ErrorNotice /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Notice(site: Installation) -> impl IntoView {
    let t = use_messages();
    let list = |items: &'static [&'static str]| {
        view! { <ul>{items.iter().map(|item| view! { <li>{*item}</li> }).collect_view()}</ul> }
    };
    view! {
        <div class="wrap">
            <h1>{t.privacy_title()}</h1>
            <DemoNote demo=site.demo />
            <p class="lead">{t.privacy_intro(&site.controller_name)}</p>
            <h2>{t.privacy_controller_heading()}</h2>
            <Controller site=site.clone() />
            <h2>{t.privacy_dpo_heading()}</h2>
            <p>{t.privacy_dpo_text()} " " <a href=mailto(&site.dpo_email)>{site.dpo_email.clone()}</a></p>
            <h2>{t.privacy_purpose_heading()}</h2>
            {list(t.privacy_purposes())}
            <h2>{t.privacy_basis_heading()}</h2>
            {t.privacy_basis().iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            <h2>{t.privacy_data_heading()}</h2>
            {list(t.privacy_data())}
            <p>{t.privacy_published()}</p>
            <h2>{t.privacy_retention_heading()}</h2>
            <p>{t.privacy_retention(site.retention_months)}</p>
            <h2>{t.privacy_rights_heading()}</h2>
            {list(t.privacy_rights())}
            <p><a href="/my-data">{t.privacy_my_data_link()}</a></p>
            <p>{t.privacy_rights_contact()}</p>
            <h2>{t.privacy_complaint_heading()}</h2>
            <p>{t.privacy_complaint()}</p>
            <p><a href="https://www.datatilsynet.dk/" hreflang="da">"datatilsynet.dk"</a></p>
        </div>
    }
}

/// The controller's name, address, e-mail and telephone.
#[component]
fn Controller(site: Installation) -> impl IntoView {
    let [address, email, phone] = use_messages().contact_labels();
    view! {
        <address class="site-contact">
            <strong>{site.controller_name.clone()}</strong><br />
            <span class="visually-hidden">{address} ": "</span>{site.controller_address.clone()}<br />
            {email} ": " <a href=mailto(&site.controller_email)>{site.controller_email.clone()}</a><br />
            {phone} ": " <a href=tel(&site.controller_phone)>{site.controller_phone.clone()}</a>
        </address>
    }
}
