//! The deployment under test, on loopback in one scratch directory: a database (a fresh
//! PostgreSQL database or a SQLite file), an SMTP server that keeps every message (Python's
//! aiosmtpd, as in the integration tests), `ordet serve` processes sharing one data directory,
//! each with its own search index, and nginx in front with the site configuration shipped in
//! `deploy/nginx/ordet-site.conf`.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};

/// Which database the processes share.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Backend {
    /// A fresh database on the PostgreSQL server at 127.0.0.1:5432.
    Postgres,
    /// A SQLite file in the scratch directory (one process).
    Sqlite,
}

/// What to start.
#[derive(Clone, Debug)]
pub struct Options {
    /// The database.
    pub backend: Backend,
    /// How many `ordet serve` processes.
    pub processes: usize,
    /// The `ordet` binary.
    pub ordet: PathBuf,
    /// The built site (`target/site`).
    pub site_root: PathBuf,
    /// The repository (for `deploy/nginx/ordet-site.conf`).
    pub repo: PathBuf,
    /// Extra environment for every process (limits, say).
    pub env: Vec<(String, String)>,
}

/// One `ordet serve` process.
pub struct Node {
    /// Its own port (nginx's upstream).
    pub port: u16,
    child: Option<Child>,
    env: Vec<(String, String)>,
    log: PathBuf,
}

/// Everything started; stopped when dropped.
pub struct Cluster {
    /// The scratch directory.
    pub dir: tempfile::TempDir,
    /// The shared database.
    pub database_url: String,
    pg_name: Option<String>,
    /// nginx's port: where residents connect.
    pub proxy_port: u16,
    /// Where the SMTP server writes what it receives.
    pub maildir: PathBuf,
    smtp: Child,
    nginx: Child,
    /// The processes, in upstream order.
    pub nodes: Vec<Node>,
    options: Options,
}

/// A port nothing listens on yet.
pub fn free_port() -> anyhow::Result<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

impl Cluster {
    /// Creates the database, loads the demo hearing, and starts mail, the processes and nginx.
    pub async fn start(options: Options) -> anyhow::Result<Self> {
        let dir = tempfile::Builder::new().prefix("ordet-deploy-").tempdir()?;
        let (database_url, pg_name) = database(&options, dir.path()).await?;
        let maildir = dir.path().join("mail");
        let smtp_port = free_port()?;
        let smtp = start_smtp(smtp_port, &maildir)?;
        wait_for_port(smtp_port, Duration::from_secs(20)).await?;
        let proxy_port = free_port()?;
        let mut env = common_env(&options, dir.path(), &database_url, proxy_port, smtp_port);
        env.extend(options.env.iter().cloned());
        run_ordet(&options.ordet, &env, &["migrate"])?;
        run_ordet(&options.ordet, &env, &["demo", "--responses", "0"])?;
        // The proof adds the committee's recipient itself, during the surge.
        let db = connect(&database_url).await?;
        db.execute_unprepared("DELETE FROM digest_recipient")
            .await?;
        db.close().await?;
        let mut nodes = Vec::new();
        for n in 0..options.processes {
            let port = free_port()?;
            let mut env = env.clone();
            env.push(("ORDET_ADDR".into(), format!("127.0.0.1:{port}")));
            let index = dir.path().join(format!("index-{n}"));
            env.push(("ORDET_INDEX_DIR".into(), index.display().to_string()));
            let log = dir.path().join(format!("ordet-{n}.log"));
            nodes.push(Node {
                port,
                child: None,
                env,
                log,
            });
        }
        for node in &mut nodes {
            node.start(&options.ordet)?;
        }
        for node in &nodes {
            node.wait_ready(Duration::from_secs(120)).await?;
        }
        let ports: Vec<u16> = nodes.iter().map(|n| n.port).collect();
        let nginx = start_nginx(dir.path(), &options.repo, proxy_port, &ports)?;
        wait_for_port(proxy_port, Duration::from_secs(20)).await?;
        Ok(Cluster {
            dir,
            database_url,
            pg_name,
            proxy_port,
            maildir,
            smtp,
            nginx,
            nodes,
            options,
        })
    }

    /// The address residents use (through nginx).
    pub fn proxy_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.proxy_port)
    }

    /// A connection to the shared database, with the durability Ordet uses (SQLite: WAL,
    /// `synchronous = NORMAL`, as `app::db::connect`).
    pub async fn db(&self) -> anyhow::Result<DatabaseConnection> {
        connect(&self.database_url).await
    }

    /// Kills process `n` at once (SIGKILL: no shutdown, nothing released).
    pub fn kill(&mut self, n: usize) -> anyhow::Result<()> {
        let node = &mut self.nodes[n];
        if let Some(mut child) = node.child.take() {
            child.kill()?;
            child.wait()?;
        }
        Ok(())
    }

    /// Starts process `n` again and waits until it is ready.
    pub async fn restart(&mut self, n: usize) -> anyhow::Result<Duration> {
        let started = Instant::now();
        self.nodes[n].start(&self.options.ordet)?;
        self.nodes[n].wait_ready(Duration::from_secs(120)).await?;
        Ok(started.elapsed())
    }

    /// Stops every process with SIGTERM (graceful shutdown) and nginx, and drops the
    /// PostgreSQL database.
    pub async fn stop(mut self) -> anyhow::Result<()> {
        for node in &mut self.nodes {
            node.terminate()?;
        }
        let _ = self.nginx.kill();
        let _ = self.nginx.wait();
        let _ = self.smtp.kill();
        let _ = self.smtp.wait();
        if let Some(name) = self.pg_name.take() {
            let admin = Database::connect("postgres://postgres@127.0.0.1:5432/postgres").await?;
            admin
                .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                .await?;
        }
        Ok(())
    }

    /// The last lines of each process's log (for a failure report).
    pub fn log_tails(&self) -> String {
        let mut out = format!("(the run's files: {})\n", self.dir.path().display());
        for (n, node) in self.nodes.iter().enumerate() {
            let text = std::fs::read_to_string(&node.log).unwrap_or_default();
            let lines: Vec<&str> = text.lines().collect();
            let tail = lines[lines.len().saturating_sub(15)..].join("\n");
            out.push_str(&format!("--- ordet-{n}.log (last lines)\n{tail}\n"));
        }
        out
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        for node in &mut self.nodes {
            if let Some(mut child) = node.child.take() {
                let _ = child.kill();
                let _ = child.wait();
            }
        }
        let _ = self.nginx.kill();
        let _ = self.nginx.wait();
        let _ = self.smtp.kill();
        let _ = self.smtp.wait();
    }
}

impl Node {
    fn start(&mut self, ordet: &Path) -> anyhow::Result<()> {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.log)?;
        let child = Command::new(ordet)
            .arg("serve")
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::null())
            .stdout(log.try_clone()?)
            .stderr(log)
            .spawn()
            .with_context(|| format!("starting {}", ordet.display()))?;
        self.child = Some(child);
        Ok(())
    }

    async fn wait_ready(&self, limit: Duration) -> anyhow::Result<()> {
        let url = format!("http://127.0.0.1:{}/readyz", self.port);
        let client = reqwest::Client::new();
        let started = Instant::now();
        while started.elapsed() < limit {
            if let Ok(response) = client.get(&url).send().await
                && response.status().is_success()
            {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        bail!("ordet on port {} was not ready within {limit:?}", self.port)
    }

    /// SIGTERM, then waits for the process to exit (at most a minute).
    fn terminate(&mut self) -> anyhow::Result<()> {
        let Some(mut child) = self.child.take() else {
            return Ok(());
        };
        let _ = Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status();
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(60) {
            if child.try_wait()?.is_some() {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        child.kill()?;
        child.wait()?;
        bail!(
            "ordet on port {} did not stop within a minute of SIGTERM",
            self.port
        )
    }
}

/// Connects with the durability Ordet uses (SQLite: WAL, `synchronous = NORMAL`).
async fn connect(url: &str) -> anyhow::Result<DatabaseConnection> {
    let mut options = sea_orm::ConnectOptions::new(url.to_owned());
    options.sqlx_logging(false).map_sqlx_sqlite_opts(|opts| {
        opts.journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(5))
    });
    Ok(Database::connect(options).await?)
}

/// The database URL (and the PostgreSQL database's name, to drop it afterwards).
async fn database(options: &Options, dir: &Path) -> anyhow::Result<(String, Option<String>)> {
    match options.backend {
        Backend::Sqlite => Ok((
            format!("sqlite://{}/ordet.db?mode=rwc", dir.display()),
            None,
        )),
        Backend::Postgres => {
            let name = format!(
                "ordet_deploy_{}_{}",
                std::process::id(),
                rand::random::<u16>()
            );
            let admin = Database::connect("postgres://postgres@127.0.0.1:5432/postgres")
                .await
                .context("connecting to PostgreSQL at 127.0.0.1:5432 (make postgres starts it)")?;
            admin
                .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
                .await?;
            Ok((
                format!("postgres://postgres@127.0.0.1:5432/{name}"),
                Some(name),
            ))
        }
    }
}

/// The environment every process shares: one database, one data directory, mail by SMTP,
/// links through the proxy, and the proxy trusted for the client's address.
fn common_env(
    options: &Options,
    dir: &Path,
    database_url: &str,
    proxy_port: u16,
    smtp_port: u16,
) -> Vec<(String, String)> {
    [
        ("DATABASE_URL", database_url.to_owned()),
        ("ORDET_DATA_DIR", dir.join("data").display().to_string()),
        ("ORDET_BASE_URL", format!("http://127.0.0.1:{proxy_port}")),
        ("SMTP_URL", format!("smtp://127.0.0.1:{smtp_port}")),
        ("ORDET_TRUSTED_PROXIES", "127.0.0.1/32".to_owned()),
        ("LEPTOS_SITE_ROOT", options.site_root.display().to_string()),
        ("RUST_LOG", "info".to_owned()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect()
}

/// Runs a one-off `ordet` command (migrate, demo) and fails with its output.
fn run_ordet(ordet: &Path, env: &[(String, String)], args: &[&str]) -> anyhow::Result<()> {
    let output = Command::new(ordet)
        .args(args)
        .envs(env.iter().map(|(k, v)| (k, v)))
        .output()
        .with_context(|| format!("running {} {args:?}", ordet.display()))?;
    if !output.status.success() {
        bail!(
            "ordet {args:?} failed: {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(())
}

fn start_smtp(port: u16, maildir: &Path) -> anyhow::Result<Child> {
    Command::new("/usr/bin/python3")
        .args(["-m", "aiosmtpd", "-n", "-l", &format!("127.0.0.1:{port}")])
        .args(["-c", "aiosmtpd.handlers.Mailbox"])
        .arg(maildir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .context("starting aiosmtpd (make setup-test installs python3-aiosmtpd)")
}

/// nginx in the foreground with a configuration written for this run around the shipped
/// site file.
fn start_nginx(dir: &Path, repo: &Path, port: u16, upstreams: &[u16]) -> anyhow::Result<Child> {
    let prefix = dir.join("nginx");
    std::fs::create_dir_all(prefix.join("logs"))?;
    let conf = prefix.join("nginx.conf");
    let site = repo.join("deploy/nginx/ordet-site.conf");
    std::fs::write(&conf, crate::nginx::config(&prefix, &site, port, upstreams))?;
    Command::new("/usr/sbin/nginx")
        .args(["-p", &prefix.display().to_string(), "-c"])
        .arg(&conf)
        .args(["-e", "stderr"])
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(prefix.join("logs/stderr.log"))?)
        .spawn()
        .context("starting nginx (make deploy-test installs Debian's nginx)")
}

async fn wait_for_port(port: u16, limit: Duration) -> anyhow::Result<()> {
    let started = Instant::now();
    while started.elapsed() < limit {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    bail!("nothing listened on port {port} within {limit:?}")
}
