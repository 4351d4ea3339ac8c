//! One method per endpoint the tests call often, on the demo hearing unless a slug is given:
//! a route is written once, in [`super::paths`].

use reqwest::{Method, Response};
use serde_json::Value;

use super::paths::{self, DEMO};
use super::{TestApp, call, form};

impl TestApp {
    /// The full URL of `path` on this app.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// A POST to the demo hearing's public API for responses, for a test to finish (a
    /// multipart body, its own headers).
    pub fn post_to_responses(&self) -> reqwest::RequestBuilder {
        self.client.post(self.url(&paths::responses(DEMO)))
    }

    /// A POST to the demo hearing's response form (`/hearings/{slug}/respond`), for a test
    /// to finish.
    pub fn post_to_respond_form(&self) -> reqwest::RequestBuilder {
        self.client
            .post(self.url(&paths::hearing_page(DEMO, "respond")))
    }

    /// Sends a response (JSON) to the demo hearing, as a Danish browser does.
    pub async fn submit_response(&self, body: &Value) -> Response {
        self.submit_response_to(DEMO, body).await
    }

    /// Sends a response (JSON) to the hearing `slug`, as a Danish browser does.
    pub async fn submit_response_to(&self, slug: &str, body: &Value) -> Response {
        self.post_json(&paths::responses(slug), body, "da").await
    }

    /// The demo hearing's public list of responses; `query` is `""` or `"?…"`.
    pub async fn public_responses(&self, query: &str) -> Value {
        let path = format!("{}{query}", paths::responses(DEMO));
        self.get_json(&path).await
    }

    /// The demo hearing as the public API shows it.
    pub async fn hearing_json(&self) -> Value {
        self.get_hearing(DEMO).await
    }

    /// The demo hearing's themes as the public API lists them.
    pub async fn public_themes(&self) -> Value {
        self.get_json(&paths::hearing_api(DEMO, "themes")).await
    }

    /// A public page of the demo hearing (`tail` as in [`paths`]): status and HTML.
    pub async fn hearing_page(&self, tail: &str) -> (u16, String) {
        self.get_page(&paths::hearing_page(DEMO, tail)).await
    }

    /// A page of the demo hearing for officials (`tail` as in [`paths`]), with `cookie`.
    pub async fn admin_page(&self, cookie: &str, tail: &str) -> Response {
        self.get_with_cookie(&paths::admin_page(DEMO, tail), cookie)
            .await
    }

    /// A request to the officials' API of the demo hearing (`tail` as in [`paths`]).
    pub async fn admin_api(
        &self,
        method: Method,
        tail: &str,
        cookie: Option<&str>,
        body: Option<Value>,
    ) -> Response {
        call(self, method, &paths::admin_api(DEMO, tail), cookie, body).await
    }

    /// A form posted to a page of the demo hearing for officials (`tail` as in [`paths`]).
    pub async fn admin_form(
        &self,
        tail: &str,
        cookie: Option<&str>,
        fields: &[(&str, &str)],
    ) -> Response {
        form(self, &paths::admin_page(DEMO, tail), cookie, fields).await
    }
}
