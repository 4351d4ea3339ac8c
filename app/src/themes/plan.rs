//! One theme run, as a plan the store writes: campaigns found and matched to the old ones,
//! the responses clustered (campaigns and duplicates as one voice, officials' placements and
//! pinned themes left alone), clusters matched to the old themes, and each theme's label and
//! quotes.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::campaigns::{self, Member};
use super::cluster;
use super::describe;
use super::input::{Response, State};
use super::matching::{self, Before, Target};
use super::meaning::{self, Vectors};
use super::public_words::PublicWords;
use super::quotes::Quote;
use super::vectors::DocVectors;

/// A theme as the run leaves it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlannedTheme {
    /// The old theme it continues, or a new one.
    pub target: Target,
    /// Its distinctive terms, readable.
    pub terms: Vec<String>,
    /// Quote candidates, best first.
    pub quotes: Vec<Quote>,
    /// The responses the algorithm puts in it (officials' placements are not listed).
    pub members: Vec<i32>,
    /// What the public may read of it (see [`super::public_words`]).
    pub public: PublicWords,
}

/// A campaign as the run leaves it.
#[derive(Clone, Debug, PartialEq)]
pub struct PlannedCampaign {
    /// The old campaign it continues, or a new one.
    pub target: Target,
    /// The member that stands for the template.
    pub representative: i32,
    /// Every member, the representative included.
    pub members: Vec<Member>,
}

/// What a run decided.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Plan {
    /// Themes to write.
    pub themes: Vec<PlannedTheme>,
    /// Old themes left without members.
    pub retire: Vec<i32>,
    /// Campaigns to write (the old ones not listed go).
    pub campaigns: Vec<PlannedCampaign>,
    /// The public words of the pinned themes (nothing else of them changes).
    pub pinned_public: Vec<(i32, PublicWords)>,
}

/// Matches the campaigns found to the old ones.
pub fn campaigns(state: &State, found: Vec<campaigns::Campaign>) -> Vec<PlannedCampaign> {
    let before = Before {
        theme_of: state
            .campaign_members
            .iter()
            .map(|m| (m.response_id, m.campaign_id))
            .collect(),
        ..Before::default()
    };
    let groups: Vec<Vec<i32>> = found
        .iter()
        .map(|c| c.members.iter().map(|m| m.response_id).collect())
        .collect();
    let targets = matching::match_clusters(&before, &groups);
    found
        .into_iter()
        .zip(targets)
        .map(|(c, target)| PlannedCampaign {
            target,
            representative: c.representative,
            members: c.members,
        })
        .collect()
}

/// Who speaks through whom: campaign members through their representative (`representative`
/// maps each member to it, as [`campaigns::voices`] does), marked duplicates through their
/// original (when it is themed too).
pub fn leaders(responses: &[Response], representative: &HashMap<i32, i32>) -> HashMap<i32, i32> {
    let themed: HashSet<i32> = responses.iter().map(|r| r.id).collect();
    let mut leader: HashMap<i32, i32> = representative
        .iter()
        .filter(|(member, rep)| member != rep)
        .map(|(member, rep)| (*member, *rep))
        .collect();
    for r in responses {
        if let Some(original) = r.duplicate_of.filter(|o| themed.contains(o)) {
            leader.entry(r.id).or_insert(original);
        }
    }
    let root = |mut id: i32| {
        for _ in 0..8 {
            match leader.get(&id) {
                Some(next) if *next != id => id = *next,
                _ => break,
            }
        }
        id
    };
    leader.keys().map(|id| (*id, root(*id))).collect()
}

/// Responses officials placed, or in pinned themes: the run does not move them.
pub fn fixed(state: &State) -> HashSet<i32> {
    state
        .members
        .iter()
        .filter(|m| m.manual || state.is_pinned(m.theme_id))
        .map(|m| m.response_id)
        .collect()
}

/// The themes before the run, as matching needs them.
pub fn before(state: &State) -> Before {
    let movable: HashSet<i32> = state
        .themes
        .iter()
        .filter(|t| !t.pinned)
        .map(|t| t.id)
        .collect();
    Before {
        theme_of: state
            .members
            .iter()
            .filter(|m| !m.manual && movable.contains(&m.theme_id))
            .map(|m| (m.response_id, m.theme_id))
            .collect(),
        kept: state
            .themes
            .iter()
            .filter(|t| t.kept)
            .map(|t| t.id)
            .collect(),
        merged: state
            .themes
            .iter()
            .filter(|t| t.merged)
            .map(|t| t.id)
            .collect(),
    }
}

/// Plans the themes: clusters the voices (by their sentence vectors when `meaning` has them,
/// else their rows of `vectors`), matches, labels and quotes.
pub fn themes(
    responses: &[Response],
    state: &State,
    (vectors, meaning): (&DocVectors, Option<&Vectors>),
    leaders: &HashMap<i32, i32>,
) -> (Vec<PlannedTheme>, Vec<i32>) {
    let fixed = fixed(state);
    let row_of = vectors.row_of();
    let voices: Vec<usize> = responses
        .iter()
        .filter(|r| !fixed.contains(&r.id))
        .filter(|r| leaders.get(&r.id).is_none_or(|l| fixed.contains(l)))
        .filter_map(|r| row_of.get(&r.id).copied())
        .collect();
    let (rows, dims, settings) = meaning::space(vectors, &voices, meaning);
    let clustering = cluster::cluster(&rows, dims, None, &settings);
    let mut clusters: Vec<Vec<i32>> = vec![Vec::new(); clustering.k];
    for (v, label) in voices.iter().zip(&clustering.labels) {
        clusters[*label].push(vectors.ids[*v]);
    }
    let before = before(state);
    let targets = matching::match_clusters(&before, &clusters);
    let mut groups: BTreeMap<Target, Vec<i32>> = BTreeMap::new();
    for (id, target) in matching::assign(&before, &clusters, &targets) {
        groups.entry(target).or_default().push(id);
    }
    let target_of: HashMap<i32, Target> = groups
        .iter()
        .flat_map(|(t, members)| members.iter().map(|id| (*id, *t)))
        .collect();
    let mut followers: Vec<(&i32, &i32)> = leaders.iter().collect();
    followers.sort();
    for (follower, leader) in followers {
        match target_of.get(leader) {
            Some(target) if !fixed.contains(follower) => {
                groups.entry(*target).or_default().push(*follower)
            }
            _ => {}
        }
    }
    let planned = describe::describe(responses, state, vectors, groups, leaders);
    let kept: HashSet<Target> = planned.iter().map(|t| t.target).collect();
    let retire = state
        .themes
        .iter()
        .filter(|t| !t.pinned && !kept.contains(&Target::Existing(t.id)))
        .filter(|t| !state.members.iter().any(|m| m.manual && m.theme_id == t.id))
        .map(|t| t.id)
        .collect();
    (planned, retire)
}
