//! Mail through a real SMTP server on loopback (Python's aiosmtpd, a Debian package that
//! `make test` installs), not through the file backend.
//!
//! The server binds port 0 itself and says which port it got, so no other process can take
//! the port between a choice and a bind; it can hold the port without accepting (a server
//! that is down) until the test says `listen`; and it announces each message it stored, so a
//! test waits for the message itself, never for a fixed time.

use std::process::Stdio;
use std::time::Duration;

use serde_json::json;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader, Lines};
use tokio::process::{Child, ChildStdout, Command};

use crate::helpers::{Backend, spawn_app_with};

/// The server: binds 127.0.0.1:0 (no listen yet: connections are refused), prints the port,
/// waits for a line on stdin, then serves and prints `listening`, and `received` for each
/// message stored in the Maildir given as its argument.
const SERVER: &str = r#"
import asyncio, socket, sys
from aiosmtpd.handlers import Mailbox
from aiosmtpd.smtp import SMTP

class Announcing(Mailbox):
    def handle_message(self, message):
        super().handle_message(message)
        print("received", flush=True)

async def main(maildir):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    print(sock.getsockname()[1], flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.readline)
    server = await loop.create_server(lambda: SMTP(Announcing(maildir)), sock=sock)
    print("listening", flush=True)
    await server.serve_forever()

asyncio.run(main(sys.argv[1]))
"#;

/// How long a test waits for the server or a message before it fails.
const PATIENCE: Duration = Duration::from_secs(10);

/// An aiosmtpd server writing what it receives into a Maildir; stopped when dropped.
pub struct SmtpServer {
    child: Child,
    lines: Lines<BufReader<ChildStdout>>,
    received: usize,
    pub port: u16,
    maildir: tempfile::TempDir,
}

impl SmtpServer {
    /// A server that accepts mail.
    pub async fn start() -> Self {
        let mut server = Self::down().await;
        server.listen().await;
        server
    }

    /// A server that holds its port but refuses connections until [`Self::listen`].
    pub async fn down() -> Self {
        let maildir = tempfile::tempdir().unwrap();
        let mut child = Command::new("/usr/bin/python3")
            .args(["-c", SERVER])
            .arg(maildir.path().join("mail"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("aiosmtpd (apt-get install python3-aiosmtpd; make test installs it)");
        let stdout = child.stdout.take().expect("piped stdout");
        let mut lines = BufReader::new(stdout).lines();
        let port = next_line(&mut lines).await.parse().expect("the port");
        SmtpServer {
            child,
            lines,
            received: 0,
            port,
            maildir,
        }
    }

    /// Starts accepting mail on the port held.
    pub async fn listen(&mut self) {
        let stdin = self.child.stdin.as_mut().expect("piped stdin");
        stdin.write_all(b"listen\n").await.expect("to the server");
        stdin.flush().await.expect("to the server");
        assert_eq!(next_line(&mut self.lines).await, "listening");
    }

    /// Every message received so far, raw.
    pub fn messages(&self) -> Vec<String> {
        let new = self.maildir.path().join("mail").join("new");
        let mut paths: Vec<_> = std::fs::read_dir(&new)
            .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        paths.sort();
        paths
            .iter()
            .map(|path| std::fs::read_to_string(path).unwrap())
            .collect()
    }

    /// Waits (at most [`PATIENCE`]) until the server announced `n` messages, and returns
    /// every message received.
    pub async fn wait_for(&mut self, n: usize) -> Vec<String> {
        while self.received < n {
            let line = next_line(&mut self.lines).await;
            assert_eq!(line, "received", "the SMTP server said {line:?}");
            self.received += 1;
        }
        self.messages()
    }
}

/// The server's next line of output (at most [`PATIENCE`] away).
async fn next_line(lines: &mut Lines<BufReader<ChildStdout>>) -> String {
    match tokio::time::timeout(PATIENCE, lines.next_line()).await {
        Ok(Ok(Some(line))) => line,
        Ok(Ok(None)) => panic!("the SMTP server stopped (is python3-aiosmtpd installed?)"),
        Ok(Err(error)) => panic!("reading the SMTP server: {error}"),
        Err(_) => panic!("the SMTP server said nothing within {PATIENCE:?}"),
    }
}

// The mail path does not depend on the database backend (the outbox is covered on both by
// the other tests), so this one runs on SQLite only.
#[tokio::test]
async fn the_verification_mail_reaches_a_real_smtp_server() {
    let mut smtp = SmtpServer::start().await;
    let app = spawn_app_with(
        Backend::Sqlite,
        Some(format!("smtp://127.0.0.1:{}", smtp.port)),
    )
    .await;
    app.open_demo_hearing().await;
    let body = json!({
        "kind": "association",
        "name": "Leyla Demir",
        "email": "leyla@forening.dk",
        "organisation": "Foreningen Nydansker",
        "text": "Vi bakker op om fokus på civilsamfundet."
    });
    let response = app.submit_response(&body).await;
    assert_eq!(response.status(), 202);
    assert_eq!(app.send_mail().await, 1);
    let message = smtp
        .wait_for(1)
        .await
        .remove(0)
        .replace("=\r\n", "")
        .replace("=\n", "");
    assert!(message.contains("leyla@forening.dk"), "{message}");
    assert!(message.contains("/verify/"), "{message}");
    assert!(
        message.contains("Subject: =?utf-8?") || message.contains("Subject: Bekr"),
        "{message}"
    );
    assert!(
        !std::path::Path::new(&app.data_dir.path().join("outbox")).exists(),
        "with SMTP configured, no .eml files are written"
    );
}
