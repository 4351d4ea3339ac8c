//! Writing a planned batch: each response with its respondent, verified and published as
//! the demo hearing's policy (`after_verification`) would have it, queued for the search
//! index in the same transaction, in transactions of [`BATCH`] responses. The last
//! transaction also writes one audit-log entry saying how many synthetic responses were
//! added with which seed; `ordet demo` looks for that entry to add its default batch once.

use anyhow::Context;
use app::audit::{self, Entry};
use app::entities::{audit_log, hearing, paragraph, respondent, response};
use app::search::outbox::{self, Change};
use app::vocab::Channel;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, Set,
};

use super::{Subject, Synthetic, Target, generate};
use crate::demo::SLUG;

/// The audit-log action of a batch of synthetic responses.
pub const AUDIT_ACTION: &str = "demo.synthetic_responses";

/// Responses written per transaction.
pub const BATCH: usize = 250;

/// What a call added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Added {
    /// How many responses.
    pub count: usize,
    /// The demo hearing's title.
    pub title: String,
    /// The first and last svarnummer of the batch, when it was not empty.
    pub range: Option<(String, String)>,
}

/// Adds `count` (normally [`DEFAULT_COUNT`](super::DEFAULT_COUNT)) responses from `seed`
/// unless a batch was added before; `None` then.
pub async fn add_once(
    db: &DatabaseConnection,
    (count, seed): (usize, u64),
    now: DateTime<Utc>,
) -> anyhow::Result<Option<Added>> {
    let hearing = demo_hearing(db).await?;
    if already_added(db, hearing.id).await? {
        return Ok(None);
    }
    add(db, count, seed, now).await.map(Some)
}

/// Whether synthetic responses were ever added to `hearing_id` (an audit entry says so).
pub async fn already_added(db: &impl ConnectionTrait, hearing_id: i32) -> Result<bool, DbErr> {
    let entries = audit_log::Entity::find()
        .filter(audit_log::Column::Action.eq(AUDIT_ACTION))
        .filter(audit_log::Column::HearingId.eq(hearing_id))
        .count(db)
        .await?;
    Ok(entries > 0)
}

/// Adds `count` responses composed from `seed` to the demo hearing, sent between its
/// opening and `now` (or its deadline, if that has passed).
pub async fn add(
    db: &DatabaseConnection,
    count: usize,
    seed: u64,
    now: DateTime<Utc>,
) -> anyhow::Result<Added> {
    let hearing = demo_hearing(db).await?;
    let anchors = Anchors::load(db, hearing.id).await?;
    let planned = generate(seed, count);
    let mut numbers: Vec<String> = Vec::with_capacity(count);
    let batches = planned.chunks(BATCH).count();
    for (i, batch) in planned.chunks(BATCH).enumerate() {
        let txn = app::db::begin_write(db).await?;
        let size = i32::try_from(batch.len()).context("batch size")?;
        let mut seq = app::response::take_seqs(&txn, hearing.id, size).await?;
        for item in batch {
            let row = insert(&txn, (&hearing, &anchors), item, seq, now).await?;
            numbers.push(row.svarnummer);
            seq += 1;
        }
        if i + 1 == batches {
            record(&txn, &hearing, (&numbers, seed), now).await?;
        }
        txn.commit()
            .await
            .context("committing synthetic responses")?;
    }
    Ok(Added {
        count,
        title: hearing.title,
        range: numbers.first().cloned().zip(numbers.last().cloned()),
    })
}

async fn demo_hearing(db: &DatabaseConnection) -> anyhow::Result<hearing::Model> {
    app::hearing::store::find_by_slug(db, SLUG)
        .await?
        .with_context(|| format!("the demo hearing «{SLUG}» is not loaded"))
}

/// Writes one response and its respondent and queues it for the index.
async fn insert(
    txn: &impl ConnectionTrait,
    (hearing, anchors): (&hearing::Model, &Anchors),
    item: &Synthetic,
    seq: i32,
    now: DateTime<Utc>,
) -> anyhow::Result<response::Model> {
    let sent = sent_at(hearing, item.at, now);
    let verified = (sent + Duration::minutes(item.verified_after_minutes))
        .min(now)
        .max(sent);
    let respondent = insert_respondent(txn, item, sent).await?;
    let (version, section, paragraph) = anchors.resolve(item.subject, item.target);
    let row = response::ActiveModel {
        hearing_id: Set(hearing.id),
        respondent_id: Set(respondent),
        seq: Set(seq),
        svarnummer: Set(format!("{}-{seq:04}", hearing.journal_number)),
        draft_version_id: Set(version),
        section_id: Set(section),
        paragraph_id: Set(paragraph),
        stance: Set(item.stance),
        body: Set(item.text.clone()),
        language: Set(Some(item.language.code().into())),
        channel: Set(item.channel),
        status: Set(app::vocab::ResponseStatus::Published),
        held_reason: Set(None),
        locale: Set(item.language.locale().into()),
        submitted_at: Set(sent),
        verified_at: Set(Some(verified)),
        published_at: Set(Some(verified)),
        updated_at: Set(verified),
        public_body: Set(None),
        duplicate_of_id: Set(None),
        ..Default::default()
    }
    .insert(txn)
    .await
    .context("inserting a synthetic response")?;
    outbox::enqueue(txn, row.id, Change::Submitted, now).await?;
    Ok(row)
}

async fn insert_respondent(
    txn: &impl ConnectionTrait,
    item: &Synthetic,
    sent: DateTime<Utc>,
) -> Result<i32, DbErr> {
    let p = &item.person;
    // Letters and meetings often come without an address, as officials register them.
    let email = match item.channel {
        Channel::Letter | Channel::Meeting => String::new(),
        Channel::Web | Channel::Email => p.email.clone(),
    };
    let row = respondent::ActiveModel {
        kind: Set(p.kind),
        name: Set(p.name.clone()),
        organisation: Set(p.organisation.clone()),
        contact_role: Set(p.contact_role.clone()),
        cvr: Set(p.cvr.clone()),
        email: Set(email),
        postal_code: Set(p.postal_code.clone()),
        publish_name: Set(p.publish_name),
        created_at: Set(sent),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(row.id)
}

/// The moment `at` (0..1) of the time the hearing has been open by `now`.
fn sent_at(hearing: &hearing::Model, at: f64, now: DateTime<Utc>) -> DateTime<Utc> {
    let end = hearing.closes_at.min(now);
    let span = (end - hearing.opens_at).num_seconds().max(0);
    hearing.opens_at + Duration::seconds((span as f64 * at) as i64)
}

/// The batch's audit entry: by the system, on the hearing, with the count, seed and numbers.
async fn record(
    txn: &impl ConnectionTrait,
    hearing: &hearing::Model,
    (numbers, seed): (&[String], u64),
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let entry = Entry {
        actor_id: None,
        action: AUDIT_ACTION,
        entity: "hearing",
        entity_id: hearing.id,
        hearing_id: Some(hearing.id),
        reason: Some("Syntetiske høringssvar til demoen (ordet demo)"),
        before: serde_json::Value::Null,
        after: serde_json::json!({
            "added": numbers.len(),
            "seed": seed,
            "first": numbers.first(),
            "last": numbers.last(),
        }),
    };
    audit::record(txn, entry, now)
        .await
        .context("recording the synthetic responses in the audit log")
}

/// The current draft's paragraphs per subject, found by the subject's keywords.
struct Anchors {
    version: Option<i32>,
    /// Per subject (in [`Subject::WEIGHTED`]'s order): (section id, paragraph id).
    paragraphs: Vec<(Subject, Vec<(i32, i32)>)>,
}

impl Anchors {
    async fn load(db: &DatabaseConnection, hearing_id: i32) -> anyhow::Result<Self> {
        let version = app::draft::store::latest_version(db, hearing_id).await?;
        let rows = match &version {
            Some(v) => {
                paragraph::Entity::find()
                    .filter(paragraph::Column::DraftVersionId.eq(v.id))
                    .order_by_asc(paragraph::Column::Id)
                    .all(db)
                    .await?
            }
            None => Vec::new(),
        };
        let paragraphs = Subject::WEIGHTED
            .iter()
            .map(|(subject, _)| (*subject, about(&rows, *subject)))
            .collect();
        Ok(Anchors {
            version: version.map(|v| v.id),
            paragraphs,
        })
    }

    /// Draft version, section and paragraph for a response about `subject`.
    fn resolve(&self, subject: Subject, target: Target) -> (Option<i32>, Option<i32>, Option<i32>) {
        let found = self
            .paragraphs
            .iter()
            .find(|(s, _)| *s == subject)
            .map(|(_, list)| list.as_slice())
            .unwrap_or_default();
        match target {
            _ if found.is_empty() => (None, None, None),
            Target::Hearing => (None, None, None),
            Target::Paragraph(pick) => {
                let (section, paragraph) = found[pick as usize % found.len()];
                (self.version, Some(section), Some(paragraph))
            }
            Target::Section(pick) => {
                let (section, _) = found[pick as usize % found.len()];
                (self.version, Some(section), None)
            }
        }
    }
}

/// The (section, paragraph) ids of the paragraphs that name one of `subject`'s keywords.
fn about(rows: &[paragraph::Model], subject: Subject) -> Vec<(i32, i32)> {
    rows.iter()
        .filter(|p| {
            let body = p.body.to_lowercase();
            subject.keywords().iter().any(|k| body.contains(k))
        })
        .map(|p| (p.section_id, p.id))
        .collect()
}
