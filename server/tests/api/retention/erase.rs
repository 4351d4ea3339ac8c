//! The erase primitive with nothing kept (a respondent's request, an unconfirmed submission):
//! the response goes with everything that points at it, and what pointed at it from other
//! rows lets go.

use app::entities::{
    campaign, campaign_member, consulted_party, hvidbog_remark, response, response_note,
    response_tag, theme, theme_member,
};
use app::retention::{Keep, blobs, erase_responses};
use chrono::Utc;
use sea_orm::{ActiveModelTrait, EntityTrait, Set, TransactionTrait};

use super::*;
use crate::db_test;

const FILE: &[u8] = b"Et bilag, der skal slettes med svaret.";

/// Officials' rows on `first` and `second`: a note and a tag, a hvidbog remark, a theme with
/// quotes of both, a campaign `first` represents, a party linked to it, and `second` marked
/// as its duplicate.
async fn officials_rows(app: &TestApp, (first, second): (i32, i32), official: i32) {
    let now = Utc::now();
    let hearing_id = app.demo_hearing_id().await;
    let db = &app.db;
    response_note::ActiveModel {
        response_id: Set(first),
        account_id: Set(official),
        body: Set("Ring til hende.".into()),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    response_tag::ActiveModel {
        response_id: Set(first),
        tag: Set("bolig".into()),
        account_id: Set(official),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    hvidbog_remark::ActiveModel {
        hearing_id: Set(hearing_id),
        target: Set("response".parse().unwrap()),
        target_id: Set(first),
        remark: Set("Tages til efterretning.".into()),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    let quotes = json!([
        {"response_id": first, "sentence": "Første svars sætning."},
        {"response_id": second, "sentence": "Andet svars sætning."}
    ]);
    let theme = theme::ActiveModel {
        hearing_id: Set(hearing_id),
        label: Set("bolig".into()),
        terms_json: Set("[]".into()),
        quotes_json: Set(quotes.to_string()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    for response_id in [first, second] {
        theme_member::ActiveModel {
            theme_id: Set(theme.id),
            response_id: Set(response_id),
            hearing_id: Set(hearing_id),
            manual: Set(false),
            assigned_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
    }
    let campaign = campaign::ActiveModel {
        hearing_id: Set(hearing_id),
        representative_id: Set(first),
        signers: Set(2),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    for response_id in [first, second] {
        campaign_member::ActiveModel {
            campaign_id: Set(campaign.id),
            response_id: Set(response_id),
            hearing_id: Set(hearing_id),
            similarity: Set(0.9),
            additions: Set(String::new()),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
    }
    consulted_party::ActiveModel {
        hearing_id: Set(hearing_id),
        name: Set("Boligforeningen".into()),
        name_key: Set("boligforeningen".into()),
        kind: Set("association".parse().unwrap()),
        email: Set("post@bolig.dk".into()),
        linked_response_id: Set(Some(first)),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .unwrap();
    let mut copy: response::ActiveModel = response::Entity::find_by_id(second)
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .into();
    copy.duplicate_of_id = Set(Some(first));
    copy.update(db).await.unwrap();
}

db_test!(erasing_a_response_entirely_takes_what_points_at_it, |app| {
    app.open_demo_hearing().await;
    let files = vec![("bilag.txt", FILE.to_vec())];
    let first = resident("Hanne Hansen", "hanne@example.dk", "Flere boliger.", false);
    let first = submit(&app, &first, files).await;
    confirm_mail(&app, 1).await;
    let second = resident("Ib Iversen", "ib@example.dk", "Flere boliger!", true);
    let second = submit(&app, &second, vec![]).await;
    confirm_mail(&app, 3).await;
    app.sign_in("sb@kk.dk", app::auth::Role::Official, None)
        .await;
    let official = app.id_of("sb@kk.dk").await;
    officials_rows(&app, (first, second), official).await;

    let txn = app.db.begin().await.unwrap();
    let erased = erase_responses(
        &txn,
        &[first, 999_999],
        Keep::Nothing,
        Some(official),
        Utc::now(),
    )
    .await
    .unwrap();
    txn.commit().await.unwrap();
    assert!(
        stored(&app, FILE),
        "the store is only told after the commit"
    );
    assert_eq!(blobs::collect(&app.db, &storage(&app)).await.unwrap(), 1);
    assert!(!stored(&app, FILE));

    assert_eq!(
        (erased.responses_deleted, erased.respondents_deleted),
        (1, 1)
    );
    assert_eq!(
        (erased.files, erased.notes, erased.tags, erased.remarks),
        (1, 1, 1, 1)
    );
    assert_eq!((erased.memberships, erased.quotes), (2, 1));
    assert_eq!(erased.tokens, 2, "its verification and private links");
    assert_eq!(erased.mails, 2, "its verification mail and receipt");
    let only = |table: &str| format!("{table} WHERE response_id = {first}");
    for table in [
        "response_note",
        "response_tag",
        "theme_member",
        "campaign_member",
        "attachment",
    ] {
        assert_eq!(app.count(&only(table)).await, 0, "{table}");
    }
    assert_eq!(app.count("hvidbog_remark").await, 0);
    assert_eq!(
        app.count("respondent WHERE email = 'hanne@example.dk'")
            .await,
        0
    );
    assert_eq!(
        app.count("consulted_party WHERE linked_response_id IS NULL")
            .await,
        1
    );
    let copy = response::Entity::find_by_id(second)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        copy.duplicate_of_id, None,
        "a duplicate of nothing is no duplicate"
    );
    let campaign = campaign::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((campaign.representative_id, campaign.signers), (second, 1));
    let theme = theme::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert!(
        !theme.quotes_json.contains("Første"),
        "{}",
        theme.quotes_json
    );
    assert!(theme.quotes_json.contains("Andet"));
    for id in [first, second] {
        let queued = format!("index_outbox WHERE entity_id = {id} AND operation = 'erased'");
        assert_eq!(app.count(&queued).await, 1, "{id} is indexed again");
    }
    let entries = audit(&app, "retention.delete").await;
    assert_eq!(entries.len(), 1, "one entry per response erased");
    let actor = format!("audit_log WHERE action = 'retention.delete' AND actor_id = {official}");
    assert_eq!(app.count(&actor).await, 1);
});
