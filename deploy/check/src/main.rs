//! `deploy-check`: the reference deployment on loopback (nginx in front of `ordet serve`
//! processes on one database) and what it must withstand.
//!
//! - `deploy-check surge` — the proof of `make deploy-test`: a last-day surge through the
//!   proxy with one process SIGKILLed and restarted in the middle; exits non-zero when any
//!   acknowledged submission was lost or duplicated, a mail went out twice or not at all, a
//!   confirmed response is not searchable on every process, or the digest went out twice.
//! - `deploy-check bench` — `make bench-surge`: throughput and latency through the proxy
//!   with one and two processes beside the database's raw insert rate, printed, not asserted.

mod bench;
mod checks;
mod cluster;
mod load;
mod mailbox;
mod nginx;
mod proof;

use std::path::PathBuf;
use std::time::Duration;

use clap::{Parser, Subcommand};

use crate::cluster::{Backend, Options};

#[derive(Parser)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The `ordet` binary to run.
    #[arg(long, default_value = "target/release/ordet", global = true)]
    ordet: PathBuf,
    /// The built site.
    #[arg(long, default_value = "target/site", global = true)]
    site_root: PathBuf,
}

#[derive(Subcommand)]
enum Command {
    /// The surge with a process killed, and the counts.
    Surge {
        /// postgres or sqlite.
        #[arg(long, value_enum, default_value = "postgres")]
        backend: Backend,
        /// `ordet serve` processes behind nginx.
        #[arg(long, default_value_t = 2)]
        processes: usize,
        /// Submissions in all.
        #[arg(long, default_value_t = 2000)]
        submissions: usize,
        /// Client addresses they come from.
        #[arg(long, default_value_t = 200)]
        clients: usize,
        /// Seconds they are spread over.
        #[arg(long, default_value_t = 120)]
        seconds: u64,
    },
    /// Throughput and latency beside the raw insert rate.
    Bench {
        /// Seconds per measurement.
        #[arg(long, default_value_t = 20)]
        seconds: u64,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let repo = std::env::current_dir()?;
    let options = |backend, processes| Options {
        backend,
        processes,
        ordet: absolute(&repo, &cli.ordet),
        site_root: absolute(&repo, &cli.site_root),
        repo: repo.clone(),
        env: Vec::new(),
    };
    match cli.command {
        Command::Surge {
            backend,
            processes,
            submissions,
            clients,
            seconds,
        } => {
            let proof = proof::Proof {
                cluster: options(backend, processes),
                submissions,
                clients,
                spread: Duration::from_secs(seconds),
            };
            proof::run(&proof).await
        }
        Command::Bench { seconds } => {
            bench::run(options(Backend::Postgres, 1), Duration::from_secs(seconds)).await
        }
    }
}

fn absolute(repo: &std::path::Path, path: &std::path::Path) -> PathBuf {
    if path.is_absolute() {
        path.to_owned()
    } else {
        repo.join(path)
    }
}
