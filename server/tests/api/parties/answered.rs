//! Who has answered: matched by CVR, e-mail or organisation, or set by hand.

use super::*;

async fn set_answered(app: &TestApp, cookie: &str, id: i64, body: Value) -> Value {
    let path = paths::admin_api(DEMO, &format!("parties/{id}/answered"));
    let response = call(app, (Method::PUT, &path), Some(cookie), Some(body)).await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

db_test!(
    responses_are_matched_by_cvr_e_mail_or_organisation_and_by_hand,
    |app| {
        let cookie = official(&app).await;
        let by_cvr = add(&app, &cookie, json!({"name": "Firma A/S", "kind": "company", "email": "firma@example.dk", "cvr": "64942212"})).await;
        add(
            &app,
            &cookie,
            party("Red Barnet", "Kontakt@RedBarnet.example.dk"),
        )
        .await;
        add(&app, &cookie, party("LO Hovedstaden", "lo@example.dk")).await;
        let nobody = add(&app, &cookie, party("Ingen svar", "ingen@example.dk")).await;
        app.open_demo_hearing().await;
        let cvr_number = respond(&app, json!({"kind": "company", "name": "Bo", "organisation": "Et andet navn", "cvr": "64942212", "email": "bo@example.dk", "text": "Svar fra firmaet.", "publish_name": true})).await;
        let mail_number = respond(&app, json!({"kind": "association", "name": "Eva", "organisation": "RB", "email": "kontakt@redbarnet.example.dk", "text": "Svar fra Red Barnet.", "publish_name": true})).await;
        let name_number = respond(&app, json!({"kind": "association", "name": "Karin", "organisation": " lo  HOVEDSTADEN. ", "email": "karin@example.dk", "text": "Svar fra LO.", "publish_name": true})).await;
        respond(&app, json!({"kind": "resident", "name": "Ingen svar", "email": "borger@example.dk", "text": "En borger.", "publish_name": false})).await;
        confirm_all(&app).await;
        respond(&app, json!({"kind": "association", "name": "Ib", "organisation": "Ingen svar", "email": "ib@example.dk", "text": "Ikke bekræftet.", "publish_name": true})).await;

        let parties = list(&app, &cookie).await;
        let find = |parties: &Value, name: &str| {
            parties["parties"]
                .as_array()
                .unwrap()
                .iter()
                .find(|p| p["name"] == name)
                .cloned()
                .unwrap()
        };
        assert_eq!(
            find(&parties, "Firma A/S")["svarnumre"],
            json!([cvr_number])
        );
        assert_eq!(
            find(&parties, "Red Barnet")["svarnumre"],
            json!([mail_number])
        );
        assert_eq!(
            find(&parties, "LO Hovedstaden")["svarnumre"],
            json!([name_number])
        );
        let by = |name| find(&parties, name)["matched_by"].clone();
        assert_eq!(by("Firma A/S"), "cvr", "a CVR number anyone could write");
        assert_eq!(by("Red Barnet"), "email");
        assert_eq!(by("LO Hovedstaden"), "name");
        assert_eq!(by("Ingen svar"), Value::Null);
        let page = app
            .admin_page(&cookie, "parties")
            .await
            .text()
            .await
            .unwrap();
        assert!(
            page.contains("sandsynligvis (navn)") && page.contains("sandsynligvis (CVR)"),
            "{page}"
        );
        let none = find(&parties, "Ingen svar");
        assert_eq!(
            none["answered"], false,
            "a resident's name and an unconfirmed response are no answer: {none}"
        );

        let yes = set_answered(&app, &cookie, nobody, json!({"answered": "yes"})).await;
        assert_eq!(
            (yes["answered"].clone(), yes["answered_by"].clone()),
            (json!(true), json!("yes"))
        );
        let no = set_answered(&app, &cookie, by_cvr, json!({"answered": "no"})).await;
        assert_eq!(
            (no["answered"].clone(), no["matched_by"].clone()),
            (json!(false), json!("official"))
        );
        let typo = call(
            &app,
            (
                Method::PUT,
                &paths::admin_api(DEMO, &format!("parties/{by_cvr}/answered")),
            ),
            Some(&cookie),
            Some(json!({"answered": "nej"})),
        )
        .await;
        assert_eq!(typo.status(), 422, "an unknown verdict is refused");
        let kept = find(&list(&app, &cookie).await, "Firma A/S");
        assert_eq!(
            kept["answered_by"], "no",
            "and the official's verdict stays"
        );
        let linked = set_answered(
            &app,
            &cookie,
            nobody,
            json!({"answered": "auto", "svarnummer": name_number}),
        )
        .await;
        assert_eq!(
            (linked["answered"].clone(), linked["svarnumre"].clone()),
            (json!(true), json!([name_number]))
        );
        assert_eq!(
            app.count("audit_log WHERE action = 'party.answered'").await,
            3
        );

        let hearing = app::hearing::store::find_by_slug(&app.db, DEMO)
            .await
            .unwrap()
            .unwrap();
        let notat = app::party::store::answered_list(&app.db, &hearing)
            .await
            .unwrap();
        let flags: Vec<(String, bool)> = notat.into_iter().map(|p| (p.name, p.answered)).collect();
        assert_eq!(
            flags,
            [
                ("Firma A/S".to_owned(), false),
                ("Ingen svar".into(), true),
                ("LO Hovedstaden".into(), true),
                ("Red Barnet".into(), true)
            ]
        );
    }
);
