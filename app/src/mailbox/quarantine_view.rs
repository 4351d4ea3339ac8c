//! The notice on a hearing's inbox of the e-mails that could not be registered: each with
//! when it came, from whom, why, a download of the whole message and a "dealt with" button
//! (a plain form: works without JavaScript).

use leptos::prelude::*;

use super::{QuarantinedMail, load_quarantine};
use crate::i18n::use_messages;

/// The notice for hearing `slug`; nothing when no message waits.
#[component]
pub fn QuarantineNotice(slug: String) -> impl IntoView {
    let waiting = Resource::new(move || slug.clone(), load_quarantine);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let mails = waiting.await.unwrap_or_default();
                (!mails.is_empty()).then(|| view! { <Notice mails /> })
            })}
        </Suspense>
    }
}

#[component]
fn Notice(mails: Vec<QuarantinedMail>) -> impl IntoView {
    let t = use_messages();
    let count = mails.len();
    view! {
        <section class="notice-box quarantine" aria-labelledby="quarantine-heading">
            <h2 id="quarantine-heading">{t.mb_heading()} " (" {count} ")"</h2>
            <p>{t.mb_intro()}</p>
            <ul>
                {mails.into_iter().map(|mail| view! { <Kept mail /> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn Kept(mail: QuarantinedMail) -> impl IntoView {
    let t = use_messages();
    let sender = mail
        .sender
        .unwrap_or_else(|| t.mb_unknown_sender().to_owned());
    let subject = mail
        .subject
        .map(|s| view! { " · " <span dir="auto">{s}</span> });
    view! {
        <li>
            <p>{t.date_time(mail.received_local)} " · " <span dir="auto">{sender}</span> {subject}</p>
            <p>{mail.problem}</p>
            <div class="actions">
                <a href=format!("/admin/mail/{}/message.eml", mail.id) download="">{t.mb_download()}</a>
                <form method="post" action=format!("/admin/mail/{}/resolve", mail.id) class="inline">
                    <button type="submit">{t.mb_resolve()}</button>
                </form>
            </div>
        </li>
    }
}
