//! Every language's translation files against the catalogue's declarations: a message a
//! method asks for is in every language, uses no argument the method does not pass, and no
//! language has a message Danish lacks (a typo in an id would otherwise go unnoticed).

use std::collections::{BTreeMap, BTreeSet};

use strum::VariantNames;

use super::fluent::{message_ids, parse};
use super::*;
use crate::vocab::*;

/// Every message a method shows, with the arguments the method passes.
fn declared() -> Vec<(&'static str, &'static [&'static str])> {
    [
        COMMON_KEYS,
        accounts::ACCOUNT_KEYS,
        admin::ADMIN_KEYS,
        digest::DIGEST_KEYS,
        files::FILE_KEYS,
        hearing_admin::HEARING_ADMIN_KEYS,
        inbox::INBOX_KEYS,
        manage::MANAGE_KEYS,
        parties::PARTY_KEYS,
        respond::RESPOND_KEYS,
        retention::RETENTION_KEYS,
        rights::RIGHTS_KEYS,
        search::SEARCH_KEYS,
        site::SITE_KEYS,
        outcome::OUTCOME_KEYS,
        outcome::OUTCOME_ADMIN_KEYS,
        themes::THEME_KEYS,
        vocab::VOCAB_KEYS,
        texts::TEXT_KEYS,
    ]
    .concat()
}

/// A language's messages by file name (`respond`), each with the variables it refers to.
fn files_of(locale: Locale) -> BTreeMap<String, BTreeMap<String, BTreeSet<String>>> {
    let mut files = BTreeMap::new();
    let mut seen = BTreeSet::new();
    for (path, source) in locale.sources() {
        let resource = parse(path, source);
        let mut messages = BTreeMap::new();
        for entry in resource.entries() {
            let fluent_syntax::ast::Entry::Message(message) = entry else {
                continue;
            };
            let id = message.id.name.to_owned();
            assert!(seen.insert(id.clone()), "{path}: «{id}» is defined twice");
            messages.insert(id, super::variables::of_message(message));
        }
        assert!(!message_ids(&resource).is_empty(), "{path} is empty");
        let stem = path
            .rsplit('/')
            .next()
            .unwrap_or(path)
            .trim_end_matches(".ftl");
        files.insert(stem.to_owned(), messages);
    }
    files
}

/// A language's messages, each with the variables it refers to.
fn messages_of(locale: Locale) -> BTreeMap<String, BTreeSet<String>> {
    files_of(locale).into_values().flatten().collect()
}

/// The messages of Danish's files that `locale` has too: those it must have.
fn owed_by(locale: Locale) -> BTreeSet<String> {
    let has = files_of(locale);
    let danish = files_of(Locale::Da);
    let owed = danish
        .into_iter()
        .filter(|(file, _)| has.contains_key(file));
    owed.flat_map(|(_, messages)| messages.into_keys())
        .collect()
}

#[test]
fn every_declared_message_is_in_every_language_with_only_the_arguments_it_gets() {
    for &locale in Locale::ALL {
        let (messages, owed) = (messages_of(locale), owed_by(locale));
        let mut problems = Vec::new();
        for (id, args) in declared() {
            match messages.get(id) {
                None if owed.contains(id) => problems.push(format!("{id} is missing")),
                None => {}
                Some(used) => {
                    let unknown: Vec<_> = used
                        .iter()
                        .filter(|v| !args.contains(&v.as_str()))
                        .collect();
                    if !unknown.is_empty() {
                        problems.push(format!("{id} uses {unknown:?}, but gets only {args:?}"));
                    }
                }
            }
        }
        assert!(problems.is_empty(), "{}: {problems:#?}", locale.code());
    }
}

#[test]
fn every_file_of_a_language_has_exactly_the_messages_danish_has_in_it() {
    let danish = files_of(Locale::Da);
    for &locale in &Locale::ALL[1..] {
        for (file, messages) in files_of(locale) {
            let ids: BTreeSet<&String> = messages.keys().collect();
            let theirs: BTreeSet<&String> = danish[&file].keys().collect();
            let missing: Vec<_> = theirs.difference(&ids).collect();
            let extra: Vec<_> = ids.difference(&theirs).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}/{file}.ftl: missing {missing:?}, not in Danish {extra:?}",
                locale.code()
            );
        }
    }
}

#[test]
fn the_complete_languages_have_every_file_and_the_others_the_residents_files() {
    let all = files_of(Locale::Da).len();
    for &locale in Locale::ALL {
        let files = files_of(locale);
        assert_eq!(
            locale.has_officials_pages(),
            files.len() == all,
            "{locale:?}"
        );
        for file in [
            "common", "respond", "manage", "rights", "search", "site", "vocab",
        ] {
            assert!(files.contains_key(file), "{locale:?} lacks {file}");
        }
    }
    assert!(Locale::En.has_officials_pages() && !Locale::Ar.has_officials_pages());
}

/// The vocabulary's names are messages chosen by value (`status_name-published`): each
/// value of each enum has its own in every language, as the exhaustive `match` in Rust did.
#[test]
fn every_vocabulary_value_has_its_name_in_every_language() {
    let by_value: [(&str, &[&str]); 18] = [
        ("status_name", ResponseStatus::VARIANTS),
        ("manage_status", ResponseStatus::VARIANTS),
        ("facet_status", ResponseStatus::VARIANTS),
        ("channel_name", Channel::VARIANTS),
        ("facet_channel", Channel::VARIANTS),
        ("kind_label", RespondentKind::VARIANTS),
        ("theme_kind", RespondentKind::VARIANTS),
        ("facet_kind", RespondentKind::VARIANTS),
        ("stance_label", Stance::VARIANTS),
        ("facet_stance", Stance::VARIANTS),
        ("role_name", Role::VARIANTS),
        ("party_kind", PartyKind::VARIANTS),
        ("ha_policy_name", PublicationPolicy::VARIANTS),
        ("ha_milestone_kind_name", MilestoneKind::VARIANTS),
        ("no_extracted_text", Extraction::VARIANTS),
        ("digest_kind", DigestKind::VARIANTS),
        ("my_data_mail_status", MailStatus::VARIANTS),
        ("ha_transition_button", HearingState::VARIANTS),
    ];
    for &locale in Locale::ALL {
        let (messages, owed) = (messages_of(locale), owed_by(locale));
        let missing: Vec<String> = by_value
            .iter()
            .flat_map(|(id, values)| values.iter().map(move |v| format!("{id}-{v}")))
            .filter(|id| owed.contains(id) && !messages.contains_key(id))
            .collect();
        assert!(missing.is_empty(), "{}: {missing:?}", locale.code());
    }
}

#[test]
fn a_message_reads_its_arguments_and_chooses_plural_forms() {
    let (da, en) = (Locale::Da.messages(), Locale::En.messages());
    assert_eq!(da.responses_received(0), "Ingen høringssvar endnu.");
    assert_eq!(da.responses_received(1), "1 høringssvar modtaget.");
    assert_eq!(en.responses_received(12), "12 responses received.");
    assert_eq!(en.search_results(1, "bolig"), "1 response match “bolig”");
    assert_eq!(da.search_results(3, " "), "3 svar matcher filtrene");
    assert_eq!(da.month(13), "december", "a month past the end is the last");
    assert_eq!(
        en.weekday_name(7),
        "Sunday",
        "anything past Saturday is Sunday"
    );
}

#[test]
fn a_key_no_language_has_falls_back_without_keeping_anything() {
    let da = Locale::Da.messages();
    assert_eq!(
        da.users_saved("anything"),
        "Ændringen er gemt.",
        "the -other message"
    );
    assert_eq!(da.digest_saved_notice("anything"), None);
    assert_eq!(
        super::fluent::text(Locale::En, "no_such_message"),
        super::fluent::MISSING
    );
    assert_eq!(
        super::fluent::format(Locale::En, "no_such_message", &[]),
        super::fluent::MISSING
    );
}
