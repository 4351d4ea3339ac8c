//! Has a party answered? A response matches a party by CVR number, by e-mail address (case
//! does not matter) or by organisation name (case, spaces and punctuation do not matter);
//! [`MatchedBy`] says how sure that is.

/// A name reduced for comparison: lower case, every run of punctuation and spaces one space.
pub fn name_key(name: &str) -> String {
    name.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// What of a response's respondent a party is matched on.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sender {
    /// The CVR number given.
    pub cvr: Option<String>,
    /// The e-mail address given (may be empty for a letter).
    pub email: String,
    /// The organisation (or, for an organisation without one, the name) given.
    pub organisation: Option<String>,
}

/// What of a party a response is matched against.
#[derive(Clone, Copy, Debug)]
pub struct Target<'a> {
    /// Its name key ([`name_key`]).
    pub name_key: &'a str,
    /// Its e-mail address.
    pub email: &'a str,
    /// Its CVR number.
    pub cvr: Option<&'a str>,
}

/// How a response was tied to a party, weakest first. A name or a CVR number is only
/// probable: anyone may write "Dansk Industri" in the form. The party's own e-mail address,
/// or an official's word, is sure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchedBy {
    /// The organisation's name.
    Name,
    /// The CVR number.
    Cvr,
    /// The party's e-mail address.
    Email,
    /// An official's verdict or a response linked by hand.
    Official,
}

impl MatchedBy {
    /// The wire name: `name`, `cvr`, `email` or `official`.
    pub fn as_str(self) -> &'static str {
        match self {
            MatchedBy::Name => "name",
            MatchedBy::Cvr => "cvr",
            MatchedBy::Email => "email",
            MatchedBy::Official => "official",
        }
    }
}

/// Whether the sender is the party, and by the surest of what matched.
pub fn matches(party: Target<'_>, sender: &Sender) -> Option<MatchedBy> {
    let email = sender.email.trim();
    let by_email = !email.is_empty() && email.eq_ignore_ascii_case(party.email.trim());
    let by_cvr = party.cvr.is_some() && party.cvr == sender.cvr.as_deref();
    let by_name = sender
        .organisation
        .as_deref()
        .map(name_key)
        .is_some_and(|key| !key.is_empty() && key == party.name_key);
    [
        (by_email, MatchedBy::Email),
        (by_cvr, MatchedBy::Cvr),
        (by_name, MatchedBy::Name),
    ]
    .into_iter()
    .find_map(|(hit, by)| hit.then_some(by))
}

/// An official's verdict on whether a party answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Follow the matching.
    Automatic,
    /// Answered, whatever the matching says.
    Yes,
    /// Not answered, whatever the matching says.
    No,
}

impl Verdict {
    /// From the stored value (`None`: automatic).
    pub fn parse(value: Option<&str>) -> Self {
        match value {
            Some("yes") => Verdict::Yes,
            Some("no") => Verdict::No,
            _ => Verdict::Automatic,
        }
    }

    /// From a posted value: `auto`, `yes` or `no`; anything else is refused (`None`), so a
    /// typo never clears an official's verdict.
    pub fn from_wire(value: &str) -> Option<Self> {
        match value.trim() {
            "auto" => Some(Verdict::Automatic),
            "yes" => Some(Verdict::Yes),
            "no" => Some(Verdict::No),
            _ => None,
        }
    }

    /// The stored value (`None`: automatic).
    pub fn stored(self) -> Option<&'static str> {
        match self {
            Verdict::Automatic => None,
            Verdict::Yes => Some("yes"),
            Verdict::No => Some("no"),
        }
    }

    /// The wire name.
    pub fn as_str(self) -> &'static str {
        self.stored().unwrap_or("auto")
    }

    /// Whether the party counts as having answered, given how many responses match it.
    pub fn answered(self, matched: usize) -> bool {
        match self {
            Verdict::Automatic => matched > 0,
            Verdict::Yes => true,
            Verdict::No => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target<'a>(key: &'a str, email: &'a str, cvr: Option<&'a str>) -> Target<'a> {
        Target {
            name_key: key,
            email,
            cvr,
        }
    }

    #[test]
    fn names_match_whatever_their_case_spaces_and_punctuation() {
        assert_eq!(name_key("  LO  Hovedstaden. "), "lo hovedstaden");
        assert_eq!(
            name_key("Lokaludvalg: Nørrebro"),
            name_key("lokaludvalg nørrebro")
        );
        assert_eq!(name_key("Dansk Flygtninge-hjælp"), "dansk flygtninge hjælp");
    }

    #[test]
    fn a_response_matches_by_cvr_e_mail_or_organisation() {
        let party = target("dansk industri", "di@example.dk", Some("64942212"));
        let by_cvr = Sender {
            cvr: Some("64942212".into()),
            ..Default::default()
        };
        let by_email = Sender {
            email: "DI@Example.dk".into(),
            ..Default::default()
        };
        let by_name = Sender {
            organisation: Some("DANSK  INDUSTRI!".into()),
            ..Default::default()
        };
        let expected = [MatchedBy::Cvr, MatchedBy::Email, MatchedBy::Name];
        for (sender, by) in [by_cvr, by_email, by_name].iter().zip(expected) {
            assert_eq!(matches(party, sender), Some(by), "{sender:?}");
        }
        let stranger = Sender {
            cvr: Some("12345674".into()),
            email: "x@example.dk".into(),
            organisation: Some("Dansk Erhverv".into()),
        };
        assert_eq!(matches(party, &stranger), None);
        let nothing = target("", "", None);
        assert_eq!(
            matches(nothing, &Sender::default()),
            None,
            "empty never matches empty"
        );
    }

    #[test]
    fn the_e_mail_address_is_surer_than_a_cvr_number_or_a_name() {
        let party = target("dansk industri", "di@example.dk", Some("64942212"));
        let all = Sender {
            cvr: Some("64942212".into()),
            email: "di@example.dk".into(),
            organisation: Some("Dansk Industri".into()),
        };
        assert_eq!(matches(party, &all), Some(MatchedBy::Email));
        let faked = Sender {
            email: "someone@example.com".into(),
            ..all
        };
        assert_eq!(matches(party, &faked), Some(MatchedBy::Cvr));
        assert!(MatchedBy::Official > MatchedBy::Email && MatchedBy::Email > MatchedBy::Name);
    }

    #[test]
    fn an_officials_verdict_overrides_the_matching() {
        assert!(Verdict::Automatic.answered(1));
        assert!(!Verdict::Automatic.answered(0));
        assert!(Verdict::Yes.answered(0));
        assert!(!Verdict::No.answered(2));
        assert_eq!(Verdict::parse(Some("yes")), Verdict::Yes);
        assert_eq!(Verdict::parse(Some("auto")).stored(), None);
        assert_eq!(Verdict::from_wire("auto"), Some(Verdict::Automatic));
        assert_eq!(Verdict::from_wire("no"), Some(Verdict::No));
        assert_eq!(Verdict::from_wire("maybe"), None);
        assert_eq!(Verdict::from_wire(""), None);
    }
}
