//! `Keep::Record`: the response stays as the legal record (svarnummer, dates, kind,
//! organisation and CVR, the text as published, hvidbog remarks, files in the case file, a
//! name its author allowed to be published); the rest of the respondent's personal data goes.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};

use super::Erased;
use super::links::{self, PerResponse};
use crate::entities::{campaign_member, respondent, response};

/// What of a respondent's row goes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Blank {
    /// The name: a resident's who did not allow publication, an organisation's contact person.
    pub name: bool,
    /// An organisation's contact person's role.
    pub contact_role: bool,
    /// The e-mail address.
    pub email: bool,
    /// The postal code.
    pub postal_code: bool,
}

impl Blank {
    /// What goes of `who` (nothing of what is already gone).
    pub fn of(who: &respondent::Model) -> Blank {
        Blank {
            name: !who.name.is_empty() && (is_organisation(who) || !who.publish_name),
            contact_role: who.contact_role.is_some(),
            email: !who.email.is_empty(),
            postal_code: who.postal_code.is_some(),
        }
    }

    /// The counts of erasing `who`.
    pub fn counts(who: &respondent::Model) -> Erased {
        let blank = Blank::of(who);
        let organisation = is_organisation(who);
        let person = blank.name || blank.contact_role;
        Erased {
            names: u64::from(blank.name && !organisation),
            contact_persons: u64::from(person && organisation),
            email_addresses: u64::from(blank.email),
            postal_addresses: u64::from(blank.postal_code),
            ..Erased::default()
        }
    }
}

/// Whether `who` answered for an organisation, a company or a public body (its `name` is then
/// its contact person's).
fn is_organisation(who: &respondent::Model) -> bool {
    who.kind.is_organisation()
}

/// Erases the personal data of `rows` (their respondents in `respondents`), keeping the record.
pub(super) async fn erase(
    db: &impl ConnectionTrait,
    rows: &[response::Model],
    respondents: &HashMap<i32, respondent::Model>,
    per: &mut PerResponse,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    links::files(db, &ids, true, per, now).await?;
    let mut texts_gone = BTreeSet::new();
    for row in rows {
        let erased = per.entry(row.id).or_default();
        if let Some(who) = respondents.get(&row.respondent_id) {
            blank_respondent(db, who).await?;
            *erased += Blank::counts(who);
        }
        if erase_text(db, row, now).await? {
            erased.unredacted_texts += 1;
            texts_gone.insert(row.id);
        }
        erased.responses_erased += u64::from(row.personal_data_erased_at.is_none());
    }
    campaign_member::Entity::update_many()
        .col_expr(campaign_member::Column::Additions, Expr::value(""))
        .filter(campaign_member::Column::ResponseId.is_in(texts_gone.iter().copied()))
        .exec(db)
        .await?;
    let hearings = rows.iter().map(|r| r.hearing_id).collect();
    links::quotes(db, &hearings, &texts_gone, per).await
}

/// Empties what [`Blank::of`] says goes (NOT NULL columns become "").
async fn blank_respondent(db: &impl ConnectionTrait, who: &respondent::Model) -> Result<(), DbErr> {
    let blank = Blank::of(who);
    if blank == Blank::default() {
        return Ok(());
    }
    let mut update = respondent::Entity::update_many().filter(respondent::Column::Id.eq(who.id));
    if blank.name {
        update = update.col_expr(respondent::Column::Name, Expr::value(""));
    }
    if blank.contact_role {
        update = update.col_expr(respondent::Column::ContactRole, Expr::value(None::<String>));
    }
    if blank.email {
        update = update.col_expr(respondent::Column::Email, Expr::value(""));
    }
    if blank.postal_code {
        update = update.col_expr(respondent::Column::PostalCode, Expr::value(None::<String>));
    }
    update.exec(db).await?;
    Ok(())
}

/// Marks the response as erased and replaces an original text an official redacted by the
/// redacted one; whether the text was replaced. The sentence vector made from the original
/// text goes with it (the next theme run makes one of the redacted text).
async fn erase_text(
    db: &impl ConnectionTrait,
    row: &response::Model,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let redacted = row.public_body.as_ref().filter(|p| **p != row.body);
    let mut update = response::Entity::update_many()
        .col_expr(response::Column::UpdatedAt, Expr::value(now))
        .filter(response::Column::Id.eq(row.id));
    if row.personal_data_erased_at.is_none() {
        update = update.col_expr(response::Column::PersonalDataErasedAt, Expr::value(now));
    }
    if let Some(text) = redacted {
        update = update.col_expr(response::Column::Body, Expr::value(text.clone()));
        crate::entities::response_vector::Entity::delete_by_id(row.id)
            .exec(db)
            .await?;
    }
    update.exec(db).await?;
    Ok(redacted.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::RespondentKind;

    fn respondent(kind: RespondentKind, publish_name: bool) -> respondent::Model {
        respondent::Model {
            id: 1,
            kind,
            name: "Fatima Hassan".into(),
            organisation: kind.is_organisation().then(|| "Grundejerforeningen".into()),
            contact_role: kind.is_organisation().then(|| "Formand".into()),
            cvr: None,
            email: "fatima@example.dk".into(),
            postal_code: Some("2500".into()),
            publish_name,
            created_at: chrono::DateTime::from_timestamp(1_285_000_000, 0).unwrap(),
        }
    }

    #[test]
    fn a_residents_name_goes_unless_they_allowed_it_to_be_published() {
        let hidden = Blank::counts(&respondent(RespondentKind::Resident, false));
        assert_eq!(
            (
                hidden.names,
                hidden.email_addresses,
                hidden.postal_addresses
            ),
            (1, 1, 1)
        );
        let public = respondent(RespondentKind::Resident, true);
        assert!(!Blank::of(&public).name);
        assert_eq!(Blank::counts(&public).names, 0);
    }

    #[test]
    fn an_organisations_contact_person_goes_and_its_name_and_cvr_stay() {
        let who = respondent(RespondentKind::Company, true);
        let blank = Blank::of(&who);
        assert!(blank.name && blank.contact_role && blank.email);
        let counts = Blank::counts(&who);
        assert_eq!((counts.names, counts.contact_persons), (0, 1));
    }

    #[test]
    fn what_is_already_gone_is_not_counted_again() {
        let who = respondent::Model {
            name: String::new(),
            email: String::new(),
            postal_code: None,
            ..respondent(RespondentKind::Resident, false)
        };
        assert_eq!(Blank::of(&who), Blank::default());
        assert!(Blank::counts(&who).is_empty());
    }
}
