//! The translation files at run time: each language's Fluent files (`app/locales/{code}/`),
//! compiled into the binary and the WebAssembly, parsed once, looked up by message id.
//!
//! A message id is the name of the catalogue method that shows it (`respond_title`); a
//! message chosen by a closed value is `{method}-{value}` (`status_name-published`), with
//! `{method}-other` for whatever else; a list is `{method}-1`, `{method}-2`, ….
//! A language that lacks a message shows the Danish one; the catalogue's tests make sure
//! none lacks any.

use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use super::Locale;

/// A language's translation files, compiled in: `files!(ALL "da")` every file,
/// `files!(RESIDENTS "ar")` those of the residents' pages and e-mails (officials' pages then
/// show in Danish).
macro_rules! files {
    (ALL $code:literal) => {
        $crate::i18n::fluent::files!(@ $code: "common", "accounts", "admin", "digest", "files",
            "hearing_admin", "inbox", "manage", "outcome", "outcome_admin", "parties", "respond",
            "retention", "rights", "search", "site", "themes", "vocab")
    };
    (RESIDENTS $code:literal) => {
        $crate::i18n::fluent::files!(@ $code: "common", "files", "manage", "outcome", "respond",
            "rights", "search", "site", "themes", "vocab")
    };
    (@ $code:literal: $($name:literal),+) => {
        &[$(
            (concat!($code, "/", $name, ".ftl"),
             include_str!(concat!("../../locales/", $code, "/", $name, ".ftl")))
        ),+]
    };
}
pub(crate) use files;

/// One language, loaded.
struct Language {
    bundle: FluentBundle<FluentResource>,
    /// Every message without a variable, formatted once (the catalogue hands out
    /// `&'static str` for those, as it did when they were Rust literals).
    texts: HashMap<&'static str, &'static str>,
    /// The lists (`{id}-1`, `{id}-2`, …), in order.
    lists: HashMap<&'static str, &'static [&'static str]>,
}

static LANGUAGES: LazyLock<HashMap<Locale, Language>> = LazyLock::new(|| {
    Locale::ALL
        .iter()
        .map(|&l| (l, Language::load(l)))
        .collect()
});

impl Language {
    fn load(locale: Locale) -> Self {
        let mut bundle = FluentBundle::new_concurrent(vec![
            locale
                .code()
                .parse()
                .expect("a locale code is a language identifier"),
        ]);
        // A left-to-right language's arguments need no isolation, and its marks would show
        // as stray characters in plain-text mail; in a right-to-left one an argument written
        // left to right (an address, a response number, a Danish name) must keep its order.
        bundle.set_use_isolating(locale.direction() == super::Direction::Rtl);
        let mut ids = Vec::new();
        for (path, source) in locale.sources() {
            let resource = parse(path, source);
            ids.extend(message_ids(&resource));
            if let Err(errors) = bundle.add_resource(resource) {
                panic!("{path}: {errors:?}");
            }
        }
        let mut texts = HashMap::new();
        let mut items: HashMap<&'static str, Vec<(u32, &'static str)>> = HashMap::new();
        for id in ids {
            let Some(text) = format_plain(&bundle, &id) else {
                continue;
            };
            let (id, text): (&'static str, &'static str) = (leak(id), leak(text));
            texts.insert(id, text);
            if let Some((list, n)) = id.rsplit_once('-')
                && let Ok(n) = n.parse()
            {
                items.entry(list).or_default().push((n, text));
            }
        }
        let lists = items
            .into_iter()
            .map(|(id, mut items)| {
                items.sort_unstable();
                let texts: Vec<&'static str> = items.into_iter().map(|(_, t)| t).collect();
                (id, &*Vec::leak(texts))
            })
            .collect();
        Language {
            bundle,
            texts,
            lists,
        }
    }
}

/// A file, parsed; a file that does not parse stops the program (the tests parse them all).
pub(crate) fn parse(path: &str, source: &str) -> FluentResource {
    FluentResource::try_new(source.to_owned())
        .unwrap_or_else(|(_, errors)| panic!("{path} does not parse: {errors:?}"))
}

/// The ids of a file's messages.
pub(crate) fn message_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// A message that needs no argument, formatted; `None` if it needs one.
fn format_plain(bundle: &FluentBundle<FluentResource>, id: &str) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, None, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// Kept for the life of the program: the catalogue is loaded once and never changes.
fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// A message no language has: the catalogue's tests make this impossible for declared ones.
fn missing(id: &str) {
    #[cfg(feature = "ssr")]
    tracing::warn!(id, "no such message");
    #[cfg(not(feature = "ssr"))]
    let _ = id;
}

fn language(locale: Locale) -> &'static Language {
    &LANGUAGES[&locale]
}

/// A message without arguments. One no language has shows as [`MISSING`] (and is logged),
/// never as a string made and kept per call: a key can come from a request
/// (`users_saved-{what}`).
pub fn text(locale: Locale, id: &str) -> &'static str {
    lookup(locale, id).unwrap_or_else(|| {
        missing(id);
        MISSING
    })
}

/// What a message no language has shows as.
pub const MISSING: &str = "…";

/// A message without arguments, if the language (or Danish) has it.
pub fn lookup(locale: Locale, id: &str) -> Option<&'static str> {
    let found = language(locale).texts.get(id).copied();
    found.or_else(|| language(Locale::Da).texts.get(id).copied())
}

/// The message `{id}-{key}`, or `{id}-other` for a key it does not name.
pub fn variant(locale: Locale, id: &str, key: &str) -> &'static str {
    variant_or_none(locale, id, key)
        .or_else(|| lookup(locale, &format!("{id}-other")))
        .unwrap_or_else(|| text(locale, &format!("{id}-{key}")))
}

/// The message `{id}-{key}`, if there is one. A key's characters that a Fluent id cannot
/// hold stand as `_` (`hearing.create` is `ha_history_action-hearing_create`).
pub fn variant_or_none(locale: Locale, id: &str, key: &str) -> Option<&'static str> {
    let key: String = key
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    lookup(locale, &format!("{id}-{key}"))
}

/// The list `{id}-1`, `{id}-2`, ….
pub fn list(locale: Locale, id: &str) -> &'static [&'static str] {
    let found = language(locale).lists.get(id);
    found
        .or_else(|| language(Locale::Da).lists.get(id))
        .copied()
        .unwrap_or_default()
}

/// A list of a known length (table columns); missing items are the empty string.
pub fn array<const N: usize>(locale: Locale, id: &str) -> [&'static str; N] {
    let items = list(locale, id);
    std::array::from_fn(|i| items.get(i).copied().unwrap_or_default())
}

/// A message with arguments.
pub fn format(locale: Locale, id: &str, args: &[(&'static str, FluentValue<'_>)]) -> String {
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let languages = [language(locale), language(Locale::Da)];
    let Some((bundle, pattern)) = languages.iter().find_map(|l| {
        let message = l.bundle.get_message(id)?;
        Some((&l.bundle, message.value()?))
    }) else {
        missing(id);
        return MISSING.to_owned();
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    #[cfg(feature = "ssr")]
    if !errors.is_empty() {
        tracing::warn!(id, ?errors, "message formatted with errors");
    }
    unisolate_plain(text.into_owned())
}

/// Two kinds of argument keep no isolation marks. A link: a mail program that finds it in
/// plain text ends it at white space, so a mark after it would become part of the address.
/// A number ("23", "2010-64452-0001"): digits keep their order anyway, and isolated one by
/// one, an hour and its minutes would swap places ("59:23") in right-to-left text.
fn unisolate_plain(text: String) -> String {
    const FSI: char = '\u{2068}';
    const PDI: char = '\u{2069}';
    if !text.contains(FSI) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(start) = rest.find(FSI) {
        out.push_str(&rest[..start]);
        let inner = &rest[start + FSI.len_utf8()..];
        match inner.find(PDI) {
            Some(end) if needs_no_isolation(&inner[..end]) => {
                out.push_str(&inner[..end]);
                rest = &inner[end + PDI.len_utf8()..];
            }
            _ => {
                out.push(FSI);
                rest = inner;
            }
        }
    }
    out.push_str(rest);
    out
}

fn needs_no_isolation(argument: &str) -> bool {
    let link = argument.starts_with("http://") || argument.starts_with("https://");
    let number = argument.chars().any(|c| c.is_ascii_digit())
        && argument
            .chars()
            .all(|c| c.is_ascii_digit() || ".,:-".contains(c));
    link || number
}

/// What a catalogue method's argument is to a message: text, a number (which plural forms
/// select on) or a vocabulary value (its stored name, which variants select on).
pub trait Arg {
    /// The argument as Fluent sees it.
    fn arg(&self) -> FluentValue<'_>;
}

impl Arg for &str {
    fn arg(&self) -> FluentValue<'_> {
        FluentValue::from(*self)
    }
}

impl Arg for bool {
    fn arg(&self) -> FluentValue<'_> {
        FluentValue::from(if *self { "true" } else { "false" })
    }
}

macro_rules! number_args {
    ($($t:ty),+) => { $(impl Arg for $t {
        fn arg(&self) -> FluentValue<'_> {
            FluentValue::from(*self)
        }
    })+ };
}
number_args!(i32, i64, u32, u64, usize);

impl Arg for crate::vocab::HearingState {
    fn arg(&self) -> FluentValue<'_> {
        FluentValue::from(self.as_str())
    }
}

/// How a catalogue method's result comes out of its message.
pub trait Message: Sized {
    /// The message `id` in `locale`, with `args`.
    fn resolve(locale: Locale, id: &str, args: &[(&'static str, FluentValue<'_>)]) -> Self;
}

impl Message for &'static str {
    fn resolve(locale: Locale, id: &str, _: &[(&'static str, FluentValue<'_>)]) -> Self {
        text(locale, id)
    }
}

impl Message for String {
    fn resolve(locale: Locale, id: &str, args: &[(&'static str, FluentValue<'_>)]) -> Self {
        format(locale, id, args)
    }
}
