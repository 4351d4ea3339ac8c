//! A retried submission is one response: `Idempotency-Key` on the API, the rendered form's
//! signed render id on the form.

use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::TestApp;

fn body(text: &str) -> Value {
    json!({"kind": "resident", "name": "Ida", "email": "ida@example.dk", "text": text,
        "publish_name": false})
}

fn submit(app: &TestApp, key: &str, body: &Value) -> reqwest::RequestBuilder {
    app.post_to_responses()
        .header("Idempotency-Key", key)
        .header(reqwest::header::ACCEPT_LANGUAGE, "en")
        .json(body)
}

db_test!(
    the_same_key_twice_is_one_response_with_one_svarnummer,
    |app| {
        app.open_demo_hearing().await;
        let key = "3b0f6c1e-0d7e-4a61-9d1c-7f1f2b9a6e01";
        let first = submit(&app, key, &body("Mit svar.")).send().await.unwrap();
        assert_eq!(first.status(), 202);
        let first: Value = first.json().await.unwrap();
        let again = submit(&app, key, &body("Mit svar.")).send().await.unwrap();
        assert_eq!(again.status(), 202, "answered again, not refused");
        let again: Value = again.json().await.unwrap();
        assert_eq!(again, first, "the same id, svarnummer and status");
        assert_eq!(app.count("response").await, 1);
        assert_eq!(app.count("mail_outbox").await, 1, "one verification mail");

        let other = submit(&app, "another key", &body("Mit svar."))
            .send()
            .await
            .unwrap();
        assert_eq!(other.status(), 202, "a new key is a new response");
        let other: Value = other.json().await.unwrap();
        assert_ne!(other["svarnummer"], first["svarnummer"]);
        assert_eq!(app.count("response").await, 2);
    }
);

db_test!(
    a_key_reused_with_other_content_is_refused_and_stores_nothing,
    |app| {
        app.open_demo_hearing().await;
        let key = "order-17";
        let first = submit(&app, key, &body("Mit svar.")).send().await.unwrap();
        assert_eq!(first.status(), 202);
        let changed = submit(&app, key, &body("Et andet svar."))
            .send()
            .await
            .unwrap();
        assert_eq!(changed.status(), 422);
        let answer: Value = changed.json().await.unwrap();
        let message = answer["errors"]["idempotency_key"].as_str().unwrap();
        assert!(message.contains("already used"), "{message}");
        assert_eq!(app.count("response").await, 1);
        for bad in ["", &"x".repeat(256)] {
            let refused = submit(&app, bad, &body("Mit svar.")).send().await.unwrap();
            assert_eq!(refused.status(), 422, "{bad:?}");
            let answer: Value = refused.json().await.unwrap();
            assert!(answer["errors"]["idempotency_key"].is_string());
        }
        assert_eq!(app.count("response").await, 1);
        assert_eq!(app.count("submission_key").await, 1);
    }
);

db_test!(
    thirty_submissions_at_once_with_one_key_are_one_response,
    |app| {
        app.open_demo_hearing().await;
        let mut sends = tokio::task::JoinSet::new();
        for _ in 0..30 {
            let request = submit(&app, "double-click", &body("Mit svar."));
            sends.spawn(async move { request.send().await.unwrap() });
        }
        let mut numbers = Vec::new();
        while let Some(answer) = sends.join_next().await {
            let answer = answer.unwrap();
            assert_eq!(answer.status(), 202);
            let answer: Value = answer.json().await.unwrap();
            numbers.push(answer["svarnummer"].as_str().unwrap().to_owned());
        }
        numbers.sort();
        numbers.dedup();
        assert_eq!(numbers.len(), 1, "one svarnummer for all: {numbers:?}");
        assert_eq!(app.count("response").await, 1);
        assert_eq!(app.count("mail_outbox").await, 1);
        let per_email = app::web::limit::SUBMISSIONS_PER_EMAIL;
        for n in 1..per_email {
            let more = submit(&app, &format!("next-{n}"), &body("Mit svar.")).send();
            assert_eq!(
                more.await.unwrap().status(),
                202,
                "the repeats counted once"
            );
        }
        let over = submit(&app, "one too many", &body("Mit svar.")).send();
        assert_eq!(over.await.unwrap().status(), 429);
    }
);

db_test!(
    a_form_sent_twice_is_stored_once_and_sent_back_with_other_text,
    |app| {
        app.open_demo_hearing().await;
        let started = app.signed_start().await;
        let post = |text: &'static str| {
            app.post_to_respond_form()
                .form(&[
                    ("kind", "resident"),
                    ("name", "Fatima"),
                    ("email", "fatima@example.dk"),
                    ("text", text),
                    ("started", started.as_str()),
                ])
                .send()
        };
        let first = post("Min tekst.").await.unwrap();
        assert_eq!(first.status(), 303);
        let again = post("Min tekst.").await.unwrap();
        assert_eq!(
            again.status(),
            303,
            "the double click lands on the same page"
        );
        assert_eq!(again.headers()["location"], first.headers()["location"]);
        assert_eq!(app.count("response").await, 1);

        let changed = post("En helt anden tekst.").await.unwrap();
        assert_eq!(changed.status(), 422);
        let html = changed.text().await.unwrap();
        assert!(
            html.contains("Denne formular er allerede sendt")
                && html.contains("En helt anden tekst."),
            "a message at the text, which is kept"
        );
        assert_eq!(app.count("response").await, 1);

        let fresh = app.signed_start().await;
        let next = app
            .post_to_respond_form()
            .form(&[
                ("kind", "resident"),
                ("name", "Fatima"),
                ("email", "fatima@example.dk"),
                ("text", "En helt anden tekst."),
                ("started", fresh.as_str()),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(
            next.status(),
            303,
            "a newly rendered form is a new response"
        );
        assert_eq!(app.count("response").await, 2);
    }
);

db_test!(
    a_multipart_retry_with_its_file_is_the_same_submission,
    |app| {
        app.open_demo_hearing().await;
        let send = |file: Vec<u8>| {
            let part = reqwest::multipart::Part::bytes(file).file_name("svar.pdf");
            let form = reqwest::multipart::Form::new()
                .text("response", body("Se filen.").to_string())
                .part("files", part);
            app.post_to_responses()
                .header("Idempotency-Key", "upload-1")
                .multipart(form)
                .send()
        };
        let pdf = crate::fixtures::pdf("Vores bemærkninger");
        let first: Value = send(pdf.clone()).await.unwrap().json().await.unwrap();
        let again = send(pdf).await.unwrap();
        assert_eq!(again.status(), 202, "another boundary, the same submission");
        assert_eq!(again.json::<Value>().await.unwrap(), first);
        assert_eq!(app.count("response").await, 1);
        assert_eq!(app.count("attachment").await, 1);
        let other_file = send(crate::fixtures::pdf("Noget helt andet"))
            .await
            .unwrap();
        assert_eq!(other_file.status(), 422, "the same key with another file");
        assert_eq!(app.count("attachment").await, 1);
    }
);
