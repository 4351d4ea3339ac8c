use crate::db_test;
use crate::helpers::{DEMO, paths};

db_test!(
    the_front_page_is_danish_and_links_to_the_demo_hearing,
    |app| {
        let (status, html) = app.get_page("/").await;
        assert_eq!(status, 200);
        assert!(html.contains(r#"<html lang="da""#), "{}", &html[..200]);
        assert!(html.contains(&format!(r#"href="{}""#, paths::hearing_page(DEMO, ""))));
        assert!(html.contains("Afsluttede høringer"));
        assert_eq!(html.matches("<h1").count(), 1);
    }
);

db_test!(
    the_hearing_page_gives_every_paragraph_its_anchor_as_id,
    |app| {
        let (status, html) = app.hearing_page("").await;
        assert_eq!(status, 200);
        let detail = app.hearing_json().await;
        for section in detail["draft"]["sections"].as_array().unwrap() {
            let anchor = section["anchor"].as_str().unwrap();
            assert!(
                html.contains(&format!(r#"id="{anchor}""#)),
                "section {anchor}"
            );
            for paragraph in section["paragraphs"].as_array().unwrap() {
                let anchor = paragraph["anchor"].as_str().unwrap();
                assert!(
                    html.contains(&format!(r#"id="{anchor}""#)),
                    "paragraph {anchor}"
                );
                assert!(
                    html.contains(&format!(r##"href="#{anchor}""##)),
                    "permalink {anchor}"
                );
            }
        }
        assert!(html.contains("data-countdown"));
        assert!(html.contains("Fristen er udløbet"));
        assert_eq!(html.matches("<h1").count(), 1);
    }
);

db_test!(an_unknown_hearing_page_is_a_404_page, |app| {
    let (status, html) = app.get_page("/hearings/findes-ikke").await;
    assert_eq!(status, 404);
    assert!(html.contains("Siden findes ikke"));
    let (status, _) = app.get_page("/ingen/side/her").await;
    assert_eq!(status, 404);
});

db_test!(
    the_language_switch_sets_a_cookie_and_returns_to_the_page,
    |app| {
        let response = app
            .get(&format!("/lang/en?next={}", paths::hearing_page(DEMO, "")))
            .await;
        assert_eq!(response.status(), 303);
        assert_eq!(
            response.headers()["location"],
            &paths::hearing_page(DEMO, "")
        );
        let cookie = response.headers()["set-cookie"].to_str().unwrap();
        assert!(cookie.starts_with("ordet_lang=en;"), "{cookie}");
        let html = app
            .html_with_cookie(&paths::hearing_page(DEMO, ""), "ordet_lang=en")
            .await;
        assert!(html.contains(r#"<html lang="en""#));
        assert!(html.contains("The deadline has passed"));
        assert!(html.contains(r#"hreflang="da""#));
    }
);

db_test!(
    a_right_to_left_language_mirrors_the_page_and_offers_every_language_named_in_itself,
    |app| {
        let hearing = paths::hearing_page(DEMO, "");
        let response = app.get(&format!("/lang/ar?next={hearing}")).await;
        let cookie = response.headers()["set-cookie"].to_str().unwrap();
        assert!(cookie.starts_with("ordet_lang=ar;"), "{cookie}");
        let html = app.html_with_cookie(&hearing, "ordet_lang=ar").await;
        assert!(html.contains(r#"<html lang="ar" dir="rtl""#), "{html}");
        assert!(html.contains(r#"<span aria-current="true" lang="ar" dir="rtl">العربية</span>"#));
        for (code, name) in [
            ("da", "Dansk"),
            ("en", "English"),
            ("tr", "Türkçe"),
            ("so", "Soomaali"),
        ] {
            let link = format!(r#"hreflang="{code}" lang="{code}" dir="ltr""#);
            assert!(
                html.contains(&link) && html.contains(name),
                "{code}: {html}"
            );
        }
        assert!(html.contains(r#"hreflang="ur" lang="ur" dir="rtl""#));
        let turkish = app.html_with_cookie(&hearing, "ordet_lang=tr").await;
        assert!(turkish.contains(r#"<html lang="tr" dir="ltr""#));
    }
);

db_test!(the_language_switch_never_redirects_off_site, |app| {
    let response = app.get("/lang/da?next=//evil.example").await;
    assert_eq!(response.headers()["location"], "/");
    assert_eq!(app.get("/lang/xx").await.status(), 404);
});

db_test!(user_text_in_the_draft_is_escaped_not_interpreted, |app| {
    let id = app.demo_hearing_id().await;
    let draft = "# T\n\n## Afsnit\n\nEn <script>alert(1)</script> tekst.\n";
    app::draft::store::import_version(&app.db, id, draft.as_bytes(), chrono::Utc::now())
        .await
        .unwrap();
    let (_, html) = app.hearing_page("").await;
    assert!(!html.contains("<script>alert(1)</script>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
});

/// Every test of this suite starts an app of its own while others serve, and listing the
/// pages' routes raises a flag, global to the process, under which no resource loads
/// (leptos-rs/leptos#4773): a page that began loading its data meanwhile never finished (seen
/// as requests hanging for two minutes, on any page, now and then). However often the routes
/// are asked for while pages render, every render finishes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_render_while_the_routes_are_listed() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, Ordering};

    let app = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await;
    let stop = Arc::new(AtomicBool::new(false));
    let lister = {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .build()
                .expect("runtime");
            runtime.block_on(async {
                while !stop.load(Ordering::Relaxed) {
                    assert!(!server::routes::page_routes().is_empty());
                    tokio::task::yield_now().await;
                }
            });
        })
    };
    let hearing = paths::hearing_page(DEMO, "");
    for round in 0..10 {
        for path in ["/", hearing.as_str(), "/admin/login?link=invalid"] {
            let answer = tokio::time::timeout(std::time::Duration::from_secs(15), app.get(path))
                .await
                .unwrap_or_else(|_| panic!("{path} (round {round}) never finished rendering"));
            assert_eq!(answer.status(), 200, "{path}");
            let body = tokio::time::timeout(std::time::Duration::from_secs(15), answer.text())
                .await
                .unwrap_or_else(|_| panic!("{path} (round {round}) stopped mid-page"))
                .expect("body");
            assert!(body.contains("</body></html>"), "{path}: {body}");
        }
    }
    stop.store(true, Ordering::Relaxed);
    lister
        .join()
        .expect("the routes were listed without a panic");
}

db_test!(
    a_response_in_arabic_is_marked_arabic_and_finds_its_direction_on_a_danish_page,
    |app| {
        app.open_demo_hearing().await;
        let text = "نحن نعيش في كوبنهاغن منذ عشر سنوات، ونريد أن يتعلم أطفالنا اللغة العربية \
                    في المدرسة إلى جانب اللغة الدنماركية. هذا مهم جدا للعائلات.";
        let body = serde_json::json!({"kind": "resident", "name": "Fatima",
            "email": "fatima@example.dk", "text": text, "publish_name": false});
        assert_eq!(app.submit_response(&body).await.status(), 202);
        assert_eq!(app.confirm_mail(1).await.status(), 200);

        let (status, html) = app.hearing_page("responses").await;
        assert_eq!(status, 200);
        assert!(
            html.contains(&format!(
                r#"<p lang="ar" dir="auto" class="response-text">{text}"#
            )),
            "the text alone is Arabic, in its own direction: {html}"
        );
        assert!(
            !html.contains("<article lang="),
            "the name, date and svarnummer stay in the reader's language"
        );
    }
);
