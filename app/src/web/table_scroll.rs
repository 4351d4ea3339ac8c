//! The frame of a wide table: on a narrow screen the table scrolls sideways inside it, not
//! the page (WCAG 1.4.10), and as a named region that takes the focus it can be scrolled by
//! keyboard (WCAG 2.1.1). Every table that may be wider than a phone goes in one.

use leptos::prelude::*;

/// A wide table's frame, named `label` for screen readers.
#[component]
pub fn TableScroll(#[prop(into)] label: String, children: Children) -> impl IntoView {
    view! {
        <div class="table-scroll" role="region" aria-label=label tabindex="0">
            {children()}
        </div>
    }
}
