//! Requests every test file sends: JSON with an optional session, and plain form posts.

use super::TestApp;

/// A request with an optional session cookie and JSON body.
pub async fn call(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    cookie: Option<&str>,
    body: Option<serde_json::Value>,
) -> reqwest::Response {
    let mut request = app.client.request(method, format!("{}{path}", app.address));
    if let Some(cookie) = cookie {
        request = request.header(reqwest::header::COOKIE, cookie);
    }
    if let Some(body) = body {
        request = request.json(&body);
    }
    request.send().await.unwrap()
}

/// [`call`], answered with JSON: its body (the test fails on any other body).
pub async fn call_json(
    app: &TestApp,
    method: reqwest::Method,
    path: &str,
    cookie: Option<&str>,
    body: Option<serde_json::Value>,
) -> serde_json::Value {
    let response = call(app, method.clone(), path, cookie, body).await;
    response
        .json()
        .await
        .unwrap_or_else(|e| panic!("{method} {path}: not JSON: {e}"))
}

/// A form post with an optional session cookie.
pub async fn form(
    app: &TestApp,
    path: &str,
    cookie: Option<&str>,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let mut request = app
        .client
        .post(format!("{}{path}", app.address))
        .form(fields);
    if let Some(cookie) = cookie {
        request = request.header(reqwest::header::COOKIE, cookie);
    }
    request.send().await.unwrap()
}
