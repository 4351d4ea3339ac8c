//! Campaign detection end to end, on the synthetic hearing and on hand-made texts.

use std::collections::BTreeSet;

use super::synthetic::{self, DAYCARE_LETTER, Hearing, INTEGRATION_LETTER, Plan};
use super::{Campaign, Settings, detect, voices};

/// 1,500 individual responses, a campaign of 500 near-copies and one of 20.
fn hearing() -> Hearing {
    synthetic::generate(&Plan {
        seed: 7,
        individuals: 1_500,
        campaigns: vec![
            (INTEGRATION_LETTER.to_owned(), 500),
            (DAYCARE_LETTER.to_owned(), 20),
        ],
    })
}

fn ids(campaign: &Campaign) -> BTreeSet<i32> {
    campaign.members.iter().map(|m| m.response_id).collect()
}

fn planted(hearing: &Hearing, campaign: usize) -> BTreeSet<i32> {
    hearing
        .responses
        .iter()
        .zip(&hearing.planted)
        .filter(|(_, label)| **label == Some(campaign))
        .map(|((id, _), _)| *id)
        .collect()
}

#[test]
fn a_planted_campaign_of_500_near_copies_is_found_whole_with_no_false_member() {
    let hearing = hearing();
    let campaigns = detect(&hearing.borrowed(), &Settings::default());
    assert_eq!(
        campaigns.len(),
        2,
        "{:?}",
        campaigns.iter().map(Campaign::signers).collect::<Vec<_>>()
    );
    assert_eq!(campaigns[0].signers(), 500);
    assert_eq!(ids(&campaigns[0]), planted(&hearing, 0));
    assert_eq!(campaigns[1].signers(), 20);
    assert_eq!(ids(&campaigns[1]), planted(&hearing, 1));
}

#[test]
fn members_are_sorted_and_the_representative_is_one_of_them() {
    let hearing = hearing();
    for campaign in detect(&hearing.borrowed(), &Settings::default()) {
        let ids: Vec<i32> = campaign.members.iter().map(|m| m.response_id).collect();
        assert!(ids.windows(2).all(|w| w[0] < w[1]));
        let representative = campaign
            .members
            .iter()
            .find(|m| m.response_id == campaign.representative)
            .expect("the representative is a member");
        assert_eq!(representative.similarity, 1.0);
        assert!(representative.additions.is_empty());
        assert!(campaign.members.iter().all(|m| m.similarity > 0.3));
    }
}

#[test]
fn detection_is_deterministic() {
    let hearing = hearing();
    let first = detect(&hearing.borrowed(), &Settings::default());
    assert_eq!(first, detect(&hearing.borrowed(), &Settings::default()));
    let again = hearing();
    assert_eq!(hearing.responses, again.responses);
}

#[test]
fn individual_responses_alone_form_no_campaign() {
    let hearing = synthetic::generate(&Plan {
        seed: 11,
        individuals: 2_000,
        campaigns: Vec::new(),
    });
    assert!(detect(&hearing.borrowed(), &Settings::default()).is_empty());
}

#[test]
fn empty_input_and_one_text_give_no_campaign() {
    assert!(detect(&[], &Settings::default()).is_empty());
    assert!(detect(&[(1, INTEGRATION_LETTER)], &Settings::default()).is_empty());
}

#[test]
fn very_short_texts_take_no_part() {
    let mut texts: Vec<(i32, &str)> = (1..=100).map(|id| (id, "Enig.")).collect();
    texts.extend((101..=150).map(|id| (id, "Jeg er helt enig i forslaget.")));
    texts.extend([(151, ""), (152, "  "), (153, "Ja"), (154, "!!!")]);
    assert!(detect(&texts, &Settings::default()).is_empty());
    let tiny = Settings {
        min_words: 0,
        shingle_words: 0,
        ..Settings::default()
    };
    let found = detect(&texts, &tiny);
    assert_eq!(found[0].signers(), 100, "one word is a shingle of one");
}

#[test]
fn a_campaign_needs_min_members() {
    let texts = [(1, INTEGRATION_LETTER), (2, INTEGRATION_LETTER)];
    assert!(detect(&texts, &Settings::default()).is_empty());
    let pairs = Settings {
        min_members: 2,
        ..Settings::default()
    };
    assert_eq!(detect(&texts, &pairs).len(), 1);
}

#[test]
fn additions_are_what_members_add_beyond_the_representative() {
    let template = DAYCARE_LETTER;
    let edited = template.replace("kæmpe", "enorm");
    let signed = format!("{template}\n\nVenlig hilsen\nAylin Yilmaz");
    let personal = format!("Min søn går i Spirevippen på Amager. {template}");
    let texts = [
        (4, template),
        (9, edited.as_str()),
        (2, signed.as_str()),
        (7, template),
        (5, personal.as_str()),
    ];
    let campaigns = detect(&texts, &Settings::default());
    assert_eq!(campaigns.len(), 1);
    let campaign = &campaigns[0];
    assert_eq!(campaign.representative, 4);
    let added: Vec<(i32, &str)> = campaign
        .members
        .iter()
        .map(|m| (m.response_id, m.additions.as_str()))
        .collect();
    assert_eq!(
        added,
        [
            (2, "Venlig hilsen\nAylin Yilmaz"),
            (4, ""),
            (5, "Min søn går i Spirevippen på Amager."),
            (7, ""),
            (9, "enorm"),
        ]
    );
}

#[test]
fn each_member_counts_as_its_campaigns_voice() {
    let texts = [
        (3, DAYCARE_LETTER),
        (1, DAYCARE_LETTER),
        (8, DAYCARE_LETTER),
    ];
    let campaigns = detect(&texts, &Settings::default());
    let voices = voices(&campaigns);
    assert_eq!(voices.len(), 3);
    assert!(voices.values().all(|&v| v == campaigns[0].representative));
    assert_eq!(campaigns[0].representative, 1, "the earliest of equals");
}
