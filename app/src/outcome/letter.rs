//! The e-mail each respondent gets once the outcome is published: one per address (a person
//! who answered twice gets one message naming both responses), in the language they used the
//! site in, with each response's svarnummer, the remark that answers it and whether it led to
//! a change, and the link to the outcome.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::digest::roster::Counted;
use crate::disclosure::Remark;
use crate::i18n::Locale;
use crate::mail::outbox::NewMail;

/// One response as its respondent's e-mail names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    /// The response.
    pub response_id: i32,
    /// Its svarnummer.
    pub svarnummer: String,
    /// The remark answering it, if any.
    pub remark: Option<Remark>,
}

/// One address and what its e-mail says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recipient {
    /// The address as the respondent typed it (first response).
    pub address: String,
    /// The language of their first response.
    pub locale: Locale,
    /// Their responses, by svarnummer.
    pub answers: Vec<Answer>,
}

/// What every e-mail of a hearing shares.
#[derive(Clone, Debug)]
pub struct Outcome<'a> {
    /// The hearing's title.
    pub title: &'a str,
    /// The committee that decided.
    pub committee: &'a str,
    /// When.
    pub decided_on: NaiveDate,
    /// The outcome page's full address.
    pub link: String,
}

/// Whether a mail to `email` can arrive: a responses registered from a letter or a meeting
/// without an address carry one under the reserved `.invalid` domain (RFC 2606), and an erased
/// respondent's is empty.
pub fn reachable(email: &str) -> bool {
    let email = email.trim();
    email.contains('@') && !email.to_ascii_lowercase().ends_with(".invalid")
}

/// The recipients of `counted` (in svarnummer order), one per address (compared without
/// case), with the remarks answering their responses.
pub fn recipients(counted: &[Counted], remarks: &HashMap<i32, Remark>) -> Vec<Recipient> {
    let mut out: Vec<Recipient> = Vec::new();
    let mut by_address: HashMap<String, usize> = HashMap::new();
    for c in counted {
        let Some(who) = c.respondent.as_ref().filter(|r| reachable(&r.email)) else {
            continue;
        };
        let answer = Answer {
            response_id: c.response.id,
            svarnummer: c.response.svarnummer.clone(),
            remark: remarks.get(&c.response.id).cloned(),
        };
        let key = who.email.trim().to_lowercase();
        match by_address.get(&key) {
            Some(&at) => out[at].answers.push(answer),
            None => {
                by_address.insert(key, out.len());
                out.push(Recipient {
                    address: who.email.trim().to_owned(),
                    locale: Locale::from_code(&c.response.locale).unwrap_or_default(),
                    answers: vec![answer],
                });
            }
        }
    }
    out
}

/// The outbox key that makes the e-mail to `address` about hearing `hearing_id` go once.
pub fn key(hearing_id: i32, address: &str) -> String {
    format!("outcome:{hearing_id}:{}", address.trim().to_lowercase())
}

/// The e-mail to `recipient`.
pub fn compose(recipient: &Recipient, outcome: &Outcome<'_>) -> NewMail {
    let t = recipient.locale.messages();
    let date = t.date(outcome.decided_on);
    let mut text = t.outcome_mail_intro(outcome.title, outcome.committee, &date);
    for answer in &recipient.answers {
        text.push_str("\n\n");
        text.push_str(&t.outcome_mail_response(&answer.svarnummer));
        match answer.remark.as_ref().filter(|r| !r.text.trim().is_empty()) {
            Some(remark) => {
                text.push_str(&format!(
                    "\n{}:\n{}",
                    t.outcome_remark(),
                    remark.text.trim()
                ));
            }
            None => {
                text.push('\n');
                text.push_str(t.outcome_mail_no_remark());
            }
        }
        if let Some(change) = answer.remark.as_ref().and_then(|r| r.gives_change) {
            text.push('\n');
            text.push_str(t.outcome_change(change));
        }
    }
    text.push_str(&format!(
        "\n\n{}\n{}\n\n{}\n",
        t.outcome_mail_link(),
        outcome.link,
        t.outcome_mail_footer()
    ));
    NewMail {
        to: recipient.address.clone(),
        subject: t.outcome_mail_subject(outcome.title),
        text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recipient(locale: Locale, remark: Option<Remark>) -> Recipient {
        Recipient {
            address: "amina@example.dk".into(),
            locale,
            answers: vec![Answer {
                response_id: 7,
                svarnummer: "2010-64452-0007".into(),
                remark,
            }],
        }
    }

    fn outcome() -> Outcome<'static> {
        Outcome {
            title: "Københavns Integrationspolitik 2011-2014",
            committee: "Beskæftigelses- og Integrationsudvalget",
            decided_on: NaiveDate::from_ymd_opt(2010, 11, 17).unwrap(),
            link: "https://ordet.example/hearings/integrationspolitik/outcome".into(),
        }
    }

    #[test]
    fn the_mail_names_the_response_its_remark_the_change_and_the_link() {
        let remark = Remark {
            text: "Forslaget er indarbejdet i afsnit 3.".into(),
            gives_change: Some(true),
        };
        let mail = compose(&recipient(Locale::Da, Some(remark)), &outcome());
        assert_eq!(
            mail.subject,
            "Resultatet af høringen: Københavns Integrationspolitik 2011-2014"
        );
        for part in [
            "17. november 2010",
            "2010-64452-0007",
            "Forslaget er indarbejdet i afsnit 3.",
            "Gav anledning til ændring",
            "https://ordet.example/hearings/integrationspolitik/outcome",
        ] {
            assert!(mail.text.contains(part), "{part} in {}", mail.text);
        }
    }

    #[test]
    fn the_mail_is_in_the_respondents_language_and_says_when_there_is_no_remark() {
        let mail = compose(&recipient(Locale::En, None), &outcome());
        assert!(mail.subject.starts_with("The outcome of the hearing"));
        assert!(mail.text.contains("no separate remark"), "{}", mail.text);
        assert!(!mail.text.contains("Led to a change"));
    }

    #[test]
    fn an_address_under_invalid_or_an_erased_one_is_not_reachable() {
        assert!(reachable("amina@example.dk"));
        assert!(!reachable("ingen@adresse.invalid"));
        assert!(!reachable("INGEN@ADRESSE.INVALID"));
        assert!(!reachable(""));
    }
}
