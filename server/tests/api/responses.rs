use sea_orm::EntityTrait;
use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::{DEMO, paths};

async fn a_paragraph(app: &crate::helpers::TestApp) -> String {
    let hearing = app.hearing_json().await;
    hearing["draft"]["sections"][2]["paragraphs"][0]["anchor"]
        .as_str()
        .unwrap()
        .to_owned()
}

fn resident(paragraph: &str) -> Value {
    json!({
        "kind": "resident",
        "name": "Fatima Hassan",
        "email": "fatima@example.dk",
        "postal_code": "2300",
        "paragraph": paragraph,
        "stance": "support",
        "text": "Sprogundervisning skal starte tidligere, og forældrene skal inddrages.\nTak.",
        "publish_name": false
    })
}

fn token_in(eml: &str) -> String {
    let start = eml.find("/verify/").expect("a verification link") + "/verify/".len();
    eml[start..]
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect()
}

db_test!(
    a_response_goes_from_the_api_through_the_mail_link_to_the_public_list,
    |app| {
        app.open_demo_hearing().await;
        let paragraph = a_paragraph(&app).await;
        let response = app.submit_response(&resident(&paragraph)).await;
        assert_eq!(response.status(), 202);
        let submitted: Value = response.json().await.unwrap();
        assert_eq!(submitted["svarnummer"], "2010-64452-0001");
        assert_eq!(submitted["status"], "awaiting_verification");
        assert_eq!(
            app.public_responses("").await["total"],
            0,
            "unverified responses are not public"
        );

        let eml = app.eml(1).await;
        assert!(eml.contains("To: fatima@example.dk"), "{eml}");
        assert!(eml.contains("2010-64452-0001"));
        let token = token_in(&eml);
        assert_eq!(token.len(), 64);

        let (status, html) = app.get_page(&format!("/verify/{token}")).await;
        assert_eq!(status, 200);
        assert!(html.contains("Bekræft høringssvaret"), "a button: {html}");
        assert_eq!(
            app.public_responses("").await["total"],
            0,
            "opening the link confirms nothing"
        );
        let (status, html) = app.confirm_page(&token).await;
        assert_eq!(status, 200);
        assert!(html.contains("dit høringssvar er bekræftet"), "{html}");

        let list = app.public_responses("").await;
        assert_eq!(list["total"], 1);
        let item = &list["items"][0];
        assert_eq!(item["svarnummer"], "2010-64452-0001");
        assert_eq!(item["display_name"], "Borger, 2300 København S");
        assert_eq!(item["paragraph"], paragraph.as_str());
        assert_eq!(item["kind"], "resident");
        assert_eq!(item["language"], "da");
        assert_eq!(item["text"], resident(&paragraph)["text"]);
        assert!(
            !list.to_string().contains("fatima@example.dk"),
            "e-mail addresses are never public"
        );

        for (status, html) in [
            app.get_page(&format!("/verify/{token}")).await,
            app.confirm_page(&token).await,
        ] {
            assert_eq!(status, 200);
            assert!(
                html.contains("allerede bekræftet"),
                "a reused link says so and changes nothing"
            );
        }
    }
);

db_test!(
    bad_input_gets_a_specific_danish_error_per_field_and_stores_nothing,
    |app| {
        app.open_demo_hearing().await;
        let paragraph = a_paragraph(&app).await;
        let cases: [(Value, &str, &str); 6] = [
            (json!({"text": ""}), "text", "Skriv dit høringssvar."),
            (
                json!({"text": "x".repeat(20_001)}),
                "text",
                "Teksten har 20001 tegn",
            ),
            (
                json!({"kind": "company", "organisation": "Firma ApS", "cvr": "64942213"}),
                "cvr",
                "CVR-nummeret findes ikke",
            ),
            (
                json!({"kind": "company", "organisation": "Firma ApS", "cvr": "1234"}),
                "cvr",
                "8 cifre",
            ),
            (
                json!({"paragraph": "p-findesikke"}),
                "paragraph",
                "findes ikke i det gældende udkast",
            ),
            (json!({"email": "fatima@"}), "email", "gyldig e-mailadresse"),
        ];
        for (change, field, message) in cases {
            let mut body = resident(&paragraph);
            for (key, value) in change.as_object().unwrap() {
                body[key] = value.clone();
            }
            let response = app.submit_response(&body).await;
            assert_eq!(response.status(), 422, "{field}");
            let answer: Value = response.json().await.unwrap();
            let got = answer["errors"][field].as_str().unwrap_or_default();
            assert!(got.contains(message), "{field}: {got:?} in {answer}");
        }
        for table in ["respondent", "response", "response_token", "mail_outbox"] {
            assert_eq!(app.count(table).await, 0, "{table} after refused input");
        }
    }
);

db_test!(errors_follow_the_readers_language, |app| {
    app.open_demo_hearing().await;
    let body = json!({"kind": "resident", "name": "A", "email": "a@example.dk", "text": " "});
    let answer: Value = app
        .post_json(&paths::responses(DEMO), &body, "en-GB,en;q=0.9")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(answer["errors"]["text"], "Write your response.");
});

db_test!(
    a_closed_hearing_refuses_responses_and_stores_nothing,
    |app| {
        // The spawned demo keeps its 2010 dates: the deadline has passed.
        let response = app.submit_response(&resident("p-x")).await;
        assert_eq!(response.status(), 409);
        assert_eq!(app.count("response").await, 0);
    }
);

db_test!(unknown_and_expired_links_say_so, |app| {
    use sea_orm::ConnectionTrait;
    let (status, html) = app.get_page(&format!("/verify/{}", "0".repeat(64))).await;
    assert_eq!(status, 404);
    assert!(html.contains("Linket virker ikke"));

    app.open_demo_hearing().await;
    let paragraph = a_paragraph(&app).await;
    app.submit_response(&resident(&paragraph)).await;
    let token = token_in(&app.eml(1).await);
    app.db
        .execute_unprepared("UPDATE response_token SET expires_at = '2000-01-01 00:00:00+00:00'")
        .await
        .unwrap();
    for (status, html) in [
        app.get_page(&format!("/verify/{token}")).await,
        app.confirm_page(&token).await,
    ] {
        assert_eq!(status, 410);
        assert!(html.contains("Linket er udløbet"));
    }
    assert_eq!(app.public_responses("").await["total"], 0);
});

db_test!(
    a_response_with_a_cpr_number_is_held_back_and_the_respondent_told_why,
    |app| {
        app.open_demo_hearing().await;
        let paragraph = a_paragraph(&app).await;
        let mut body = resident(&paragraph);
        body["text"] = json!("Jeg hedder Fatima, cpr 010190-1234, og jeg er enig.");
        assert_eq!(app.submit_response(&body).await.status(), 202);
        let token = token_in(&app.eml(1).await);
        let (status, html) = app.confirm_page(&token).await;
        assert_eq!(status, 200);
        assert!(
            html.contains("ligner") || html.contains("CPR-nummer"),
            "{html}"
        );
        assert_eq!(
            app.public_responses("").await["total"],
            0,
            "held responses are not public"
        );
        let held = app::entities::response::Entity::find_by_id(1)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(held.status.as_str(), "held");
        assert_eq!(held.held_reason.as_deref(), Some("personal_data"));
    }
);

db_test!(
    one_address_sending_too_many_responses_gets_429_and_nothing_more_is_stored,
    |app| {
        app.open_demo_hearing().await;
        let paragraph = a_paragraph(&app).await;
        for _ in 0..app::web::limit::SUBMISSIONS_PER_EMAIL {
            assert_eq!(
                app.submit_response(&resident(&paragraph)).await.status(),
                202
            );
        }
        let response = app.submit_response(&resident(&paragraph)).await;
        assert_eq!(response.status(), 429);
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["error"]["code"], "rate_limited");
        let form = app
            .post_to_respond_form()
            .form(&[
                ("kind", "resident"),
                ("name", "Fatima"),
                ("email", "fatima@example.dk"),
                ("text", "Min tekst"),
                ("started", &app.signed_start().await),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(form.status(), 429);
        let html = form.text().await.unwrap();
        assert!(
            html.contains("Vent en time") && html.contains("Min tekst"),
            "a readable page that keeps the text"
        );
        assert_eq!(
            app.count("response").await,
            i64::from(app::web::limit::SUBMISSIONS_PER_EMAIL)
        );
    }
);

db_test!(
    under_the_after_deadline_policy_responses_appear_when_the_hearing_closes,
    |app| {
        use sea_orm::ConnectionTrait;
        app.open_demo_hearing().await;
        app.db
            .execute_unprepared("UPDATE hearing SET publication_policy = 'after_deadline'")
            .await
            .unwrap();
        let paragraph = a_paragraph(&app).await;
        assert_eq!(
            app.submit_response(&resident(&paragraph)).await.status(),
            202
        );
        let token = token_in(&app.eml(1).await);
        let (status, html) = app.confirm_page(&token).await;
        assert_eq!(status, 200);
        assert!(
            html.contains("når høringsfristen er udløbet"),
            "the respondent is told when"
        );
        let now = chrono::Utc::now();
        let published = app::response::publish::publish_after_deadline(&app.db, now).await;
        assert_eq!(published, Ok(0), "nothing before the deadline");
        assert_eq!(app.public_responses("").await["total"], 0);

        let later = now + chrono::Duration::days(31);
        let published = app::response::publish::publish_after_deadline(&app.db, later).await;
        assert_eq!(published, Ok(1));
        assert_eq!(app.public_responses("").await["total"], 1);
    }
);

db_test!(
    a_response_registered_from_a_meeting_needs_no_address_and_is_guarded,
    |app| {
        use app::registration::store::{Place, register_command};
        let storage = app::blob::Storage::new(app.data_dir.path(), Default::default()).unwrap();
        let place = Place {
            db: &app.db,
            attachments: &storage,
            base_url: "http://test",
        };
        let request = app::response::SubmitRequest {
            kind: "resident".into(),
            name: "Borger på mødet".into(),
            text: "Sagt på borgermødet: mit CPR er 010203-1234.".into(),
            ..Default::default()
        };
        let slug = DEMO;
        let now = chrono::Utc::now();
        let done = register_command(
            &place,
            slug,
            (&request, app::vocab::Channel::Meeting),
            Vec::new(),
            now,
        )
        .await
        .unwrap();
        assert_eq!(
            done.status.as_str(),
            "held",
            "a CPR number holds it back whatever the channel"
        );
        assert_eq!(app.count("response WHERE channel = 'meeting'").await, 1);
        assert_eq!(app.count("respondent WHERE email = ''").await, 1);
        assert_eq!(app.count("mail_outbox").await, 0, "no address, no receipt");

        let bad = app::response::SubmitRequest {
            kind: "robot".into(),
            ..request
        };
        let refused = register_command(
            &place,
            slug,
            (&bad, app::vocab::Channel::Letter),
            Vec::new(),
            now,
        )
        .await;
        assert!(
            matches!(refused, Err(app::error::AppError::Validation(e)) if e.contains_key("kind"))
        );
        assert_eq!(app.count("response").await, 1);
    }
);
