//! "Temaer i høringssvarene" on the public hearing page: once responses are published, their
//! themes by size with how many voices each has, each linking to the public search for its
//! responses (`q=tema:ID`). No quotes and nothing private: counts over published responses.

use leptos::prelude::*;

use super::ThemeSummary;
use super::page::public_themes;
use crate::i18n::use_messages;

/// The themes of public hearing `slug`; nothing until a theme has a published response.
#[component]
pub fn PublicThemes(slug: String) -> impl IntoView {
    let key = slug.clone();
    let themes = Resource::new(move || key.clone(), public_themes);
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let slug = slug.clone();
                Suspend::new(async move {
                    let list = themes.await.unwrap_or_default();
                    (!list.is_empty()).then(|| view! { <ThemeList slug themes=list /> })
                })
            }}
        </Suspense>
    }
}

#[component]
fn ThemeList(slug: String, themes: Vec<ThemeSummary>) -> impl IntoView {
    let t = use_messages();
    view! {
        <section class="public-themes" aria-labelledby="public-themes-heading">
            <h2 id="public-themes-heading">{t.public_themes_heading()}</h2>
            <p>{t.public_themes_intro()}</p>
            <ol class="public-theme-list">
                {themes.into_iter().map(|theme| {
                    let href = format!("/hearings/{slug}/responses?q=tema:{}", theme.id);
                    view! {
                        <li>
                            <a href=href>{theme.label}</a>
                            " " <span class="theme-count">{t.theme_voices(theme.size)}</span>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
}
