//! `ordet retention [--dry-run]`: erases the personal data of every decided hearing whose
//! retention has run out (what the daily retention job does), and prints per hearing what
//! went, kind by kind. `--dry-run` runs the same code in a transaction it rolls back: the
//! counts are what a real run would erase, and nothing changes.

use app::instance::Instance;
use app::retention::schedule::{self, HearingErasure};
use chrono::Utc;

use crate::config::Config;
use crate::startup::{attachment_storage, open_database};

/// The command's options.
#[derive(Debug, clap::Args)]
pub struct RetentionArgs {
    /// Count what would be erased, and change nothing.
    #[arg(long)]
    dry_run: bool,
}

/// Erases (or counts) the personal data whose retention has run out, and reports it.
pub async fn run(config: &Config, args: RetentionArgs) -> anyhow::Result<()> {
    let db = open_database(config).await?;
    let storage = attachment_storage(config, &Instance::new()).await?;
    let done = schedule::run(
        &db,
        &storage,
        config.retention_months,
        args.dry_run,
        Utc::now(),
    )
    .await?;
    print!("{}", report(&done, args.dry_run));
    Ok(())
}

/// What the command prints.
fn report(done: &[HearingErasure], dry_run: bool) -> String {
    let mut out = String::new();
    if dry_run {
        out.push_str("Dry run: nothing was changed.\n");
    }
    if done.is_empty() {
        out.push_str("No hearing's retention of personal data has run out.\n");
        return out;
    }
    let verb = if dry_run { "would erase" } else { "erased" };
    for hearing in done {
        out.push_str(&format!(
            "{} (decided {}, kept {} months): {verb} {}\n",
            hearing.slug,
            hearing.decided_at.format("%Y-%m-%d"),
            hearing.months,
            hearing.erased.summary(),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use app::retention::Erased;
    use chrono::TimeZone;

    #[test]
    fn each_hearing_is_one_line_of_kinds_and_counts() {
        let done = [HearingErasure {
            hearing_id: 1,
            slug: "lokalplan-valby".into(),
            decided_at: Utc.with_ymd_and_hms(2025, 3, 1, 9, 0, 0).unwrap(),
            months: 12,
            erased: Erased {
                responses_erased: 2,
                names: 1,
                email_addresses: 2,
                ..Erased::default()
            },
        }];
        assert_eq!(
            report(&done, true),
            "Dry run: nothing was changed.\nlokalplan-valby (decided 2025-03-01, kept 12 months): \
             would erase responses_erased=2 names=1 email_addresses=2\n"
        );
        assert!(report(&done, false).starts_with("lokalplan-valby (decided 2025-03-01"));
        assert!(report(&[], false).starts_with("No hearing's retention"));
    }
}
