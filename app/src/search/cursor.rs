//! How far this process's index has followed the index outbox, as ids (`index_outbox.id`, a
//! sequence), never as wall-clock times.
//!
//! On PostgreSQL an id is taken when a row is inserted but seen by others only when its
//! transaction commits, so a lower id can appear after a higher one, and a rolled-back
//! transaction leaves its id unused for ever. The cursor therefore remembers, beside the
//! highest id it applied, the *holes* below it: ids it has not seen, each with when it first
//! noticed them. A hole filled later is applied then; a hole still empty after
//! [`HOLE_PATIENCE`] is given up. On SQLite (one writer at a time) ids become visible in order
//! and the same code simply never has a hole.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

/// How long an unseen id is waited for. An Ordet transaction lasts milliseconds (the longest,
/// a bulk moderation or a theme run's write, a few seconds), so an id still unseen after five
/// minutes belongs to a transaction that rolled back (or to a connection that died, which
/// PostgreSQL rolls back). Waiting costs only a primary-key lookup per poll.
pub const HOLE_PATIENCE: Duration = Duration::from_secs(300);

/// At most this many ranges of holes are kept; beyond it the lowest are given up first. A
/// range is one run of consecutive unseen ids (one transaction's rows are one range however
/// many they are), so only hundreds of transactions rolling back within [`HOLE_PATIENCE`]
/// could reach it.
pub const MAX_HOLES: usize = 500;

/// One run of unseen ids, `from..=to`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Hole {
    to: i64,
    noticed: Instant,
}

/// The ids applied: everything up to `high` except the holes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cursor {
    high: i64,
    holes: BTreeMap<i64, Hole>,
}

impl Cursor {
    /// Every id up to `low` applied, nothing after it.
    pub fn at(low: i64) -> Self {
        Cursor {
            high: low,
            holes: BTreeMap::new(),
        }
    }

    /// The highest id applied.
    pub fn high(&self) -> i64 {
        self.high
    }

    /// The low-water mark: every id up to it applied (or given up). This is what the index
    /// stores: a restart resumes after it and applies again what lies between it and `high`.
    pub fn low(&self) -> i64 {
        self.holes
            .first_key_value()
            .map_or(self.high, |(from, _)| from - 1)
    }

    /// The ranges `(from, to)` of unseen ids below `high`, lowest first.
    pub fn holes(&self) -> Vec<(i64, i64)> {
        self.holes.iter().map(|(from, h)| (*from, h.to)).collect()
    }

    /// Records that `ids` were read (and are being applied): ids above `high` raise it, and
    /// the ids skipped on the way become holes noticed `now`; ids in a hole fill it.
    pub fn observe(&mut self, ids: &[i64], now: Instant) {
        let mut ids = ids.to_vec();
        ids.sort_unstable();
        ids.dedup();
        for id in ids {
            if id > self.high {
                if id > self.high + 1 {
                    let hole = Hole {
                        to: id - 1,
                        noticed: now,
                    };
                    self.holes.insert(self.high + 1, hole);
                }
                self.high = id;
            } else {
                self.fill(id);
            }
        }
        while self.holes.len() > MAX_HOLES {
            if let Some((from, hole)) = self.holes.pop_first() {
                tracing::warn!(from, to = hole.to, "too many index outbox holes; given up");
            }
        }
    }

    /// Gives up the holes noticed more than [`HOLE_PATIENCE`] before `now`; returns them.
    pub fn expire(&mut self, now: Instant) -> Vec<(i64, i64)> {
        let old: Vec<i64> = self
            .holes
            .iter()
            .filter(|(_, h)| now.saturating_duration_since(h.noticed) >= HOLE_PATIENCE)
            .map(|(from, _)| *from)
            .collect();
        old.into_iter()
            .filter_map(|from| self.holes.remove(&from).map(|h| (from, h.to)))
            .collect()
    }

    fn fill(&mut self, id: i64) {
        let Some((&from, &hole)) = self.holes.range(..=id).next_back() else {
            return;
        };
        if id > hole.to {
            return;
        }
        self.holes.remove(&from);
        if from < id {
            let before = Hole { to: id - 1, ..hole };
            self.holes.insert(from, before);
        }
        if id < hole.to {
            self.holes.insert(id + 1, hole);
        }
    }
}

/// What a commit saves beside the documents (tantivy's commit payload, written atomically
/// with them): how far the index has followed the index outbox.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Saved {
    /// The low-water mark: every outbox row up to this id is applied.
    pub cursor: i64,
    /// The highest id applied.
    #[serde(default)]
    pub high: i64,
    /// Ranges of ids between the two not applied yet.
    #[serde(default)]
    pub holes: Vec<(i64, i64)>,
}

impl Saved {
    /// What `cursor` has applied.
    pub fn of(cursor: &Cursor) -> Self {
        Saved {
            cursor: cursor.low(),
            high: cursor.high(),
            holes: cursor.holes(),
        }
    }

    /// Whether outbox row `id` is applied.
    pub fn has_applied(&self, id: i64) -> bool {
        id <= self.cursor
            || (id <= self.high
                && !self
                    .holes
                    .iter()
                    .any(|(from, to)| (*from..=*to).contains(&id)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(cursor: &mut Cursor, ids: &[i64]) {
        cursor.observe(ids, Instant::now());
    }

    #[test]
    fn ids_in_order_leave_no_hole() {
        let mut cursor = Cursor::at(0);
        seen(&mut cursor, &[1, 2, 3]);
        seen(&mut cursor, &[4]);
        assert_eq!((cursor.low(), cursor.high()), (4, 4));
        assert!(cursor.holes().is_empty());
    }

    #[test]
    fn a_skipped_id_is_a_hole_until_it_appears() {
        let mut cursor = Cursor::at(10);
        seen(&mut cursor, &[11, 13, 14]);
        assert_eq!(cursor.holes(), vec![(12, 12)]);
        assert_eq!((cursor.low(), cursor.high()), (11, 14));
        seen(&mut cursor, &[12]);
        assert!(cursor.holes().is_empty());
        assert_eq!(cursor.low(), 14);
    }

    #[test]
    fn a_run_of_skipped_ids_is_one_range_split_as_they_appear() {
        let mut cursor = Cursor::at(0);
        seen(&mut cursor, &[1, 10]);
        assert_eq!(cursor.holes(), vec![(2, 9)]);
        seen(&mut cursor, &[5]);
        assert_eq!(cursor.holes(), vec![(2, 4), (6, 9)]);
        seen(&mut cursor, &[2, 9]);
        assert_eq!(cursor.holes(), vec![(3, 4), (6, 8)]);
        assert_eq!(cursor.low(), 2);
        seen(&mut cursor, &[3, 4, 6, 7, 8]);
        assert_eq!((cursor.low(), cursor.high()), (10, 10));
    }

    #[test]
    fn ids_seen_again_or_out_of_order_in_one_batch_change_nothing_twice() {
        let mut cursor = Cursor::at(0);
        seen(&mut cursor, &[3, 1, 3]);
        assert_eq!(cursor.holes(), vec![(2, 2)]);
        seen(&mut cursor, &[1, 3]);
        assert_eq!(cursor.holes(), vec![(2, 2)]);
        assert_eq!(cursor.high(), 3);
    }

    #[test]
    fn a_hole_is_given_up_after_the_patience_and_not_before() {
        let start = Instant::now();
        let mut cursor = Cursor::at(0);
        cursor.observe(&[2], start);
        cursor.observe(&[5], start + Duration::from_secs(60));
        assert_eq!(cursor.holes(), vec![(1, 1), (3, 4)]);
        let almost = start + HOLE_PATIENCE - Duration::from_millis(1);
        assert_eq!(cursor.expire(almost), Vec::new());
        assert_eq!(cursor.expire(start + HOLE_PATIENCE), vec![(1, 1)]);
        assert_eq!(cursor.low(), 2, "3 and 4 are still waited for");
        let later = start + Duration::from_secs(60) + HOLE_PATIENCE;
        assert_eq!(cursor.expire(later), vec![(3, 4)]);
        assert_eq!(cursor.low(), 5);
    }

    #[test]
    fn a_split_hole_keeps_when_it_was_noticed() {
        let start = Instant::now();
        let mut cursor = Cursor::at(0);
        cursor.observe(&[10], start);
        cursor.observe(&[5], start + Duration::from_secs(200));
        assert_eq!(cursor.expire(start + HOLE_PATIENCE).len(), 2);
        assert_eq!(cursor.low(), 10);
    }

    #[test]
    fn too_many_holes_give_up_the_lowest() {
        let mut cursor = Cursor::at(0);
        let ids: Vec<i64> = (1..=(MAX_HOLES as i64 + 2)).map(|n| n * 2).collect();
        seen(&mut cursor, &ids);
        let holes = cursor.holes();
        assert_eq!(holes.len(), MAX_HOLES);
        assert_eq!(holes[0], (5, 5), "1 and 3 were given up");
        assert_eq!(cursor.low(), 4);
    }

    #[test]
    fn what_is_saved_tells_which_ids_are_applied() {
        let mut cursor = Cursor::at(10);
        seen(&mut cursor, &[11, 14, 15]);
        let saved = Saved::of(&cursor);
        assert_eq!((saved.cursor, saved.high), (11, 15));
        let applied: Vec<i64> = (9..=17).filter(|id| saved.has_applied(*id)).collect();
        assert_eq!(applied, vec![9, 10, 11, 14, 15]);
        let json = serde_json::to_string(&saved).unwrap();
        assert_eq!(serde_json::from_str::<Saved>(&json).unwrap(), saved);
        let older: Saved = serde_json::from_str(r#"{"cursor": 7}"#).unwrap();
        assert!(older.has_applied(7) && !older.has_applied(8));
    }

    #[test]
    fn the_low_water_mark_never_passes_an_open_hole() {
        let mut cursor = Cursor::at(100);
        seen(&mut cursor, &[103]);
        seen(&mut cursor, &[104, 105]);
        assert_eq!(cursor.low(), 100);
        seen(&mut cursor, &[102]);
        assert_eq!(cursor.low(), 100);
        seen(&mut cursor, &[101]);
        assert_eq!(cursor.low(), 105);
    }
}
