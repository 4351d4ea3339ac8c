//! The høringsbrev, queued once and only for an open hearing, and reminders on a moved clock.

use super::*;

db_test!(
    the_letter_is_queued_once_per_party_however_often_it_is_sent,
    |app| {
        app.open_demo_hearing().await;
        let cookie = official(&app).await;
        add(&app, &cookie, party("Red Barnet", "rb@example.dk")).await;
        add(&app, &cookie, json!({"name": "Valby Lokaludvalg", "kind": "council", "email": "valby@example.dk", "contact_person": "Sekretariatet", "deadline": "2010-09-27"})).await;
        let invite = paths::admin_api(DEMO, "parties/invite");
        let first: Value = call(&app, (Method::POST, &invite), Some(&cookie), None)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(first["invited"], 2);
        let again: Value = call(&app, (Method::POST, &invite), Some(&cookie), None)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(again["invited"], 0);
        // Forget that they were invited: the send finds them pending again, and only the
        // outbox's dedupe key (ON CONFLICT DO NOTHING) keeps the letter from going twice.
        app.db
            .execute_unprepared("UPDATE consulted_party SET invited_at = NULL")
            .await
            .unwrap();
        let forgotten: Value = call(&app, (Method::POST, &invite), Some(&cookie), None)
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(forgotten["invited"], 2, "both were pending again");
        assert_eq!(
            app.count("mail_outbox WHERE dedupe_key LIKE 'party-invitation:%'")
                .await,
            2,
            "still one letter per party"
        );
        let eml = app.eml(2).await;
        assert!(eml.contains("To: valby@example.dk"), "{eml}");
        let mails = mail_outbox::Entity::find().all(&app.db).await.unwrap();
        let valby = mails
            .iter()
            .find(|m| m.to_addr == "valby@example.dk")
            .unwrap();
        assert_eq!(
            valby.subject,
            "Høring: Københavns Integrationspolitik 2011-2014"
        );
        let text = &valby.body_text;
        assert!(
            text.contains("Kære Sekretariatet, Valby Lokaludvalg"),
            "{text}"
        );
        assert!(
            text.contains("27. september 2010 kl. 23.59"),
            "the party's own deadline: {text}"
        );
        assert!(
            text.contains(&paths::hearing_page(DEMO, "respond")),
            "{text}"
        );
        let html = valby.body_html.as_deref().unwrap();
        assert!(html.contains("<a href=") && html.contains("<p>"), "{html}");

        add(&app, &cookie, party("LO Hovedstaden", "lo@example.dk")).await;
        let stale = call(
            &app,
            (Method::POST, &format!("{invite}?expected=3")),
            Some(&cookie),
            None,
        )
        .await;
        assert_eq!(
            stale.status(),
            422,
            "the list changed since the official looked"
        );
        let answer: Value = stale.json().await.unwrap();
        assert!(
            answer["errors"]["invite"]
                .as_str()
                .unwrap()
                .contains("nu får 1 parter")
        );
        let third: Value = call(
            &app,
            (Method::POST, &format!("{invite}?expected=1")),
            Some(&cookie),
            None,
        )
        .await
        .json()
        .await
        .unwrap();
        assert_eq!(third["invited"], 1);
        assert_eq!(app.count("mail_outbox").await, 3);
        assert_eq!(
            app.count("audit_log WHERE action = 'party.invite'").await,
            5,
            "every recorded invited_at is audited, the two set again after the reset too"
        );
        let parties = list(&app, &cookie).await;
        assert!(
            parties["parties"]
                .as_array()
                .unwrap()
                .iter()
                .all(|p| p["invited_at"].is_string())
        );
    }
);

db_test!(
    reminders_go_once_to_invited_parties_that_have_not_answered,
    |app| {
        let cookie = official(&app).await;
        let at = |m, d, h| Utc.with_ymd_and_hms(2010, m, d, h, 0, 0).unwrap();
        let waiting = add(&app, &cookie, party("Red Barnet", "rb@example.dk")).await;
        add(&app, &cookie, party("LO Hovedstaden", "lo@example.dk")).await;
        let early = add(&app, &cookie, json!({"name": "Valby Lokaludvalg", "kind": "council", "email": "valby@example.dk", "deadline": "2010-09-20"})).await;
        invite_at(&app, &cookie, at(9, 1, 10)).await;
        add(&app, &cookie, party("Ikke inviteret", "ny@example.dk")).await;
        app.open_demo_hearing().await;
        respond(&app, json!({"kind": "association", "name": "Karin", "organisation": "LO Hovedstaden", "email": "karin@example.dk", "text": "Vi svarer.", "publish_name": true})).await;
        confirm_all(&app).await;
        set_closes_at(&app, Utc.with_ymd_and_hms(2010, 10, 4, 21, 59, 59).unwrap()).await;
        let remind =
            |now| app::party::remind::queue_due_reminders(&app.db, "https://ordet.example", now);
        assert_eq!(
            remind(at(10, 5, 12)).await.unwrap(),
            0,
            "after every deadline"
        );
        assert_eq!(
            remind(at(9, 10, 12)).await.unwrap(),
            0,
            "too early for everyone"
        );
        assert_eq!(
            remind(at(9, 14, 12)).await.unwrap(),
            1,
            "the party with its own deadline"
        );
        // 7 days before 4 October is 27 September, which starts at 22:00 UTC the 26th.
        assert_eq!(remind(at(9, 26, 21)).await.unwrap(), 0, "the day before");
        assert_eq!(
            remind(at(9, 26, 22)).await.unwrap(),
            1,
            "the one that has not answered (LO is matched by name), from the day's start"
        );
        assert_eq!(remind(at(9, 29, 12)).await.unwrap(), 0, "once");
        assert_eq!(
            app.count("mail_outbox WHERE dedupe_key LIKE 'party-reminder:%'")
                .await,
            2
        );
        let reminded =
            format!("consulted_party WHERE reminded_at IS NOT NULL AND id IN ({waiting}, {early})");
        assert_eq!(app.count(&reminded).await, 2);
        assert_eq!(
            app.count("audit_log WHERE action = 'party.remind' AND actor_id IS NULL")
                .await,
            2
        );

        let late = add(
            &app,
            &cookie,
            party("Dansk Flygtningehjælp", "drc@example.dk"),
        )
        .await;
        invite_at(&app, &cookie, at(9, 30, 12)).await;
        let setting = paths::admin_api(DEMO, "party-reminder");
        call(
            &app,
            (Method::PUT, &setting),
            Some(&cookie),
            Some(json!({"remind_days_before": 0})),
        )
        .await;
        assert_eq!(remind(at(10, 3, 12)).await.unwrap(), 0, "0 is off");
        call(
            &app,
            (Method::PUT, &setting),
            Some(&cookie),
            Some(json!({"remind_days_before": 2})),
        )
        .await;
        let inside = add(&app, &cookie, party("Sent inviteret", "sent@example.dk")).await;
        invite_at(&app, &cookie, at(10, 2, 12)).await;
        assert_eq!(
            remind(at(10, 1, 21)).await.unwrap(),
            0,
            "the day before 2 October, with 2 set"
        );
        assert_eq!(
            remind(at(10, 1, 22)).await.unwrap(),
            2,
            "the two invited before 2 October, from its start in Copenhagen"
        );
        assert_eq!(
            remind(at(10, 3, 12)).await.unwrap(),
            0,
            "not the party invited on the reminder day: it just got the letter"
        );
        let reminded = |id| format!("consulted_party WHERE reminded_at IS NOT NULL AND id = {id}");
        assert_eq!(app.count(&reminded(late)).await, 1);
        assert_eq!(app.count(&reminded(inside)).await, 0);
        assert_eq!(
            app.count("audit_log WHERE action = 'party.reminder_setting'")
                .await,
            2
        );
    }
);

db_test!(
    the_letter_is_not_sent_for_a_draft_or_a_closed_hearing,
    |app| {
        let cookie = official(&app).await;
        add(&app, &cookie, party("Red Barnet", "rb@example.dk")).await;
        let invite = paths::admin_api(DEMO, "parties/invite");
        let closed = call(&app, (Method::POST, &invite), Some(&cookie), None).await;
        assert_eq!(closed.status(), 422, "the demo hearing closed in 2010");
        let answer: Value = closed.json().await.unwrap();
        let message = answer["errors"]["invite"].as_str().unwrap_or_default();
        assert!(message.contains("frist er overskredet"), "{answer}");
        app.open_demo_hearing().await;
        let hearing = app::hearing::store::find_by_slug(&app.db, DEMO)
            .await
            .unwrap()
            .unwrap();
        let mut draft = hearing.into_active_model();
        draft.status = Set("draft".parse().unwrap());
        draft.update(&app.db).await.unwrap();
        let refused = post_form(&app, &cookie, &[("intent", "invite"), ("expected", "1")]).await;
        assert_eq!(refused.status(), 422);
        let html = refused.text().await.unwrap();
        assert!(
            html.contains("Høringen er en kladde") && html.contains(r#"id="invite-error""#),
            "the message sits at the send button: {html}"
        );
        assert_eq!(
            app.count("mail_outbox WHERE dedupe_key LIKE 'party-invitation:%'")
                .await,
            0
        );
        assert_eq!(
            app.count("consulted_party WHERE invited_at IS NOT NULL")
                .await,
            0
        );
        assert_eq!(
            app.count("audit_log WHERE action = 'party.invite'").await,
            0
        );
    }
);
