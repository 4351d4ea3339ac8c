//! Officials mark a response's files as part of the case file, through the JSON API and the
//! response page's form (a plain form post, so it works without JavaScript); only those who
//! may moderate the hearing, and each change is in the audit log.

use app::auth::Role;
use reqwest::Method;

use super::*;
use crate::db_test;
use crate::helpers::{call, form};

/// A confirmed response with one file; the response's and the file's ids.
async fn response_with_file(app: &TestApp) -> (i32, i32) {
    app.open_demo_hearing().await;
    let files = vec![("bilag.txt", b"Et bilag til sagen.".to_vec())];
    let body = resident("Sara Sag", "sara@example.dk", "Se mit bilag.", false);
    let id = submit(app, &body, files).await;
    confirm_mail(app, 1).await;
    let file = app
        .count(&format!("attachment WHERE response_id = {id}"))
        .await;
    assert_eq!(file, 1);
    use sea_orm::EntityTrait;
    let row = app::entities::attachment::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    (id, row.id)
}

async fn marked(app: &TestApp) -> i64 {
    app.count("attachment WHERE case_file = true").await
}

db_test!(
    only_those_who_moderate_the_hearing_mark_case_files_over_the_api,
    |app| {
        let (_, file) = response_with_file(&app).await;
        let path = format!("/api/v1/admin/attachments/{file}/case-file");
        let yes = || Some(json!({"case_file": true}));
        assert_eq!(
            call(&app, Method::PUT, &path, None, yes()).await.status(),
            401
        );
        let reader = app.sign_in("reader@kk.dk", Role::Reader, None).await;
        assert_eq!(
            call(&app, Method::PUT, &path, Some(&reader), yes())
                .await
                .status(),
            403
        );
        let other = app.other_hearing().await;
        let elsewhere = app
            .sign_in("other@kk.dk", Role::Official, Some(other))
            .await;
        assert_eq!(
            call(&app, Method::PUT, &path, Some(&elsewhere), yes())
                .await
                .status(),
            403
        );
        assert_eq!(marked(&app).await, 0);
        assert!(audit(&app, "attachment.case_file").await.is_empty());

        let demo = app.demo_hearing_id().await;
        let moderator = app.sign_in("mod@kk.dk", Role::Moderator, Some(demo)).await;
        let done = call(&app, Method::PUT, &path, Some(&moderator), yes()).await;
        assert_eq!(done.status(), 200);
        let answer: Value = done.json().await.unwrap();
        assert_eq!(
            (answer["id"].as_i64(), answer["case_file"].as_bool()),
            (Some(file.into()), Some(true))
        );
        assert_eq!(marked(&app).await, 1);
        assert_eq!(
            call(&app, Method::PUT, &path, Some(&moderator), yes())
                .await
                .status(),
            200
        );
        let entries = audit(&app, "attachment.case_file").await;
        assert_eq!(entries.len(), 1, "marking it again changes nothing");
        assert!(
            entries[0].2.contains("\"case_file\":true"),
            "{:?}",
            entries[0]
        );

        let missing = "/api/v1/admin/attachments/999999/case-file";
        assert_eq!(
            call(&app, Method::PUT, missing, Some(&moderator), yes())
                .await
                .status(),
            404
        );
        let bad = Some(json!({"case_file": "ja"}));
        assert_eq!(
            call(&app, Method::PUT, &path, Some(&moderator), bad)
                .await
                .status(),
            422
        );
        let doc = app.get_json("/api/v1/openapi.json").await;
        assert!(doc["paths"]["/api/v1/admin/attachments/{id}/case-file"]["put"].is_object());
    }
);

db_test!(
    the_response_page_marks_a_case_file_with_a_plain_form,
    |app| {
        let (id, file) = response_with_file(&app).await;
        let page = format!("/admin/responses/{id}");
        let cookie = app.sign_in("sb@kk.dk", Role::Official, None).await;
        let html = call(&app, Method::GET, &page, Some(&cookie), None)
            .await
            .text()
            .await
            .unwrap();
        assert!(html.contains("Ikke en del af sagen"), "{html}");
        assert!(html.contains("Gør filen til en del af sagen"), "{html}");
        let file = file.to_string();
        let fields = [
            ("intent", "case_file"),
            ("attachment_id", file.as_str()),
            ("case_file", "1"),
        ];

        let anonymous = form(&app, &page, None, &fields).await;
        assert_eq!(anonymous.status(), 303, "to sign-in");
        assert_eq!(marked(&app).await, 0);
        let done = form(&app, &page, Some(&cookie), &fields).await;
        assert_eq!(done.status(), 303);
        assert_eq!(marked(&app).await, 1);
        let html = call(&app, Method::GET, &page, Some(&cookie), None)
            .await
            .text()
            .await
            .unwrap();
        assert!(html.contains("Del af sagen: filen bevares"), "{html}");
        assert!(html.contains("Tag filen ud af sagen"));

        let reader = app.sign_in("reader@kk.dk", Role::Reader, None).await;
        let html = call(&app, Method::GET, &page, Some(&reader), None)
            .await
            .text()
            .await
            .unwrap();
        assert!(html.contains("Del af sagen") && !html.contains("Tag filen ud af sagen"));
        let unmark = [
            ("intent", "case_file"),
            ("attachment_id", file.as_str()),
            ("case_file", "0"),
        ];
        assert_eq!(
            form(&app, &page, Some(&reader), &unmark).await.status(),
            403
        );
        assert_eq!(
            form(&app, &page, Some(&cookie), &unmark).await.status(),
            303
        );
        assert_eq!(marked(&app).await, 0);
        assert_eq!(audit(&app, "attachment.case_file").await.len(), 2);
    }
);
