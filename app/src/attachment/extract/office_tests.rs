//! The text of the shared fixture documents, as it was before the walker was shared.

use super::*;
use crate::office::fixtures;

/// The text as Word and as OpenDocument.
fn texts(bytes: &[u8]) -> [Result<String, ExtractError>; 2] {
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), bytes).unwrap();
    [docx_text(file.path()), odt_text(file.path())]
}

fn missing() -> Result<String, ExtractError> {
    Err(ExtractError::Malformed(
        "specified file not found in archive".into(),
    ))
}

#[test]
fn the_shared_fixtures_come_out_as_before_the_walker_was_shared() {
    let ok = |text: &str| Ok(text.to_owned());
    let bad = |reason: &str| Err(ExtractError::Malformed(reason.to_owned()));
    let not_zip = "invalid Zip archive: Could not find EOCD";
    let want = [
        (
            "word",
            [
                ok(
                    "Plan & mål\n\tFormål\nFørste linje\nanden\tkolonne\n\n\nPunkt æn\nPunkt 2) to\nCelle\nØkonomi\nMed <tegn>, \"citat\" og .\nFør boksI boks\nefter\nSidste\n",
                ),
                missing(),
            ],
        ),
        (
            "odt",
            [
                missing(),
                ok(
                    "Plan\nMål og midler\nUden niveau\nEt to tre\tfire\nfem link & mere\n\nEt\nTo\nUnder\nStilet\nFod1Note\n efter\nIkke tekst Xslut\nSidste\n",
                ),
            ],
        ),
        ("word-empty", [ok(""), missing()]),
        ("odt-empty", [missing(), ok("")]),
        (
            "word-broken",
            [
                bad("ill-formed document: expected `</w:t>`, but `</w:x>` was found"),
                missing(),
            ],
        ),
        (
            "odt-broken",
            [
                missing(),
                bad("ill-formed document: expected `</text:p>`, but `</text:h>` was found"),
            ],
        ),
        ("both-parts", [ok("Word\n"), ok("Odt\n")]),
        ("no-part", [missing(), missing()]),
        ("not-zip", [bad(not_zip), bad(not_zip)]),
    ];
    let got: Vec<_> = fixtures::all()
        .into_iter()
        .map(|(name, bytes)| (name, texts(&bytes)))
        .collect();
    assert_eq!(got, want);
}
