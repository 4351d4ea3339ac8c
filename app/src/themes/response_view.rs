//! The response page's theme form: which theme the response is in, and a select to move it
//! to another by hand (`intent=theme`, posted to the response page's address; re-clustering
//! leaves a moved response where the official put it).

use leptos::prelude::*;

use super::page::{ResponseThemeChoices, response_themes};
use crate::i18n::use_messages;

/// A refused move, shown again: the theme chosen and the message.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RefusedMove {
    /// The theme chosen (its id as typed).
    pub theme: String,
    /// Why the move was refused.
    pub message: String,
}

/// The theme section of response `id`'s page (officials who may moderate), with the move the
/// server refused, if any.
#[component]
pub fn ResponseThemeForm(id: i32, refused: Option<RefusedMove>) -> impl IntoView {
    let themes = Resource::new(move || id, response_themes);
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let refused = refused.clone();
                Suspend::new(async move {
                    themes.await.ok().map(|themes| view! { <MoveForm id themes refused /> })
                })
            }}
        </Suspense>
    }
}

#[component]
fn MoveForm(id: i32, themes: ResponseThemeChoices, refused: Option<RefusedMove>) -> impl IntoView {
    let t = use_messages();
    let error = refused.as_ref().map(|r| r.message.clone());
    let invalid = error.is_some();
    let chosen = refused
        .map(|r| r.theme)
        .or_else(|| themes.current.map(|c| c.to_string()))
        .unwrap_or_default();
    let current = themes
        .current
        .and_then(|c| themes.choices.iter().find(|o| o.id == c))
        .map(|o| o.label.clone());
    let form = (!themes.choices.is_empty()).then(|| view! {
        <form method="post" action=format!("/admin/responses/{id}") class="move-theme">
            <input type="hidden" name="intent" value="theme" />
            <div class="field" class:has-error=invalid>
                <label for="move-theme">{t.move_theme_label()}</label>
                {error.map(|e| view! { <p class="field-error" id="move-theme-error">{e}</p> })}
                <select id="move-theme" name="theme_id" aria-invalid=invalid.then_some("true")
                    aria-describedby=invalid.then_some("move-theme-error")>
                    {themes.choices.into_iter().map(|o| view! {
                        <option value=o.id.to_string() selected=chosen == o.id.to_string()>{o.label}</option>
                    }).collect_view()}
                </select>
            </div>
            <button type="submit" class="secondary">{t.move_theme_button()}</button>
        </form>
    });
    view! {
        <section aria-labelledby="response-theme">
            <h2 id="response-theme">{t.response_theme_heading()}</h2>
            <p>{match current {
                Some(label) => t.response_theme_current(&label),
                None => t.response_theme_none().to_owned(),
            }}</p>
            {form}
        </section>
    }
}
