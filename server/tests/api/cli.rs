//! The `ordet` binary itself: flags, start-up errors and the draft importer's messages.

use crate::helpers::DEMO;
use std::process::Command;

/// The `ordet` binary with a clean environment and its data under `data_dir`.
pub fn ordet(data_dir: &std::path::Path) -> Command {
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
        .args(["import-draft", "--hearing", DEMO])
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
        .args(["import-draft", "--hearing", DEMO])
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

#[test]
fn an_official_registers_a_letter_and_lists_the_responses() {
    let dir = tempfile::tempdir().unwrap();
    assert!(
        ordet(dir.path())
            .args(["demo", "--original-dates", "--responses", "0"])
            .status()
            .unwrap()
            .success()
    );
    let letter = dir.path().join("Brev fra Integrationsrådet.pdf");
    std::fs::write(&letter, crate::fixtures::pdf("Integrationsraadet svarer")).unwrap();
    let register = |extra: &[&str]| {
        ordet(dir.path())
            .args(["register-response", "--hearing", DEMO])
            .args(["--channel", "letter", "--name", "Sekretariatet"])
            .args(extra)
            .args([
                "--organisation",
                "Integrationsrådet",
                "--text",
                "Se vedlagte brev.",
            ])
            .arg("--file")
            .arg(&letter)
            .output()
            .unwrap()
    };
    let output = register(&["--kind", "association"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains("Registered 2010-64452-0001 (letter, published)."),
        "{stdout}"
    );

    let output = register(&["--kind", "company", "--cvr", "64942213"]);
    assert!(
        !output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("--cvr: CVR-nummeret findes ikke"),
        "{stderr}"
    );

    let output = ordet(dir.path())
        .args(["responses", "--hearing", DEMO])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("1 responses"), "{stdout}");
    assert!(
        stdout.contains("2010-64452-0001  published  letter"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Brev fra Integrationsrådet.pdf"),
        "{stdout}"
    );
}

#[test]
fn backup_then_restore_into_a_new_data_directory() {
    let dir = tempfile::tempdir().unwrap();
    let run = |data: &std::path::Path, args: &[&str]| {
        let output = ordet(data).args(args).output().unwrap();
        let stdout = String::from_utf8(output.stdout).unwrap();
        let stderr = String::from_utf8(output.stderr).unwrap();
        (output.status.success(), stdout, stderr)
    };
    assert!(run(dir.path(), &["demo", "--original-dates"]).0);
    let archive = dir.path().join("ordet.zip");
    let archive = archive.to_str().unwrap();
    let (ok, stdout, stderr) = run(dir.path(), &["backup", archive]);
    assert!(ok, "{stderr}");
    assert!(stdout.starts_with("Backed up "), "{stdout}");

    let fresh = tempfile::tempdir().unwrap();
    let (ok, stdout, stderr) = run(fresh.path(), &["restore", archive]);
    assert!(ok, "{stderr}");
    assert!(stdout.starts_with("Restored "), "{stdout}");
    let (ok, _, stderr) = run(fresh.path(), &["restore", archive]);
    assert!(!ok);
    assert!(stderr.contains("already holds tables"), "{stderr}");
}
