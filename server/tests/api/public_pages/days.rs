//! A day people read is the hearing's day: a response sent just after midnight in
//! Copenhagen is shown as sent that day, not on the UTC day before.

use app::i18n::Locale;

use crate::db_test;
use crate::helpers::{DEMO, paths};
use crate::inbox::{letter_at, resident};

/// The text of the first `<time>` after `from` in `html`.
fn time_after<'a>(html: &'a str, from: &str) -> &'a str {
    let rest = &html[html.find(from).expect("the response is listed")..];
    let rest = &rest[rest.find("<time").unwrap()..];
    let rest = &rest[rest.find('>').unwrap() + 1..];
    rest[..rest.find("</time>").unwrap()].trim()
}

db_test!(
    a_response_sent_after_midnight_in_copenhagen_is_shown_on_copenhagens_day,
    |app| {
        let today = server::demo::today();
        let yesterday = today.pred_opt().unwrap();
        // 23:30 UTC the day before is 00:30 (01:30 in summer) today in Copenhagen.
        let late = yesterday.and_hms_opt(23, 30, 0).unwrap().and_utc();
        let request = resident("Sendt lige efter midnat.");
        let (_, svarnummer) = letter_at(&app, request, "letter", late).await;

        let listed = app.public_responses("").await;
        let item = &listed["items"][0];
        assert_eq!(item["svarnummer"], svarnummer.as_str());
        let local = item["submitted_local"].as_str().unwrap();
        assert!(local.starts_with(&today.to_string()), "{local}");

        let (status, html) = app.get_page(&paths::hearing_page(DEMO, "responses")).await;
        assert_eq!(status, 200);
        let shown = time_after(&html, &format!("id=\"svar-{svarnummer}\""));
        assert_eq!(shown, Locale::Da.messages().date(today), "not {yesterday}");
    }
);
