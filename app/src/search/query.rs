//! The query language of the search box: words (all must match), "phrases", -exclusions,
//! `OR` (also `ELLER`) between alternatives, and field filters such as `type:forening`.
//! Parsing never fails: a problem is reported beside a plain-words reading of the same text.

use serde::{Deserialize, Serialize};

/// A filterable field that may be named in the query text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum FieldName {
    /// Respondent kind (`type:`, `kind:`).
    Kind,
    /// Draft section anchor (`afsnit:`, `section:`).
    Section,
    /// Detected language (`sprog:`, `language:`).
    Language,
    /// For, against, mixed (`holdning:`, `stance:`).
    Stance,
    /// Web, e-mail, letter (`kanal:`, `channel:`).
    Channel,
    /// Moderation status (`status:`), for officials only.
    Status,
    /// A theme's id (`tema:`, `theme:`): the drill-down from the theme page. Not a facet.
    Theme,
    /// A campaign's id (`kampagne:`, `campaign:`). Not a facet.
    Campaign,
}

impl FieldName {
    /// Every field counted as a facet, in the order facets are shown.
    pub const ALL: [FieldName; 6] = [
        FieldName::Kind,
        FieldName::Section,
        FieldName::Language,
        FieldName::Stance,
        FieldName::Channel,
        FieldName::Status,
    ];

    /// The field a name in the query text means, Danish or English.
    pub fn from_alias(alias: &str) -> Option<Self> {
        Some(match alias.to_lowercase().as_str() {
            "type" | "kind" => FieldName::Kind,
            "afsnit" | "section" => FieldName::Section,
            "sprog" | "language" | "lang" => FieldName::Language,
            "holdning" | "stance" => FieldName::Stance,
            "kanal" | "channel" => FieldName::Channel,
            "status" => FieldName::Status,
            "tema" | "theme" => FieldName::Theme,
            "kampagne" | "campaign" => FieldName::Campaign,
            _ => return None,
        })
    }

    /// The wire name: the URL parameter, the JSON facet key and the index field.
    pub fn key(self) -> &'static str {
        match self {
            FieldName::Kind => "kind",
            FieldName::Section => "section",
            FieldName::Language => "language",
            FieldName::Stance => "stance",
            FieldName::Channel => "channel",
            FieldName::Status => "status",
            FieldName::Theme => "theme",
            FieldName::Campaign => "campaign",
        }
    }

    /// A value typed in the query text as the index holds it: Danish words for kinds,
    /// stances, languages and channels are accepted (`type:forening` = `association`).
    pub fn canonical(self, value: &str) -> String {
        let lower = value.to_lowercase();
        let known = match (self, lower.as_str()) {
            (FieldName::Kind, "borger") => "resident",
            (FieldName::Kind, "forening" | "organisation") => "association",
            (FieldName::Kind, "virksomhed" | "firma") => "company",
            (FieldName::Kind, "myndighed" | "institution") => "public_body",
            (FieldName::Stance, "for") => "support",
            (FieldName::Stance, "imod") => "oppose",
            (FieldName::Stance, "delvist") => "mixed",
            (FieldName::Language, "dansk") => "da",
            (FieldName::Language, "engelsk") => "en",
            (FieldName::Channel, "brev") => "letter",
            (FieldName::Channel, "møde") => "meeting",
            _ => {
                return if self == FieldName::Section {
                    value.to_owned()
                } else {
                    lower
                };
            }
        };
        known.to_owned()
    }

    /// The field a wire name means.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// One thing to look for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Atom {
    /// A single word.
    Word(String),
    /// Words that must follow each other.
    Phrase(String),
}

/// A query as the user meant it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    /// Each entry must match; an entry of several atoms matches when any of them does (OR).
    pub must: Vec<Vec<Atom>>,
    /// None of these may match.
    pub must_not: Vec<Atom>,
    /// Field filters typed in the query: (field, value).
    pub filters: Vec<(FieldName, String)>,
}

impl Parsed {
    /// True when the query asks for nothing in the text (only filters, or nothing).
    pub fn is_match_all(&self) -> bool {
        self.must.is_empty()
    }
}

/// What was wrong with the query text; the search then ran on its plain words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Problem {
    /// A `"` without its closing partner.
    UnclosedQuote,
    /// `OR` with nothing on one side.
    DanglingOr,
    /// A lone `-` or `-""`.
    EmptyExclusion,
    /// `name:value` where `name` is no field.
    UnknownField(String),
    /// `field:` with no value.
    MissingValue(String),
}

/// The outcome of parsing: the query to run and, if the text had a problem, what it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The query that runs.
    pub query: Parsed,
    /// Set when the text had a problem and `query` is its plain-words reading.
    pub problem: Option<Problem>,
}

/// Parses the search box's text. Never fails: see [`Outcome::problem`].
pub fn parse(text: &str) -> Outcome {
    match strict(text) {
        Ok(query) => Outcome {
            query,
            problem: None,
        },
        Err(problem) => Outcome {
            query: plain_words(text),
            problem: Some(problem),
        },
    }
}

/// The text read as plain words that must all match, every operator ignored.
pub fn plain_words(text: &str) -> Parsed {
    let must = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && *w != "OR" && *w != "ELLER")
        .map(|w| vec![Atom::Word(w.to_owned())])
        .collect();
    Parsed {
        must,
        ..Parsed::default()
    }
}

/// A piece of the query text between spaces (or a whole quoted phrase).
#[derive(Debug, PartialEq, Eq)]
enum Lexeme {
    Or,
    Item { negated: bool, atom: Atom },
    Filter(FieldName, String),
}

fn strict(text: &str) -> Result<Parsed, Problem> {
    let mut parsed = Parsed::default();
    let mut pending_or = false;
    for lexeme in lex(text)? {
        match lexeme {
            Lexeme::Or if pending_or || parsed.must.is_empty() => return Err(Problem::DanglingOr),
            Lexeme::Or => pending_or = true,
            Lexeme::Filter(field, value) if !pending_or => parsed.filters.push((field, value)),
            Lexeme::Item { negated, atom } if negated && !pending_or => parsed.must_not.push(atom),
            Lexeme::Item {
                negated: false,
                atom,
            } => {
                if std::mem::take(&mut pending_or) {
                    parsed.must.last_mut().expect("checked above").push(atom);
                } else {
                    parsed.must.push(vec![atom]);
                }
            }
            _ => return Err(Problem::DanglingOr),
        }
    }
    if pending_or {
        return Err(Problem::DanglingOr);
    }
    Ok(parsed)
}

fn lex(text: &str) -> Result<Vec<Lexeme>, Problem> {
    let mut out = Vec::new();
    let mut rest = text.trim_start();
    while !rest.is_empty() {
        let negated = rest.starts_with('-');
        let body = if negated { &rest[1..] } else { rest };
        let (lexeme, after) = if let Some(inner) = body.strip_prefix('"') {
            let end = inner.find('"').ok_or(Problem::UnclosedQuote)?;
            let phrase = inner[..end].trim();
            if phrase.is_empty() && negated {
                return Err(Problem::EmptyExclusion);
            }
            let atom = Atom::Phrase(phrase.to_owned());
            let lexeme = (!phrase.is_empty()).then_some(Lexeme::Item { negated, atom });
            (lexeme, &inner[end + 1..])
        } else {
            let end = body.find(char::is_whitespace).unwrap_or(body.len());
            (word(&body[..end], negated)?, &body[end..])
        };
        out.extend(lexeme);
        rest = after.trim_start();
    }
    Ok(out)
}

fn word(token: &str, negated: bool) -> Result<Option<Lexeme>, Problem> {
    if token.is_empty() {
        return if negated {
            Err(Problem::EmptyExclusion)
        } else {
            Ok(None)
        };
    }
    if !negated && (token == "OR" || token == "ELLER") {
        return Ok(Some(Lexeme::Or));
    }
    // `https://…` is an address, not the field `https`.
    if let Some((name, value)) = token.split_once(':')
        && !name.is_empty()
        && name.chars().all(char::is_alphabetic)
        && !value.starts_with('/')
    {
        let field = FieldName::from_alias(name).ok_or(Problem::UnknownField(name.to_owned()))?;
        if value.is_empty() {
            return Err(Problem::MissingValue(name.to_owned()));
        }
        return Ok(Some(Lexeme::Filter(field, value.to_owned())));
    }
    let atom = Atom::Word(token.to_owned());
    Ok(Some(Lexeme::Item { negated, atom }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Atom {
        Atom::Word(s.into())
    }

    #[test]
    fn words_all_must_match() {
        let out = parse("bolig  skole");
        assert_eq!(out.problem, None);
        assert_eq!(out.query.must, vec![vec![w("bolig")], vec![w("skole")]]);
    }

    #[test]
    fn phrases_exclusions_or_and_filters() {
        let out = parse(r#""almene boliger" -støj bolig OR lejlighed type:forening"#);
        assert_eq!(out.problem, None);
        let q = out.query;
        assert_eq!(
            q.must,
            vec![
                vec![Atom::Phrase("almene boliger".into())],
                vec![w("bolig"), w("lejlighed")]
            ]
        );
        assert_eq!(q.must_not, vec![w("støj")]);
        assert_eq!(q.filters, vec![(FieldName::Kind, "forening".into())]);
    }

    #[test]
    fn danish_or_and_negated_phrase() {
        let q = parse(r#"skole ELLER uddannelse -"lange ventelister""#).query;
        assert_eq!(q.must, vec![vec![w("skole"), w("uddannelse")]]);
        assert_eq!(q.must_not, vec![Atom::Phrase("lange ventelister".into())]);
    }

    #[test]
    fn problems_fall_back_to_plain_words() {
        let out = parse(r#""almene boliger"#);
        assert_eq!(out.problem, Some(Problem::UnclosedQuote));
        assert_eq!(out.query.must, vec![vec![w("almene")], vec![w("boliger")]]);
        assert_eq!(parse("OR bolig").problem, Some(Problem::DanglingOr));
        assert_eq!(parse("bolig OR").problem, Some(Problem::DanglingOr));
        assert_eq!(
            parse("bolig OR OR skole").problem,
            Some(Problem::DanglingOr)
        );
        assert_eq!(parse("bolig -").problem, Some(Problem::EmptyExclusion));
        let unknown = parse("farve:blå bolig");
        assert_eq!(unknown.problem, Some(Problem::UnknownField("farve".into())));
        assert_eq!(
            unknown.query.must,
            vec![vec![w("farve")], vec![w("blå")], vec![w("bolig")]]
        );
        assert_eq!(
            parse("afsnit:").problem,
            Some(Problem::MissingValue("afsnit".into()))
        );
    }

    #[test]
    fn colons_inside_words_are_text() {
        let out = parse("kl.14:00 https://kk.dk");
        assert_eq!(out.problem, None);
        assert_eq!(out.query.must.len(), 2);
    }

    #[test]
    fn empty_and_exclusion_only() {
        assert!(parse("").query.is_match_all());
        let q = parse("-støj").query;
        assert!(q.is_match_all());
        assert_eq!(q.must_not, vec![w("støj")]);
    }
}
