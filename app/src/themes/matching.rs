//! How re-clustering keeps themes' identities: each new cluster is matched to the old theme it
//! shares most responses with (largest overlaps first, one cluster per theme unless officials
//! merged into it), so names officials gave survive. Members of `kept` themes (made by a merge
//! or a split) stay where they are; the rest follow their cluster.

use std::collections::{BTreeMap, HashMap, HashSet};

/// Where a cluster's responses go.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Target {
    /// An existing theme, by id.
    Existing(i32),
    /// A new theme, made for cluster number `n`.
    New(usize),
}

/// What the themes looked like before the run.
#[derive(Clone, Debug, Default)]
pub struct Before {
    /// Each response's theme (algorithmic members of themes that are not pinned).
    pub theme_of: HashMap<i32, i32>,
    /// Themes whose members stay put.
    pub kept: HashSet<i32>,
    /// Themes several clusters may map onto (something was merged into them).
    pub merged: HashSet<i32>,
}

/// Matches `clusters` (response ids each) to old themes; returns each cluster's target.
pub fn match_clusters(before: &Before, clusters: &[Vec<i32>]) -> Vec<Target> {
    let mut old_size: HashMap<i32, usize> = HashMap::new();
    for theme in before.theme_of.values() {
        *old_size.entry(*theme).or_default() += 1;
    }
    let mut pairs: Vec<(usize, i32, usize)> = Vec::new();
    for (c, members) in clusters.iter().enumerate() {
        let mut overlap: BTreeMap<i32, usize> = BTreeMap::new();
        for id in members {
            if let Some(theme) = before.theme_of.get(id) {
                *overlap.entry(*theme).or_default() += 1;
            }
        }
        for (theme, n) in overlap {
            if 2 * n > old_size[&theme].min(members.len()) {
                pairs.push((n, theme, c));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut targets: Vec<Option<Target>> = vec![None; clusters.len()];
    let mut used: HashSet<i32> = HashSet::new();
    for (_, theme, c) in pairs {
        if targets[c].is_some() || (used.contains(&theme) && !before.merged.contains(&theme)) {
            continue;
        }
        targets[c] = Some(Target::Existing(theme));
        used.insert(theme);
    }
    targets
        .into_iter()
        .enumerate()
        .map(|(c, t)| t.unwrap_or(Target::New(c)))
        .collect()
}

/// Each response's final target: a kept theme's member stays; the rest follow their cluster.
pub fn assign(before: &Before, clusters: &[Vec<i32>], targets: &[Target]) -> Vec<(i32, Target)> {
    let mut out = Vec::new();
    for (members, target) in clusters.iter().zip(targets) {
        for id in members {
            let stay = before
                .theme_of
                .get(id)
                .filter(|t| before.kept.contains(t))
                .map(|t| Target::Existing(*t));
            out.push((*id, stay.unwrap_or(*target)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn before(pairs: &[(i32, i32)]) -> Before {
        Before {
            theme_of: pairs.iter().copied().collect(),
            ..Before::default()
        }
    }

    #[test]
    fn a_cluster_keeps_the_identity_of_the_theme_it_mostly_holds() {
        let old = before(&[(1, 10), (2, 10), (3, 10), (4, 20), (5, 20)]);
        let clusters = vec![vec![4, 5, 6], vec![1, 2, 3, 7, 8]];
        assert_eq!(
            match_clusters(&old, &clusters),
            [Target::Existing(20), Target::Existing(10)]
        );
    }

    #[test]
    fn new_subjects_make_new_themes_and_a_theme_is_matched_once() {
        let old = before(&[(1, 10), (2, 10), (3, 10), (4, 10)]);
        let clusters = vec![vec![1, 2, 3], vec![4, 9], vec![7, 8]];
        assert_eq!(
            match_clusters(&old, &clusters),
            [Target::Existing(10), Target::New(1), Target::New(2)]
        );
    }

    #[test]
    fn a_merged_theme_takes_every_cluster_it_holds() {
        let mut old = before(&[(1, 10), (2, 10), (3, 10), (4, 10)]);
        old.merged.insert(10);
        let clusters = vec![vec![1, 2, 5], vec![3, 4, 6]];
        assert_eq!(
            match_clusters(&old, &clusters),
            [Target::Existing(10), Target::Existing(10)]
        );
    }

    #[test]
    fn members_of_kept_themes_stay_while_new_responses_follow_their_cluster() {
        let mut old = before(&[(1, 10), (2, 10), (3, 11), (4, 11)]);
        old.kept.extend([10, 11]);
        let clusters = vec![vec![1, 2, 3, 4, 5]];
        let targets = match_clusters(&old, &clusters);
        let assigned: HashMap<i32, Target> =
            assign(&old, &clusters, &targets).into_iter().collect();
        assert_eq!(assigned[&3], Target::Existing(11));
        assert_eq!(assigned[&1], Target::Existing(10));
        assert_eq!(assigned[&5], targets[0]);
    }

    #[test]
    fn nothing_before_makes_every_cluster_new() {
        let clusters = vec![vec![1], vec![2]];
        let targets = match_clusters(&Before::default(), &clusters);
        assert_eq!(targets, [Target::New(0), Target::New(1)]);
    }
}
