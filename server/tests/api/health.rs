use crate::db_test;

db_test!(healthz_answers_while_the_process_runs, |app| {
    let body = app.get_json("/healthz").await;
    assert_eq!(body["status"], "ok");
});

db_test!(readyz_answers_ready_when_the_database_answers, |app| {
    let body = app.get_json("/readyz").await;
    assert_eq!(body["status"], "ready");
    assert_eq!(body["database"], "ok");
});

db_test!(
    readyz_answers_unavailable_when_the_database_is_gone,
    |app| {
        app.db.clone().close().await.expect("close the pool");
        let response = app.get("/readyz").await;
        assert_eq!(response.status(), 503);
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["database"], "unreachable");
    }
);

db_test!(sqlite_runs_in_wal_mode_with_foreign_keys, |app| {
    use sea_orm::{ConnectionTrait, Statement};
    if app.backend() != crate::helpers::Backend::Sqlite {
        return;
    }
    let backend = app.db.get_database_backend();
    let mode = app
        .db
        .query_one_raw(Statement::from_string(backend, "PRAGMA journal_mode"))
        .await
        .unwrap()
        .unwrap()
        .try_get_by_index::<String>(0)
        .unwrap();
    assert_eq!(mode, "wal");
    let fk = app
        .db
        .query_one_raw(Statement::from_string(backend, "PRAGMA foreign_keys"))
        .await
        .unwrap()
        .unwrap()
        .try_get_by_index::<i32>(0)
        .unwrap();
    assert_eq!(fk, 1);
});
