//! Rendering a page again in answer to a form post: a refused form comes back as its own page
//! (422) with what was typed and a message at each field, without JavaScript and with it.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::response::Response;
use leptos::prelude::{AnyView, LeptosOptions};

/// The application's page shell (`app::shell`). A domain cannot import it — the shell stands
/// on every domain — so the server hands it in (`state::Services::shell`).
pub type Shell = fn(LeptosOptions) -> AnyView;

/// Renders the page `request` asks for inside `shell`, with `context` provided first (the
/// refused values and their messages, where the page picks them up), answered as `status`.
pub async fn page_again(
    shell: Shell,
    options: LeptosOptions,
    context: impl Fn() + Clone + Send + Sync + 'static,
    request: Request<Body>,
    status: StatusCode,
) -> Response {
    let render =
        leptos_axum::render_app_async_with_context(context, move || shell(options.clone()));
    let mut response = render(request).await;
    *response.status_mut() = status;
    response
}
