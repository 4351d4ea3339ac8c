//! The test every domain's `match` onto the catalogue takes: in every language, each case has
//! a message, and no two cases share one (a case pointed at its neighbour's message compiles).

use super::{Locale, Messages, fluent::MISSING};
use std::collections::HashMap;
use std::fmt::Debug;

/// Fails unless, in every language, each of `cases` says something of its own through `say`.
pub fn each_case_says_its_own<T: Debug>(
    cases: impl IntoIterator<Item = T>,
    say: impl Fn(&T, &dyn Messages) -> String,
) {
    let cases: Vec<T> = cases.into_iter().collect();
    assert!(!cases.is_empty(), "no cases to check");
    for &locale in Locale::ALL {
        let mut seen: HashMap<String, String> = HashMap::new();
        for case in &cases {
            let said = say(case, locale.messages());
            assert!(
                !said.trim().is_empty() && said != MISSING,
                "{case:?} says nothing in {locale:?}"
            );
            if let Some(other) = seen.insert(said.clone(), format!("{case:?}")) {
                panic!("{other} and {case:?} both say {said:?} in {locale:?}");
            }
        }
    }
}
