//! Writes the catalogue's plain texts from the translation files: for each message of
//! `locales/da/{file}.ftl` that takes no argument in any language and is not one of a set
//! (`{id}-{value}`, `{id}-1`), a method `fn {id}(&self) -> &'static str` on the trait
//! `{File}Texts`, its doc comment the message's comment. A message added to the files is
//! a method at the next build; one removed fails the build wherever it is still shown.
//! Messages with arguments are declared in `src/i18n` with their Rust types.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Message};

#[path = "src/i18n/variables.rs"]
mod variables;

const LOCALES: &str = "locales";
/// The complete language: its files name the messages.
const FIRST: &str = "da";

fn main() {
    println!("cargo::rerun-if-changed={LOCALES}");
    println!("cargo::rerun-if-changed=src/i18n/variables.rs");
    let with_arguments = messages_with_arguments();
    let mut code =
        String::from("// Written by app/build.rs from app/locales: edit the .ftl files.\n");
    let mut all = Vec::new();
    for (stem, source) in files_of(FIRST) {
        let resource = parse(&stem, &source);
        let texts: Vec<&Message<&str>> = messages(&resource)
            .filter(|m| !m.id.name.contains('-') && !with_arguments.contains(m.id.name))
            .collect();
        write_trait(&mut code, &stem, &texts);
        all.extend(texts.iter().map(|m| m.id.name.to_owned()));
    }
    write_keys(&mut code, &all);
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("texts.rs"), code).expect("write texts.rs");
}

/// Ids of the messages that refer to a variable in at least one language.
fn messages_with_arguments() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for language in std::fs::read_dir(LOCALES).expect("app/locales") {
        let language = language.expect("a language folder");
        for (stem, source) in files_of(&language.file_name().to_string_lossy()) {
            let resource = parse(&stem, &source);
            ids.extend(
                messages(&resource)
                    .filter(|m| !variables::of_message(m).is_empty())
                    .map(|m| m.id.name.to_owned()),
            );
        }
    }
    ids
}

/// A language's files, by name without `.ftl`, in name order.
fn files_of(language: &str) -> Vec<(String, String)> {
    let folder = Path::new(LOCALES).join(language);
    let mut files: Vec<(String, String)> = std::fs::read_dir(&folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|entry| entry.expect("a translation file").path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .map(|path| {
            let stem = path
                .file_stem()
                .expect("a file name")
                .to_string_lossy()
                .into_owned();
            let source = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (stem, source)
        })
        .collect();
    files.sort();
    files
}

fn parse<'s>(stem: &str, source: &'s str) -> fluent_syntax::ast::Resource<&'s str> {
    fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{stem}.ftl does not parse: {errors:?}"))
}

fn messages<'r, 's>(
    resource: &'r fluent_syntax::ast::Resource<&'s str>,
) -> impl Iterator<Item = &'r Message<&'s str>> {
    resource.body.iter().filter_map(|entry| match entry {
        Entry::Message(message) => Some(message),
        _ => None,
    })
}

/// `hearing_admin` → `HearingAdminTexts`.
fn trait_name(stem: &str) -> String {
    let mut name: String = stem
        .split('_')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect();
    name.push_str("Texts");
    name
}

fn write_trait(code: &mut String, stem: &str, texts: &[&Message<&str>]) {
    let name = trait_name(stem);
    let _ = writeln!(
        code,
        "\n/// The messages of `{stem}.ftl` that take no argument.\n\
         pub trait {name}: crate::i18n::Catalogue {{"
    );
    for message in texts {
        for line in message.comment.iter().flat_map(|c| &c.content) {
            let _ = writeln!(code, "    #[doc = {:?}]", format!(" {line}"));
        }
        let id = message.id.name;
        let _ = writeln!(
            code,
            "    fn {id}(&self) -> &'static str {{\n        \
             crate::i18n::fluent::text(self.locale(), {id:?})\n    }}"
        );
    }
    let _ = writeln!(
        code,
        "}}\n\nimpl<T: crate::i18n::Catalogue> {name} for T {{}}"
    );
}

fn write_keys(code: &mut String, ids: &[String]) {
    let _ = writeln!(
        code,
        "\n/// Every plain text, for the catalogue's tests (no arguments in any language).\n\
         #[cfg(test)]\npub(crate) const TEXT_KEYS: &[(&str, &[&str])] = &["
    );
    for id in ids {
        let _ = writeln!(code, "    ({id:?}, &[]),");
    }
    code.push_str("];\n");
}
