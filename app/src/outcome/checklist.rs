//! The checklist before publishing: is the decision saved, is every counted response answered
//! by a remark (directly or through its theme), which consulted parties did not answer, how
//! many e-mails go out, who needs a letter, and which draft versions the outcome compares.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::ConnectionTrait;

use super::changes::Changes;
use super::letter::{reachable, recipients};
use super::{Checklist, Listed};
use crate::digest::roster::{self, Counted};
use crate::disclosure::Remark;
use crate::entities::hearing;
use crate::error::AppError;

/// What the checklist is made from, read once (publishing uses it for the e-mails too).
pub struct Facts {
    /// The counted responses with their respondents, in svarnummer order.
    pub counted: Vec<Counted>,
    /// The remark answering each response that has one.
    pub remarks: HashMap<i32, Remark>,
    /// The consulted parties that did not answer, by name.
    pub silent_parties: Vec<String>,
}

impl Facts {
    /// Reads them for `hearing` at `now`.
    pub async fn read(
        db: &impl ConnectionTrait,
        hearing: &hearing::Model,
        now: DateTime<Utc>,
    ) -> Result<Self, AppError> {
        let counted = roster::read(db, hearing.id, now).await?;
        let remarks = crate::disclosure::remarks::effective(db, hearing.id).await?;
        let silent_parties = crate::party::store::answered_list(db, hearing)
            .await?
            .into_iter()
            .filter(|p| !p.answered)
            .map(|p| p.name)
            .collect();
        Ok(Facts {
            counted,
            remarks,
            silent_parties,
        })
    }

    /// The checklist, given whether the decision is saved and the draft's changes.
    pub fn checklist(&self, decision_saved: bool, changes: &Changes) -> Checklist {
        let listed = |c: &Counted| Listed {
            response_id: c.response.id,
            svarnummer: c.response.svarnummer.clone(),
            respondent: c
                .respondent
                .as_ref()
                .map(|r| r.organisation.clone().unwrap_or_else(|| r.name.clone()))
                .unwrap_or_default(),
            channel: c.response.channel,
        };
        let without_remark = self
            .counted
            .iter()
            .filter(|c| !self.remarks.contains_key(&c.response.id))
            .map(listed)
            .collect();
        let letters = self
            .counted
            .iter()
            .filter(|c| !c.respondent.as_ref().is_some_and(|r| reachable(&r.email)))
            .map(listed)
            .collect();
        let versions = match (changes.consulted, changes.adopted) {
            (Some(from), Some(to)) if from != to => Some((from, to)),
            _ => None,
        };
        Checklist {
            decision_saved,
            responses: self.counted.len(),
            without_remark,
            silent_parties: self.silent_parties.clone(),
            mails: recipients(&self.counted, &self.remarks).len(),
            letters,
            versions,
        }
    }
}
