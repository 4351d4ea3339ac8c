//! Campaign detection (issue 7): form letters among N synthetic responses, timed, with peak
//! memory and the planted campaigns as ground truth.
//!
//! `make bench-campaigns`, or `cargo bench -p server --bench campaigns -- 100000 1000000`
//! (sizes; default both). The hearing is generated from a fixed seed
//! (`app::themes::campaigns::synthetic`): three large campaigns of 5 % of N each (3 × 50,000
//! at a million), N / 1,000 small ones of 3–100 near-copies of generated letters, and
//! individual responses for the rest. Generation is not timed; `campaigns::detect` is.
//!
//! Printed, never asserted: responses/s, seconds, campaigns found against planted, members
//! found (recall, precision), and peak memory (VmHWM of /proc/self/status) after generation
//! and after detection; the peak is reset between sizes. Targets for 1,000,000 responses:
//! under 60 s and under 4 GB. Reference: datasketch's MinHash LSH took about 100 s for
//! 100,000 responses on this machine.

use std::collections::HashMap;
use std::time::Instant;

use app::themes::campaigns::synthetic::{self, DAYCARE_LETTER, Hearing, INTEGRATION_LETTER, Plan};
use app::themes::campaigns::{Campaign, Settings, detect};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// The seed of every generated hearing.
const SEED: u64 = 7;

fn main() {
    let mut sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.replace('_', "").parse().ok())
        .collect();
    if sizes.is_empty() {
        sizes = vec![100_000, 1_000_000];
    }
    println!(
        "== Campaign detection, {} thread(s), load average {} ==",
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        load_average()
    );
    for n in sizes {
        run(n);
    }
}

/// Generates N responses, detects their campaigns and prints the figures.
fn run(n: usize) {
    reset_peak();
    let started = Instant::now();
    let plan = plan(n);
    let hearing = synthetic::generate(&plan);
    let texts = hearing.borrowed();
    let mb: usize = texts.iter().map(|(_, t)| t.len()).sum::<usize>() / 1_000_000;
    println!(
        "\n{n} responses ({mb} MB of text, {} planted campaigns), generated in {:.1} s; \
         peak memory so far {:.2} GB",
        plan.campaigns.len(),
        started.elapsed().as_secs_f64(),
        peak_gb()
    );
    let started = Instant::now();
    let campaigns = detect(&texts, &Settings::default());
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "detection: {seconds:.1} s, {:.0} responses/s (target for 1,000,000: < 60 s); \
         peak memory {:.2} GB (target < 4 GB); load average {}",
        n as f64 / seconds,
        peak_gb(),
        load_average()
    );
    report(&hearing, &campaigns, plan.campaigns.len());
}

/// Three large campaigns of 5 % of `n` each, `n / 1000` small ones of 3–100, individuals.
fn plan(n: usize) -> Plan {
    let mut rng = StdRng::seed_from_u64(SEED);
    let large = n / 20;
    let mut campaigns = vec![
        (INTEGRATION_LETTER.to_owned(), large),
        (DAYCARE_LETTER.to_owned(), large),
        (synthetic::letter(&mut rng), large),
    ];
    for _ in 0..n / 1_000 {
        campaigns.push((synthetic::letter(&mut rng), rng.random_range(3..=100)));
    }
    let copies: usize = campaigns.iter().map(|(_, c)| c).sum();
    Plan {
        seed: SEED,
        individuals: n.saturating_sub(copies),
        campaigns,
    }
}

/// Campaigns and members found against those planted.
fn report(hearing: &Hearing, campaigns: &[Campaign], planted_campaigns: usize) {
    let label: HashMap<i32, Option<usize>> = hearing
        .responses
        .iter()
        .zip(&hearing.planted)
        .map(|((id, _), l)| (*id, *l))
        .collect();
    let planted_members = hearing.planted.iter().flatten().count();
    let mut per_label: HashMap<usize, usize> = HashMap::new();
    let (mut found, mut correct, mut mixed) = (0, 0, 0);
    for campaign in campaigns {
        let majority = majority(campaign, &label);
        let right = campaign
            .members
            .iter()
            .filter(|m| label[&m.response_id].is_some() && label[&m.response_id] == majority)
            .count();
        found += campaign.signers();
        correct += right;
        mixed += usize::from(right < campaign.signers());
        if let Some(l) = majority {
            *per_label.entry(l).or_default() += 1;
        }
    }
    let split = per_label.values().filter(|&&c| c > 1).count();
    println!(
        "campaigns: {} found, {planted_campaigns} planted, {} planted found, {split} split \
         in parts, {mixed} with a false member",
        campaigns.len(),
        per_label.len()
    );
    println!(
        "members: {found} found, {planted_members} planted, {correct} right: recall {:.4}, \
         precision {:.4}",
        correct as f64 / planted_members.max(1) as f64,
        correct as f64 / found.max(1) as f64
    );
    if let Some(largest) = campaigns.first() {
        let example = largest.members.iter().find(|m| !m.additions.is_empty());
        println!(
            "largest: {} signers, representative {}; e.g. response {} adds {:?}",
            largest.signers(),
            largest.representative,
            example.map_or(0, |m| m.response_id),
            example.map_or("", |m| m.additions.as_str())
        );
    }
}

/// The planted campaign most of `campaign`'s members belong to (`None`: individuals).
fn majority(campaign: &Campaign, label: &HashMap<i32, Option<usize>>) -> Option<usize> {
    let mut counts: HashMap<Option<usize>, usize> = HashMap::new();
    for member in &campaign.members {
        *counts.entry(label[&member.response_id]).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(l, c)| (c, std::cmp::Reverse(l)))
        .and_then(|(l, _)| l)
}

/// Peak resident memory of this process (VmHWM), in GB.
fn peak_gb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0.0);
    kb / 1_000_000.0
}

/// Resets VmHWM to the current resident memory (Linux: `5` into clear_refs).
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// The 1, 5 and 15 minute load averages.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}
