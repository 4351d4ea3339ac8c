//! Every refused field with its message, nothing stored; two imports of the same parties at once.

use super::*;

db_test!(
    every_bad_field_is_refused_with_its_message_and_nothing_changes,
    |app| {
        let cookie = official(&app).await;
        let id = add(&app, &cookie, json!({"name": "Dansk Industri", "kind": "employers", "email": "di@example.dk", "cvr": "64942212"})).await;
        let (parties, audit) = (
            app.count("consulted_party").await,
            app.count("audit_log").await,
        );
        let cases = [
            (
                json!({"name": "A", "kind": "union", "email": "a@b"}),
                "email",
                "E-mailadressen ser forkert ud",
            ),
            (
                json!({"name": "A", "kind": "union", "email": ""}),
                "email",
                "Skriv den e-mailadresse",
            ),
            (
                json!({"name": "A", "kind": "union", "email": "a@example.dk", "cvr": "64942213"}),
                "cvr",
                "CVR-nummeret findes ikke",
            ),
            (
                json!({"name": "A", "kind": "union", "email": "a@example.dk", "cvr": "1234"}),
                "cvr",
                "Et CVR-nummer har 8 cifre",
            ),
            (
                json!({"name": "  ", "kind": "union", "email": "a@example.dk"}),
                "name",
                "Skriv partens navn",
            ),
            (
                json!({"name": "A", "kind": "klub", "email": "a@example.dk"}),
                "kind",
                "Vælg hvilken slags",
            ),
            (
                json!({"name": "A", "kind": "union", "email": "a@example.dk", "deadline": "4/10"}),
                "deadline",
                "Skriv fristen som en dato",
            ),
            (
                json!({"name": "A", "kind": "union", "email": "a@example.dk", "deadline": "2010-10-05"}),
                "deadline",
                "efter høringens frist",
            ),
            (
                json!({"name": " dansk  INDUSTRI. ", "kind": "union", "email": "x@example.dk"}),
                "name",
                "allerede en part",
            ),
            (
                json!({"name": "DI Fonden", "kind": "union", "email": "x@example.dk", "cvr": "6494 2212"}),
                "cvr",
                "allerede en part",
            ),
        ];
        for (body, field, message) in cases {
            let response = call(
                &app,
                (Method::POST, &paths::admin_api(DEMO, "parties")),
                Some(&cookie),
                Some(body.clone()),
            )
            .await;
            assert_eq!(response.status(), 422, "{body}");
            let answer: Value = response.json().await.unwrap();
            let text = answer["errors"][field].as_str().unwrap_or_default();
            assert!(text.contains(message), "{body}: {answer}");
        }
        let english = app
            .client
            .post(app.url(&paths::admin_api(DEMO, "parties")))
            .header(reqwest::header::COOKIE, &cookie)
            .header(reqwest::header::ACCEPT_LANGUAGE, "en")
            .json(&json!({"name": "A", "kind": "union", "email": "a@b"}))
            .send()
            .await
            .unwrap();
        let answer: Value = english.json().await.unwrap();
        assert!(
            answer["errors"]["email"]
                .as_str()
                .unwrap()
                .contains("looks wrong"),
            "{answer}"
        );
        let edit = call(
            &app,
            (
                Method::PUT,
                &paths::admin_api(DEMO, &format!("parties/{id}")),
            ),
            Some(&cookie),
            Some(json!({"name": "Dansk Industri", "kind": "employers", "email": "di@"})),
        )
        .await;
        assert_eq!(edit.status(), 422);
        let import =
            json!({"lines": "LO Hovedstaden;union;lo@example.dk\nRed Barnet;association;rb@\n"});
        let response = call(
            &app,
            (Method::POST, &paths::admin_api(DEMO, "parties/import")),
            Some(&cookie),
            Some(import),
        )
        .await;
        assert_eq!(response.status(), 422);
        let answer: Value = response.json().await.unwrap();
        assert!(
            answer["errors"]["lines"]
                .as_str()
                .unwrap()
                .starts_with("Linje 2: E-mailadressen"),
            "{answer}"
        );
        let linked = call(
            &app,
            (
                Method::PUT,
                &paths::admin_api(DEMO, &format!("parties/{id}/answered")),
            ),
            Some(&cookie),
            Some(json!({"answered": "auto", "svarnummer": "2010-64452-9999"})),
        )
        .await;
        assert_eq!(linked.status(), 422);
        let verdict = call(
            &app,
            (
                Method::PUT,
                &paths::admin_api(DEMO, &format!("parties/{id}/answered")),
            ),
            Some(&cookie),
            Some(json!({"answered": "ja"})),
        )
        .await;
        assert_eq!(verdict.status(), 422);
        let answer: Value = verdict.json().await.unwrap();
        assert!(
            answer["errors"]["answered"]
                .as_str()
                .unwrap()
                .contains("automatisk, ja eller nej"),
            "{answer}"
        );
        let setting = call(
            &app,
            (Method::PUT, &paths::admin_api(DEMO, "party-reminder")),
            Some(&cookie),
            Some(json!({"remind_days_before": 61})),
        )
        .await;
        assert_eq!(setting.status(), 422);
        assert_eq!(
            app.count("consulted_party").await,
            parties,
            "nothing was added"
        );
        assert_eq!(app.count("audit_log").await, audit, "nothing was logged");
        let stored = &list(&app, &cookie).await["parties"][0];
        assert_eq!(
            stored["email"], "di@example.dk",
            "the refused edit changed nothing"
        );
        assert_eq!(stored["answered_by"], "auto");
    }
);

db_test!(
    two_officials_importing_the_same_parties_at_once_get_a_duplicate_message,
    |app| {
        let cookie = official(&app).await;
        let import = paths::admin_api(DEMO, "parties/import");
        let lines = json!({"lines": "Red Barnet;association;rb@example.dk\nLO Hovedstaden;union;lo@example.dk"});
        let (first, second) = tokio::join!(
            call(
                &app,
                (Method::POST, &import),
                Some(&cookie),
                Some(lines.clone())
            ),
            call(&app, (Method::POST, &import), Some(&cookie), Some(lines)),
        );
        let mut statuses = [first.status().as_u16(), second.status().as_u16()];
        statuses.sort_unstable();
        assert_eq!(statuses, [200, 422], "never a 500, whichever wins the race");
        let refused: Value = if first.status() == 422 { first } else { second }
            .json()
            .await
            .unwrap();
        let message = refused["errors"]["lines"].as_str().unwrap_or_default();
        assert!(
            message.contains("Linje 1")
                && message.contains("Linje 2")
                && message.contains("allerede"),
            "every line named as a duplicate: {refused}"
        );
        assert_eq!(app.count("consulted_party").await, 2);
    }
);
