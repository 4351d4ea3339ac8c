//! `ordet retention [--dry-run]` against a running app's database: the dry run prints what
//! would go and changes nothing; the real run prints the same counts and erases.

use app::entities::{hearing, respondent};
use chrono::{Months, Utc};
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel, Set};

use super::*;
use crate::cli::ordet;
use crate::db_test;

/// Runs `ordet retention` (with `args`) on the app's database; its output. Awaited, not
/// waited for: the app's tasks share the test's thread, and one holding SQLite's write lock
/// must be able to finish while the command waits for it.
async fn retention(app: &TestApp, args: &[&str]) -> String {
    let mut command = ordet(app.data_dir.path());
    command
        .env("DATABASE_URL", app.database_url())
        .arg("retention")
        .args(args);
    let output = tokio::process::Command::from(command)
        .output()
        .await
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    String::from_utf8(output.stdout).unwrap()
}

/// The counts printed for the demo hearing.
fn counts(out: &str) -> &str {
    let line = out
        .lines()
        .find(|l| l.starts_with(DEMO))
        .expect("the hearing's line");
    let (_, counts) = line.split_once("): ").expect("a verb and counts");
    counts
        .trim_start_matches("would erase ")
        .trim_start_matches("erased ")
}

db_test!(
    the_retention_command_counts_in_a_dry_run_and_erases_otherwise,
    |app| {
        app.open_demo_hearing().await;
        let body = resident("Rikke Retention", "rikke@example.dk", "Et svar.", false);
        submit(&app, &body, vec![]).await;
        confirm_mail(&app, 1).await;
        let nothing_due = retention(&app, &["--dry-run"]).await;
        assert!(
            nothing_due.contains("No hearing's retention"),
            "{nothing_due}"
        );

        let row = hearing::Entity::find_by_id(app.demo_hearing_id().await)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let mut decided = row.into_active_model();
        decided.status = Set("decided".parse().unwrap());
        decided.decided_at = Set(Utc::now().checked_sub_months(Months::new(13)));
        decided.update(&app.db).await.unwrap();

        let dry = retention(&app, &["--dry-run"]).await;
        assert!(dry.starts_with("Dry run: nothing was changed.\n"), "{dry}");
        assert!(dry.contains(&format!("{DEMO} (decided ")), "{dry}");
        assert!(dry.contains("kept 12 months): would erase "), "{dry}");
        for kind in [
            "responses_erased=1",
            "names=1",
            "email_addresses=1",
            "postal_addresses=1",
        ] {
            assert!(counts(&dry).contains(kind), "{kind}: {dry}");
        }
        assert_eq!(
            app.count("respondent WHERE name = 'Rikke Retention'").await,
            1
        );
        assert_eq!(
            app.count("hearing WHERE personal_data_erased_at IS NOT NULL")
                .await,
            0
        );
        assert_eq!(
            app.count("audit_log WHERE action LIKE 'retention.%'").await,
            0
        );
        assert_eq!(
            app.count("response WHERE personal_data_erased_at IS NOT NULL")
                .await,
            0
        );

        let real = retention(&app, &[]).await;
        assert!(!real.contains("Dry run"), "{real}");
        assert!(real.contains("kept 12 months): erased "), "{real}");
        assert_eq!(
            counts(&real),
            counts(&dry),
            "the dry run counted what the real run erased"
        );
        let gone = respondent::Entity::find().all(&app.db).await.unwrap();
        assert!(
            gone.iter()
                .all(|r| r.name != "Rikke Retention" && r.email.is_empty())
        );
        assert_eq!(
            app.count("hearing WHERE personal_data_erased_at IS NOT NULL")
                .await,
            1
        );
        assert!(
            retention(&app, &[])
                .await
                .contains("No hearing's retention")
        );
    }
);
