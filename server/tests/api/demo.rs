use server::demo::{self, Dates, Outcome};

use crate::db_test;

db_test!(loading_the_demo_twice_changes_nothing, |app| {
    let tables = [
        "hearing",
        "milestone",
        "annex",
        "draft_version",
        "section",
        "paragraph",
    ];
    let mut before = Vec::new();
    for table in tables {
        before.push(app.count(table).await);
    }
    assert_eq!(
        demo::load(&app.db, Dates::OpenOn(demo::today()))
            .await
            .unwrap(),
        Outcome::AlreadyLoaded
    );
    for (table, count) in tables.iter().zip(before) {
        assert_eq!(app.count(table).await, count, "{table}");
    }
    assert_eq!(app.count("milestone").await, 6);
    assert_eq!(app.count("annex").await, 4);
});
