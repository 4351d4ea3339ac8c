//! The graph of the crate's top-level modules: an edge `a -> b` when a file of `a` names
//! `crate::b`.
//!
//! Not read: `lib.rs` (the crate root declares every module), this `layering` module (its
//! tests name modules in strings), and test files: `tests.rs`, `*_tests.rs` and anything under
//! a `tests/` folder (a test may reach anywhere). Test modules inside files are skipped by
//! [`super::scan`].

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::{Path, PathBuf};

use super::scan::crate_references;

/// An import between two top-level modules: (from, to).
pub type Edge = (String, String);

/// The top-level modules and the imports between them.
pub struct Graph {
    /// Every top-level module with at least one source file.
    pub modules: BTreeSet<String>,
    /// Each import, with the files (relative to `src`) that make it.
    pub edges: BTreeMap<Edge, BTreeSet<String>>,
}

impl Graph {
    /// Reads every source file under `src`.
    pub fn read(src: &Path) -> Graph {
        let mut files = Vec::new();
        source_files(src, &mut files);
        let mut modules = BTreeSet::new();
        let mut named = Vec::new();
        for path in files {
            let relative = path.strip_prefix(src).expect("a file under src");
            let Some(module) = top_module(relative) else {
                continue;
            };
            let source = std::fs::read_to_string(&path).expect("a readable source file");
            let file = relative.display().to_string();
            named.extend(
                crate_references(&source)
                    .into_iter()
                    .map(|to| (module.clone(), to, file.clone())),
            );
            modules.insert(module);
        }
        let mut edges: BTreeMap<Edge, BTreeSet<String>> = BTreeMap::new();
        for (from, to, file) in named {
            if from != to && modules.contains(&to) {
                edges.entry((from, to)).or_default().insert(file);
            }
        }
        Graph { modules, edges }
    }

    /// The modules `from` imports.
    fn imports<'g>(&'g self, from: &'g str) -> impl Iterator<Item = &'g str> + 'g {
        self.edges
            .keys()
            .filter(move |(a, _)| a == from)
            .map(|(_, b)| b.as_str())
    }

    /// The shortest chain of imports from `from` to `to`, both included.
    pub fn path(&self, from: &str, to: &str) -> Option<Vec<String>> {
        let mut came_from: BTreeMap<&str, &str> = BTreeMap::new();
        let mut queue = VecDeque::from([from]);
        while let Some(at) = queue.pop_front() {
            for next in self.imports(at) {
                if next != from && !came_from.contains_key(next) {
                    came_from.insert(next, at);
                    queue.push_back(next);
                }
            }
        }
        let mut chain = vec![to.to_owned()];
        let mut at = to;
        while at != from {
            at = came_from.get(at)?;
            chain.push(at.to_owned());
        }
        chain.reverse();
        Some(chain)
    }

    /// For each module, the modules it reaches through imports, itself included.
    fn reach(&self) -> BTreeMap<&str, BTreeSet<&str>> {
        let mut reach = BTreeMap::new();
        for module in &self.modules {
            let mut seen = BTreeSet::from([module.as_str()]);
            let mut queue = vec![module.as_str()];
            while let Some(at) = queue.pop() {
                queue.extend(self.imports(at).filter(|next| seen.insert(next)));
            }
            reach.insert(module.as_str(), seen);
        }
        reach
    }

    /// The imports that lie on a cycle: `a -> b` where `b` leads back to `a`.
    pub fn cycle_edges(&self) -> BTreeSet<Edge> {
        let reach = self.reach();
        let in_cycle = |(a, b): &&Edge| reach[b.as_str()].contains(a.as_str());
        self.edges.keys().filter(in_cycle).cloned().collect()
    }

    /// The shortest cycle through the import `from -> to`: `[from, to, …, from]`.
    pub fn cycle_through(&self, from: &str, to: &str) -> Vec<String> {
        let back = self.path(to, from).unwrap_or_default();
        let mut chain = vec![from.to_owned()];
        chain.extend(back);
        chain
    }

    /// The strongly connected components of more than one module: the modules that all
    /// reach one another.
    pub fn rings(&self) -> Vec<BTreeSet<String>> {
        let reach = self.reach();
        let mut rings: Vec<BTreeSet<String>> = Vec::new();
        for (module, reached) in &reach {
            let mutual = |other: &&&str| reach[*other].contains(module);
            let ring: BTreeSet<String> = reached
                .iter()
                .filter(mutual)
                .map(|m| m.to_string())
                .collect();
            if ring.len() > 1 && !rings.contains(&ring) {
                rings.push(ring);
            }
        }
        rings
    }

    /// The imports from a module in `lower` to one outside it.
    pub fn imports_from_lower(&self, lower: &[&str]) -> BTreeSet<Edge> {
        let is_lower = |m: &str| lower.contains(&m);
        let upward = |(a, b): &&Edge| is_lower(a) && !is_lower(b);
        self.edges.keys().filter(upward).cloned().collect()
    }

    /// The files that make the import `from -> to`, for a message.
    pub fn files(&self, from: &str, to: &str) -> String {
        let key = (from.to_owned(), to.to_owned());
        let files = self
            .edges
            .get(&key)
            .map(|f| f.iter().take(3).cloned().collect::<Vec<_>>());
        files.unwrap_or_default().join(", ")
    }
}

/// Every `.rs` file under `dir`.
fn source_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir)
        .expect("a readable source folder")
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            source_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The top-level module a file belongs to (`response/inbox/filter.rs` → `response`,
/// `state.rs` → `state`), or `None` for a file that is not read (see the module's doc).
fn top_module(relative: &Path) -> Option<String> {
    let parts: Vec<&str> = relative.iter().filter_map(|p| p.to_str()).collect();
    let file = parts.last()?.strip_suffix(".rs")?;
    let is_test = file == "tests" || file.ends_with("_tests") || parts.contains(&"tests");
    let first = parts.first()?.trim_end_matches(".rs");
    (first != "lib" && first != "layering" && !is_test).then(|| first.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(edges: &[(&str, &str)]) -> Graph {
        let edges: BTreeMap<Edge, BTreeSet<String>> = edges
            .iter()
            .map(|(a, b)| ((a.to_string(), b.to_string()), BTreeSet::new()))
            .collect();
        let modules = edges
            .keys()
            .flat_map(|(a, b)| [a.clone(), b.clone()])
            .collect();
        Graph { modules, edges }
    }

    #[test]
    fn files_belong_to_their_first_folder() {
        let module = |p: &str| top_module(Path::new(p));
        assert_eq!(
            module("response/inbox/filter.rs").as_deref(),
            Some("response")
        );
        assert_eq!(module("state.rs").as_deref(), Some("state"));
        assert_eq!(module("lib.rs"), None);
        assert_eq!(module("search/scope_tests.rs"), None);
        assert_eq!(module("themes/cluster/tests.rs"), None);
    }

    #[test]
    fn only_imports_that_lead_back_lie_on_a_cycle() {
        let g = graph(&[("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("e", "a")]);
        let cycle: Vec<_> = g
            .cycle_edges()
            .into_iter()
            .map(|(a, b)| format!("{a}{b}"))
            .collect();
        assert_eq!(cycle, ["ab", "bc", "ca"]);
        assert_eq!(g.cycle_through("c", "a").join(" -> "), "c -> a -> b -> c");
        assert_eq!(g.rings().len(), 1);
    }
}
