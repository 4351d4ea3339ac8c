use super::*;

/// Every value of `all` reads back from its stored name, which is `names` in order, and the
/// names are exact (no other case, no spaces).
fn round_trip<T>(all: &[T], names: &[&str])
where
    T: Copy + PartialEq + std::fmt::Debug + std::fmt::Display + std::str::FromStr,
    T: serde::Serialize + serde::de::DeserializeOwned,
    &'static str: From<T>,
{
    let stored: Vec<&str> = all.iter().map(|value| <&str>::from(*value)).collect();
    assert_eq!(stored, names);
    for value in all {
        let name = <&str>::from(*value);
        assert_eq!(name.parse::<T>().ok(), Some(*value));
        assert_eq!(value.to_string(), name);
        assert!(
            name.to_uppercase().parse::<T>().is_err(),
            "{name}: names are exact"
        );
        assert!(
            format!(" {name}").parse::<T>().is_err(),
            "{name}: names are exact"
        );
        let json = serde_json::to_string(value).unwrap();
        assert_eq!(json, format!("\"{name}\""), "JSON carries the stored name");
        assert_eq!(serde_json::from_str::<T>(&json).ok(), Some(*value));
    }
}

#[test]
fn the_stored_names_are_the_ones_in_the_database() {
    round_trip(DigestKind::ALL, &["weekly", "final", "manual"]);
    round_trip(RemarkTarget::ALL, &["response", "theme"]);
    round_trip(
        HearingState::ALL,
        &["draft", "published", "processing", "decided"],
    );
    round_trip(
        PublicationPolicy::ALL,
        &["after_verification", "after_moderation", "after_deadline"],
    );
    round_trip(
        MilestoneKind::ALL,
        &[
            "synopsis",
            "meeting",
            "hearing_opens",
            "hearing_closes",
            "final_proposal",
            "adoption",
            "other",
        ],
    );
    round_trip(
        BlockKind::ALL,
        &["text", "ordered_list", "bullet_list", "table"],
    );
    round_trip(
        PartyKind::ALL,
        &[
            "council",
            "public_body",
            "association",
            "union",
            "employers",
            "company",
        ],
    );
    round_trip(
        RespondentKind::ALL,
        &["resident", "association", "company", "public_body"],
    );
    round_trip(Role::ALL, &["admin", "official", "moderator", "reader"]);
    round_trip(ErasureStatus::ALL, &["pending", "carried_out"]);
    round_trip(MailStatus::ALL, &["pending", "sent", "failed"]);
    round_trip(ThemeReason::ALL, &["indexed", "requested"]);
    round_trip(AccountTokenPurpose::ALL, &["login", "reset"]);
    round_trip(ResponseTokenPurpose::ALL, &["verify", "manage"]);
    round_trip(RightsTokenPurpose::ALL, &["link", "grant"]);
    round_trip(
        ResponseStatus::ALL,
        &[
            "awaiting_verification",
            "verified",
            "published",
            "held",
            "rejected",
            "withdrawn",
            "awaiting_review",
        ],
    );
    round_trip(Stance::ALL, &["support", "oppose", "mixed", "none"]);
    round_trip(Channel::ALL, &["web", "email", "letter", "meeting"]);
    round_trip(
        Extraction::ALL,
        &[
            "pending",
            "extracted",
            "no_text",
            "encrypted",
            "failed",
            "timed_out",
        ],
    );
}

#[test]
fn serde_writes_and_reads_the_stored_name() {
    assert_eq!(
        serde_json::to_string(&RespondentKind::PublicBody).unwrap(),
        "\"public_body\""
    );
    assert_eq!(
        serde_json::from_str::<ResponseStatus>("\"awaiting_verification\"").unwrap(),
        ResponseStatus::AwaitingVerification
    );
    assert!(serde_json::from_str::<Stance>("\"neutral\"").is_err());
}

#[test]
fn a_form_may_leave_the_stance_out() {
    assert_eq!(Stance::from_form(None), Some(Stance::None));
    assert_eq!(Stance::from_form(Some("  ")), Some(Stance::None));
    assert_eq!(Stance::from_form(Some(" oppose ")), Some(Stance::Oppose));
    assert_eq!(Stance::from_form(Some("none")), Some(Stance::None));
    assert_eq!(Stance::from_form(Some("neutral")), None);
    assert_eq!(Stance::parse(""), None, "stored names are exact");
}

#[test]
fn the_named_sets_of_statuses() {
    use ResponseStatus::*;
    assert_eq!(ResponseStatus::COUNTED, [Verified, Published, Held]);
    assert!(Rejected.is_in(&ResponseStatus::CONFIRMED));
    assert!(!Rejected.is_in(&ResponseStatus::COUNTED));
    assert!(
        AwaitingReview.is_in(&ResponseStatus::CONFIRMED),
        "officials decide on it"
    );
    assert!(
        !AwaitingReview.is_in(&ResponseStatus::COUNTED),
        "counted once decided"
    );
    for status in [AwaitingVerification, Withdrawn] {
        assert!(
            !status.is_in(&ResponseStatus::CONFIRMED),
            "{status} is not confirmed"
        );
    }
    assert!(
        ResponseStatus::COUNTED
            .iter()
            .all(|s| s.is_in(&ResponseStatus::CONFIRMED))
    );
}
