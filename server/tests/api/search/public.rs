//! The public search: published text only, stemmed and folded, counted like the database.

use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};

use super::*;
use crate::db_test;

const BOLIGER: &str = "Vi mangler billige boliger til unge familier i byen.";
const INTEGRATION: &str = "Integrationen af nye borgere kræver tid og tålmodighed fra kommunen.";
const AELDRE: &str = "De ældre medborgere har brug for mere hjælp i hverdagen og i hjemmet.";

/// Three published responses on different subjects, indexed.
async fn three_published(app: &TestApp) -> [String; 3] {
    let (_, boliger) = published(app, resident(BOLIGER)).await;
    let (_, integration) = published(app, association("Red Barnet", INTEGRATION)).await;
    let (_, aeldre) = published(app, resident(AELDRE)).await;
    indexed(app).await;
    [boliger, integration, aeldre]
}

db_test!(
    a_search_finds_words_by_their_stem_and_without_danish_letters,
    |app| {
        let [boliger, integration, aeldre] = three_published(&app).await;
        let found = app.get_json(&public_search("q=bolig")).await;
        assert_eq!(svarnumre(&found), vec![boliger.clone()]);
        let snippet = found["items"][0]["snippet"].as_str().unwrap();
        assert!(snippet.contains("<mark>boliger</mark>"), "{snippet}");
        assert_eq!(
            svarnumre(&app.get_json(&public_search("q=integration")).await),
            vec![integration]
        );
        assert_eq!(
            svarnumre(&app.get_json(&public_search("q=aeldre")).await),
            vec![aeldre.clone()]
        );
        let nothing = app.get_json(&public_search("q=cykelstier")).await;
        assert_eq!(
            (nothing["total"].clone(), svarnumre(&nothing).len()),
            (json!(0), 0)
        );
        let plain = app.get_json(&public_search("")).await;
        assert!(
            plain.get("facets").is_none(),
            "no words, no filter: the plain list"
        );
        assert_eq!(
            plain["items"][0]["svarnummer"],
            json!(aeldre),
            "newest first"
        );
    }
);

db_test!(facet_counts_equal_the_databases_counts, |app| {
    three_published(&app).await;
    published(&app, association("LO Hovedstaden", "Flere job til unge.")).await;
    indexed(&app).await;
    let sql = "SELECT p.kind AS kind, COUNT(*) AS n FROM response r \
               JOIN respondent p ON p.id = r.respondent_id \
               WHERE r.status = 'published' GROUP BY p.kind";
    let rows = app
        .db
        .query_all_raw(Statement::from_string(app.db.get_database_backend(), sql))
        .await
        .unwrap();
    let mut counted = serde_json::Map::new();
    for row in rows {
        let kind: String = row.try_get("", "kind").unwrap();
        let n: i64 = row.try_get("", "n").unwrap();
        counted.insert(kind, json!(n));
    }
    assert_eq!(counted.len(), 2);
    // A facet is counted without its own filter: every published response's kind.
    let found = app.get_json(&public_search("kind=resident")).await;
    assert_eq!(found["facets"]["kind"], Value::Object(counted.clone()));
    assert_eq!(found["total"], counted["resident"]);
    assert!(
        found["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|i| i["kind"] == "resident")
    );
});

db_test!(
    held_and_unconfirmed_responses_and_private_fields_are_never_found_publicly,
    |app| {
        let cookie = app
            .sign_in("sb@kk.dk", app::auth::Role::Official, None)
            .await;
        let held = resident("Mit CPR-nummer er 010203-1234, og jeg bor ved Valbyparken.");
        let (held_id, held_number) = published(&app, held).await;
        let mut private = resident("Skolerne i kvarteret er gode.");
        private.name = "Ingeborg Kjærsgaard".into();
        private.email = "ingeborg@eksempel.dk".into();
        published(&app, private).await;
        app.open_demo_hearing().await;
        let unconfirmed = json!({"kind": "resident", "name": "Ole", "email": "ole@example.dk",
            "postal_code": "2500", "text": "Ubekræftet svar om Valbyparken.", "publish_name": true});
        assert_eq!(
            app.post_json(&public_search(""), &unconfirmed, "da")
                .await
                .status(),
            202
        );
        indexed(&app).await;
        for q in [
            "valbyparken",
            "Kjærsgaard",
            "ingeborg",
            "eksempel.dk",
            "010203-1234",
            "ubekræftet",
        ] {
            let found = app.get_json(&public_search(&format!("q={q}"))).await;
            assert_eq!(found["total"], 0, "{q} is not public");
        }
        let officials = get_as(&app, &cookie, &admin_search("q=valbyparken")).await;
        assert_eq!(svarnumre(&officials), vec![held_number]);
        assert_eq!(officials["items"][0]["id"], json!(held_id));
        let by_name = get_as(&app, &cookie, &admin_search("q=Kjærsgaard")).await;
        assert_eq!(by_name["total"], 1, "officials find every name");
    }
);

db_test!(
    a_redacted_passage_is_not_found_publicly_once_the_redaction_commits,
    |app| {
        let cookie = app
            .sign_in("sb@kk.dk", app::auth::Role::Official, None)
            .await;
        let text = "Ring til min nabo Gunnerbjerg om sagen. Vi ønsker flere sprogkurser.";
        let (id, number) = published(&app, resident(text)).await;
        indexed(&app).await;
        let before = app.get_json(&public_search("q=Gunnerbjerg")).await;
        assert_eq!(svarnumre(&before), vec![number.clone()]);

        let redact = json!({"action": "redact", "passage": "nabo Gunnerbjerg", "reason": "Navn"});
        assert_eq!(moderate(&app, &cookie, id, redact).await.status(), 200);
        // At once, before the index has caught up: the hit's row changed since it was indexed.
        let at_once = app.get_json(&public_search("q=Gunnerbjerg")).await;
        assert!(svarnumre(&at_once).is_empty(), "{at_once}");
        assert!(!at_once.to_string().contains("Gunnerbjerg"));
        let other_words = app.get_json(&public_search("q=sprogkurser")).await;
        assert!(
            !other_words.to_string().contains("Gunnerbjerg"),
            "{other_words}"
        );

        indexed(&app).await;
        let later = app.get_json(&public_search("q=Gunnerbjerg")).await;
        assert_eq!(later["total"], 0);
        let still = app.get_json(&public_search("q=sprogkurser")).await;
        assert_eq!(svarnumre(&still), vec![number]);
        assert!(!still.to_string().contains("Gunnerbjerg"), "{still}");
    }
);

db_test!(
    a_malformed_query_gets_a_problem_and_the_results_of_its_plain_words,
    |app| {
        let [boliger, ..] = three_published(&app).await;
        for (q, says) in [("%22bolig", "anførselstegn"), ("bolig%20OR", "OR skal stå")] {
            let response = app.get(&public_search(&format!("q={q}"))).await;
            assert_eq!(response.status(), 200, "{q}");
            let found: Value = response.json().await.unwrap();
            assert!(found["problem"].as_str().unwrap().contains(says), "{found}");
            assert_eq!(svarnumre(&found), vec![boliger.clone()], "{q}");
        }
        let english = app
            .client
            .get(format!("{}{}", app.address, public_search("q=%22bolig")))
            .header(reqwest::header::ACCEPT_LANGUAGE, "en")
            .send()
            .await
            .unwrap();
        let found: Value = english.json().await.unwrap();
        assert!(
            found["problem"]
                .as_str()
                .unwrap()
                .contains("quotation mark")
        );
        let clean = app.get_json(&public_search("q=bolig")).await;
        assert!(clean.get("problem").is_none());
    }
);
