//! `/hearings/{slug}/print`: the draft with each section's "kort fortalt" as one page to
//! print or save as PDF — the hearing's facts, the draft and its annexes, without the
//! site's navigation, comment links or themes (the print styles hide what is left of the
//! page's frame). The summaries are in the reader's language where officials wrote one.

use leptos::prelude::*;
use leptos_meta::Title;

use super::HearingDetail;
use super::view::{Annexes, HearingHeader, detail_page};
use crate::draft::DraftView;
use crate::i18n::use_messages;

/// The printable draft of a public hearing.
#[component]
pub fn PrintPage() -> impl IntoView {
    detail_page(|detail| view! { <PrintView detail /> })
}

#[component]
fn PrintView(detail: HearingDetail) -> impl IntoView {
    let t = use_messages();
    let HearingDetail {
        hearing,
        annexes,
        draft,
        ..
    } = detail;
    let back = format!("/hearings/{}", hearing.slug);
    let draft = match draft {
        Some(draft) => {
            view! { <DraftView draft comment_base=None comments=Default::default() /> }.into_any()
        }
        None => view! { <p>{t.no_draft()}</p> }.into_any(),
    };
    view! {
        <Title text=format!("{} – {}", hearing.title, t.print_version()) />
        <article class="wrap hearing print-version">
            <div class="screen-only">
                <p><a href=back>{t.print_back()}</a></p>
                <p>{t.print_intro()}</p>
            </div>
            <HearingHeader hearing />
            {draft}
            <Annexes annexes />
        </article>
    }
}
