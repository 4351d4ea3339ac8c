//! The inbox at scale: a page of 50 with every count in a bounded number of statements, the
//! same for the first page and a deep one; the counts and the pages equal what plain SQL says.

use app::auth::{Principal, Role};
use app::response::admin::{AdminResponses, Filters};
use app::search::Search;
use app::search::index::SearchIndex;

use super::{Loaded, bound, loaded};
use crate::helpers::Backend;

/// The most statements an inbox page with its counts may issue.
const MOST_STATEMENTS: usize = 16;

async fn page(at: &Loaded, filters: &Filters) -> (AdminResponses, usize) {
    let search = Search::new(SearchIndex::in_ram().unwrap());
    let who = Principal {
        account_id: 1,
        email: "admin@ordet.test".into(),
        name: "Admin".into(),
        roles: vec![(Role::Admin, None)],
    };
    at.watch();
    let (_, page) = app::response::admin_api::filtered(
        (&at.db, &search),
        &who,
        &at.hearing.slug,
        filters,
        app::i18n::Locale::Da,
    )
    .await
    .expect("inbox page");
    let seen = at.seen();
    let widest = seen.iter().map(bound).max().unwrap_or(0);
    assert!(widest <= 120, "a statement binds {widest} values");
    (page, seen.len())
}

/// The svarnumre of `WHERE {condition} ORDER BY seq` from `offset`, 50 of them.
async fn direct_page(at: &Loaded, condition: &str, order: &str, offset: u64) -> Vec<String> {
    let sql = format!(
        "SELECT svarnummer FROM response r WHERE r.hearing_id = {} AND {condition} \
         ORDER BY r.seq {order} LIMIT 50 OFFSET {offset}",
        at.hearing.hearing_id
    );
    at.rows(&sql)
        .await
        .iter()
        .map(|row| row.try_get_by_index::<String>(0).unwrap())
        .collect()
}

async fn direct_total(at: &Loaded, condition: &str) -> usize {
    let sql = format!(
        "SELECT COUNT(*) FROM response r WHERE r.hearing_id = {} AND {condition}",
        at.hearing.hearing_id
    );
    let n: i64 = at.rows(&sql).await[0].try_get_by_index(0).unwrap();
    n as usize
}

fn numbers(page: &AdminResponses) -> Vec<String> {
    page.items.iter().map(|i| i.svarnummer.clone()).collect()
}

async fn pages_and_counts_agree_with_plain_sql(backend: Backend) {
    let at = loaded(backend, 700).await;
    let h = at.hearing.hearing_id;
    let (first, statements) = page(&at, &Filters::default()).await;
    assert!(statements <= MOST_STATEMENTS, "{statements} statements");
    assert_eq!(first.total, direct_total(&at, "1 = 1").await);
    assert_eq!(numbers(&first), direct_page(&at, "1 = 1", "ASC", 0).await);
    let deep = Filters {
        page: Some(13),
        ..Default::default()
    };
    let (last, deep_statements) = page(&at, &deep).await;
    assert!(
        deep_statements <= MOST_STATEMENTS,
        "a deep page costs what the first costs: {deep_statements} statements"
    );
    assert_eq!((last.page, last.items.len()), (13, 50));
    assert_eq!(
        numbers(&last),
        direct_page(&at, "1 = 1", "ASC", (last.page - 1) * 50).await
    );
    let newest = Filters {
        sort: Some("newest".into()),
        page: Some(3),
        status: Some("held".into()),
        ..Default::default()
    };
    let (held, _) = page(&at, &newest).await;
    let condition = "r.status = 'held'";
    assert_eq!(held.total, direct_total(&at, condition).await);
    assert!(held.page < 3, "a page past the last is the last");
    let offset = (held.page - 1) * 50;
    assert_eq!(
        numbers(&held),
        direct_page(&at, condition, "DESC", offset).await
    );
    let tagged = Filters {
        tag: Some("presse".into()),
        has_attachments: Some(false),
        ..Default::default()
    };
    let (tagged, _) = page(&at, &tagged).await;
    let condition = "r.id IN (SELECT response_id FROM response_tag WHERE tag = 'presse') \
         AND r.id NOT IN (SELECT response_id FROM attachment WHERE response_id IS NOT NULL)";
    assert_eq!(tagged.total, direct_total(&at, condition).await);
    assert_eq!(
        numbers(&tagged),
        direct_page(&at, condition, "ASC", 0).await
    );
    let by_section = Filters {
        section: Some(at.hearing.section.clone()),
        ..Default::default()
    };
    let (sectioned, _) = page(&at, &by_section).await;
    let condition = format!(
        "r.section_id IN (SELECT id FROM section WHERE anchor = '{}')",
        at.hearing.section
    );
    assert!(sectioned.total > 0);
    assert_eq!(sectioned.total, direct_total(&at, &condition).await);
    assert_eq!(
        numbers(&sectioned),
        direct_page(&at, &condition, "ASC", 0).await
    );

    let counts = &first.counts;
    let of = |column: &str| {
        format!("SELECT {column}, COUNT(*) FROM response WHERE hearing_id = {h} GROUP BY {column}")
    };
    for column in ["status", "channel", "language"] {
        assert_eq!(counts[column], at.grouped(&of(column)).await, "{column}");
    }
    let kind = format!(
        "SELECT p.kind, COUNT(*) FROM response r JOIN respondent p ON p.id = r.respondent_id \
         WHERE r.hearing_id = {h} GROUP BY p.kind"
    );
    assert_eq!(counts["kind"], at.grouped(&kind).await);
    let section = format!(
        "SELECT s.anchor, COUNT(*) FROM response r JOIN section s ON s.id = r.section_id \
         WHERE r.hearing_id = {h} GROUP BY s.anchor"
    );
    assert_eq!(counts["section"], at.grouped(&section).await);
    let tag = format!(
        "SELECT t.tag, COUNT(*) FROM response_tag t JOIN response r ON r.id = t.response_id \
         WHERE r.hearing_id = {h} GROUP BY t.tag"
    );
    assert_eq!(counts["tag"], at.grouped(&tag).await);
    let total = first.total;
    for (flag, condition) in [
        (
            "has_attachments",
            "r.id IN (SELECT response_id FROM attachment WHERE response_id IS NOT NULL)",
        ),
        ("personal_data", "r.held_reason = 'personal_data'"),
        ("duplicate", "r.duplicate_of_id IS NOT NULL"),
    ] {
        let yes = direct_total(&at, condition).await as u64;
        assert!(yes > 0, "{flag}: the hearing has some");
        let want = [
            ("false".to_owned(), total as u64 - yes),
            ("true".to_owned(), yes),
        ];
        assert_eq!(counts[flag], want.into_iter().collect(), "{flag}");
    }
}

mod pages_and_counts_agree_with_plain_sql {
    #[tokio::test]
    async fn on_sqlite() {
        super::pages_and_counts_agree_with_plain_sql(crate::helpers::Backend::Sqlite).await;
    }

    #[tokio::test]
    async fn on_postgres() {
        super::pages_and_counts_agree_with_plain_sql(crate::helpers::Backend::Postgres).await;
    }
}
