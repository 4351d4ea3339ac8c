//! The demo hearing's høringsliste: the integration council, Copenhagen's twelve local
//! committees, unions, employers' organisations and associations, with example addresses —
//! and the committee digest's recipients.
//! Loading it twice changes nothing: a party already on the list (by name) is skipped.

use anyhow::Context;
use app::entities::{consulted_party, digest_recipient};
use app::party::matching::name_key;
use app::vocab::PartyKind;
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    Set,
};

use crate::demo::SLUG;

/// Name, kind and e-mail of each party.
const PARTIES: [(&str, PartyKind, &str); 20] = [
    (
        "Integrationsrådet i Københavns Kommune",
        PartyKind::Council,
        "integrationsraadet@example.dk",
    ),
    (
        "Amager Vest Lokaludvalg",
        PartyKind::Council,
        "amagervest.lokaludvalg@example.dk",
    ),
    (
        "Amager Øst Lokaludvalg",
        PartyKind::Council,
        "amageroest.lokaludvalg@example.dk",
    ),
    (
        "Bispebjerg Lokaludvalg",
        PartyKind::Council,
        "bispebjerg.lokaludvalg@example.dk",
    ),
    (
        "Brønshøj-Husum Lokaludvalg",
        PartyKind::Council,
        "broenshoejhusum.lokaludvalg@example.dk",
    ),
    (
        "Christianshavns Lokaludvalg",
        PartyKind::Council,
        "christianshavn.lokaludvalg@example.dk",
    ),
    (
        "Indre By Lokaludvalg",
        PartyKind::Council,
        "indreby.lokaludvalg@example.dk",
    ),
    (
        "Kongens Enghave Lokaludvalg",
        PartyKind::Council,
        "kongensenghave.lokaludvalg@example.dk",
    ),
    (
        "Nørrebro Lokaludvalg",
        PartyKind::Council,
        "noerrebro.lokaludvalg@example.dk",
    ),
    (
        "Valby Lokaludvalg",
        PartyKind::Council,
        "valby.lokaludvalg@example.dk",
    ),
    (
        "Vanløse Lokaludvalg",
        PartyKind::Council,
        "vanloese.lokaludvalg@example.dk",
    ),
    (
        "Vesterbro Lokaludvalg",
        PartyKind::Council,
        "vesterbro.lokaludvalg@example.dk",
    ),
    (
        "Østerbro Lokaludvalg",
        PartyKind::Council,
        "oesterbro.lokaludvalg@example.dk",
    ),
    (
        "LO Hovedstaden",
        PartyKind::Union,
        "hovedstaden@lo.example.dk",
    ),
    ("Dansk Industri", PartyKind::Employers, "di@di.example.dk"),
    (
        "Dansk Arbejdsgiverforening",
        PartyKind::Employers,
        "da@da.example.dk",
    ),
    ("Red Barnet", PartyKind::Association, "redbarnet@example.dk"),
    (
        "Dansk Flygtningehjælp",
        PartyKind::Association,
        "drc@example.dk",
    ),
    (
        "Foreningen Nydansker",
        PartyKind::Association,
        "nydansker@example.dk",
    ),
    (
        "Institut for Menneskerettigheder",
        PartyKind::PublicBody,
        "menneskeret@example.dk",
    ),
];

/// Adds the parties missing from the demo hearing's list; returns how many were added.
pub async fn load(db: &DatabaseConnection) -> anyhow::Result<usize> {
    let txn = app::db::begin_write(db).await?;
    let Some(hearing) = app::hearing::store::find_by_slug(&txn, SLUG).await? else {
        return Ok(0);
    };
    let present: Vec<String> = consulted_party::Entity::find()
        .filter(consulted_party::Column::HearingId.eq(hearing.id))
        .all(&txn)
        .await?
        .into_iter()
        .map(|p| p.name_key)
        .collect();
    let now = Utc::now();
    let mut added = 0;
    for (name, kind, email) in PARTIES {
        if present.contains(&name_key(name)) {
            continue;
        }
        consulted_party::ActiveModel {
            hearing_id: Set(hearing.id),
            name: Set(name.into()),
            name_key: Set(name_key(name)),
            kind: Set(kind),
            email: Set(email.into()),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await
        .with_context(|| format!("adding {name} to the demo høringsliste"))?;
        added += 1;
    }
    add_recipients(&txn, hearing.id).await?;
    txn.commit()
        .await
        .context("committing the demo høringsliste")?;
    Ok(added)
}

/// Who gets the demo hearing's committee digest (when it has nobody yet).
const RECIPIENTS: [(&str, &str); 2] = [
    ("BIU's sekretariat", "biu.sekretariat@example.dk"),
    (
        "Formand for Beskæftigelses- og Integrationsudvalget",
        "biu.formand@example.dk",
    ),
];

async fn add_recipients(
    txn: &impl sea_orm::ConnectionTrait,
    hearing_id: i32,
) -> anyhow::Result<()> {
    let present = digest_recipient::Entity::find()
        .filter(digest_recipient::Column::HearingId.eq(hearing_id))
        .count(txn)
        .await?;
    if present > 0 {
        return Ok(());
    }
    for (position, (name, email)) in (0..).zip(RECIPIENTS) {
        digest_recipient::ActiveModel {
            hearing_id: Set(hearing_id),
            name: Set(name.into()),
            email: Set(email.into()),
            position: Set(position),
            ..Default::default()
        }
        .insert(txn)
        .await
        .with_context(|| format!("adding {email} to the demo digest's recipients"))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::PARTIES;

    #[test]
    fn every_demo_party_has_a_good_address() {
        for (name, _, email) in PARTIES {
            assert!(app::respondent::Email::parse(email).is_ok(), "{name}");
        }
    }
}
