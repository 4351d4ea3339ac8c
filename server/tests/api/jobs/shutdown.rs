//! Graceful shutdown: a server told to stop finishes the request under way, its background
//! tasks stop, and afterwards it holds no lease and no claim — the mail it was sending is due
//! again for the other processes.

use std::time::Duration;

use app::mail::outbox::NewMail;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set};
use server::startup::Application;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use super::until_count;
use crate::digest::on_both;
use crate::helpers::{Backend, DEMO, bare_database, count, test_config};

/// An SMTP server that takes connections and never answers: a mail being sent hangs.
async fn silent_smtp() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            held.push(socket);
        }
    });
    port
}

/// The demo hearing, open for a month from now.
async fn open_hearing(db: &sea_orm::DatabaseConnection) {
    let hearing = app::hearing::store::find_by_slug(db, DEMO)
        .await
        .unwrap()
        .unwrap();
    let now = Utc::now();
    let mut hearing = hearing.into_active_model();
    hearing.opens_at = Set(now - chrono::Duration::days(1));
    hearing.closes_at = Set(now + chrono::Duration::days(30));
    hearing.update(db).await.unwrap();
}

/// A response posted slowly: the head, then (once the server's handler reads the body, which
/// it says with `100 Continue`) half the body, and the rest when asked.
struct SlowPost {
    stream: TcpStream,
    rest: Vec<u8>,
}

impl SlowPost {
    async fn start(port: u16) -> Self {
        let body = serde_json::json!({
            "kind": "resident",
            "name": "Fatima Hassan",
            "email": "fatima@example.dk",
            "postal_code": "2300",
            "text": "Et svar sendt langsomt, mens serveren lukker ned.",
            "publish_name": false
        })
        .to_string()
        .into_bytes();
        let head = format!(
            "POST /api/v1/hearings/{}/responses HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\
             Content-Type: application/json\r\nAccept-Language: da\r\n\
             Expect: 100-continue\r\nContent-Length: {}\r\n\r\n",
            DEMO,
            body.len()
        );
        let mut stream = TcpStream::connect(("127.0.0.1", port)).await.unwrap();
        let (first, rest) = body.split_at(body.len() / 2);
        stream.write_all(head.as_bytes()).await.unwrap();
        let interim = read_head(&mut stream).await;
        assert!(interim.starts_with("HTTP/1.1 100"), "{interim}");
        stream.write_all(first).await.unwrap();
        stream.flush().await.unwrap();
        SlowPost {
            stream,
            rest: rest.to_vec(),
        }
    }

    /// Sends the rest and reads the response's head.
    async fn finish(mut self) -> String {
        self.stream.write_all(&self.rest).await.unwrap();
        read_head(&mut self.stream).await
    }
}

/// Reads a response's head (an interim one too), byte by byte so nothing after it is taken.
async fn read_head(stream: &mut TcpStream) -> String {
    let mut received = Vec::new();
    let mut byte = [0u8; 1];
    while !received.ends_with(b"\r\n\r\n") {
        let read = tokio::time::timeout(Duration::from_secs(10), stream.read(&mut byte))
            .await
            .expect("an answer within 10 s")
            .unwrap();
        if read == 0 {
            break;
        }
        received.push(byte[0]);
    }
    String::from_utf8_lossy(&received).into_owned()
}

on_both!(
    a_stopping_server_finishes_its_request_and_hands_back_what_it_held,
    stopping
);
async fn stopping(backend: Backend) {
    let bare = bare_database(backend).await;
    open_hearing(&bare.db).await;
    let smtp = silent_smtp().await;
    let data_dir = tempfile::tempdir().unwrap();
    let env = move |name: &str| (name == "SMTP_URL").then(|| format!("smtp://127.0.0.1:{smtp}"));
    let config = test_config(&bare.url, data_dir.path(), env);
    let app = Application::with_database(&config, bare.reconnect().await)
        .await
        .unwrap();
    let (port, shutdown, me) = (app.port(), app.shutdown(), app.instance().clone());
    let server = tokio::spawn(app.run_until_stopped());
    let mail = NewMail {
        to: "modtager@example.dk".into(),
        subject: "Under afsendelse".into(),
        text: "Denne mail hænger hos SMTP-serveren.".into(),
    };
    app::mail::outbox::queue(&bare.db, mail, Utc::now())
        .await
        .unwrap();
    let mine = |table: &str, column: &str| format!("{table} WHERE {column} = '{}'", me.id());
    until_count(&bare.db, &mine("mail_outbox", "claimed_by"), 1).await;
    // The publisher, the reminders, the digest scheduler, the retention job and the two
    // outboxes' pruners (the purge starts a minute later).
    until_count(&bare.db, &mine("lease", "holder"), 6).await;

    let request = SlowPost::start(port).await;
    shutdown.trigger();
    // The background tasks have stopped and handed their leases back; the server still waits
    // for the request its handler is reading.
    until_count(&bare.db, &mine("lease", "holder"), 0).await;
    assert!(
        !server.is_finished(),
        "the server waits for the request under way"
    );
    let response = request.finish().await;
    assert!(response.starts_with("HTTP/1.1 202"), "{response}");
    tokio::time::timeout(Duration::from_secs(20), server)
        .await
        .expect("the server stops")
        .unwrap()
        .unwrap();

    assert_eq!(
        count(&bare.db, "response").await,
        1,
        "the request's write is kept"
    );
    assert_eq!(count(&bare.db, &mine("lease", "holder")).await, 0);
    assert_eq!(count(&bare.db, &mine("attachment", "claimed_by")).await, 0);
    assert_eq!(count(&bare.db, &mine("mail_outbox", "claimed_by")).await, 0);
    let handed_back = app::entities::mail_outbox::Entity::find()
        .all(&bare.db)
        .await
        .unwrap()
        .into_iter()
        .find(|row| row.subject == "Under afsendelse")
        .unwrap();
    assert_eq!(handed_back.status, app::vocab::MailStatus::Pending);
    assert!(
        handed_back.next_attempt_at <= Utc::now(),
        "due again at once"
    );
    assert!(
        TcpStream::connect(("127.0.0.1", port)).await.is_err(),
        "no new connections"
    );
}
