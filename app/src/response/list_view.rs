//! `/hearings/{slug}/responses?page=N`: the published responses, newest first, with plain
//! links between pages (by key: `&after=…`, `&before=…`), under the search box; with words
//! or a filter in the URL (`?q=…&kind=…`) the page shows the search's results instead
//! (`results_view`).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;

use super::results_view::SearchResults;
use super::{PublicResponse, ResponseListing, list_responses};
use crate::disclosure::Remark;
use crate::hearing::RemarkText;
use crate::i18n::use_messages;
use crate::layout::{path_param, public_page};
use crate::search::public_view::PublicSearchForm;
use crate::web::user_text::UserText;

/// The public list of responses.
#[component]
pub fn ResponsesPage() -> impl IntoView {
    let location = use_location();
    let slug = path_param("slug");
    let key = move || (slug(), location.search.get());
    let listing = Resource::new(key, |(slug, search)| list_responses(slug, search));
    public_page(listing, |listing| view! { <Listing listing /> })
}

#[component]
fn Listing(listing: ResponseListing) -> impl IntoView {
    let t = use_messages();
    let hearing = format!("/hearings/{}", listing.slug);
    let base = format!("{hearing}/responses");
    let form = view! {
        <PublicSearchForm base=base.clone() query=listing.search.clone() problem=listing.responses.problem.clone() />
    };
    let title = listing.title.clone();
    let body = if listing.search.is_search() {
        view! { <SearchResults listing /> }.into_any()
    } else {
        view! { <Plain listing /> }.into_any()
    };
    view! {
        <Title text=t.responses_title() />
        <div class="wrap">
            <h1>{t.responses_title()}</h1>
            <p class="meta">
                <a href=hearing>{title}</a>
            </p>
            {form}
            {body}
        </div>
    }
}

/// The plain list: every published response, newest first, a page at a time.
#[component]
fn Plain(listing: ResponseListing) -> impl IntoView {
    let t = use_messages();
    let ResponseListing {
        slug,
        page,
        pages,
        responses,
        previous,
        next,
        ..
    } = listing;
    let hearing = format!("/hearings/{slug}");
    let items = if responses.items.is_empty() {
        view! { <p>{t.no_responses_yet()}</p> }.into_any()
    } else {
        let hearing = hearing.clone();
        view! {
            <ol class="response-list">
                {responses
                    .items
                    .into_iter()
                    .map(|r| view! { <ResponseItem response=r hearing=hearing.clone() /> })
                    .collect_view()}
            </ol>
        }
        .into_any()
    };
    // By key: the page before ends right before this page's first response, the next starts
    // right after its last, wherever responses published meanwhile have moved them.
    let link = |p: u64, cursor: String| format!("/hearings/{slug}/responses?page={p}&{cursor}");
    let previous = previous.map(|cursor| {
        view! { <a href=link(page.saturating_sub(1).max(1), cursor) rel="prev">{t.previous_page()}</a> }
    });
    let next = next.map(|cursor| {
        view! { <a href=link(page + 1, cursor) rel="next">{t.next_page()}</a> }
    });
    view! {
        {items}
        <nav class="pager" aria-label=t.pages()>
            {previous} <span>{format!("{page} / {pages}")}</span> {next}
        </nav>
    }
}

/// What a response is about: a link to the paragraph in the draft, or the note that a later
/// version changed that paragraph.
pub(super) fn about(response: &PublicResponse, hearing: &str) -> Option<AnyView> {
    let t = use_messages();
    let changed = response
        .paragraph_number
        .clone()
        .zip(response.paragraph_version)
        .filter(|_| response.paragraph_changed)
        .map(|(number, version)| t.ha_paragraph_changed(&number, version));
    match changed {
        Some(note) => Some(view! { <span class="paragraph-changed">{note}</span> }.into_any()),
        None => response.paragraph.clone().map(|anchor| {
            view! { <a href=format!("{hearing}#{anchor}")>{t.about_paragraph()}</a> }.into_any()
        }),
    }
}

#[component]
fn ResponseItem(response: PublicResponse, hearing: String) -> impl IntoView {
    let t = use_messages();
    let about = about(&response, &hearing);
    let id = format!("svar-{}", response.svarnummer);
    let files = (!response.attachments.is_empty()).then(|| {
        let heading_id = format!("filer-{}", response.svarnummer);
        let labelled_by = heading_id.clone();
        view! {
            <section class="response-files" aria-labelledby=labelled_by>
                <h3 id=heading_id>{t.attached_files()}</h3>
                <ul>
                    {response
                        .attachments
                        .into_iter()
                        .map(|file| view! { <li><a href=file.url download="">{file.name}</a></li> })
                        .collect_view()}
                </ul>
            </section>
        }
    });
    let remark = (response.remark.is_some() || response.gives_change.is_some()).then(|| {
        let remark = Remark {
            text: response.remark.clone().unwrap_or_default(),
            gives_change: response.gives_change,
        };
        view! { <RemarkText remark label=t.outcome_remark() /> }
    });
    view! {
        <li class="response-item" id=id>
            <article>
                <header>
                    <h2>{response.display_name}</h2>
                    <p class="meta">
                        {response.svarnummer} " · "
                        <time datetime=response.submitted_at.to_rfc3339()>
                            {t.date(response.submitted_local.date())}
                        </time> " " {about}
                    </p>
                </header>
                <UserText text=response.text language=response.language />
                {files}
                {remark}
            </article>
        </li>
    }
}
