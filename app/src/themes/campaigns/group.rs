//! From groups of linked responses to [`Campaign`]s: the representative, each member's
//! similarity to it and what each member adds.

use rayon::prelude::*;

use super::additions::additions;
use super::shingles::jaccard;
use super::sketch::Sketches;
use super::{Campaign, Member, Settings};
use crate::search::analysis::plain;

/// Members the representative is chosen among and compared with: enough to find a typical
/// text, few enough that a campaign of 50,000 costs 48² comparisons, not 50,000².
const SAMPLE: usize = 48;

/// The campaigns of `groups` (positions in `texts`), largest first, then by representative.
pub(super) fn campaigns(
    texts: &[(i32, &str)],
    sketches: &Sketches,
    groups: Vec<Vec<u32>>,
    settings: &Settings,
) -> Vec<Campaign> {
    let mut campaigns: Vec<Campaign> = groups
        .into_par_iter()
        .map(|group| campaign(texts, sketches, group, settings))
        .collect();
    campaigns.sort_by(|a, b| {
        (b.members.len(), a.representative).cmp(&(a.members.len(), b.representative))
    });
    campaigns
}

/// One group as a campaign.
fn campaign(
    texts: &[(i32, &str)],
    sketches: &Sketches,
    mut group: Vec<u32>,
    settings: &Settings,
) -> Campaign {
    group.sort_by_key(|&doc| (texts[doc as usize].0, doc));
    let representative = medoid(sketches, &group);
    let template = sketches.set(representative as usize);
    let mut analyser = plain();
    let members = group
        .iter()
        .map(|&doc| {
            let (response_id, text) = texts[doc as usize];
            let similarity = jaccard(sketches.set(doc as usize), template);
            let additions = if doc == representative {
                String::new()
            } else {
                additions(&mut analyser, text, template, settings.shingle_words)
            };
            Member {
                response_id,
                similarity,
                additions,
            }
        })
        .collect();
    Campaign {
        representative: texts[representative as usize].0,
        members,
    }
}

/// The most typical member: among an evenly spaced sample of the group (sorted by id), the
/// one with the highest total Jaccard similarity to the sample; the earliest on a tie.
fn medoid(sketches: &Sketches, group: &[u32]) -> u32 {
    let sample = evenly_spaced(group, SAMPLE);
    let mut best = (f32::MIN, sample[0]);
    for &candidate in &sample {
        let set = sketches.set(candidate as usize);
        let total: f32 = sample
            .iter()
            .map(|&other| jaccard(set, sketches.set(other as usize)))
            .sum();
        if total > best.0 {
            best = (total, candidate);
        }
    }
    best.1
}

/// At most `n` items of `items`, evenly spaced, the first included.
fn evenly_spaced(items: &[u32], n: usize) -> Vec<u32> {
    if items.len() <= n {
        return items.to_vec();
    }
    (0..n).map(|i| items[i * items.len() / n]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_are_spread_and_small() {
        let items: Vec<u32> = (0..100).collect();
        assert_eq!(evenly_spaced(&items, 4), vec![0, 25, 50, 75]);
        assert_eq!(evenly_spaced(&items[..3], 4), vec![0, 1, 2]);
    }
}
