//! The inbox counts the database keeps (`inbox_tally`, moved by triggers) equal the counts a
//! `GROUP BY` makes, after every way a count can move: responses written, their status,
//! personal data, duplicate, section and language changed, a sender's kind changed (in the
//! transaction that wrote the sender's responses, too), tags added, renamed, moved and
//! removed, files added several at once, moved and removed, responses deleted with their tags
//! and files (directly, by erasure keeping nothing or the record, and with their sender).

use app::entities::{attachment, respondent, response, response_tag};
use app::vocab::{Channel, ResponseStatus, Stance};
use chrono::Utc;
use sea_orm::{
    ActiveValue::Set, ConnectionTrait, DatabaseConnection, EntityTrait, Statement, TransactionTrait,
};

use super::{Loaded, loaded};
use crate::helpers::Backend;

async fn exec(db: &impl ConnectionTrait, sql: &str) {
    let backend = db.get_database_backend();
    db.execute_raw(Statement::from_string(backend, sql.to_owned()))
        .await
        .expect(sql);
}

async fn ids(at: &Loaded, sql: &str) -> Vec<i32> {
    let mut out = Vec::new();
    for row in at.rows(sql).await {
        out.push(row.try_get_by_index::<i32>(0).unwrap());
    }
    out
}

/// The kept counts equal the counted ones.
async fn agree(at: &Loaded, after: &str) {
    let h = at.hearing.hearing_id;
    let kept = app::response::inbox::counts(&at.db, h, None).await.unwrap();
    let counted = app::response::inbox::counted(&at.db, h, None)
        .await
        .unwrap();
    assert_eq!(kept, counted, "after {after}");
}

fn list(ids: &[i32]) -> String {
    let each: Vec<String> = ids.iter().map(i32::to_string).collect();
    each.join(", ")
}

fn person(kind: &str) -> respondent::ActiveModel {
    respondent::ActiveModel {
        kind: Set(kind.parse().unwrap()),
        name: Set("Tæller".into()),
        email: Set("taeller@ordet.test".into()),
        publish_name: Set(false),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
}

fn answer(hearing_id: i32, who: i32, seq: i32, section_id: Option<i32>) -> response::ActiveModel {
    let now = Utc::now();
    response::ActiveModel {
        hearing_id: Set(hearing_id),
        respondent_id: Set(who),
        seq: Set(seq),
        svarnummer: Set(format!("T-{seq:06}")),
        section_id: Set(section_id),
        stance: Set(Stance::None),
        body: Set("Et svar.".into()),
        language: Set(Some("da".into())),
        channel: Set(Channel::Web),
        status: Set(ResponseStatus::AwaitingVerification),
        locale: Set("da".into()),
        submitted_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
}

fn file(response_id: i32) -> attachment::ActiveModel {
    attachment::ActiveModel {
        response_id: Set(Some(response_id)),
        filename: Set("bilag.pdf".into()),
        content_type: Set("application/pdf".into()),
        size_bytes: Set(1_000),
        sha256: Set("1".repeat(64)),
        extraction_state: Set("extracted".parse().unwrap()),
        extraction_attempts: Set(1),
        created_at: Set(Utc::now()),
        case_file: Set(false),
        ..Default::default()
    }
}

fn tag(response_id: i32, tag: &str, account: i32) -> response_tag::ActiveModel {
    response_tag::ActiveModel {
        response_id: Set(response_id),
        tag: Set(tag.into()),
        account_id: Set(account),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
}

/// A sender with two new responses, a tag and two files, whose kind changes before commit.
async fn written(at: &Loaded, account: i32, section: i32) -> (i32, Vec<i32>) {
    let h = at.hearing.hearing_id;
    let txn = at.db.begin().await.unwrap();
    let who = respondent::Entity::insert(person("company"))
        .exec(&txn)
        .await
        .unwrap()
        .last_insert_id;
    let mut mine = Vec::new();
    for (seq, section) in [(900_001, Some(section)), (900_002, None)] {
        let row = answer(h, who, seq, section);
        mine.push(
            response::Entity::insert(row)
                .exec(&txn)
                .await
                .unwrap()
                .last_insert_id,
        );
    }
    response_tag::Entity::insert(tag(mine[0], "ny", account))
        .exec(&txn)
        .await
        .unwrap();
    attachment::Entity::insert_many([file(mine[1]), file(mine[1])])
        .exec(&txn)
        .await
        .unwrap();
    exec(
        &txn,
        &format!("UPDATE respondent SET kind = 'association' WHERE id = {who}"),
    )
    .await;
    txn.commit().await.unwrap();
    (who, mine)
}

async fn columns_change(db: &DatabaseConnection, r: &[i32], sections: &[i32]) {
    for sql in [
        format!(
            "UPDATE response SET status = 'published' WHERE id IN ({})",
            list(&r[0..5])
        ),
        format!(
            "UPDATE response SET status = 'held', held_reason = 'personal_data' WHERE id IN ({})",
            list(&r[5..8])
        ),
        format!(
            "UPDATE response SET status = 'rejected', held_reason = NULL WHERE id = {}",
            r[5]
        ),
        format!(
            "UPDATE response SET duplicate_of_id = {} WHERE id IN ({})",
            r[0],
            list(&r[8..10])
        ),
        format!(
            "UPDATE response SET duplicate_of_id = NULL WHERE id = {}",
            r[8]
        ),
        format!(
            "UPDATE response SET section_id = {} WHERE id IN ({})",
            sections[1],
            list(&r[10..13])
        ),
        format!("UPDATE response SET section_id = NULL WHERE id = {}", r[13]),
        format!("UPDATE response SET language = NULL WHERE id = {}", r[14]),
        format!(
            "UPDATE response SET language = 'en', channel = 'letter' WHERE id = {}",
            r[15]
        ),
        format!(
            "UPDATE respondent SET kind = 'public_body' WHERE id IN \
             (SELECT respondent_id FROM response WHERE id IN ({}))",
            list(&r[16..20])
        ),
    ] {
        exec(db, &sql).await;
    }
}

async fn tags_change(db: &DatabaseConnection, r: &[i32], account: i32) {
    let rows = [
        tag(r[20], "x", account),
        tag(r[20], "y", account),
        tag(r[21], "x", account),
    ];
    response_tag::Entity::insert_many(rows)
        .exec(db)
        .await
        .unwrap();
    for sql in [
        format!(
            "DELETE FROM response_tag WHERE response_id = {} AND tag = 'x'",
            r[20]
        ),
        format!(
            "UPDATE response_tag SET tag = 'omdøbt' WHERE response_id = {}",
            r[21]
        ),
        format!(
            "UPDATE response_tag SET response_id = {} WHERE response_id = {}",
            r[22], r[21]
        ),
    ] {
        exec(db, &sql).await;
    }
}

async fn files_change(at: &Loaded, r: &[i32]) {
    let rows = [file(r[23]), file(r[23]), file(r[24])];
    attachment::Entity::insert_many(rows)
        .exec(&at.db)
        .await
        .unwrap();
    agree(at, "files added").await;
    let first = ids(
        at,
        &format!(
            "SELECT MIN(id) FROM attachment WHERE response_id = {}",
            r[23]
        ),
    )
    .await;
    for sql in [
        format!("DELETE FROM attachment WHERE id = {}", first[0]),
        format!(
            "UPDATE attachment SET response_id = {} WHERE response_id = {}",
            r[25], r[24]
        ),
        format!(
            "UPDATE attachment SET response_id = NULL WHERE response_id = {}",
            r[23]
        ),
        "DELETE FROM attachment WHERE response_id IS NULL".to_owned(),
    ] {
        exec(&at.db, &sql).await;
    }
}

async fn deletes(at: &Loaded, r: &[i32], account: i32, who: i32, mine: &[i32]) {
    exec(
        &at.db,
        &format!("DELETE FROM response WHERE id = {}", mine[0]),
    )
    .await;
    agree(at, "a response deleted with its tag").await;
    let txn = at.db.begin().await.unwrap();
    response_tag::Entity::insert(tag(r[26], "slettes", account))
        .exec(&txn)
        .await
        .unwrap();
    attachment::Entity::insert(file(r[26]))
        .exec(&txn)
        .await
        .unwrap();
    app::retention::erase_responses(
        &txn,
        &r[26..28],
        app::retention::Keep::Nothing,
        None,
        Utc::now(),
    )
    .await
    .unwrap();
    txn.commit().await.unwrap();
    agree(
        at,
        "erasure keeping nothing, in the transaction that tagged",
    )
    .await;
    attachment::Entity::insert(file(r[28]))
        .exec(&at.db)
        .await
        .unwrap();
    app::retention::erase_responses(
        &at.db,
        &r[28..30],
        app::retention::Keep::Record,
        None,
        Utc::now(),
    )
    .await
    .unwrap();
    agree(at, "erasure keeping the record").await;
    exec(&at.db, &format!("DELETE FROM respondent WHERE id = {who}")).await;
}

async fn kept_counts_follow_every_change(backend: Backend) {
    let at = loaded(backend, 300).await;
    let h = at.hearing.hearing_id;
    agree(&at, "loading").await;
    let r = ids(
        &at,
        &format!(
            "SELECT id FROM response WHERE hearing_id = {h} AND duplicate_of_id IS NULL \
         AND id NOT IN (SELECT duplicate_of_id FROM response WHERE duplicate_of_id IS NOT NULL) \
         ORDER BY id LIMIT 40"
        ),
    )
    .await;
    let account = ids(&at, "SELECT MIN(id) FROM account").await[0];
    let sections = ids(&at, "SELECT id FROM section ORDER BY id LIMIT 2").await;
    let (who, mine) = written(&at, account, sections[0]).await;
    agree(
        &at,
        "writing responses, a tag and files, and the sender's kind",
    )
    .await;
    columns_change(&at.db, &r, &sections).await;
    agree(
        &at,
        "status, personal data, duplicate, section, language and kind",
    )
    .await;
    tags_change(&at.db, &r, account).await;
    agree(&at, "tags added, removed, renamed and moved").await;
    files_change(&at, &r).await;
    agree(&at, "files removed and moved").await;
    deletes(&at, &r, account, who, &mine).await;
    agree(&at, "a sender deleted with their responses").await;
    let kept = app::response::inbox::counts(&at.db, h, None).await.unwrap();
    assert!(kept["tag"].contains_key("omdøbt") && kept["has_attachments"]["true"] > 0);
}

mod kept_counts_follow_every_change {
    #[tokio::test]
    async fn on_sqlite() {
        super::kept_counts_follow_every_change(crate::helpers::Backend::Sqlite).await;
    }

    #[tokio::test]
    async fn on_postgres() {
        super::kept_counts_follow_every_change(crate::helpers::Backend::Postgres).await;
    }
}
