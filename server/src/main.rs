//! `ordet`: the Ordet server and its command line.

use clap::Parser;
use server::cli::{Cli, run};
use server::telemetry;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    telemetry::init();
    run(Cli::parse()).await
}
