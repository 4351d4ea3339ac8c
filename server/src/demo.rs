//! The demo hearing: Copenhagen's "Københavns Integrationspolitik 2011-2014", from the
//! committee's synopsis of 10 May 2010. Loading it twice changes nothing.

use anyhow::Context;
use app::draft::store::{ImportError, import_version};
use app::hearing::store::{NewHearing, create, find_by_slug};
use app::vocab::{MilestoneKind, PublicationPolicy};
use chrono::{DateTime, Days, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Copenhagen;
use sea_orm::DatabaseConnection;

/// The demo hearing's slug.
pub const SLUG: &str = "integrationspolitik-2011-2014";

/// The draft, transcribed from the seed.
const DRAFT: &[u8] = include_bytes!("../demo/integrationspolitik-2011-2014.md");

/// The hearing runs eight weeks: 9 August to 4 October 2010.
const OPENS: (i32, u32, u32) = (2010, 8, 9);
const CLOSES: (i32, u32, u32) = (2010, 10, 4);
/// Days of the hearing period already gone in a shifted demo (about a third of 56).
const DAYS_GONE: u64 = 19;

const MILESTONES: [((u32, u32), &str, MilestoneKind); 6] = [
    (
        (5, 10),
        "BIU drøfter synopsis for Københavns Integrationspolitik 2011-2014",
        MilestoneKind::Synopsis,
    ),
    (
        (5, 31),
        "BIU drøfter handleplaner med fagborgmestre og adm. direktører",
        MilestoneKind::Meeting,
    ),
    (
        (6, 14),
        "BIU behandler 1. udkast til Københavns Integrationspolitik 2011-2014 med handleplanerne som bilag",
        MilestoneKind::Meeting,
    ),
    (
        (8, 9),
        "BIU behandler høringsudkastet, som herefter sendes i høring",
        MilestoneKind::HearingOpens,
    ),
    (
        (11, 22),
        "BIU sender endeligt forslag til godkendelse i Økonomiudvalget og derefter Borgerrepræsentationen",
        MilestoneKind::FinalProposal,
    ),
    (
        (12, 16),
        "Borgerrepræsentationen vedtager Københavns Integrationspolitik 2011-2014",
        MilestoneKind::Adoption,
    ),
];

const ANNEXES: [(&str, &str); 4] = [
    (
        "Synopsis for Københavns Integrationspolitik 2011-2014",
        "Skabelon for Københavns Integrationspolitik 2011-2014.",
    ),
    (
        "Diskriminationsrapport 2010 fra Catinét",
        "Rapport om diskriminationsomfanget 2010, Catinét.",
    ),
    (
        "De 4 integrationstyper og eksempler på integrationsindsatser",
        "Oversigt over de fire integrationstyper med eksempler på indsatser (A3).",
    ),
    (
        "Opsamling på de 3 første temadrøftelser i BIU",
        "Opsamling på Beskæftigelses- og Integrationsudvalgets tre første temadrøftelser.",
    ),
];

/// Which calendar the demo uses.
#[derive(Debug, Clone, Copy)]
pub enum Dates {
    /// The 2010 dates of the seed.
    Original,
    /// The seed's dates moved as a block so the hearing is open on this day, about a third
    /// of the period gone.
    OpenOn(NaiveDate),
}

/// Today on Copenhagen's calendar, the day a shifted demo opens around.
pub fn today() -> NaiveDate {
    app::clock::day(Utc::now(), Copenhagen)
}

/// What `load` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The hearing was created.
    Loaded,
    /// The hearing was already there; nothing changed.
    AlreadyLoaded,
}

/// Loads the demo hearing, its timetable, annexes and draft in one transaction.
pub async fn load(db: &DatabaseConnection, dates: Dates) -> anyhow::Result<Outcome> {
    let txn = app::db::begin_write(db).await?;
    if find_by_slug(&txn, SLUG).await?.is_some() {
        return Ok(Outcome::AlreadyLoaded);
    }
    // The demo is loaded from the command line (or a test), outside a server's clock.
    let now = chrono::Utc::now();
    let hearing_id = create(&txn, &hearing(dates), now).await?;
    import_version(&txn, hearing_id, DRAFT, now)
        .await
        .map_err(|error| match error {
            ImportError::Draft(e) => anyhow::anyhow!("the demo draft is invalid: {e}"),
            ImportError::App(e) => anyhow::anyhow!("storing the demo draft: {e}"),
        })?;
    crate::demo_summaries::store(&txn, hearing_id, now).await?;
    txn.commit().await.context("committing the demo hearing")?;
    Ok(Outcome::Loaded)
}

/// The demo hearing for the chosen calendar.
pub fn hearing(dates: Dates) -> NewHearing {
    let shift = |date: NaiveDate| match dates {
        Dates::Original => date,
        Dates::OpenOn(today) => shift_into(date, today),
    };
    let day = |(m, d): (u32, u32)| shift(NaiveDate::from_ymd_opt(2010, m, d).expect("valid date"));
    NewHearing {
        slug: SLUG.into(),
        journal_number: "2010-64452".into(),
        title: "Københavns Integrationspolitik 2011-2014".into(),
        summary: "Den nuværende integrationspolitik udløber med udgangen af 2010, og Borgerrepræsentationen har besluttet, at der skal udarbejdes en revideret integrationspolitik for 2011-2014. Beskæftigelses- og Integrationsudvalget sender her udkastet i offentlig høring: læs det, og sig din mening om, hvordan København skal arbejde med integration de næste fire år.".into(),
        committee: "Beskæftigelses- og Integrationsudvalget".into(),
        // The demo shows the whole path at once: a verified response is public.
        publication_policy: PublicationPolicy::AfterVerification,
        opens_at: copenhagen(day((OPENS.1, OPENS.2)), NaiveTime::MIN),
        closes_at: copenhagen(day((CLOSES.1, CLOSES.2)), NaiveTime::from_hms_opt(23, 59, 59).expect("valid time")),
        milestones: MILESTONES.iter().map(|(md, label, kind)| (day(*md), (*label).into(), *kind)).collect(),
        annexes: ANNEXES.iter().map(|(t, d)| ((*t).into(), (*d).into())).collect(),
    }
}

/// Moves `date` by the number of days that puts the hearing's opening `DAYS_GONE` before
/// `today`.
fn shift_into(date: NaiveDate, today: NaiveDate) -> NaiveDate {
    let opens = NaiveDate::from_ymd_opt(OPENS.0, OPENS.1, OPENS.2).expect("valid date");
    let new_opens = today - Days::new(DAYS_GONE);
    date + (new_opens - opens)
}

/// A Copenhagen wall-clock time as an instant (the earlier one if the clock repeats).
fn copenhagen(date: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
    let local = date.and_time(time);
    Copenhagen
        .from_local_datetime(&local)
        .earliest()
        .unwrap_or_else(|| Copenhagen.from_utc_datetime(&local))
        .with_timezone(&Utc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn original_dates_are_the_seeds() {
        let h = hearing(Dates::Original);
        assert_eq!(
            h.milestones[0].0,
            NaiveDate::from_ymd_opt(2010, 5, 10).unwrap()
        );
        assert_eq!(
            h.milestones[4].0,
            NaiveDate::from_ymd_opt(2010, 11, 22).unwrap()
        );
        assert_eq!(h.opens_at.to_rfc3339(), "2010-08-08T22:00:00+00:00");
        assert_eq!(h.closes_at.to_rfc3339(), "2010-10-04T21:59:59+00:00");
    }

    #[test]
    fn shifted_dates_keep_their_spacing_and_open_the_hearing_today() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let (original, shifted) = (hearing(Dates::Original), hearing(Dates::OpenOn(today)));
        let gap = shifted.milestones[0].0 - original.milestones[0].0;
        for (a, b) in original.milestones.iter().zip(&shifted.milestones) {
            assert_eq!(b.0 - a.0, gap);
        }
        let opens = app::clock::day(shifted.opens_at, Copenhagen);
        let closes = app::clock::day(shifted.closes_at, Copenhagen);
        assert_eq!((today - opens).num_days(), 19);
        assert_eq!((closes - opens).num_days(), 56);
        assert!(
            shifted.milestones[4].0 > today,
            "the final proposal lies ahead"
        );
    }
}
