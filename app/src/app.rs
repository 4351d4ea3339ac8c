//! The HTML shell, the router and the locale every page is rendered in.

use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, Html, MetaTags, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

use crate::auth::{LinkSignInPage, LoginPage};
use crate::digest::DigestAdminPage;
use crate::easy_read::SummaryEditorPage;
use crate::hearing::{FrontPage, HearingPage, PrintPage};
use crate::hearing_admin::{DiffPage, DraftAdminPage, HearingAdminPage, NewHearingPage};
use crate::hvidbog::HvidbogPage;
use crate::i18n::Locale;
use crate::layout::{FocusOnNavigation, NotFound, SiteFooter, SiteHeader};
use crate::moderation::{AdminHome, InboxPage, ResponsePage};
use crate::outcome::{OutcomeAdminPage, OutcomePage};
use crate::party::PartiesPage;
use crate::records::AuditPage;
use crate::registration::{RegisterPage, SenderPage};
use crate::response::{ManagePage, RespondPage, ResponsesPage, SentPage, VerifyPage};
use crate::rights::{ErasureRequestsPage, MyDataPage, OpenLinkPage};
use crate::site::{AccessibilityPage, PrivacyPage};
use crate::themes::{PublicThemes, ThemesPage};
use crate::users::{NewPasswordPage, PasswordResetPage, UsersPage};
use crate::web::textarea::raw_text;

/// The document around the app: head, stylesheet (by its hashed name, kept a year by
/// browsers), hydration scripts and meta tags. Pages are rendered on
/// the server only; the browser loads a small wasm module that makes the few islands
/// (`#[island]`) interactive, so a phone downloads no more than those need. Every way of rendering
/// a page (the routes, the fallback, a refused form rendered again) goes through here, so
/// every page's scripts carry the nonce of its Content-Security-Policy.
/// [`shell`] as the state holds it (`crate::web::render::Shell`): a domain renders a refused
/// form's page again through the state, without importing the shell.
#[cfg(feature = "ssr")]
pub fn any_shell(options: LeptosOptions) -> AnyView {
    shell(options).into_any()
}

pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    provide_response_nonce();
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <link rel="icon" href="data:," />
                <AutoReload options=options.clone() />
                <HashedStylesheet options=options.clone() id="leptos" />
                <HydrationScripts options islands=true />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// Hands Leptos the nonce the server's security-header layer put into this request and named
/// in its Content-Security-Policy, in place of the one `leptos_axum` made up: the hydration
/// scripts and the resources' inline scripts then carry the nonce the browser expects.
#[cfg(feature = "ssr")]
fn provide_response_nonce() {
    let nonce = use_context::<http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<leptos::nonce::Nonce>().cloned());
    if let Some(nonce) = nonce {
        provide_context(nonce);
    }
}

/// The application: locale, layout and routes.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let locale = request_locale();
    provide_context(locale);
    let t = locale.messages();
    view! {
        <Html {..} lang=locale.code() dir=locale.direction().as_str() />
        <Title formatter=move |page: String| raw_text(format!("{page} – {}", t.site_name())) />
        <Router>
            <a class="skip-link" href="#main">
                {t.skip_to_content()}
            </a>
            <SiteHeader />
            <FocusOnNavigation />
            <main id="main" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=FrontPage ssr=SsrMode::Async />
                    <Route path=path!("/hearings/:slug") view=|| view! { <HearingPage themes=public_themes /> } ssr=SsrMode::Async />
                    <Route path=path!("/hearings/:slug/print") view=PrintPage ssr=SsrMode::Async />
                    <Route path=path!("/hearings/:slug/outcome") view=OutcomePage ssr=SsrMode::Async />
                    <Route path=path!("/hearings/:slug/respond") view=RespondPage ssr=SsrMode::Async />
                    <Route path=path!("/hearings/:slug/respond/sent") view=SentPage />
                    <Route path=path!("/hearings/:slug/responses") view=ResponsesPage ssr=SsrMode::Async />
                    <Route path=path!("/verify/:token") view=VerifyPage ssr=SsrMode::Async />
                    <Route path=path!("/privacy") view=PrivacyPage ssr=SsrMode::Async />
                    <Route path=path!("/accessibility") view=AccessibilityPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/login") view=LoginPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/login/:token") view=LinkSignInPage />
                    <Route path=path!("/admin") view=AdminHome ssr=SsrMode::Async />
                    <Route path=path!("/admin/audit") view=AuditPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/responses/:id") view=ResponsePage ssr=SsrMode::Async />
                    <Route path=path!("/admin/responses/:id/sender") view=SenderPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/users") view=UsersPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/password-reset") view=PasswordResetPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/password-reset/:token") view=NewPasswordPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/hearings/new") view=NewHearingPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/hearings/:slug") view=HearingAdminPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/hearings/:slug/draft") view=DraftAdminPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/hearings/:slug/draft/diff") view=DiffPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/hearings/:slug/draft/summaries") view=SummaryEditorPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/hearings/:slug/responses") view=InboxPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/hearings/:slug/responses/new") view=RegisterPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/hearings/:slug/parties") view=PartiesPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/hearings/:slug/digest") view=DigestAdminPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/hearings/:slug/hvidbog") view=HvidbogPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/hearings/:slug/outcome") view=OutcomeAdminPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/hearings/:slug/themes") view=ThemesPage ssr=SsrMode::Async />
                    <Route path=path!("/responses/manage/:token") view=ManagePage ssr=SsrMode::Async />
                    <Route path=path!("/my-data") view=MyDataPage ssr=SsrMode::Async />
                    <Route path=path!("/my-data/open/:token") view=OpenLinkPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/hearings/:slug/erasure-requests") view=ErasureRequestsPage ssr=SsrMode::Async />
                </Routes>
            </main>
            <SiteFooter />
        </Router>
    }
}

/// The reader's language: from the cookie on the server, from `<html lang>` in the browser
/// (which the server wrote), so both render the same.
fn request_locale() -> Locale {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .map(|parts| crate::web::language::page_locale(&parts.headers))
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        document()
            .document_element()
            .and_then(|html| html.get_attribute("lang"))
            .and_then(|code| Locale::parse(&code))
            .unwrap_or_default()
    }
}

/// The hearing page's themes (the hearing page takes them as a view, so `hearing` does not
/// import `themes`).
fn public_themes(slug: String) -> AnyView {
    view! { <PublicThemes slug /> }.into_any()
}
