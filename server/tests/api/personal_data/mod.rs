//! The personal-data guard end to end: every spelling of a CPR number in a response and a
//! CPR number in a file's name hold the response back; a file is not public until its text
//! was checked or an official released it (an audited action); officials can always
//! download it.

use app::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::db_test;
use crate::fixtures;
use crate::helpers::{DEMO, TestApp, call, paths};

mod release;

/// Files to send: (name, content).
type Files = Vec<(&'static str, Vec<u8>)>;

fn resident(email: &str, text: &str) -> Value {
    json!({"kind": "resident", "name": "Ida Holm", "email": email, "text": text, "publish_name": false})
}

/// Sends a response with `files`, waits for their text, confirms it through mail number
/// `mail` (its receipt is mail `mail + 1`) and returns its id.
async fn confirmed(app: &TestApp, body: &Value, files: Files, mail: usize) -> i64 {
    let mut multipart = reqwest::multipart::Form::new().text("response", body.to_string());
    for (name, bytes) in files {
        let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned());
        multipart = multipart.part("files", part);
    }
    let sent = app
        .post_to_responses()
        .header(reqwest::header::ACCEPT_LANGUAGE, "da")
        .multipart(multipart)
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status(), 202);
    let id = sent.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    app.extract_files().await;
    let eml = app.eml(mail).await;
    let start = eml.find("/verify/").expect("a verification link") + "/verify/".len();
    let token: String = eml[start..]
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect();
    assert_eq!(app.confirm(&token).await.status(), 200);
    app.eml(mail + 1).await;
    id
}

async fn status_of(app: &TestApp, id: i64) -> (String, Option<String>) {
    use sea_orm::EntityTrait;
    let row = app::entities::response::Entity::find_by_id(i32::try_from(id).unwrap())
        .one(&app.db)
        .await
        .unwrap()
        .expect("the response");
    (row.status.to_string(), row.held_reason)
}

async fn file_id(app: &TestApp, name: &str) -> i32 {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    app::entities::attachment::Entity::find()
        .filter(app::entities::attachment::Column::Filename.eq(name))
        .one(&app.db)
        .await
        .unwrap()
        .expect("the file")
        .id
}

/// The public download: its status and body.
async fn public_download(app: &TestApp, id: i32) -> (u16, String) {
    let answer = app
        .client
        .get(format!("{}/attachments/{id}/fil", app.address))
        .header(reqwest::header::ACCEPT_LANGUAGE, "da")
        .send()
        .await
        .unwrap();
    (answer.status().as_u16(), answer.text().await.unwrap())
}

async fn official_download(app: &TestApp, cookie: &str, id: i32) -> u16 {
    let path = format!("/api/v1/admin/attachments/{id}/fil");
    call(app, Method::GET, &path, Some(cookie), None)
        .await
        .status()
        .as_u16()
}

async fn public_names(app: &TestApp) -> Vec<String> {
    let list = app.public_responses("").await;
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|item| item["attachments"].as_array().unwrap().clone())
        .map(|file| file["name"].as_str().unwrap().to_owned())
        .collect()
}

db_test!(
    every_spelling_of_a_cpr_number_holds_a_response_back,
    |app| {
        app.open_demo_hearing().await;
        let spellings = [
            "010190–1234",
            "010190—1234",
            "010190−1234",
            "010190\u{00A0}1234",
            "010190\u{202F}1234",
            "01.01.90-1234",
            "010190 - 1234",
            "01/01/90 1234",
        ];
        for (i, cpr) in spellings.iter().enumerate() {
            let body = resident(
                &format!("borger{i}@example.dk"),
                &format!("Mit CPR er {cpr}."),
            );
            let id = confirmed(&app, &body, Vec::new(), 2 * i + 1).await;
            let (status, reason) = status_of(&app, id).await;
            assert_eq!(
                (status.as_str(), reason.as_deref()),
                ("held", Some("personal_data")),
                "{cpr:?}"
            );
        }
        let ordinary = "Ring på +45 33 66 33 66 eller 12345678 om j.nr. 2010-0123456, \
        mødet 01.01.2024 og de 1.250.000 kr.";
        let body = resident("ordinaer@example.dk", ordinary);
        let id = confirmed(&app, &body, Vec::new(), 2 * spellings.len() + 1).await;
        assert_eq!(status_of(&app, id).await, ("published".to_owned(), None));
        assert_eq!(app.public_responses("").await["total"], 1);
    }
);

db_test!(
    a_cpr_number_in_a_file_name_holds_the_response_and_keeps_the_file_private,
    |app| {
        app.open_demo_hearing().await;
        let cookie = app
            .sign_in("sagsbehandler@kk.dk", Role::Official, None)
            .await;
        let name = "cpr 010190-1234.pdf";
        let files = vec![(name, fixtures::pdf("Et helt almindeligt brev"))];
        let body = resident("ida@example.dk", "Se vedhæftede brev.");
        let id = confirmed(&app, &body, files, 1).await;
        assert_eq!(
            status_of(&app, id).await,
            ("held".to_owned(), Some("personal_data".to_owned()))
        );
        let file = file_id(&app, name).await;
        assert_eq!(public_download(&app, file).await.0, 404);
        assert_eq!(official_download(&app, &cookie, file).await, 200);

        // The official publishes the text; the file stays private until released too.
        let decide = format!("/api/v1/admin/responses/{id}/moderation");
        let publish = Some(json!({"action": "publish"}));
        let published = call(&app, Method::POST, &decide, Some(&cookie), publish).await;
        assert_eq!(published.status(), 200);
        let (status, message) = public_download(&app, file).await;
        assert_eq!(status, 403);
        assert!(message.contains("ikke offentlig endnu"), "{message}");
        assert!(public_names(&app).await.is_empty(), "nor is its name shown");
        let export = app.get(&paths::hearing_api(DEMO, "export.csv")).await;
        assert_eq!(export.status(), 200);
        let open_data = export.text().await.unwrap();
        assert!(open_data.contains("Se vedhæftede brev."), "{open_data}");
        assert!(
            !open_data.contains("010190"),
            "nor in open data: {open_data}"
        );

        let release = format!("/api/v1/admin/responses/{id}/attachments/{file}/release");
        let released = call(&app, Method::POST, &release, Some(&cookie), None).await;
        assert_eq!(released.status(), 200);
        assert_eq!(
            released.json::<Value>().await.unwrap()["disclosure"],
            "released"
        );
        assert_eq!(public_download(&app, file).await.0, 200);
        assert_eq!(public_names(&app).await, [name]);
    }
);
