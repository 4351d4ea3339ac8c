//! Records as files: the audit log as CSV and JSON with filters, every attachment of a
//! hearing as a ZIP named by svarnummer, and the role matrix of every route of this slice.

use std::io::{Cursor, Read};

use app::auth::Role;
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::{DEMO, TestApp, paths};

async fn audit_rows(app: &TestApp) {
    let hearing = app.demo_hearing_id().await;
    let rows = [
        (
            "2010-11-23T22:30:00+00:00",
            Some(hearing),
            "moderation.hold",
        ),
        (
            "2010-11-24T10:00:00+00:00",
            Some(hearing),
            "moderation.publish",
        ),
        ("2010-11-25T09:00:00+00:00", None, "account.create"),
    ];
    for (at, hearing, action) in rows {
        let hearing = hearing.map_or("NULL".to_owned(), |h| h.to_string());
        let sql = format!(
            "INSERT INTO audit_log (at, actor_id, action, entity, entity_id, hearing_id, reason, before_json, after_json) \
             VALUES ('{at}', 1, '{action}', 'response', 7, {hearing}, 'Ændret, med \"citat\"', '{{\"status\":\"verified\"}}', '{{\"status\":\"held\"}}')"
        );
        app.db.execute_unprepared(&sql).await.unwrap();
    }
}

async fn csv_rows(app: &TestApp, cookie: &str, query: &str) -> Vec<csv::StringRecord> {
    let response = app
        .get_with_cookie(&format!("/api/v1/admin/audit.csv{query}"), cookie)
        .await;
    assert_eq!(response.status(), 200, "{query}");
    assert_eq!(
        response.headers()["content-type"],
        "text/csv; charset=utf-8"
    );
    let bytes = response.bytes().await.unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBFid,at,actor_id,actor_name,action"));
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    csv::Reader::from_reader(text.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect()
}

db_test!(the_audit_log_exports_as_csv_and_json_with_filters, |app| {
    let admin = app.sign_in("admin@kk.dk", Role::Admin, None).await;
    audit_rows(&app).await;
    let all = csv_rows(&app, &admin, "").await;
    assert_eq!(all.len() as i64, app.count("audit_log").await);
    assert_eq!(&all[0][3], "admin@kk.dk", "the actor's name");
    assert_eq!(&all[0][4], "moderation.hold");
    assert_eq!(&all[0][8], DEMO);
    assert_eq!(&all[0][9], "Ændret, med \"citat\"");
    assert_eq!(&all[0][11], r#"{"status":"held"}"#);
    let hearing = csv_rows(&app, &admin, &format!("?hearing={DEMO}")).await;
    assert_eq!(hearing.len(), 2);
    // 2010-11-23T22:30Z is 23:30 on 23 November in Copenhagen.
    let day = csv_rows(&app, &admin, "?from=2010-11-24&to=2010-11-24&hearing=").await;
    assert_eq!(
        day.iter().map(|r| r[4].to_owned()).collect::<Vec<_>>(),
        ["moderation.publish"]
    );
    let json = app
        .get_with_cookie("/api/v1/admin/audit.json?to=2010-11-24", &admin)
        .await;
    assert_eq!(json.status(), 200);
    let entries: Vec<Value> = json.json().await.unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[1]["action"], "moderation.publish");
    assert_eq!(entries[1]["before"]["status"], "verified");
    assert_eq!(entries[1]["hearing"], DEMO);
    let bad = app
        .get_with_cookie("/api/v1/admin/audit.csv?from=24-11-2010", &admin)
        .await;
    assert_eq!(bad.status(), 422);
    assert_eq!(
        bad.json::<Value>().await.unwrap()["errors"]["from"],
        "Skriv datoen som ÅÅÅÅ-MM-DD, fx 2010-11-24."
    );
    let reversed = app
        .get_with_cookie(
            "/api/v1/admin/audit.csv?from=2010-11-25&to=2010-11-24",
            &admin,
        )
        .await;
    assert_eq!(reversed.status(), 422, "to before from");
    assert_eq!(
        reversed.json::<Value>().await.unwrap()["errors"]["to"],
        "Slutdatoen ligger før startdatoen."
    );
    let unknown = app
        .get_with_cookie("/api/v1/admin/audit.json?hearing=ukendt", &admin)
        .await;
    assert_eq!(unknown.status(), 422);
    let page = app.html_with_cookie("/admin/audit", &admin).await;
    assert!(
        page.contains(r#"action="/api/v1/admin/audit.csv""#)
            && page.contains("Hent revisionsloggen")
    );
    let spec = app.get_json("/api/v1/openapi.json").await;
    for path in [
        "/api/v1/admin/audit.csv",
        "/api/v1/admin/audit.json",
        "/api/v1/admin/hearings/{slug}/attachments.zip",
        "/api/v1/admin/users",
        "/api/v1/admin/users/{id}/roles/{role_id}",
        "/api/v1/admin/users/{id}/disable",
        "/api/v1/auth/password-reset",
        "/api/v1/auth/password-reset/{token}",
    ] {
        assert!(
            spec["paths"][path].is_object(),
            "{path} in the OpenAPI document"
        );
    }
});

/// Sends a response with files as multipart; returns its svarnummer.
async fn with_files(app: &TestApp, name: &str, files: &[(&str, &[u8])]) -> String {
    let body =
        json!({"kind": "resident", "name": name, "email": "x@example.dk", "text": "Se bilag."});
    let mut form = reqwest::multipart::Form::new().text("response", body.to_string());
    for (file, bytes) in files {
        let part = reqwest::multipart::Part::bytes(bytes.to_vec()).file_name(file.to_string());
        form = form.part("files", part);
    }
    let response = app
        .post_to_responses()
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 202);
    response.json::<Value>().await.unwrap()["svarnummer"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Sets a response's status directly, as moderation would.
async fn set_status(app: &TestApp, svarnummer: &str, status: &str) {
    let sql = format!("UPDATE response SET status = '{status}' WHERE svarnummer = '{svarnummer}'");
    app.db.execute_unprepared(&sql).await.unwrap();
}

db_test!(the_attachments_zip_names_every_file_by_svarnummer, |app| {
    app.open_demo_hearing().await;
    let first = with_files(
        &app,
        "Ida",
        &[
            ("brev.txt", b"Forste brev."),
            ("brev.txt", b"Andet brev med samme navn."),
        ],
    )
    .await;
    with_files(&app, "Uden", &[]).await;
    let third = with_files(
        &app,
        "Amina",
        &[("../notat.txt", "Æbler og pærer.".as_bytes())],
    )
    .await;
    let unconfirmed = with_files(&app, "Ukendt", &[("upload.txt", b"Ingen bekraeftede.")]).await;
    set_status(&app, &first, "verified").await;
    set_status(&app, &third, "withdrawn").await;
    // Upload cleans names already; a hostile name put straight in the database must still
    // stay inside its svarnummer folder.
    let hostile = format!(
        "UPDATE attachment SET filename = '../..\\..\\etc/notat.txt' \
         WHERE response_id = (SELECT id FROM response WHERE svarnummer = '{third}')"
    );
    app.db.execute_unprepared(&hostile).await.unwrap();
    let reader = app.sign_in("udvalg@kk.dk", Role::Reader, None).await;
    let path = paths::admin_api(DEMO, "attachments.zip");
    let response = app.get_with_cookie(&path, &reader).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.headers()["content-type"], "application/zip");
    assert_eq!(
        response.headers()["content-disposition"],
        "attachment; filename=\"2010-64452-bilag.zip\""
    );
    let bytes = response.bytes().await.unwrap();
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes.to_vec())).unwrap();
    let mut found = Vec::new();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let mut content = String::new();
        entry.read_to_string(&mut content).unwrap();
        found.push((entry.name().unwrap().into_owned(), content));
    }
    let expected = [
        (format!("{first}/brev.txt"), "Forste brev.".to_owned()),
        (
            format!("{first}/brev (2).txt"),
            "Andet brev med samme navn.".to_owned(),
        ),
        (format!("{third}/notat.txt"), "Æbler og pærer.".to_owned()),
    ];
    assert_eq!(
        found, expected,
        "withdrawn responses' files stay, unconfirmed ({unconfirmed}) ones are left out"
    );
});
