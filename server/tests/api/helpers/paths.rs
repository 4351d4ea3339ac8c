//! The paths of the app's routes that name a hearing, each written once. A `tail` is what
//! follows the hearing: nothing, a sub-path (`"digest"`, `"hvidbog/print"`) or a query
//! (`"?q=bolig"`).

/// The demo hearing's slug, read from the one place the app keeps it.
pub use server::demo::SLUG as DEMO;

/// `base` followed by `tail`, with a `/` before a sub-path.
fn join(base: String, tail: &str) -> String {
    match tail.chars().next() {
        None | Some('?' | '/') => format!("{base}{tail}"),
        Some(_) => format!("{base}/{tail}"),
    }
}

/// `/api/v1/hearings/{slug}` and `tail`: the public API of a hearing.
pub fn hearing_api(slug: &str, tail: &str) -> String {
    join(format!("/api/v1/hearings/{slug}"), tail)
}

/// `/api/v1/hearings/{slug}/responses`: where responses are sent and listed publicly.
pub fn responses(slug: &str) -> String {
    hearing_api(slug, "responses")
}

/// `/api/v1/admin/hearings/{slug}` and `tail`: the officials' API of a hearing.
pub fn admin_api(slug: &str, tail: &str) -> String {
    join(format!("/api/v1/admin/hearings/{slug}"), tail)
}

/// `/hearings/{slug}` and `tail`: a hearing's public pages.
pub fn hearing_page(slug: &str, tail: &str) -> String {
    join(format!("/hearings/{slug}"), tail)
}

/// `/admin/hearings/{slug}` and `tail`: a hearing's pages for officials.
pub fn admin_page(slug: &str, tail: &str) -> String {
    join(format!("/admin/hearings/{slug}"), tail)
}
