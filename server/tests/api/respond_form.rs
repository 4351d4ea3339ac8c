//! The response form as a browser without JavaScript uses it: plain form posts.

use crate::db_test;
use crate::helpers::{DEMO, paths};

const TEXT: &str =
    "Foreningen mener, at <civilsamfundet> skal have en fast plads.\nMed venlig hilsen";

/// Posts the form as a person does: with the start time the page was signed with, a minute
/// ago (unless `fields` bring their own).
async fn post_form(app: &crate::helpers::TestApp, fields: &[(&str, &str)]) -> reqwest::Response {
    let started = app.signed_start().await;
    let mut fields = fields.to_vec();
    if !fields.iter().any(|(name, _)| *name == "started") {
        fields.push(("started", &started));
    }
    post_unsigned(app, &fields).await
}

/// Posts exactly `fields`.
async fn post_unsigned(
    app: &crate::helpers::TestApp,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    app.post_to_respond_form()
        .form(fields)
        .send()
        .await
        .expect("request")
}

fn association(cvr: &str) -> Vec<(&'static str, String)> {
    vec![
        ("kind", "company".into()),
        ("name", "Jonas Berg".into()),
        ("email", "jonas@firma.dk".into()),
        ("organisation", "Firma ApS".into()),
        ("cvr", cvr.into()),
        ("stance", "mixed".into()),
        ("text", TEXT.into()),
    ]
}

fn borrowed<'a>(fields: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    fields.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

db_test!(the_form_quotes_the_paragraph_being_commented_on, |app| {
    app.open_demo_hearing().await;
    let hearing = app.hearing_json().await;
    let paragraph = &hearing["draft"]["sections"][1]["paragraphs"][0];
    let anchor = paragraph["anchor"].as_str().unwrap();
    let (status, html) = app
        .hearing_page(&format!("respond?paragraph={anchor}"))
        .await;
    assert_eq!(status, 200);
    assert!(html.contains("Du kommenterer afsnit"), "{html}");
    let start = paragraph["text"]
        .as_str()
        .unwrap()
        .split_whitespace()
        .take(5)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(html.contains(&start), "the quoted text");
    assert!(html.contains(&format!(r#"name="paragraph" value="{anchor}""#)));
    let (_, hearing_page) = app.hearing_page("").await;
    assert!(
        hearing_page.contains(&paths::hearing_page(
            DEMO,
            &format!("respond?paragraph={anchor}")
        )),
        "a Kommentér link per paragraph"
    );
});

db_test!(
    a_wrong_cvr_comes_back_with_its_message_and_every_value_kept,
    |app| {
        app.open_demo_hearing().await;
        let response = post_form(&app, &borrowed(&association("64942213"))).await;
        assert_eq!(response.status(), 422);
        let html = response.text().await.unwrap();
        assert!(html.contains("CVR-nummeret findes ikke"), "{html}");
        assert!(html.contains(r#"aria-invalid="true""#));
        let at = html.find("Foreningen mener").unwrap_or(0);
        assert!(html.contains("Foreningen mener, at &lt;civilsamfundet&gt; skal have en fast plads.\nMed venlig hilsen"), "{}", &html[at.saturating_sub(200)..(at + 200).min(html.len())]);
        assert!(html.contains(r#"value="Firma ApS""#));
        assert!(html.contains(r#"value="jonas@firma.dk""#));
        assert_eq!(app.count("response").await, 0);
    }
);

db_test!(a_refused_text_cannot_break_out_of_its_field, |app| {
    app.open_demo_hearing().await;
    let attack = "Hej </textarea><script>alert(1)</script> & farvel";
    let fields = [
        ("kind", "resident"),
        ("name", "X"),
        ("email", "bad"),
        ("text", attack),
    ];
    let html = post_form(&app, &fields).await.text().await.unwrap();
    assert!(
        !html.contains("<script>alert(1)</script>"),
        "the text escaped its textarea"
    );
    assert!(
        html.contains("Hej &lt;/textarea&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; farvel")
    );
});

db_test!(an_accepted_form_redirects_to_check_your_email, |app| {
    app.open_demo_hearing().await;
    let response = post_form(&app, &borrowed(&association("64942212"))).await;
    assert_eq!(response.status(), 303);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(
        location,
        paths::hearing_page(DEMO, "respond/sent?svarnummer=2010-64452-0001")
    );
    let (status, html) = app.get_page(&location).await;
    assert_eq!(status, 200);
    assert!(html.contains("Tjek din e-mail") && html.contains("2010-64452-0001"));
    assert!(app.eml(1).await.contains("To: jonas@firma.dk"));
});

db_test!(a_filled_in_honeypot_is_thanked_and_dropped, |app| {
    app.open_demo_hearing().await;
    let mut fields = association("64942212");
    fields.push(("website", "http://spam.example".into()));
    let response = post_form(&app, &borrowed(&fields)).await;
    assert_eq!(response.status(), 303);
    assert_eq!(app.count("response").await, 0);
});

db_test!(
    a_form_posted_after_the_deadline_keeps_the_text_and_says_why,
    |app| {
        let response = post_form(&app, &borrowed(&association("64942212"))).await;
        assert_eq!(response.status(), 409);
        let html = response.text().await.unwrap();
        assert!(html.contains("Høringsfristen er udløbet"));
        assert!(html.contains("Med venlig hilsen"));
        assert_eq!(app.count("response").await, 0);
    }
);

db_test!(
    form_messages_are_in_the_pages_language_not_the_browsers,
    |app| {
        app.open_demo_hearing().await;
        let response = app
            .post_to_respond_form()
            .header(reqwest::header::ACCEPT_LANGUAGE, "en")
            .form(&[
                ("kind", "resident"),
                ("name", "X"),
                ("email", "x@example.dk"),
                ("text", ""),
                ("started", &app.signed_start().await),
            ])
            .send()
            .await
            .unwrap();
        let html = response.text().await.unwrap();
        assert!(html.contains(r#"<html lang="da""#));
        assert!(
            html.contains("Skriv dit høringssvar."),
            "Danish page, Danish message"
        );
        assert!(!html.contains("Write your response."));
    }
);

db_test!(
    a_form_sent_back_within_seconds_is_returned_once_with_the_text,
    |app| {
        app.open_demo_hearing().await;
        let (_, page) = app.hearing_page("respond").await;
        let started = hidden_started(&page);
        let mut fields = association("64942212");
        fields.push(("started", started));
        let response = post_unsigned(&app, &borrowed(&fields)).await;
        assert_eq!(response.status(), 422);
        let html = response.text().await.unwrap();
        assert!(html.contains("Det gik meget hurtigt"), "{html}");
        assert!(
            html.contains("Foreningen mener, at &lt;civilsamfundet&gt;"),
            "the text is kept"
        );
        assert_eq!(app.count("response").await, 0);

        fields.pop();
        fields.push(("started", app.signed_start().await));
        assert_eq!(post_unsigned(&app, &borrowed(&fields)).await.status(), 303);
    }
);

db_test!(
    a_missing_or_forged_start_time_is_too_fast_never_accepted,
    |app| {
        app.open_demo_hearing().await;
        let a_minute_ago = (chrono::Utc::now().timestamp() - 60).to_string();
        let signed = app.signed_start().await;
        let (_, mac) = signed.split_once('.').unwrap();
        let forged = [
            None,
            Some(String::new()),
            Some(a_minute_ago.clone()),
            Some(format!("{a_minute_ago}.{}", "0".repeat(64))),
            Some(format!("{}.{mac}", chrono::Utc::now().timestamp() - 3600)),
        ];
        for started in forged {
            let mut fields = association("64942212");
            if let Some(started) = &started {
                fields.push(("started", started.clone()));
            }
            let response = post_unsigned(&app, &borrowed(&fields)).await;
            assert_eq!(response.status(), 422, "started = {started:?}");
            let html = response.text().await.unwrap();
            assert!(html.contains("Det gik meget hurtigt"), "{started:?}");
            assert!(html.contains("Med venlig hilsen"), "the text is kept");
            assert!(
                !hidden_started(&html).is_empty(),
                "the form comes back with a fresh signed time"
            );
        }
        assert_eq!(app.count("response").await, 0);
    }
);

/// The `started` value of the form in `html`.
fn hidden_started(html: &str) -> String {
    let at = html
        .find(r#"name="started" value=""#)
        .expect("the started field");
    let rest = &html[at + r#"name="started" value=""#.len()..];
    rest[..rest.find('"').unwrap()].to_owned()
}

db_test!(
    a_form_rendered_by_one_server_is_accepted_by_another_on_the_same_database,
    |app| {
        app.open_demo_hearing().await;
        let data_dir = tempfile::tempdir().unwrap();
        let env = |name: &str| (name == "ORDET_MIN_FILL_SECONDS").then(|| "1".to_owned());
        let config = crate::helpers::test_config(&app.database_url(), data_dir.path(), env);
        let db = app::db::connect(&app.database_url()).await.unwrap();
        // The second server's clock is two seconds on: the form was filled in long enough.
        let later = app::clock::ManualClock::at(chrono::Utc::now() + chrono::TimeDelta::seconds(2));
        let second = server::startup::Application::with_clock(&config, db, later)
            .await
            .unwrap();
        let second_address = format!("http://127.0.0.1:{}", second.port());
        tokio::spawn(second.run_until_stopped());
        let (_, page) = app.hearing_page("respond").await;
        let started = hidden_started(&page);
        let mut fields = association("64942212");
        fields.push(("started", started));
        let response = app
            .client
            .post(format!(
                "{second_address}{}",
                paths::hearing_page(DEMO, "respond")
            ))
            .header(reqwest::header::ORIGIN, &second_address)
            .form(&borrowed(&fields))
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            303,
            "signed by the first, checked by the second"
        );
    }
);

db_test!(
    the_form_sends_files_as_multipart_and_a_refusal_asks_for_them_again,
    |app| {
        app.open_demo_hearing().await;
        let multipart = |fields: &[(&'static str, String)], file: Vec<u8>| {
            let mut form = reqwest::multipart::Form::new();
            for (name, value) in fields {
                form = form.text(*name, value.clone());
            }
            form.part(
                "files",
                reqwest::multipart::Part::bytes(file).file_name("Høringssvar.pdf"),
            )
        };
        let pdf = crate::fixtures::pdf("Firma ApS svarer");
        let mut bad = association("64942213");
        bad.push(("started", app.signed_start().await));
        let response = app
            .post_to_respond_form()
            .multipart(multipart(&bad, pdf.clone()))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 422);
        let html = response.text().await.unwrap();
        assert!(html.contains("CVR-nummeret findes ikke"));
        assert!(
            html.contains("Vælg dem igen"),
            "the person is told to choose the files again"
        );
        assert!(app.stored_files().is_empty());

        let mut good = association("64942212");
        good.push(("started", app.signed_start().await));
        let response = app
            .post_to_respond_form()
            .multipart(multipart(&good, pdf))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 303);
        assert_eq!(
            app.count("attachment WHERE filename = 'Høringssvar.pdf'")
                .await,
            1
        );
    }
);

/// Posts the form from a page shown in Arabic.
async fn post_in_arabic(
    app: &crate::helpers::TestApp,
    fields: &[(&str, &str)],
) -> reqwest::Response {
    let request = app
        .post_to_respond_form()
        .header(reqwest::header::COOKIE, "ordet_lang=ar");
    request.form(fields).send().await.expect("request")
}

db_test!(
    a_resident_who_chose_arabic_gets_the_form_its_errors_and_the_mail_in_arabic,
    |app| {
        use mailparse::MailHeaderMap;
        app.open_demo_hearing().await;
        let started = app.signed_start().await;
        let mut fields = vec![
            ("kind", "resident"),
            ("name", "Layla Hassan"),
            ("email", "layla@example.dk"),
            ("stance", "support"),
            ("text", ""),
            ("started", &started),
        ];
        let refused = post_in_arabic(&app, &fields).await;
        assert_eq!(refused.status(), 422);
        let html = refused.text().await.unwrap();
        assert!(html.contains(r#"<html lang="ar" dir="rtl""#));
        assert!(html.contains("اكتب ردك."), "the error at its field: {html}");
        assert!(html.contains("Layla Hassan"), "what was typed stays");

        fields[4] = ("text", "أرجو أن تكون دروس اللغة الأم جزءًا من المدرسة.");
        let accepted = post_in_arabic(&app, &fields).await;
        assert_eq!(accepted.status(), 303);
        let raw = app.raw_eml(1).await;
        let mail = mailparse::parse_mail(raw.as_bytes()).expect("a MIME message");
        let subject = mail.headers.get_first_value("Subject").unwrap_or_default();
        assert!(subject.starts_with("أكّد ردك على الاستشارة"), "{subject}");
        let body = mail.get_body().unwrap();
        assert!(
            body.contains("مرحبًا \u{2068}Layla Hassan\u{2069}،"),
            "{body}"
        );
        assert!(
            body.contains("رقم ردك هو 2010-64452-0001."),
            "a number needs no marks: {body}"
        );
        let link = body
            .lines()
            .find(|l| l.contains("/verify/"))
            .expect("the link");
        assert!(link.trim().starts_with("http"), "nor a link: {link:?}");
        assert!(
            !link.contains(['\u{2068}', '\u{2069}']),
            "nor a link: {link:?}"
        );
    }
);
