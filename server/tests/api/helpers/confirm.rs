//! Confirming a response as its respondent does: open the mailed link (a page with a
//! button), then press the button (a POST to the same path).

use super::TestApp;

impl TestApp {
    /// Presses the verification page's button for `link` (a token or a `/verify/…` path).
    pub async fn confirm(&self, link: &str) -> reqwest::Response {
        let token = link.trim_start_matches("/verify/");
        self.client
            .post(format!("{}/verify/{token}", self.address))
            .send()
            .await
            .expect("request")
    }

    /// Presses the button of the verification link in the `n`-th mail sent (1 = the first).
    pub async fn confirm_mail(&self, n: usize) -> reqwest::Response {
        let eml = self.eml(n).await;
        let start = eml.find("/verify/").expect("a verification link") + "/verify/".len();
        let token: String = eml[start..]
            .chars()
            .take_while(char::is_ascii_hexdigit)
            .collect();
        self.confirm(&token).await
    }

    /// Presses the button and returns the page's status and HTML.
    pub async fn confirm_page(&self, link: &str) -> (u16, String) {
        let response = self.confirm(link).await;
        let status = response.status().as_u16();
        (status, response.text().await.expect("HTML body"))
    }
}
