//! What the clustering finds: known topics, campaigns as one voice, published-only counts for
//! the public, and sensible answers for empty and one-response hearings.

use std::collections::HashMap;

use serde_json::json;

use super::*;
use crate::db_test;

db_test!(six_known_topics_are_found_again, |app| {
    let cookie = official(&app).await;
    let mut truth: Vec<(i64, usize)> = Vec::new();
    for topic in 0..6 {
        let texts: Vec<String> = (0..15).map(|n| on_topic(topic, n)).collect();
        for id in published(&app, &texts).await {
            truth.push((id, topic));
        }
    }
    let themes = refreshed(&app, &cookie).await;
    let placed = theme_of(&app).await;
    let (labels_true, labels_pred): (Vec<usize>, Vec<usize>) = truth
        .iter()
        .map(|(id, topic)| (*topic, placed[id] as usize))
        .unzip();
    let nmi = app::themes::metrics::nmi(&labels_true, &labels_pred);
    assert!(nmi > 0.8, "NMI {nmi}: {themes:#}");
    let sizes: usize = themes["themes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["size"].as_u64().unwrap() as usize)
        .sum();
    assert_eq!(sizes, 90, "every response is in one theme");
    let first = &themes["themes"][0];
    let terms = first["terms"].as_array().unwrap();
    assert!((2..=4).contains(&terms.len()), "{first:#}");
    assert_eq!(first["quotes"].as_array().unwrap().len(), 3, "{first:#}");
    assert_eq!(first["by_kind"]["resident"], first["size"]);
    let label = first["label"].as_str().unwrap();
    assert!(
        TOPICS.iter().flatten().any(|w| label.contains(w)),
        "the label is made of readable topic words: {label}"
    );
});

db_test!(a_campaign_is_one_voice_with_its_signers_counted, |app| {
    let cookie = official(&app).await;
    let template = "Vi i Forældrenetværket på Nørrebro kræver at kommunen bevarer \
        modersmålsundervisningen for tosprogede elever i folkeskolen. Børn der lærer deres \
        modersmål godt lærer også dansk bedre, og lektiehjælpen i klasserne skal styrkes. \
        Skær ikke i undervisningen, men invester i lærerne og i samarbejdet med forældrene.";
    let copies: Vec<String> = (0..25)
        .map(|n| format!("{template} Med venlig hilsen forælder nummer {n}."))
        .collect();
    let copy_ids = published(&app, &copies).await;
    let others: Vec<String> = (0..20).map(|n| on_topic(n % 3, n)).collect();
    published(&app, &others).await;
    let themes = refreshed(&app, &cookie).await;
    let campaigns = themes["campaigns"].as_array().unwrap();
    assert_eq!(campaigns.len(), 1, "{themes:#}");
    assert_eq!(campaigns[0]["signers"], json!(25));
    let members: Vec<i64> = app::entities::campaign_member::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|m| i64::from(m.response_id))
        .collect();
    let mut sorted = members.clone();
    sorted.sort_unstable();
    assert_eq!(sorted, copy_ids, "every copy and nothing else");
    let placed = theme_of(&app).await;
    let theme = placed[&copy_ids[0]];
    assert!(
        copy_ids.iter().all(|id| placed[id] == theme),
        "a campaign stays together"
    );
    let summary = themes["themes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == json!(theme))
        .unwrap();
    let responses = summary["responses"].as_u64().unwrap();
    let size = summary["size"].as_u64().unwrap();
    assert_eq!(
        responses - size,
        24,
        "25 signers count as one voice: {summary:#}"
    );
});

db_test!(the_public_sees_published_responses_only, |app| {
    let cookie = official(&app).await;
    let texts: Vec<String> = (0..12).map(|n| on_topic(n % 2, n)).collect();
    let ids = published(&app, &texts).await;
    let path = format!("/api/v1/admin/responses/{}/moderation", ids[0]);
    let hold = json!({"action": "hold", "reason": "personal_data"});
    let response = call(&app, Method::POST, &path, Some(&cookie), Some(hold)).await;
    assert_eq!(response.status(), 200);
    let officials = refreshed(&app, &cookie).await;
    let public = app.public_themes().await;
    let count = |v: &Value| -> u64 {
        v["themes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["responses"].as_u64().unwrap())
            .sum()
    };
    assert_eq!((count(&officials), count(&public)), (12, 11));
    assert!(
        public["themes"][0].get("sentences").is_none(),
        "no text beyond numbers"
    );
    let first = officials["themes"][0]["sentences"].as_array().unwrap();
    assert!(!first.is_empty(), "officials see the quoted sentences");
});

db_test!(empty_and_one_response_hearings_get_an_answer, |app| {
    let cookie = official(&app).await;
    let empty = refreshed(&app, &cookie).await;
    assert_eq!(empty, json!({"themes": [], "campaigns": []}));
    assert_eq!(app.public_themes().await, empty);
    let ids = published(&app, &["Jeg ønsker flere praktikpladser til unge.".into()]).await;
    let one = refreshed(&app, &cookie).await;
    let themes = one["themes"].as_array().unwrap();
    assert_eq!(themes.len(), 1, "{one:#}");
    assert_eq!(themes[0]["size"], json!(1));
    assert_eq!(
        theme_of(&app).await.keys().copied().collect::<Vec<_>>(),
        ids
    );
    let unknown = app.get("/api/v1/hearings/findes-ikke/themes").await;
    assert_eq!(unknown.status(), 404);
});

db_test!(indexed_responses_queue_their_hearing_for_themes, |app| {
    let texts: Vec<String> = (0..3).map(|n| on_topic(0, n)).collect();
    published(&app, &texts).await;
    app.index_caught_up().await;
    let pending = app::themes::outbox::pending(&app.db).await.unwrap();
    assert_eq!(pending.len(), 1, "{pending:?}");
    assert_eq!(pending[0].hearing_id, app.demo_hearing_id().await);
    let by_reason: HashMap<String, usize> = app::entities::theme_outbox::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .fold(HashMap::new(), |mut m, r| {
            *m.entry(r.reason.as_str().to_owned()).or_default() += 1;
            m
        });
    assert_eq!(by_reason.keys().collect::<Vec<_>>(), vec!["indexed"]);
});
