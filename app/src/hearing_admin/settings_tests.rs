//! Tests of the settings checks.

use super::*;
use crate::hearing_admin::{MilestoneInput, RecipientInput};

fn valid() -> SettingsInput {
    SettingsInput {
        slug: String::new(),
        title: "Københavns Integrationspolitik 2011-2014".into(),
        summary: "Politikken for integration.".into(),
        committee: "Beskæftigelses- og Integrationsudvalget".into(),
        journal_number: "2010-64452".into(),
        opens_at: "2010-08-09T00:00".into(),
        closes_at: "2010-10-04T23:59".into(),
        publication_policy: "after_verification".into(),
        milestones: vec![MilestoneInput {
            date: "2010-11-04".into(),
            label: "Udvalgsmøde".into(),
            kind: "meeting".into(),
        }],
        digest_recipients: vec![RecipientInput {
            name: "Udvalgssekretær".into(),
            email: "Sekretaer@KK.dk".into(),
        }],
        retention_months: String::new(),
    }
}

#[test]
fn valid_settings_are_read_in_copenhagen_time() {
    let settings = parse_settings(&valid(), Locale::Da).expect("valid");
    // 9 August 2010 00:00 in Copenhagen is summer time, UTC+2.
    assert_eq!(settings.opens_at.to_rfc3339(), "2010-08-08T22:00:00+00:00");
    assert_eq!(local_input(settings.opens_at), "2010-08-09T00:00");
    assert_eq!(
        settings.recipients,
        [("Udvalgssekretær".into(), "sekretaer@kk.dk".into())]
    );
    assert_eq!(settings.milestones.len(), 1);
}

#[test]
fn every_bad_field_gets_its_own_message_in_the_readers_language() {
    let mut input = valid();
    input.title = " ".into();
    input.journal_number = "64452".into();
    input.opens_at = "i morgen".into();
    input.publication_policy = "never".into();
    input.milestones.push(MilestoneInput {
        date: "4/11".into(),
        label: String::new(),
        kind: "party".into(),
    });
    input.digest_recipients.push(RecipientInput {
        name: "Anden".into(),
        email: "ikke-en-adresse".into(),
    });
    let errors = parse_settings(&input, Locale::Da).unwrap_err();
    assert_eq!(errors["title"], "Udfyld feltet.");
    assert!(errors["journal_number"].contains("2010-64452"));
    assert!(errors["opens_at"].starts_with("Skriv dato og klokkeslæt"));
    assert_eq!(errors["publication_policy"], "Vælg en af mulighederne.");
    assert!(errors.contains_key("milestones.1.date"));
    assert!(errors.contains_key("milestones.1.label"));
    assert!(errors.contains_key("milestones.1.kind"));
    assert!(errors["digest_recipients.1.email"].starts_with("Skriv en gyldig e-mailadresse"));
    input.committee = "u".repeat(201);
    let errors = parse_settings(&input, Locale::Da).unwrap_err();
    assert_eq!(errors["committee"], "Højst 200 tegn.");
    let english = parse_settings(&input, Locale::En).unwrap_err();
    assert_eq!(english["committee"], "At most 200 characters.");
    assert_eq!(english["title"], "Fill in this field.");
}

#[test]
fn the_deadline_must_follow_the_opening_and_addresses_are_listed_once() {
    let mut input = valid();
    input.closes_at = "2010-08-01T12:00".into();
    input.digest_recipients.push(RecipientInput {
        name: "Igen".into(),
        email: "sekretaer@kk.dk".into(),
    });
    let errors = parse_settings(&input, Locale::En).unwrap_err();
    assert_eq!(
        errors["closes_at"],
        "The deadline must be after the opening."
    );
    assert_eq!(
        errors["digest_recipients.1.email"],
        "This address is already listed."
    );
}

#[test]
fn blank_rows_are_dropped_and_offsets_are_honoured() {
    let mut input = valid();
    input.milestones.push(MilestoneInput {
        date: " ".into(),
        label: String::new(),
        kind: "other".into(),
    });
    input.digest_recipients.push(RecipientInput::default());
    input.opens_at = "2010-08-09T00:00:00Z".into();
    let settings = parse_settings(&input, Locale::Da).expect("valid");
    assert_eq!(
        (settings.milestones.len(), settings.recipients.len()),
        (1, 1)
    );
    assert_eq!(settings.opens_at.to_rfc3339(), "2010-08-09T00:00:00+00:00");
}

#[test]
fn journal_numbers_and_slugs_have_one_form() {
    assert!(is_journal_number("2010-64452"));
    assert!(!is_journal_number("10-64452"));
    assert!(!is_journal_number("2010-"));
    assert!(!is_journal_number("2010-6445x"));
    assert!(!is_journal_number("2010-1234567890"));
    assert!(is_slug("integrationspolitik-2011-2014"));
    for bad in [
        "ab",
        "Store-Bogstaver",
        "-a-b",
        "a--b",
        "æble-plan",
        "new",
        "a b c",
    ] {
        assert!(!is_slug(bad), "{bad}");
    }
}

#[test]
fn a_time_the_clock_skips_is_refused() {
    // 28 March 2010, 02:30 does not exist in Copenhagen.
    assert_eq!(parse_instant("2010-03-28T02:30"), None);
    assert!(parse_instant("2010-10-31T02:30").is_some());
}

#[test]
fn titles_labels_and_names_on_more_than_one_line_are_refused_at_their_field() {
    let mut input = valid();
    input.title = "Integrationspolitik\nLæs mere på https://evil.example".into();
    input.committee = "Udvalget\r".into();
    input.milestones[0].label = "Møde\u{2028}i udvalget".into();
    input.digest_recipients[0].name = "Sekretær\tX".into();
    let errors = parse_settings(&input, Locale::Da).unwrap_err();
    let one_line = "Skriv det på én linje, uden linjeskift, tabulatorer eller andre kontroltegn.";
    assert_eq!(errors["title"], one_line);
    assert_eq!(errors["milestones.0.label"], one_line);
    assert_eq!(errors["digest_recipients.0.name"], one_line);
    assert!(
        !errors.contains_key("committee"),
        "a line break at the end is trimmed away"
    );
    let english = parse_settings(&input, Locale::En).unwrap_err();
    assert!(english["title"].starts_with("Write it on one line"));
}

#[test]
fn an_instant_beyond_four_digit_years_is_refused() {
    for hostile in [
        "+262143-12-31T23:59",
        "+99999-01-01T00:00",
        "-0001-01-01 00:00",
        "1899-12-31T23:59",
    ] {
        assert_eq!(parse_instant(hostile), None, "{hostile}");
    }
    assert!(parse_instant("9999-12-31T00:00").is_some());
}

#[test]
fn a_retention_is_empty_or_whole_months_up_to_ten_years() {
    assert_eq!(parse_retention_months(""), Ok(None));
    assert_eq!(parse_retention_months(" 24 "), Ok(Some(24)));
    assert_eq!(parse_retention_months("120"), Ok(Some(120)));
    assert_eq!(parse_retention_months("0"), Err(RetentionProblem::TooFew));
    assert_eq!(parse_retention_months("-3"), Err(RetentionProblem::TooFew));
    let too_many = Err(RetentionProblem::TooMany { max: 120 });
    assert_eq!(parse_retention_months("121"), too_many);
    assert_eq!(parse_retention_months("99999999999999999999"), too_many);
    for text in ["et år", "1.5", "12 måneder", "-", "+6"] {
        assert_eq!(
            parse_retention_months(text),
            Err(RetentionProblem::NotWholeNumber),
            "{text}"
        );
    }
}

#[test]
fn a_bad_retention_is_refused_at_its_field_in_the_readers_language() {
    let mut input = valid();
    input.retention_months = "0".into();
    let errors = parse_settings(&input, Locale::Da).unwrap_err();
    assert_eq!(
        errors["retention_months"],
        "Persondata skal gemmes i mindst 1 måned."
    );
    input.retention_months = "two years".into();
    let errors = parse_settings(&input, Locale::En).unwrap_err();
    assert!(errors["retention_months"].starts_with("Enter a whole number of months"));
    input.retention_months = "36".into();
    let settings = parse_settings(&input, Locale::Da).expect("valid");
    assert_eq!(settings.retention_months, Some(36));
}
