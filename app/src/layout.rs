//! The frame around every page: header with the language switch, footer, and the pages for
//! "not found" and "something went wrong", and what an official's page shows instead when the
//! reader may not see it, and the frame of an official's page (with a hearing's tools' pages and
//! their route parameter).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_params_map};
use serde::{Serialize, de::DeserializeOwned};

use crate::error::AppError;
use crate::i18n::{Locale, use_locale, use_messages};

/// Site header: name, main navigation and the language switch.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let t = use_messages();
    view! {
        <header class="site-header">
            <div class="wrap header-row">
                <a class="brand" href="/">
                    <span class="brand-name">{t.site_name()}</span>
                    <span class="brand-tagline">{t.site_tagline()}</span>
                </a>
                <nav aria-label=t.main_nav()>
                    <ul class="nav-list">
                        <li>
                            <a href="/">{t.front_title()}</a>
                        </li>
                    </ul>
                </nav>
                <LanguageSwitch />
            </div>
        </header>
    }
}

/// After the router shows another page in place, the focus goes to its `<main>` (as after a
/// page load it starts at the top): left on the link that was followed, which the new page no
/// longer has, it would drop to the document, and the next Tab or a screen reader would start
/// from nowhere (WCAG 2.4.3).
#[component]
pub fn FocusOnNavigation() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|previous| previous != path) {
            use leptos::wasm_bindgen::JsCast;
            let main = document().get_element_by_id("main");
            if let Some(main) = main.and_then(|m| m.dyn_into::<leptos::web_sys::HtmlElement>().ok())
            {
                let _ = main.focus();
            }
        }
        path
    });
}

/// Plain links to the same page in every language, each named in itself and in its own
/// direction (the current one marked, not a link); they work without JavaScript.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let current = use_locale();
    let location = use_location();
    let languages = Locale::ALL.iter().map(move |&language| {
        let name = language.messages().language_name();
        let (code, dir) = (language.code(), language.direction().as_str());
        if language == current {
            return view! { <li><span aria-current="true" lang=code dir=dir>{name}</span></li> }
                .into_any();
        }
        let href = move || {
            let next = encode_path(&location.pathname.get());
            format!("/lang/{code}?next={next}")
        };
        let title = language.messages().switch_to_this_language();
        view! {
            <li>
                <a href=href hreflang=code lang=code dir=dir rel="external" title=title>
                    {name}
                </a>
            </li>
        }
        .into_any()
    });
    view! {
        <nav class="language-switch" aria-label=current.messages().languages_nav()>
            <ul>{languages.collect_view()}</ul>
        </nav>
    }
}

/// Percent-encodes a path for a query value, keeping what needs no encoding.
fn encode_path(path: &str) -> String {
    path.bytes()
        .map(|b| match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b'/' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// Site footer: the site's line and the links to the privacy notice and the accessibility
/// statement (on every page, as the accessibility law asks).
#[component]
pub fn SiteFooter() -> impl IntoView {
    let t = use_messages();
    view! {
        <footer class="site-footer">
            <div class="wrap">
                <p>{t.footer_text()}</p>
                <nav aria-label=t.footer_nav()>
                    <ul class="nav-list footer-links">
                        <li><a href="/privacy">{t.privacy_title()}</a></li>
                        <li><a href="/accessibility">{t.accessibility_title()}</a></li>
                        <li><a href="/my-data">{t.my_data_title()}</a></li>
                    </ul>
                </nav>
            </div>
        </footer>
    }
}

/// The 404 page.
#[component]
pub fn NotFound() -> impl IntoView {
    let t = use_messages();
    view! { <StatusPage status=404 title=t.not_found_title() body=t.not_found_body() /> }
}

/// Shown when a page's data could not be loaded; the cause is in the server log.
#[component]
pub fn ErrorNotice() -> impl IntoView {
    let t = use_messages();
    view! { <StatusPage status=500 title=t.error_title() body=t.error_body() /> }
}

/// A page that only explains what happened, answered with `status` when rendered on the
/// server.
#[component]
fn StatusPage(status: u16, title: &'static str, body: &'static str) -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let (Some(response), Ok(code)) = (
        use_context::<leptos_axum::ResponseOptions>(),
        http::StatusCode::from_u16(status),
    ) {
        response.set_status(code);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = status;
    let t = use_messages();
    view! {
        <Title text=title />
        <div class="wrap notice">
            <h1>{title}</h1>
            <p>{body}</p>
            <p>
                <a href="/">{t.back_to_front()}</a>
            </p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::encode_path;

    #[test]
    fn paths_are_encoded_for_the_next_parameter() {
        assert_eq!(encode_path("/hearings/a-b"), "/hearings/a-b");
        assert_eq!(encode_path("/x?y&z"), "/x%3Fy%26z");
        assert_eq!(encode_path("/æ"), "/%C3%A6");
    }
}

/// The frame of a public page: once its data (`page`) has loaded, `show` of it; "not found"
/// when there is none (no such public hearing, or nothing of it public yet), the error notice
/// on an error.
pub fn public_page<T, V>(
    page: Resource<Result<Option<T>, AppError>>,
    show: impl Fn(T) -> V + Copy + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let t = use_messages();
    view! {
        <Suspense fallback=move || view! { <p class="wrap">{t.loading()}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(Some(data)) => show(data).into_any(),
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(_) => view! { <ErrorNotice /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The frame of an official's page (a hearing's tools, a response): its title, and once its data (`page`)
/// and what a refused form sent back (`refused`) have loaded, `show` of both; the title and
/// [`Refusal`] when the reader may not see it.
pub fn official_page<T, R, V>(
    (title, class): (&'static str, &'static str),
    page: Resource<Result<T, AppError>>,
    refused: Resource<Result<Option<R>, AppError>>,
    show: impl Fn(T, Option<R>) -> V + Copy + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    R: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let t = use_messages();
    view! {
        <Title text=title />
        <div class=class>
            <Suspense fallback=move || view! { <p>{t.loading()}</p> }>
                {move || Suspend::new(async move {
                    let refused = refused.await.ok().flatten();
                    match page.await {
                        Ok(page) => show(page, refused).into_any(),
                        Err(error) => view! { <h1>{title}</h1> <Refusal error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

/// The page of one of a hearing's tools for officials (`/admin/hearings/{slug}/…`) in
/// [`official_page`]'s frame: its data is `load(slug)`, what a refused form sent back is
/// `refused()`.
pub fn hearing_tool_page<T, R, V, L, LF, F, FF>(
    frame: (&'static str, &'static str),
    load: L,
    refused: F,
    show: impl Fn(T, Option<R>) -> V + Copy + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    R: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    V: IntoView + 'static,
    L: Fn(String) -> LF + Send + Sync + 'static,
    LF: Future<Output = Result<T, AppError>> + Send + 'static,
    F: Fn() -> FF + Send + Sync + 'static,
    FF: Future<Output = Result<Option<R>, AppError>> + Send + 'static,
{
    let page = Resource::new(path_param("slug"), load);
    let refused = Resource::new(|| (), move |_| refused());
    official_page(frame, page, refused, show)
}

/// The page's path parameter `name` (empty when the route has none), as a reactive source.
pub fn path_param(name: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let params = use_params_map();
    move || params.read().get(name).unwrap_or_default()
}

/// The page's numeric path parameter `name` (0 when it is missing or not a number, which no
/// row has), as a reactive source.
pub fn path_id(name: &'static str) -> impl Fn() -> i32 + Copy + Send + Sync + 'static {
    let params = use_params_map();
    move || {
        params
            .read()
            .get(name)
            .and_then(|id| id.parse::<i32>().ok())
            .unwrap_or(0)
    }
}

/// What to show instead of a page the reader may not see.
#[component]
pub fn Refusal(error: AppError) -> impl IntoView {
    let t = use_messages();
    let (status, text) = match error {
        AppError::Unauthorized => (401, t.not_signed_in()),
        AppError::NotFound => (404, t.not_found_body()),
        _ => (403, t.forbidden()),
    };
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response
            .set_status(http::StatusCode::from_u16(status).unwrap_or(http::StatusCode::FORBIDDEN));
    }
    #[cfg(not(feature = "ssr"))]
    let _ = status;
    view! {
        <p class="notice-box">{text}</p>
        <p><a href="/admin/login">{t.login_button()}</a></p>
    }
}
