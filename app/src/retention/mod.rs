//! (ssr) Personal data over its whole life: erasing a response's personal data or the whole
//! response (erase.rs, with what goes per kind in record.rs and nothing.rs, and what other
//! rows point at a response in links.rs, the respondent's words in the audit log in
//! audit_text.rs), stored files no row holds any more (blobs.rs), the
//! purge of what was never confirmed and of spent tokens, sessions and old mail (purge.rs),
//! the erasure of a decided hearing's personal data when its retention ran out (schedule.rs),
//! and officials' mark on files that are part of the case file (case_file.rs, api.rs).

pub mod api;
mod audit_text;
pub mod blobs;
pub mod case_file;
pub mod erase;
mod incoming_mail;
mod links;
mod nothing;
pub mod purge;
mod record;
pub mod schedule;

use std::ops::AddAssign;

use serde::Serialize;

pub use erase::erase_responses;

/// What stays of an erased response.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keep {
    /// The legal record: svarnummer, dates, respondent kind, organisation and CVR, the text as
    /// the public sees it (the redacted one, where an official redacted it), hvidbog remarks,
    /// files marked as part of the case file, and a name the respondent allowed to be
    /// published. The rest of the respondent's personal data goes.
    Record,
    /// Nothing: the response, its respondent, files, tokens, mails and everything officials
    /// attached to it are deleted.
    Nothing,
}

impl Keep {
    /// The audit log's action for an erasure that keeps this much.
    pub fn action(self) -> &'static str {
        match self {
            Keep::Record => "retention.erase",
            Keep::Nothing => "retention.delete",
        }
    }
}

/// How many rows or values of each kind an erasure removed. Counts only, never the data: this
/// is what the audit log, the job's log and `ordet retention` show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Erased {
    /// Responses deleted whole (`Keep::Nothing`).
    pub responses_deleted: u64,
    /// Responses whose personal data was erased, the record kept (`Keep::Record`).
    pub responses_erased: u64,
    /// Respondent rows deleted.
    pub respondents_deleted: u64,
    /// Names of residents who did not allow publication.
    pub names: u64,
    /// E-mail addresses.
    pub email_addresses: u64,
    /// Postal codes.
    pub postal_addresses: u64,
    /// Contact persons (name and role) of organisations, companies and public bodies.
    pub contact_persons: u64,
    /// Original texts replaced by the redacted one an official made.
    pub unredacted_texts: u64,
    /// Attached files (rows, with their extracted text).
    pub files: u64,
    /// The bytes of those files.
    pub file_bytes: u64,
    /// Verification and private-link tokens.
    pub tokens: u64,
    /// Idempotency keys of submissions.
    pub submission_keys: u64,
    /// Mails to the respondent (queued or sent).
    pub mails: u64,
    /// Officials' notes.
    pub notes: u64,
    /// Officials' tags.
    pub tags: u64,
    /// Hvidbog remarks on the response.
    pub remarks: u64,
    /// Places in a theme or a campaign.
    pub memberships: u64,
    /// Quotes from the text kept for themes.
    pub quotes: u64,
    /// Audit entries about the response whose record of its words was emptied.
    pub audit_texts: u64,
    /// E-mails of the hearing's mailbox: their rows, and the messages kept whole.
    pub incoming_mails: u64,
}

impl Erased {
    /// Whether nothing was erased.
    pub fn is_empty(&self) -> bool {
        *self == Erased::default()
    }

    /// Each kind with a count above zero, as (kind, count), in a fixed order.
    pub fn kinds(&self) -> Vec<(&'static str, u64)> {
        let all = [
            ("responses_deleted", self.responses_deleted),
            ("responses_erased", self.responses_erased),
            ("respondents_deleted", self.respondents_deleted),
            ("names", self.names),
            ("email_addresses", self.email_addresses),
            ("postal_addresses", self.postal_addresses),
            ("contact_persons", self.contact_persons),
            ("unredacted_texts", self.unredacted_texts),
            ("files", self.files),
            ("file_bytes", self.file_bytes),
            ("tokens", self.tokens),
            ("submission_keys", self.submission_keys),
            ("mails", self.mails),
            ("notes", self.notes),
            ("tags", self.tags),
            ("remarks", self.remarks),
            ("memberships", self.memberships),
            ("quotes", self.quotes),
            ("audit_texts", self.audit_texts),
            ("incoming_mails", self.incoming_mails),
        ];
        all.into_iter().filter(|(_, n)| *n > 0).collect()
    }

    /// The counts above zero as a JSON object (what an audit entry records).
    pub fn to_json(&self) -> serde_json::Value {
        let map: serde_json::Map<String, serde_json::Value> = self
            .kinds()
            .into_iter()
            .map(|(kind, n)| (kind.to_owned(), n.into()))
            .collect();
        serde_json::Value::Object(map)
    }

    /// One line: `names=3 email_addresses=5`, or `nothing`.
    pub fn summary(&self) -> String {
        let kinds = self.kinds();
        if kinds.is_empty() {
            return "nothing".to_owned();
        }
        kinds
            .iter()
            .map(|(kind, n)| format!("{kind}={n}"))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

impl AddAssign for Erased {
    fn add_assign(&mut self, o: Erased) {
        self.responses_deleted += o.responses_deleted;
        self.responses_erased += o.responses_erased;
        self.respondents_deleted += o.respondents_deleted;
        self.names += o.names;
        self.email_addresses += o.email_addresses;
        self.postal_addresses += o.postal_addresses;
        self.contact_persons += o.contact_persons;
        self.unredacted_texts += o.unredacted_texts;
        self.files += o.files;
        self.file_bytes += o.file_bytes;
        self.tokens += o.tokens;
        self.submission_keys += o.submission_keys;
        self.mails += o.mails;
        self.notes += o.notes;
        self.tags += o.tags;
        self.remarks += o.remarks;
        self.memberships += o.memberships;
        self.quotes += o.quotes;
        self.audit_texts += o.audit_texts;
        self.incoming_mails += o.incoming_mails;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_add_up_and_show_only_what_was_erased() {
        let mut total = Erased::default();
        assert!(total.is_empty());
        assert_eq!(total.summary(), "nothing");
        total += Erased {
            names: 1,
            files: 2,
            file_bytes: 300,
            ..Erased::default()
        };
        total += Erased {
            names: 1,
            email_addresses: 1,
            ..Erased::default()
        };
        assert_eq!(
            total.kinds(),
            [
                ("names", 2),
                ("email_addresses", 1),
                ("files", 2),
                ("file_bytes", 300)
            ]
        );
        assert_eq!(
            total.summary(),
            "names=2 email_addresses=1 files=2 file_bytes=300"
        );
        assert_eq!(
            total.to_json(),
            serde_json::json!({"names": 2, "email_addresses": 1, "files": 2, "file_bytes": 300})
        );
    }

    #[test]
    fn each_kind_of_erasure_has_its_own_audit_action() {
        assert_eq!(Keep::Record.action(), "retention.erase");
        assert_eq!(Keep::Nothing.action(), "retention.delete");
    }
}
