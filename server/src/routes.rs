//! The router: every REST API route, the health checks, the language switch and the Leptos
//! pages with their server functions, behind one cross-site check; the site's files with
//! their caching, and every answer compressed when it is worth it (`static_files`); the
//! public pages of a hearing kept while nothing on them changed (`page_cache`).

use app::app::{App, shell};
use app::search::Search;
use app::state::AppState;
use app::web::csrf::SameOrigin;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use leptos::prelude::provide_context;
use leptos_axum::{
    AxumRouteListing, LeptosRoutes, file_and_error_handler_with_context, generate_route_list,
};
use std::sync::LazyLock;
use tower_http::trace::TraceLayer;

use crate::telemetry::request_span;

use crate::security_headers::SecurityHeaders;

/// The Leptos pages' routes, listed once per process and kept.
///
/// Listing them raises a flag that is global to the process, under which no `Resource`
/// loads (`leptos::server::SuppressResourceLoad`; leptos-rs/leptos#4773): a page of any app
/// in the process that began loading its data meanwhile waited forever. The first router
/// lists them, before anything is served; every later router (the test suite starts one
/// per test, side by side) reuses the list, so no render ever runs under the flag.
pub fn page_routes() -> Vec<AxumRouteListing> {
    static ROUTES: LazyLock<Vec<AxumRouteListing>> = LazyLock::new(|| generate_route_list(App));
    ROUTES.clone()
}

/// Every route: the REST API, health checks, the language switch and the Leptos pages (and
/// their server functions). Every state-changing request to any of them passes one
/// cross-site check (`web::csrf::same_origin`), the outermost layer but tracing. Outside
/// tracing, the client's address is resolved once (`app::web::client`) so the request's span
/// names it.
pub(crate) fn router(state: AppState, pages: crate::page_cache::PageCache) -> Router {
    let routes = page_routes();
    let context = {
        let state = state.clone();
        move || provide_context(state.clone())
    };
    let options = state.leptos_options.clone();
    let assets = crate::static_files::Assets::new(
        &crate::static_files::HashFile::read(std::path::Path::new(&*options.site_root)),
        &options.output_name,
    );
    let upload_limit = upload_body_limit(state.attachments.limits);
    Router::new()
        .merge(app::hearing::api::router())
        .merge(app::themes::api::router())
        .merge(app::response::api::router().layer(DefaultBodyLimit::max(upload_limit)))
        .merge(app::attachment::api::router())
        .merge(app::rights::api::router())
        .merge(app::web::language::router())
        .merge(crate::health::router())
        // Pages outside the Leptos shell (the digest preview, the printable hvidbog) make the
        // browser ask for the site icon; the shell declares none, so there is none to send.
        .route(
            "/favicon.ico",
            get(|| async { http::StatusCode::NO_CONTENT }),
        )
        .merge(crate::openapi::router())
        .leptos_routes_with_context(&state, routes, context.clone(), move || {
            shell(options.clone())
        })
        // After the Leptos routes: the same path's GET (the form page) is registered there.
        .route(
            "/hearings/{slug}/respond",
            post(app::response::form_post::post_form).layer(DefaultBodyLimit::max(upload_limit)),
        )
        .route(
            "/responses/manage/{token}",
            post(app::response::manage::post::post_change),
        )
        .route(
            "/verify/{token}",
            post(app::response::verify_post::post_confirm),
        )
        .route("/my-data", post(app::rights::form_post::post_my_data))
        .route(
            "/my-data/open/{token}",
            post(app::rights::form_post::post_open),
        )
        .route(
            "/responses/manage/{token}/my-data",
            post(app::rights::form_post::post_from_manage),
        )
        .merge(admin_router())
        // An official's registration carries a letter's enclosures: the submissions' limit.
        .merge(
            app::registration::form_post::router()
                .merge(app::registration::api::router())
                .layer(DefaultBodyLimit::max(upload_limit)),
        )
        .fallback(file_and_error_handler_with_context::<AppState, _>(
            context, shell,
        ))
        .layer(axum::middleware::from_fn_with_state(
            pages.for_app(&state),
            crate::page_cache::serve,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.search.clone(),
            nudge_indexer,
        ))
        .layer(axum::middleware::from_fn_with_state(
            SameOrigin {
                base_url: state.base_url.clone(),
                session_cookie: state.sessions.cookie_name(),
            },
            app::web::csrf::same_origin,
        ))
        .layer(TraceLayer::new_for_http().make_span_with(request_span))
        .layer(axum::middleware::from_fn_with_state(
            state.proxies.clone(),
            app::web::client::resolve_client,
        ))
        .layer(axum::middleware::from_fn_with_state(
            SecurityHeaders::for_base_url(&state.base_url),
            crate::security_headers::add,
        ))
        .layer(axum::middleware::from_fn_with_state(
            assets,
            crate::static_files::cache,
        ))
        .layer(crate::static_files::compression())
        .with_state(state)
}

/// Wakes the indexer after a request that may have changed a response (every method but GET
/// and HEAD), so the index follows within moments.
async fn nudge_indexer(
    axum::extract::State(search): axum::extract::State<Search>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let writes = !matches!(*request.method(), http::Method::GET | http::Method::HEAD);
    let response = next.run(request).await;
    if writes {
        search.nudge.notify_one();
    }
    response
}

/// The officials' API and forms: sign-in, the inbox, moderation, the audit log. (The forms'
/// paths are also Leptos pages for GET, so this router is merged after the Leptos routes.)
fn admin_router() -> Router<AppState> {
    Router::new()
        .route("/admin/login", post(app::auth::form_post::post_login))
        .route("/admin/logout", post(app::auth::form_post::post_logout))
        .route(
            "/admin/login-link",
            post(app::auth::form_post::post_login_link),
        )
        .route(
            "/admin/login/{token}",
            post(app::auth::form_post::follow_login_link),
        )
        .route(
            "/admin/hearings/{slug}/responses",
            post(app::moderation::form_post::post_decision),
        )
        .route(
            "/admin/responses/{id}",
            post(app::moderation::form_post::post_response_page),
        )
        .route(
            "/admin/hearings/{slug}/parties",
            post(app::party::form_post::post_parties),
        )
        .route(
            "/admin/hearings/{slug}/themes",
            post(app::themes::form_post::post_themes),
        )
        .route(
            "/admin/hearings/{slug}/digest",
            post(app::digest::form_post::post_digest),
        )
        .route(
            "/admin/hearings/{slug}/hvidbog",
            post(app::hvidbog::form_post::post_remark),
        )
        .route(
            "/admin/password-reset",
            post(app::users::reset_post::post_request),
        )
        .route(
            "/admin/password-reset/{token}",
            post(app::users::reset_post::post_password),
        )
        .route("/admin/users", post(app::users::form_post::post_users))
        .route(
            "/admin/hearings/{slug}/erasure-requests",
            post(app::rights::admin_post::post_carry_out),
        )
        .merge(app::auth::api::router())
        .merge(app::export::api::router())
        .merge(app::response::admin_api::router())
        .merge(app::moderation::api::router())
        .merge(app::party::api::router())
        .merge(app::users::api::router())
        .merge(app::records::api::router())
        .merge(app::themes::api::admin_router())
        .merge(app::digest::api::router())
        .merge(app::hvidbog::api::router())
        .merge(app::retention::api::router())
        .merge(app::hearing_admin::form_post::router())
        .merge(app::easy_read::form_post::router())
        .merge(app::easy_read::api::router())
        .merge(app::outcome::api::router())
        .merge(app::outcome::form_post::router())
        .merge(app::mailbox::quarantine_api::router())
        .merge(app::registration::sender_api::router())
        .merge(
            app::hearing_admin::api::router().layer(DefaultBodyLimit::max(
                app::hearing_admin::form_post::MAX_FORM_BYTES,
            )),
        )
}

/// The largest request body a submission may have: every file at its largest, one more
/// file's worth (so an extra file is answered with a message, not a cut connection) and the
/// fields.
fn upload_body_limit(limits: app::attachment::Limits) -> usize {
    let files = (limits.max_files as u64 + 1).saturating_mul(limits.max_file_bytes);
    usize::try_from(files.saturating_add(1024 * 1024)).unwrap_or(usize::MAX)
}
