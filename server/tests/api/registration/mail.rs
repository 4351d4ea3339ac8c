//! `ordet ingest-mail`: a real multipart e-mail with a PDF, piped to the binary as a mail
//! server does, becomes one response with its file and a receipt; piped again it changes
//! nothing; a message that cannot be read is kept whole for the officials, who see it.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use app::auth::Role;
use reqwest::Method;

use super::{official, registration_entry, response_row};
use crate::db_test;
use crate::fixtures;
use crate::helpers::{DEMO, TestApp, call, paths};

/// The hearing's kept messages as officials list them.
async fn kept_messages(app: &TestApp, cookie: &str) -> serde_json::Value {
    let path = paths::admin_api(DEMO, "mail/quarantine");
    crate::helpers::call_json(app, Method::GET, &path, Some(cookie), None).await
}

/// Pipes `raw` to `ordet ingest-mail --hearing slug` on the app's database and files.
fn ingest(app: &TestApp, slug: &str, raw: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ordet"))
        .env_clear()
        .env("DATABASE_URL", app.database_url())
        .env("ORDET_DATA_DIR", app.data_dir.path())
        .env("RUST_LOG", "warn")
        .args(["ingest-mail", "--hearing", slug])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ordet");
    child.stdin.take().unwrap().write_all(raw).unwrap();
    child.wait_with_output().unwrap()
}

/// An organisation's høringssvar as Outlook sends it: plain and HTML alternatives with
/// Danish letters in quoted-printable, and the letter as a PDF whose name is RFC 2231-encoded.
fn organisation_mail(pdf: &[u8]) -> Vec<u8> {
    let pdf = base64_lines(pdf);
    format!(
        "From: =?utf-8?q?S=C3=B8ren_J=C3=B8rgensen?= <soren@dansk-flygtningehjaelp.example>\r\n\
To: integrationspolitik@kk.dk\r\n\
Subject: =?utf-8?q?H=C3=B8ringssvar_fra_Dansk_Flygtningehj=C3=A6lp?=\r\n\
Date: Mon, 15 Nov 2010 10:12:00 +0100\r\n\
Message-ID: <20101115101200.4711@dansk-flygtningehjaelp.example>\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"ydre\"\r\n\
\r\n\
--ydre\r\n\
Content-Type: multipart/alternative; boundary=\"indre\"\r\n\
\r\n\
--indre\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\
\r\n\
K=C3=A6re udvalg,=0D\r\n\
vedh=C3=A6ftet er vores h=C3=B8ringssvar om sprogcaf=C3=A9erne.\r\n\
\r\n\
--indre\r\n\
Content-Type: text/html; charset=utf-8\r\n\
\r\n\
<p>K&aelig;re udvalg,<br>vedh&aelig;ftet er vores h&oslash;ringssvar.</p>\r\n\
--indre--\r\n\
\r\n\
--ydre\r\n\
Content-Type: application/pdf; name=\"hoeringssvar.pdf\"\r\n\
Content-Disposition: attachment; filename*=utf-8''H%C3%B8ringssvar.pdf\r\n\
Content-Transfer-Encoding: base64\r\n\
\r\n\
{pdf}\r\n\
--ydre--\r\n"
    )
    .into_bytes()
}

fn base64_lines(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out.as_bytes()
        .chunks(76)
        .map(|line| std::str::from_utf8(line).unwrap())
        .collect::<Vec<_>>()
        .join("\r\n")
}

db_test!(an_emailed_response_with_a_pdf_is_registered_once, |app| {
    let raw = organisation_mail(&fixtures::pdf("Dansk Flygtningehjaelp svarer"));
    let first = ingest(&app, DEMO, &raw);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let said = String::from_utf8(first.stdout).unwrap();
    assert!(said.contains("Registered 2010-"), "{said}");
    assert_eq!(app.count("response WHERE channel = 'email'").await, 1);
    let id: i32 = {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        app::entities::response::Entity::find()
            .filter(app::entities::response::Column::Channel.eq(app::vocab::Channel::Email))
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .id
    };
    let row = response_row(&app, id).await;
    assert_eq!(
        row.status.as_str(),
        "awaiting_review",
        "until an official looks"
    );
    assert!(
        row.body
            .contains("vedhæftet er vores høringssvar om sprogcaféerne"),
        "{}",
        row.body
    );
    assert_eq!(
        app.count(&format!("attachment WHERE response_id = {id} AND filename = 'Høringssvar.pdf' AND content_type = 'application/pdf'"))
            .await,
        1,
        "the PDF extracted under its own name"
    );
    assert_eq!(
        app.count("respondent WHERE name = 'Søren Jørgensen' AND email = 'soren@dansk-flygtningehjaelp.example'")
            .await,
        1
    );
    let (actor, after) = registration_entry(&app, id).await;
    assert_eq!((actor, after["via"].as_str()), (None, Some("mailbox")));
    let receipt = app.eml(1).await;
    assert!(
        receipt.contains("soren@dansk-flygtningehjaelp.example"),
        "{receipt}"
    );
    assert!(
        receipt.contains(&row.svarnummer),
        "the receipt names the number"
    );
    assert!(
        app.public_responses("").await["items"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["svarnummer"] != row.svarnummer.as_str()),
        "not public before an official looks"
    );

    let again = ingest(&app, DEMO, &raw);
    assert!(again.status.success());
    assert!(
        String::from_utf8(again.stdout)
            .unwrap()
            .contains(&format!("Received before as {}", row.svarnummer))
    );
    assert_eq!(
        app.count("response WHERE channel = 'email'").await,
        1,
        "one response"
    );
    assert_eq!(app.count("attachment").await, 1);
    assert_eq!(app.count("mail_outbox").await, 1, "one receipt");

    // An official looks and publishes it.
    let cookie = official(&app).await;
    let decided = call(
        &app,
        Method::POST,
        &format!("/api/v1/admin/responses/{id}/moderation"),
        Some(&cookie),
        Some(serde_json::json!({"action": "publish"})),
    )
    .await;
    assert_eq!(decided.status(), 200, "{}", decided.text().await.unwrap());
    assert_eq!(response_row(&app, id).await.status.as_str(), "published");
});

db_test!(a_broken_message_is_kept_whole_for_the_officials, |app| {
    let broken = b"Dette er ikke en e-mail\r\nmen bare noget tekst uden afsender.\r\n".to_vec();
    let kept = ingest(&app, DEMO, &broken);
    assert!(
        kept.status.success(),
        "{}",
        String::from_utf8_lossy(&kept.stderr)
    );
    assert!(
        String::from_utf8(kept.stdout)
            .unwrap()
            .contains("Kept for the officials")
    );
    assert_eq!(app.count("response WHERE channel = 'email'").await, 0);
    assert_eq!(
        app.count("incoming_mail WHERE problem IS NOT NULL").await,
        1
    );
    assert_eq!(app.count("mail_outbox").await, 0, "no receipt to nobody");
    let again = ingest(&app, DEMO, &broken);
    assert!(again.status.success());
    assert_eq!(app.count("incoming_mail").await, 1, "kept once");

    let cookie = official(&app).await;
    let listed = kept_messages(&app, &cookie).await;
    let mail_id = listed[0]["id"].as_i64().unwrap();
    assert!(
        !listed[0]["problem"].as_str().unwrap().is_empty(),
        "the reason is shown: {listed}"
    );
    let inbox = app
        .html_with_cookie(&paths::admin_page(DEMO, "responses"), &cookie)
        .await;
    assert!(
        inbox.contains("E-mails, der venter på en medarbejder"),
        "the officials' notice"
    );
    let download = app
        .get_with_cookie(&format!("/admin/mail/{mail_id}/message.eml"), &cookie)
        .await;
    assert_eq!(download.status(), 200);
    assert_eq!(download.headers()["content-type"], "message/rfc822");
    assert_eq!(
        download.bytes().await.unwrap().to_vec(),
        broken,
        "kept whole"
    );

    let id = app.demo_hearing_id().await;
    let reader = app.sign_in("laeser@kk.dk", Role::Reader, Some(id)).await;
    let refused = app
        .get_with_cookie(&format!("/admin/mail/{mail_id}/message.eml"), &reader)
        .await;
    assert_eq!(refused.status(), 403);

    let resolved = crate::helpers::form(
        &app,
        &format!("/admin/mail/{mail_id}/resolve"),
        Some(&cookie),
        &[],
    )
    .await;
    assert_eq!(resolved.status(), 303);
    let listed = kept_messages(&app, &cookie).await;
    assert_eq!(listed, serde_json::json!([]));
});

db_test!(
    a_message_for_no_hearing_is_bounced_and_an_autoreply_is_not_answered,
    |app| {
        let raw = organisation_mail(&fixtures::pdf("x"));
        let unknown = ingest(&app, "findes-ikke", &raw);
        assert_eq!(
            unknown.status.code(),
            Some(67),
            "EX_NOUSER: the mail server bounces it"
        );
        let autoreply = b"From: Kontoret <kontor@example.org>\r\nSubject: Fravaer\r\nAuto-Submitted: auto-replied\r\nMessage-ID: <ferie@example.org>\r\n\r\nJeg er p\xc3\xa5 ferie.\r\n";
        let kept = ingest(&app, DEMO, autoreply);
        assert!(kept.status.success());
        assert_eq!(app.count("response WHERE channel = 'email'").await, 0);
        assert_eq!(
            app.count("mail_outbox").await,
            0,
            "an automatic reply is never answered"
        );
        assert_eq!(
            app.count("incoming_mail WHERE problem IS NOT NULL").await,
            1
        );
    }
);

db_test!(a_hearings_mailbox_goes_with_its_personal_data, |app| {
    let broken = b"Ikke en e-mail, men den har en adresse: Valbyvej 12.\r\n".to_vec();
    assert!(ingest(&app, DEMO, &broken).status.success());
    let raw = organisation_mail(&fixtures::pdf("Dansk Flygtningehjaelp svarer"));
    assert!(ingest(&app, DEMO, &raw).status.success());
    assert_eq!(app.count("incoming_mail").await, 2);
    let kept = {
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
        app::entities::incoming_mail::Entity::find()
            .filter(app::entities::incoming_mail::Column::Sha256.is_not_null())
            .one(&app.db)
            .await
            .unwrap()
            .unwrap()
            .sha256
            .unwrap()
    };
    let stored = |app: &TestApp| {
        app.stored_files()
            .iter()
            .any(|p| p.to_string_lossy().contains(&kept))
    };
    assert!(stored(&app), "kept whole in the store");
    // Decided two years ago: a year's retention has run out.
    let decided = chrono::Utc::now() - chrono::Duration::days(730);
    let hearing = app::hearing::store::find_by_slug(&app.db, DEMO)
        .await
        .unwrap()
        .unwrap();
    let mut hearing: app::entities::hearing::ActiveModel = hearing.into();
    hearing.status = sea_orm::Set(app::vocab::HearingState::Decided);
    hearing.decided_at = sea_orm::Set(Some(decided));
    sea_orm::ActiveModelTrait::update(hearing, &app.db)
        .await
        .unwrap();
    let storage =
        app::blob::Storage::new(app.data_dir.path(), app::blob::Limits::default()).unwrap();
    let done = app::retention::schedule::run(&app.db, &storage, 12, false, chrono::Utc::now())
        .await
        .unwrap();
    assert_eq!(done[0].erased.incoming_mails, 2);
    assert_eq!(app.count("incoming_mail").await, 0);
    assert!(!stored(&app), "the kept message is deleted from the store");
});

db_test!(
    a_party_of_the_hoeringsliste_answers_as_its_organisation,
    |app| {
        let cookie = official(&app).await;
        let party = serde_json::json!({
            "name": "Dansk Flygtningehjælp",
            "kind": "association",
            "email": "Soren@Dansk-Flygtningehjaelp.example",
        });
        let added = call(
            &app,
            Method::POST,
            &paths::admin_api(DEMO, "parties"),
            Some(&cookie),
            Some(party),
        )
        .await;
        assert_eq!(added.status(), 201, "{}", added.text().await.unwrap());
        let raw = organisation_mail(&fixtures::pdf("Dansk Flygtningehjaelp svarer"));
        assert!(ingest(&app, DEMO, &raw).status.success());
        assert_eq!(
        app.count("respondent WHERE kind = 'association' AND organisation = 'Dansk Flygtningehjælp' AND name = 'Søren Jørgensen'")
            .await,
        1,
        "registered as the organisation on the høringsliste, its contact named as in From"
    );
        let list = crate::helpers::call_json(
            &app,
            Method::GET,
            &paths::admin_api(DEMO, "parties"),
            Some(&cookie),
            None,
        )
        .await;
        let entry = list["parties"]
            .as_array()
            .or_else(|| list.as_array())
            .unwrap()
            .iter()
            .find(|p| p["name"] == "Dansk Flygtningehjælp")
            .cloned()
            .unwrap();
        assert_eq!(
            entry["answered"], true,
            "the høringsliste sees the answer: {entry}"
        );
    }
);
