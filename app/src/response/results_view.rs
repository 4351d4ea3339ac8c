//! The public search's results on the responses page: how many match the words, the facets
//! with their counts, each result with its highlighted snippet, a link to the response in the
//! plain list and, for a paragraph comment, to the paragraph in the draft; pages that keep the
//! search.

use leptos::prelude::*;

use super::list_view::about;
use super::{PublicResponse, ResponseListing};
use crate::i18n::use_messages;
use crate::search::public_view::Facets;
use crate::search::snippet::Snippet;

/// The results of the search in `listing.search`.
#[component]
pub(super) fn SearchResults(listing: ResponseListing) -> impl IntoView {
    let t = use_messages();
    let ResponseListing {
        slug,
        page,
        pages,
        responses,
        search,
        sections,
        list_pages,
        ..
    } = listing;
    let base = format!("/hearings/{slug}/responses");
    let hearing = format!("/hearings/{slug}");
    let nothing = responses
        .items
        .is_empty()
        .then(|| view! { <p>{t.search_nothing()}</p> });
    let results = responses
        .items
        .into_iter()
        .map(|response| {
            let in_list = list_pages
                .get(&response.svarnummer)
                .map(|p| format!("{base}?page={p}#svar-{}", response.svarnummer));
            view! { <Result response hearing=hearing.clone() in_list /> }
        })
        .collect_view();
    let link = {
        let (base, search) = (base.clone(), search.clone());
        move |p: u64| search.href(&base, p)
    };
    let previous =
        (page > 1).then(|| view! { <a href=link(page - 1) rel="prev">{t.previous_page()}</a> });
    let next =
        (page < pages).then(|| view! { <a href=link(page + 1) rel="next">{t.next_page()}</a> });
    view! {
        <p class="search-summary" id="search-summary">{t.search_results(responses.total, &search.q)}</p>
        <div class="search-layout">
            <section class="search-results" aria-labelledby="search-summary">
                {nothing}
                <ol class="response-list">{results}</ol>
                <nav class="pager" aria-label=t.pages()>
                    {previous} <span>{format!("{page} / {pages}")}</span> {next}
                </nav>
            </section>
            <Facets base query=search counts=responses.facets.unwrap_or_default() sections />
        </div>
    }
}

/// One result: the sender, its svarnummer linking to the response in the plain list, the
/// date, what it is about, and the snippet (the text's start when no words were searched).
#[component]
fn Result(response: PublicResponse, hearing: String, in_list: Option<String>) -> impl IntoView {
    let t = use_messages();
    let about = about(&response, &hearing);
    let kind = t.kind_label(response.kind);
    let number = match in_list {
        Some(href) => view! { <a href=href>{response.svarnummer.clone()}</a> }.into_any(),
        None => response.svarnummer.clone().into_any(),
    };
    let snippet = response
        .snippet
        .clone()
        .unwrap_or_else(|| start_of(&response.text));
    view! {
        <li class="response-item search-result" id=format!("svar-{}", response.svarnummer)>
            <article>
                <header>
                    <h2>{response.display_name.clone()}</h2>
                    <p class="meta">
                        {number} " · " {kind} " · "
                        <time datetime=response.submitted_at.to_rfc3339()>
                            {t.date(response.submitted_local.date())}
                        </time> " " {about}
                    </p>
                </header>
                <Snippet snippet language=response.language.clone() />
            </article>
        </li>
    }
}

/// The first 240 characters of a text, escaped as a snippet is.
fn start_of(text: &str) -> String {
    let start: String = text.chars().take(240).collect();
    start
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
