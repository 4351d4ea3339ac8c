//! LSH banding: responses that share a band key are candidates; a candidate joins a group
//! when the exact Jaccard similarity of its shingle set to one of the bucket's few leaders
//! reaches the threshold.
//!
//! A campaign of 5,000 copies puts 5,000 responses into the same bucket; comparing every
//! pair would take 12.5 million comparisons per band. Instead each response is compared with
//! at most [`LEADERS`] leaders of its bucket (the first responses that matched no earlier
//! leader), and not at all when union-find already has it in a leader's group — after the
//! first band, nearly every copy is. The cost is linear in the bucket's size.

use rayon::slice::ParallelSliceMut;

use super::Settings;
use super::shingles::{jaccard, sizes_allow};
use super::sketch::Sketches;

/// Leaders per bucket: a bucket holding two campaigns' texts or a chance collision still
/// links each campaign's members.
const LEADERS: usize = 4;

/// Groups of at least `settings.min_members` linked responses, each sorted by position,
/// the groups in the order of their first member.
pub(super) fn link(sketches: &Sketches, settings: &Settings) -> Vec<Vec<u32>> {
    let mut groups = UnionFind::new(sketches.len());
    let mut pairs = Vec::new();
    for band in 0..settings.bands {
        band_pairs(sketches, band, &mut pairs);
        for bucket in pairs.chunk_by(|a, b| a.0 == b.0) {
            if bucket.len() > 1 {
                verify(bucket, sketches, settings.threshold, &mut groups);
            }
        }
    }
    groups.groups(settings.min_members)
}

/// (band key, response) of every response that takes part, sorted by key and response.
fn band_pairs(sketches: &Sketches, band: usize, pairs: &mut Vec<(u64, u32)>) {
    pairs.clear();
    pairs.extend(
        (0..sketches.len())
            .filter(|&doc| !sketches.set(doc).is_empty())
            .map(|doc| (sketches.key(doc, band), doc as u32)),
    );
    pairs.par_sort_unstable();
}

/// Links the responses of one bucket to its leaders.
fn verify(bucket: &[(u64, u32)], sketches: &Sketches, threshold: f32, groups: &mut UnionFind) {
    let mut leaders: Vec<u32> = Vec::with_capacity(LEADERS);
    for &(_, doc) in bucket {
        if leaders.iter().any(|&l| groups.same(doc, l)) {
            continue;
        }
        let set = sketches.set(doc as usize);
        let matched = leaders.iter().copied().find(|&leader| {
            let other = sketches.set(leader as usize);
            sizes_allow(set.len(), other.len(), threshold) && jaccard(set, other) >= threshold
        });
        match matched {
            Some(leader) => groups.union(doc, leader),
            None if leaders.len() < LEADERS => leaders.push(doc),
            None => {}
        }
    }
}

/// Disjoint sets of responses, by position.
struct UnionFind {
    parent: Vec<u32>,
    size: Vec<u32>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        let n = u32::try_from(n).expect("fewer than 2³² responses");
        UnionFind {
            parent: (0..n).collect(),
            size: vec![1; n as usize],
        }
    }

    /// The representative of `x`'s set, halving the path on the way.
    fn find(&mut self, mut x: u32) -> u32 {
        while self.parent[x as usize] != x {
            let grandparent = self.parent[self.parent[x as usize] as usize];
            self.parent[x as usize] = grandparent;
            x = grandparent;
        }
        x
    }

    fn same(&mut self, a: u32, b: u32) -> bool {
        self.find(a) == self.find(b)
    }

    /// Joins the sets of `a` and `b`, the smaller under the larger.
    fn union(&mut self, a: u32, b: u32) {
        let (mut a, mut b) = (self.find(a), self.find(b));
        if a == b {
            return;
        }
        if self.size[a as usize] < self.size[b as usize] {
            std::mem::swap(&mut a, &mut b);
        }
        self.parent[b as usize] = a;
        self.size[a as usize] += self.size[b as usize];
    }

    /// The sets with at least `min` members, each sorted, in the order of their first member.
    fn groups(&mut self, min: usize) -> Vec<Vec<u32>> {
        let n = self.parent.len() as u32;
        let mut slot = vec![u32::MAX; n as usize];
        let mut groups: Vec<Vec<u32>> = Vec::new();
        for x in 0..n {
            let root = self.find(x);
            if (self.size[root as usize] as usize) < min.max(2) {
                continue;
            }
            if slot[root as usize] == u32::MAX {
                slot[root as usize] = groups.len() as u32;
                groups.push(Vec::with_capacity(self.size[root as usize] as usize));
            }
            groups[slot[root as usize] as usize].push(x);
        }
        groups
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn union_find_groups_by_first_member() {
        let mut uf = UnionFind::new(6);
        uf.union(4, 1);
        uf.union(1, 5);
        uf.union(0, 2);
        assert!(uf.same(4, 5));
        assert!(!uf.same(0, 4));
        assert_eq!(uf.groups(2), vec![vec![0, 2], vec![1, 4, 5]]);
        assert_eq!(uf.groups(3), vec![vec![1, 4, 5]]);
    }
}
