//! The `ordet` binary itself: flags, start-up errors and the draft importer's messages.

use std::process::Command;

fn ordet(data_dir: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ordet"));
    command
        .env_clear()
        .env("ORDET_DATA_DIR", data_dir)
        .env("RUST_LOG", "warn");
    command
}

#[test]
fn help_describes_every_subcommand() {
    let dir = tempfile::tempdir().unwrap();
    let output = ordet(dir.path()).arg("--help").output().unwrap();
    let help = String::from_utf8(output.stdout).unwrap();
    for command in ["serve", "migrate", "demo", "import-draft"] {
        assert!(help.contains(command), "{command} missing from:\n{help}");
    }
}

#[test]
fn a_wrong_setting_stops_start_up_naming_the_variable() {
    let dir = tempfile::tempdir().unwrap();
    let output = ordet(dir.path())
        .env("ORDET_ADDR", "localhost")
        .arg("serve")
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("ORDET_ADDR=\"localhost\""), "{stderr}");
    assert!(stderr.contains("expected IP:PORT"), "{stderr}");
}

#[test]
fn demo_then_import_draft_then_a_bad_file_gives_a_danish_error() {
    let dir = tempfile::tempdir().unwrap();
    let status = ordet(dir.path())
        .args(["demo", "--original-dates"])
        .status()
        .unwrap();
    assert!(status.success());
    let good = dir.path().join("v2.md");
    std::fs::write(&good, "# Udkast\n\n## Formål\n\nEt afsnit.\n").unwrap();
    let output = ordet(dir.path())
        .args(["import-draft", "--hearing", "integrationspolitik-2011-2014"])
        .arg(&good)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        String::from_utf8(output.stdout)
            .unwrap()
            .contains("version 2")
    );
    let bad = dir.path().join("bad.md");
    std::fs::write(&bad, "Ingen overskrift her.\n").unwrap();
    let output = ordet(dir.path())
        .args(["import-draft", "--hearing", "integrationspolitik-2011-2014"])
        .arg(&bad)
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("Udkastet har ingen overskrifter"),
        "{stderr}"
    );
}
