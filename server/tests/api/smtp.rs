//! Mail through a real SMTP server on loopback (Python's aiosmtpd, a Debian package that
//! `make test` installs), not through the file backend.

use std::net::TcpListener;
use std::process::{Child, Command};
use std::time::Duration;

use serde_json::json;

use crate::helpers::{Backend, spawn_app_with};

/// An aiosmtpd server writing what it receives into a Maildir; stopped when dropped.
pub struct SmtpServer {
    child: Child,
    pub port: u16,
    maildir: tempfile::TempDir,
}

/// A port nothing listens on (yet).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl SmtpServer {
    pub async fn start() -> Self {
        Self::start_on(free_port()).await
    }

    /// Starts the server on `port` (a test that begins with the server down picks the port
    /// first).
    #[expect(
        clippy::zombie_processes,
        reason = "the child is owned by the guard at once; its Drop kills and waits"
    )]
    pub async fn start_on(port: u16) -> Self {
        let maildir = tempfile::tempdir().unwrap();
        let child = Command::new("/usr/bin/python3")
            .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}")])
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(maildir.path().join("mail"))
            .spawn()
            .expect("aiosmtpd (apt-get install python3-aiosmtpd; make test installs it)");
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return SmtpServer {
                    child,
                    port,
                    maildir,
                };
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("aiosmtpd did not start on port {port}");
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

    /// Waits up to ten seconds until `n` messages have arrived, and returns them.
    pub async fn wait_for(&self, n: usize) -> Vec<String> {
        for _ in 0..100 {
            let messages = self.messages();
            if messages.len() >= n {
                return messages;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!(
            "the SMTP server received {} of {n} messages",
            self.messages().len()
        );
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

// The mail path does not depend on the database backend (the outbox is covered on both by
// the other tests), so this one runs on SQLite only.
#[tokio::test]
async fn the_verification_mail_reaches_a_real_smtp_server() {
    let smtp = SmtpServer::start().await;
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
    let response = app
        .post_json(
            "/api/v1/hearings/integrationspolitik-2011-2014/responses",
            &body,
            "da",
        )
        .await;
    assert_eq!(response.status(), 202);
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
