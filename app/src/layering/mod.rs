//! The crate's module layering, checked: which top-level modules import which (through
//! `crate::` paths), the imports that close a cycle, and the lower layers' imports of domains.
//! Each list of today's exceptions ([`known`]) may only shrink: a new entry fails a test, and
//! so does an entry that is no longer true. The picture, `docs/layers.md`, is written by
//! `ORDET_WRITE_LAYERS=1 cargo test -p app --lib layering` and checked by every test run.
//!
//! What is read and what is not: [`graph`] (files) and [`scan`] (code in a file).

mod graph;
mod known;
mod picture;
mod scan;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use graph::{Edge, Graph};
use known::{KNOWN_CYCLES, KNOWN_LOWER_IMPORTS, LOWER};

/// How to rewrite `docs/layers.md`.
const REGENERATE: &str = "ORDET_WRITE_LAYERS=1 cargo test -p app --features ssr --lib layering";

/// The graph of `app/src`, read once for all the tests.
fn app_graph() -> &'static Graph {
    static GRAPH: OnceLock<Graph> = OnceLock::new();
    GRAPH.get_or_init(|| Graph::read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src")))
}

fn picture_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/layers.md")
}

/// The entries of `found` that `known` lacks, and those of `known` that `found` lacks.
fn compare(found: &BTreeSet<Edge>, known: &[(&str, &str)]) -> (Vec<Edge>, Vec<Edge>) {
    let known: BTreeSet<Edge> = known
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    let new = found.difference(&known).cloned().collect();
    let gone = known.difference(found).cloned().collect();
    (new, gone)
}

/// The import of `new` that most of the shortest cycles through `new`'s imports pass through,
/// and how many do: one new import can put many old ones on a cycle.
fn likely_cause<'n>(graph: &Graph, new: &'n [Edge]) -> Option<(&'n Edge, usize)> {
    let mut counts: BTreeMap<&Edge, usize> = BTreeMap::new();
    for (from, to) in new {
        for step in graph.cycle_through(from, to).windows(2) {
            if let Some(edge) = new.iter().find(|(a, b)| *a == step[0] && *b == step[1]) {
                *counts.entry(edge).or_default() += 1;
            }
        }
    }
    counts.into_iter().max_by_key(|(_, count)| *count)
}

#[test]
fn no_new_cycle_between_modules() {
    let graph = app_graph();
    let (new, gone) = compare(&graph.cycle_edges(), KNOWN_CYCLES);
    let mut problems = Vec::new();
    if let Some(((from, to), count)) = likely_cause(graph, &new).filter(|_| new.len() > 1) {
        problems.push(format!(
            "{count} of the {} new cycles below pass through {from} -> {to} (in {}): \
             probably the new import",
            new.len(),
            graph.files(from, to),
        ));
    }
    for (from, to) in &new {
        problems.push(format!(
            "a new cycle: {} ({from} -> {to} in {}); remove the import or, if it is meant, \
             list (\"{from}\", \"{to}\") in KNOWN_CYCLES",
            graph.cycle_through(from, to).join(" -> "),
            graph.files(from, to),
        ));
    }
    for (from, to) in &gone {
        problems.push(format!(
            "this cycle is gone ({from} -> {to} no longer leads back): remove \
             (\"{from}\", \"{to}\") from KNOWN_CYCLES"
        ));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn lower_layers_import_no_domain() {
    let graph = app_graph();
    let missing: Vec<_> = LOWER
        .iter()
        .filter(|m| !graph.modules.contains(**m))
        .collect();
    assert!(
        missing.is_empty(),
        "LOWER names modules that do not exist: {missing:?}"
    );
    let (new, gone) = compare(&graph.imports_from_lower(LOWER), KNOWN_LOWER_IMPORTS);
    let mut problems = Vec::new();
    for (from, to) in &new {
        problems.push(format!(
            "a lower layer imports a domain: {from} -> {to} (in {}); move that code up or the \
             type down or, if it is meant, list (\"{from}\", \"{to}\") in KNOWN_LOWER_IMPORTS",
            graph.files(from, to),
        ));
    }
    for (from, to) in &gone {
        problems.push(format!(
            "this import is gone: remove (\"{from}\", \"{to}\") from KNOWN_LOWER_IMPORTS"
        ));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_layer_picture_is_up_to_date() {
    let written = picture::markdown(app_graph(), LOWER, REGENERATE);
    if std::env::var("ORDET_WRITE_LAYERS").is_ok_and(|v| v == "1") {
        std::fs::write(picture_path(), written).expect("docs/layers.md written");
        return;
    }
    let on_disk = std::fs::read_to_string(picture_path()).unwrap_or_default();
    assert!(
        on_disk == written,
        "docs/layers.md is out of date: run `{REGENERATE}`"
    );
}
