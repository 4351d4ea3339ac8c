//! Redacting a passage of the published text, and duplicates published once.

use app::auth::Role;
use reqwest::{Method, StatusCode};
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};

use super::*;
use crate::db_test;

db_test!(
    a_redacted_passage_is_never_published_and_the_original_is_kept,
    |app| {
        let cookie = app.sign_in("sb@kk.dk", Role::Official, None).await;
        let text = "Ring til min nabo på 12 34 56 78 om sagen. Vi ønsker flere sprogkurser.";
        let (id, _) = letter(&app, resident(text), "letter").await;
        let no_reason = moderate(
            &app,
            &cookie,
            id,
            json!({"action": "redact", "passage": "12 34 56 78"}),
        )
        .await;
        assert_eq!(no_reason.status(), 422);
        let missing = json_of(
            moderate(
                &app,
                &cookie,
                id,
                json!({"action": "redact", "passage": "87 65", "reason": "Telefonnummer"}),
            )
            .await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        assert!(
            missing["errors"]["passage"]
                .as_str()
                .unwrap()
                .contains("ordret")
        );
        assert_eq!(
            app.count("response WHERE public_body IS NOT NULL").await,
            0,
            "nothing changed"
        );

        let redact =
            json!({"action": "redact", "passage": "på 12 34 56 78", "reason": "Telefonnummer"});
        assert_eq!(moderate(&app, &cookie, id, redact).await.status(), 200);
        assert_eq!(
            moderate(&app, &cookie, id, json!({"action": "publish"}))
                .await
                .status(),
            200
        );
        let public = app.public_responses("").await;
        let shown = public["items"][0]["text"].as_str().unwrap();
        assert_eq!(
            shown,
            "Ring til min nabo [udeladt] om sagen. Vi ønsker flere sprogkurser."
        );
        let csv = app
            .get(&paths::hearing_api(DEMO, "export.csv"))
            .await
            .text()
            .await
            .unwrap();
        assert!(
            csv.contains("[udeladt]") && !csv.contains("12 34 56 78"),
            "open data is redacted too"
        );
        let officials: Value = app
            .get_with_cookie(&paths::admin_api(DEMO, "export.json"), &cookie)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(
            officials["items"][0]["text"], text,
            "officials export both texts"
        );
        assert!(
            officials["items"][0]["public_text"]
                .as_str()
                .unwrap()
                .contains("[udeladt]")
        );
        let admin = json_of(
            app.admin_api(Method::GET, "responses", Some(&cookie), None)
                .await,
            StatusCode::OK,
        )
        .await;
        assert_eq!(
            admin["items"][0]["text"], text,
            "the original stays on record"
        );
        assert!(
            admin["items"][0]["public_text"]
                .as_str()
                .unwrap()
                .contains("[udeladt]")
        );
        assert_eq!(
            app.count("audit_log WHERE action = 'moderation.redact' AND reason = 'Telefonnummer'")
                .await,
            1
        );

        assert_eq!(
            moderate(&app, &cookie, id, json!({"action": "unredact"}))
                .await
                .status(),
            200
        );
        assert_eq!(app.public_responses("").await["items"][0]["text"], text);
        assert_eq!(
            app.count("audit_log WHERE action = 'moderation.unredact'")
                .await,
            1
        );
    }
);

db_test!(
    a_duplicate_is_published_once_and_chains_are_refused,
    |app| {
        let cookie = app.sign_in("sb@kk.dk", Role::Moderator, None).await;
        let (first, first_no) = letter(&app, resident("Samme tekst."), "email").await;
        let (second, second_no) = letter(&app, resident("Samme tekst."), "letter").await;
        let (third, _) = letter(&app, resident("Noget andet."), "letter").await;
        for id in [first, second, third] {
            assert_eq!(
                moderate(&app, &cookie, id, json!({"action": "publish"}))
                    .await
                    .status(),
                200
            );
        }
        let refusals = [
            (
                second,
                json!({"action": "duplicate", "duplicate_of": second_no}),
                "sig selv",
            ),
            (
                second,
                json!({"action": "duplicate", "duplicate_of": "2010-64452-9999"}),
                "intet høringssvar",
            ),
            (
                second,
                json!({"action": "duplicate", "duplicate_of": ""}),
                "svarnummeret",
            ),
        ];
        for (id, body, says) in refusals {
            let refused = json_of(
                moderate(&app, &cookie, id, body).await,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
            assert!(
                refused["errors"]["duplicate_of"]
                    .as_str()
                    .unwrap()
                    .contains(says),
                "{refused}"
            );
        }
        let mark = json!({"action": "duplicate", "duplicate_of": first_no});
        assert_eq!(moderate(&app, &cookie, second, mark).await.status(), 200);
        let public = app.public_responses("").await;
        assert_eq!(
            public["total"], 2,
            "the duplicate is not published on its own"
        );
        let chain = json!({"action": "duplicate", "duplicate_of": second_no});
        let refused = json_of(
            moderate(&app, &cookie, third, chain).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        assert!(
            refused["errors"]["duplicate_of"]
                .as_str()
                .unwrap()
                .contains(&first_no),
            "points to the first"
        );
        let back = json!({"action": "duplicate", "duplicate_of": second_no});
        let refused = json_of(
            moderate(&app, &cookie, first, back).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        assert!(refused["errors"]["duplicate_of"].is_string());
        let path = paths::admin_api(DEMO, "responses?duplicate=true");
        let dups = json_of(
            call(&app, Method::GET, &path, Some(&cookie), None).await,
            StatusCode::OK,
        )
        .await;
        assert_eq!(dups["items"][0]["duplicate_of"], first_no.as_str());
        assert_eq!(
            moderate(&app, &cookie, second, json!({"action": "not_duplicate"}))
                .await
                .status(),
            200
        );
        assert_eq!(app.public_responses("").await["total"], 3);
        assert_eq!(
            app.count("audit_log WHERE action LIKE 'moderation.%duplicate'")
                .await,
            2
        );
    }
);

db_test!(
    a_duplicate_shows_again_when_its_original_is_withdrawn,
    |app| {
        let cookie = app.sign_in("sb@kk.dk", Role::Official, None).await;
        let (first, first_no) = letter(&app, resident("Samme tekst."), "email").await;
        let (second, _) = letter(&app, resident("Samme tekst."), "letter").await;
        let (waiting, waiting_no) = letter(&app, resident("Ubekræftet."), "email").await;
        app.db
            .execute_unprepared(&format!(
                "UPDATE response SET status = 'awaiting_verification' WHERE id = {waiting}"
            ))
            .await
            .unwrap();
        let unconfirmed = json!({"action": "duplicate", "duplicate_of": waiting_no});
        let refused = json_of(
            moderate(&app, &cookie, second, unconfirmed).await,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
        assert!(
            refused["errors"]["duplicate_of"]
                .as_str()
                .unwrap()
                .contains("ikke bekræftet"),
            "{refused}"
        );
        let mark = json!({"action": "duplicate", "duplicate_of": first_no});
        assert_eq!(moderate(&app, &cookie, second, mark).await.status(), 200);
        assert_eq!(app.public_responses("").await["total"], 1);
        // The author of the original withdraws it through the private link.
        app.db
            .execute_unprepared(&format!(
                "UPDATE response SET status = 'withdrawn' WHERE id = {first}"
            ))
            .await
            .unwrap();
        let public = app.public_responses("").await;
        assert_eq!(
            public["total"], 1,
            "the other citizen's response shows again"
        );
        assert_ne!(public["items"][0]["svarnummer"], first_no.as_str());
    }
);

db_test!(the_same_decision_twice_changes_and_mails_once, |app| {
    let cookie = app.sign_in("sb@kk.dk", Role::Official, None).await;
    let (id, _) = letter(&app, resident("Et svar."), "email").await;
    let mails = app.count("mail_outbox").await;
    let reject = json!({"action": "reject", "reason": "Uden for høringens emne"});
    for _ in 0..2 {
        assert_eq!(
            moderate(&app, &cookie, id, reject.clone()).await.status(),
            200
        );
    }
    assert_eq!(
        app.count("audit_log WHERE action = 'moderation.reject'")
            .await,
        1
    );
    assert_eq!(
        app.count("mail_outbox").await,
        mails + 1,
        "one rejection mail"
    );
});
