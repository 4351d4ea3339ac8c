//! The public pages read maintained figures, not the responses (issue 19): the response
//! tally kept by triggers, the public themes stored at the hearing's public stamp, the list
//! read by key; and the site's files cached and every answer compressed.

mod days;
mod keyset;
mod page_cache;
mod static_files;

use app::auth::Role;
use app::entities::{public_stamp, response};
use app::response::tally;
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set};
use serde_json::json;

use crate::db_test;
use crate::inbox::{letter, moderate, resident};

/// The first paragraph of the demo draft's second section: its id and anchor.
async fn a_paragraph(app: &crate::helpers::TestApp) -> (i32, String) {
    use app::entities::paragraph;
    use sea_orm::{ColumnTrait, QueryFilter};
    let hearing = app.hearing_json().await;
    let anchor = hearing["draft"]["sections"][1]["paragraphs"][0]["anchor"]
        .as_str()
        .unwrap()
        .to_owned();
    let row = paragraph::Entity::find()
        .filter(paragraph::Column::Anchor.eq(anchor.clone()))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    (row.id, anchor)
}

db_test!(
    the_response_tally_follows_every_change_as_a_recount_finds_it,
    |app| {
        let cookie = app.sign_in("sb@kk.dk", Role::Moderator, None).await;
        let mut ids = Vec::new();
        for n in 0..6 {
            ids.push(letter(&app, resident(&format!("Svar nummer {n}.")), "letter").await);
        }
        let (paragraph_id, anchor) = a_paragraph(&app).await;
        let mut moved = response::Entity::find_by_id(ids[0].0 as i32)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .into_active_model();
        moved.paragraph_id = Set(Some(paragraph_id));
        moved.update(&app.db).await.unwrap();
        let hold = json!({"action": "hold", "reason": "Vi ser på det."});
        assert_eq!(moderate(&app, &cookie, ids[1].0, hold).await.status(), 200);
        let reject = json!({"action": "reject", "reason": "Uden for emnet."});
        assert_eq!(
            moderate(&app, &cookie, ids[2].0, reject).await.status(),
            200
        );
        let duplicate = json!({"action": "duplicate", "duplicate_of": ids[3].1});
        assert_eq!(
            moderate(&app, &cookie, ids[4].0, duplicate).await.status(),
            200
        );
        response::Entity::delete_by_id(ids[5].0 as i32)
            .exec(&app.db)
            .await
            .unwrap();

        let counts = &app.hearing_json().await["responses"];
        assert_eq!(
            (&counts["verified"], &counts["published"]),
            (&json!(3), &json!(2)),
            "published 0 and 3 (4 shows as 3), held 1: {counts}"
        );
        assert_eq!(counts["by_paragraph"], json!({ anchor: 1 }));
        let kept = tally::snapshot(&app.db).await.unwrap();
        assert!(!kept.is_empty());
        tally::rebuild(&app.db).await.unwrap();
        assert_eq!(kept, tally::snapshot(&app.db).await.unwrap());
    }
);

db_test!(
    the_public_themes_are_read_from_their_stamp_until_a_change_moves_it,
    |app| {
        let (id, _) = letter(&app, resident("Flere cykelstier."), "letter").await;
        let first = app.public_themes().await;
        assert_eq!(first["themes"], json!([]), "{first}");
        let hearing = app.demo_hearing_id().await;
        let stored = public_stamp::Entity::find_by_id(hearing)
            .one(&app.db)
            .await
            .unwrap()
            .expect("stored at the first read");
        assert_eq!(stored.themes_stamp, Some(stored.stamp));
        // What is stored is what is read: a planted theme shows while the stamp stands.
        let planted = json!({"themes": [{"id": 999, "label": "Plantet tema", "terms": [],
            "size": 1, "responses": 1, "by_kind": {}, "by_section": {}, "quotes": [],
            "sentences": [], "pinned": false, "named": true}], "campaigns": []});
        let mut row = stored.clone().into_active_model();
        row.themes_json = Set(Some(planted.to_string()));
        row.update(&app.db).await.unwrap();
        let (_, html) = app.hearing_page("").await;
        assert!(html.contains("Plantet tema"), "read from the stamp");
        assert_eq!(app.public_themes().await["themes"][0]["id"], 999);

        let cookie = app.sign_in("sb@kk.dk", Role::Moderator, None).await;
        let hold = json!({"action": "hold", "reason": "Vi ser på det."});
        assert_eq!(moderate(&app, &cookie, id, hold).await.status(), 200);
        let after = app.public_themes().await;
        assert_eq!(
            after["themes"],
            json!([]),
            "the change moved the stamp: {after}"
        );
        let moved = public_stamp::Entity::find_by_id(hearing)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert!(moved.stamp > stored.stamp);
        assert_eq!(moved.themes_stamp, Some(moved.stamp));
    }
);
