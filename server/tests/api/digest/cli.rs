//! `ordet digest --hearing SLUG [--preview | --send]`.

use std::process::Command;

use crate::cli::ordet;
use crate::helpers::DEMO;

fn run(command: &mut Command) -> String {
    let output = command.output().unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn preview_prints_the_text_and_send_writes_one_multipart_eml_per_recipient() {
    let dir = tempfile::tempdir().unwrap();
    run(ordet(dir.path()).args(["demo", "--original-dates", "--responses", "12"]));
    let slug = ["--hearing", DEMO];
    let preview = run(ordet(dir.path()).arg("digest").args(slug).arg("--preview"));
    assert!(
        preview.starts_with("Overblik over høringssvar: Københavns Integrationspolitik"),
        "{preview}"
    );
    assert!(preview.contains("I alt: 12 høringssvar"), "{preview}");
    assert!(
        !dir.path().join("outbox").exists(),
        "a preview sends nothing"
    );
    let sent = run(ordet(dir.path()).arg("digest").args(slug).arg("--send"));
    assert!(sent.contains("2 recipient(s); 2 message(s) sent"), "{sent}");
    let mut files: Vec<_> = std::fs::read_dir(dir.path().join("outbox"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert_eq!(files.len(), 2);
    for file in files {
        let raw = std::fs::read_to_string(file).unwrap();
        let (to, subject, text, _) = super::parts(&raw);
        assert!(to.starts_with("biu."), "{to}");
        assert!(
            subject.contains("Københavns Integrationspolitik 2011-2014"),
            "{subject}"
        );
        assert!(text.contains("I alt: 12 høringssvar"), "{text}");
    }
}

#[test]
fn an_unknown_hearing_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let output = ordet(dir.path())
        .args(["digest", "--hearing", "findes-ikke", "--send"])
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("no hearing has the slug «findes-ikke»"),
        "{stderr}"
    );
}
