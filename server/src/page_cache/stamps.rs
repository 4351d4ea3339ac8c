//! The hearings' public stamps as this process last read them, trusted while the database's
//! change signal (`feed.rs`) says nothing changed since: so a kept page is served without a
//! round trip to the database.
//!
//! Every signal — a change committed anywhere, a write request answered by this process, the
//! signal lost or found again — moves the epoch; a remembered stamp is trusted only while the
//! epoch is the one read *before* the stamp was. A change that commits while a stamp is being
//! read therefore makes that stamp untrusted as soon as its signal arrives. While no signal
//! is live (before the feed has started, after it was lost), every request asks the database.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

#[derive(Debug, Default)]
pub(super) struct Stamps {
    epoch: AtomicU64,
    live: AtomicBool,
    known: Mutex<HashMap<String, (u64, i64)>>,
}

impl Stamps {
    /// The stamp of the hearing `slug`: the remembered one while it is trusted, else what
    /// `read` answers (`None`: no such hearing, never remembered).
    pub(super) async fn of<E, F>(&self, slug: &str, read: F) -> Result<Option<i64>, E>
    where
        F: Future<Output = Result<Option<i64>, E>>,
    {
        let epoch = self.epoch.load(Ordering::Acquire);
        if self.live.load(Ordering::Acquire)
            && let Some(stamp) = self.trusted(slug, epoch)
        {
            return Ok(Some(stamp));
        }
        let stamp = read.await?;
        if let (Some(stamp), Ok(mut known)) = (stamp, self.known.lock()) {
            known.insert(slug.to_owned(), (epoch, stamp));
        }
        Ok(stamp)
    }

    fn trusted(&self, slug: &str, epoch: u64) -> Option<i64> {
        let known = self.known.lock().ok()?;
        let &(read_at, stamp) = known.get(slug)?;
        (read_at == epoch).then_some(stamp)
    }

    /// Something may have changed: no stamp read before now is trusted.
    pub(super) fn changed(&self) {
        self.epoch.fetch_add(1, Ordering::AcqRel);
    }

    /// The change signal was found (`true`) or lost (`false`); either way what was read before
    /// is not trusted.
    pub(super) fn set_live(&self, live: bool) {
        self.live.store(live, Ordering::Release);
        self.changed();
    }
}

/// The hearing's public stamp (0 before anything moved it); `None` for an unknown hearing.
pub(super) async fn read(
    db: &sea_orm::DatabaseConnection,
    slug: &str,
) -> Result<Option<i64>, sea_orm::DbErr> {
    use app::entities::{hearing, public_stamp};
    use sea_orm::{ColumnTrait, EntityTrait, JoinType, QueryFilter, QuerySelect, RelationDef};
    let on_hearing: RelationDef = public_stamp::Entity::belongs_to(hearing::Entity)
        .from(public_stamp::Column::HearingId)
        .to(hearing::Column::Id)
        .into();
    let found: Option<(i32, Option<i64>)> = hearing::Entity::find()
        .select_only()
        .column(hearing::Column::Id)
        .column(public_stamp::Column::Stamp)
        .join(JoinType::LeftJoin, on_hearing.rev())
        .filter(hearing::Column::Slug.eq(slug))
        .into_tuple()
        .one(db)
        .await?;
    Ok(found.map(|(_, stamp)| stamp.unwrap_or(0)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::AtomicUsize;

    /// Asks `stamps` for hearing "h", the database answering `value`; whether it was asked.
    async fn ask(stamps: &Stamps, value: Option<i64>) -> (Option<i64>, bool) {
        let asked = AtomicUsize::new(0);
        let read = async {
            asked.fetch_add(1, Ordering::SeqCst);
            Ok::<_, ()>(value)
        };
        let stamp = stamps.of("h", read).await.unwrap();
        (stamp, asked.load(Ordering::SeqCst) == 1)
    }

    #[tokio::test]
    async fn without_a_live_signal_the_database_is_asked_every_time() {
        let stamps = Stamps::default();
        assert_eq!(ask(&stamps, Some(3)).await, (Some(3), true));
        assert_eq!(ask(&stamps, Some(4)).await, (Some(4), true));
        stamps.set_live(true);
        stamps.set_live(false);
        assert_eq!(ask(&stamps, Some(5)).await, (Some(5), true));
        assert_eq!(ask(&stamps, Some(6)).await, (Some(6), true));
    }

    #[tokio::test]
    async fn a_live_signal_is_trusted_until_it_says_something_changed() {
        let stamps = Stamps::default();
        stamps.set_live(true);
        assert_eq!(ask(&stamps, Some(3)).await, (Some(3), true));
        assert_eq!(ask(&stamps, Some(9)).await, (Some(3), false), "trusted");
        stamps.changed();
        assert_eq!(ask(&stamps, Some(4)).await, (Some(4), true));
        assert_eq!(ask(&stamps, Some(9)).await, (Some(4), false));
        stamps.set_live(true);
        assert_eq!(ask(&stamps, Some(5)).await, (Some(5), true), "found again");
    }

    #[tokio::test]
    async fn an_unknown_hearing_is_never_remembered() {
        let stamps = Stamps::default();
        stamps.set_live(true);
        assert_eq!(ask(&stamps, None).await, (None, true));
        assert_eq!(
            ask(&stamps, Some(1)).await,
            (Some(1), true),
            "created since"
        );
    }

    #[tokio::test]
    async fn a_change_during_the_read_leaves_what_was_read_untrusted() {
        let stamps = Stamps::default();
        stamps.set_live(true);
        let read = async {
            stamps.changed(); // committed while the old stamp was on its way
            Ok::<_, ()>(Some(3))
        };
        assert_eq!(stamps.of("h", read).await, Ok(Some(3)));
        assert_eq!(ask(&stamps, Some(4)).await, (Some(4), true));
    }
}
