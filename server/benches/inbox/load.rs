//! The bench's hearing: the demo hearing (its draft's sections and paragraphs) with `n`
//! synthetic responses written in multi-row INSERTs, in the proportions an inbox meets: every
//! status, channel and sender kind, some about a section or paragraph, some with files, tags,
//! notes, some marked as duplicates, every counted response in one of 12 themes, three
//! campaigns. Texts and senders come from the demo generator (`demo_responses::generate`).

use anyhow::{Context, Result};
use app::entities::{
    attachment, campaign, campaign_member, paragraph, respondent, response, response_note,
    response_tag, section, theme, theme_member,
};
use app::vocab::ResponseStatus;
use chrono::{DateTime, Duration, TimeZone, Utc};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, TransactionTrait,
};
use server::demo_responses::generate;

/// Rows per INSERT (SQLite allows 32,766 bound values; a response has 20).
const ROWS: usize = 500;
/// Themes of the hearing.
pub const THEMES: usize = 12;
/// Tags officials use.
pub const TAGS: [&str; 6] = [
    "bolig",
    "skole",
    "økonomi",
    "følg op",
    "kommunen svarer",
    "presse",
];

/// The loaded hearing, and a section anchor the bench's filters ask for.
pub struct Loaded {
    /// The hearing's slug.
    pub slug: String,
    /// Its id.
    pub hearing_id: i32,
    /// An anchor of a section responses are about.
    pub section: String,
}

/// Writes `n` responses to the demo hearing of `db`.
pub async fn load(db: &DatabaseConnection, n: usize) -> Result<Loaded> {
    let hearing = app::hearing::store::find_by_slug(db, server::demo::SLUG)
        .await?
        .context("demo hearing")?;
    let sections = section::Entity::find().all(db).await?;
    let paragraphs = paragraph::Entity::find().all(db).await?;
    let mut rng = StdRng::seed_from_u64(19);
    let planned = generate(19, n);
    let start = Utc.with_ymd_and_hms(2010, 11, 25, 9, 0, 0).unwrap();
    for (b, batch) in planned.chunks(ROWS).enumerate() {
        let txn = db.begin().await?;
        let people = batch.iter().map(|s| respondent::ActiveModel {
            kind: Set(s.person.kind),
            name: Set(s.person.name.clone()),
            organisation: Set(s.person.organisation.clone()),
            contact_role: Set(s.person.contact_role.clone()),
            cvr: Set(s.person.cvr.clone()),
            email: Set(s.person.email.clone()),
            postal_code: Set(s.person.postal_code.clone()),
            publish_name: Set(s.person.publish_name),
            created_at: Set(start),
            ..Default::default()
        });
        respondent::Entity::insert_many(people).exec(&txn).await?;
        let ids: Vec<i32> = respondent::Entity::find()
            .select_only()
            .column(respondent::Column::Id)
            .order_by_desc(respondent::Column::Id)
            .limit(batch.len() as u64)
            .into_tuple()
            .all(&txn)
            .await?;
        let rows = batch
            .iter()
            .zip(ids.iter().rev())
            .enumerate()
            .map(|(i, (s, &who))| {
                let seq = (b * ROWS + i + 1) as i32;
                let at = start + Duration::seconds((s.at * 40.0 * 86_400.0) as i64);
                let (status, held) = status(&mut rng);
                let (section_id, paragraph_id) = target(&mut rng, &sections, &paragraphs);
                response::ActiveModel {
                    hearing_id: Set(hearing.id),
                    respondent_id: Set(who),
                    seq: Set(seq),
                    svarnummer: Set(format!("B-{seq:06}")),
                    draft_version_id: Set(None),
                    section_id: Set(section_id),
                    paragraph_id: Set(paragraph_id),
                    stance: Set(s.stance),
                    body: Set(s.text.clone()),
                    language: Set((!rng.random_bool(0.02)).then(|| s.language.code().into())),
                    channel: Set(s.channel),
                    status: Set(status),
                    held_reason: Set(held.map(Into::into)),
                    locale: Set(s.language.locale().into()),
                    submitted_at: Set(at),
                    verified_at: Set(Some(at)),
                    published_at: Set((status == ResponseStatus::Published).then_some(at)),
                    updated_at: Set(at),
                    public_body: Set(None),
                    duplicate_of_id: Set(None),
                    personal_data_erased_at: Set(None),
                    ..Default::default()
                }
            });
        response::Entity::insert_many(rows).exec(&txn).await?;
        txn.commit().await?;
    }
    marks(db, hearing.id, &mut rng, start).await?;
    let section = sections
        .iter()
        .map(|s| s.anchor.clone())
        .nth(2)
        .context("a section")?;
    Ok(Loaded {
        slug: hearing.slug,
        hearing_id: hearing.id,
        section,
    })
}

fn status(rng: &mut StdRng) -> (ResponseStatus, Option<&'static str>) {
    match rng.random_range(0..100) {
        0..70 => (ResponseStatus::Published, None),
        70..80 => (ResponseStatus::Verified, None),
        80..84 => (
            ResponseStatus::Held,
            Some(app::response::lifecycle::PERSONAL_DATA),
        ),
        84..88 => (ResponseStatus::Held, Some("other")),
        88..93 => (ResponseStatus::Rejected, Some("off_topic")),
        93..97 => (ResponseStatus::AwaitingVerification, None),
        _ => (ResponseStatus::Withdrawn, None),
    }
}

fn target(
    rng: &mut StdRng,
    sections: &[section::Model],
    paragraphs: &[paragraph::Model],
) -> (Option<i32>, Option<i32>) {
    match rng.random_range(0..10) {
        0..4 if !sections.is_empty() => {
            let s = &sections[rng.random_range(0..sections.len())];
            (Some(s.id), None)
        }
        4..6 if !paragraphs.is_empty() => {
            let p = &paragraphs[rng.random_range(0..paragraphs.len())];
            (Some(p.section_id), Some(p.id))
        }
        _ => (None, None),
    }
}

/// Files, tags, notes, duplicates, themes and campaigns over the written responses.
async fn marks(
    db: &DatabaseConnection,
    hearing_id: i32,
    rng: &mut StdRng,
    at: DateTime<Utc>,
) -> Result<()> {
    let rows: Vec<(i32, ResponseStatus)> = response::Entity::find()
        .select_only()
        .column(response::Column::Id)
        .column(response::Column::Status)
        .filter(response::Column::HearingId.eq(hearing_id))
        .order_by_asc(response::Column::Seq)
        .into_tuple()
        .all(db)
        .await?;
    let account = admin_account(db).await?;
    let (mut files, mut tags, mut notes, mut duplicates) = (vec![], vec![], vec![], vec![]);
    for (i, &(id, _)) in rows.iter().enumerate() {
        if rng.random_bool(0.05) {
            files.push(file(id, at));
        }
        if rng.random_bool(0.10) {
            let tag = TAGS[rng.random_range(0..TAGS.len())];
            tags.push(response_tag::ActiveModel {
                response_id: Set(id),
                tag: Set(tag.into()),
                account_id: Set(account),
                created_at: Set(at),
                ..Default::default()
            });
        }
        if rng.random_bool(0.03) {
            notes.push(response_note::ActiveModel {
                response_id: Set(id),
                account_id: Set(account),
                body: Set("Ring til afsender.".into()),
                created_at: Set(at),
                ..Default::default()
            });
        }
        if i > 10 && rng.random_bool(0.03) {
            duplicates.push((id, rows[rng.random_range(0..i)].0));
        }
    }
    insert_chunked(db, files).await?;
    insert_chunked(db, tags).await?;
    insert_chunked(db, notes).await?;
    for (id, original) in duplicates {
        response::Entity::update_many()
            .col_expr(response::Column::DuplicateOfId, Expr::value(original))
            .filter(response::Column::Id.eq(id))
            .exec(db)
            .await?;
    }
    let counted: Vec<i32> = rows
        .iter()
        .filter(|(_, s)| s.is_in(&ResponseStatus::COUNTED))
        .map(|(id, _)| *id)
        .collect();
    themes(db, hearing_id, &counted, rng, at).await
}

fn file(response_id: i32, at: DateTime<Utc>) -> attachment::ActiveModel {
    attachment::ActiveModel {
        response_id: Set(Some(response_id)),
        filename: Set("bilag.pdf".into()),
        content_type: Set("application/pdf".into()),
        size_bytes: Set(120_000),
        sha256: Set("0".repeat(64)),
        extraction_state: Set(app::vocab::Extraction::Extracted),
        extracted_text: Set(Some("Bilagets tekst.".into())),
        extraction_note: Set(None),
        extraction_attempts: Set(1),
        created_at: Set(at),
        released_at: Set(None),
        released_by: Set(None),
        claimed_by: Set(None),
        claimed_until: Set(None),
        case_file: Set(false),
        ..Default::default()
    }
}

async fn admin_account(db: &DatabaseConnection) -> Result<i32> {
    use app::entities::account;
    let row = account::ActiveModel {
        email: Set("bench@ordet.test".into()),
        name: Set("Bench".into()),
        password_hash: Set(None),
        failed_logins: Set(0),
        locked_until: Set(None),
        disabled: Set(false),
        created_at: Set(Utc::now()),
        ..Default::default()
    };
    Ok(account::Entity::insert(row).exec(db).await?.last_insert_id)
}

/// Twelve themes with every counted response in one; three campaigns of 2 % each.
async fn themes(
    db: &DatabaseConnection,
    hearing_id: i32,
    counted: &[i32],
    rng: &mut StdRng,
    at: DateTime<Utc>,
) -> Result<()> {
    let mut of_theme: Vec<Vec<i32>> = vec![Vec::new(); THEMES];
    for &id in counted {
        of_theme[rng.random_range(0..THEMES)].push(id);
    }
    let mut members = Vec::new();
    for (t, ids) in of_theme.iter().enumerate() {
        let quotes: Vec<serde_json::Value> = ids
            .iter()
            .step_by(7)
            .take(10)
            .map(|id| serde_json::json!({"response_id": id, "sentence": "En sætning om temaet."}))
            .collect();
        let row = theme::ActiveModel {
            hearing_id: Set(hearing_id),
            label: Set(format!("tema {t} · bolig · skole")),
            terms_json: Set(r#"["bolig","skole","job"]"#.into()),
            quotes_json: Set(serde_json::Value::from(quotes).to_string()),
            public_json: Set(None),
            name: Set(None),
            pinned: Set(false),
            kept: Set(false),
            merged: Set(false),
            merged_into_id: Set(None),
            created_at: Set(at),
            updated_at: Set(at),
            retired_at: Set(None),
            ..Default::default()
        };
        let theme_id = theme::Entity::insert(row).exec(db).await?.last_insert_id;
        members.extend(ids.iter().map(|&id| theme_member::ActiveModel {
            theme_id: Set(theme_id),
            response_id: Set(id),
            hearing_id: Set(hearing_id),
            manual: Set(false),
            assigned_at: Set(at),
            ..Default::default()
        }));
    }
    members.sort_by_key(|m| match &m.response_id {
        Set(id) => *id,
        _ => 0,
    });
    insert_chunked(db, members).await?;
    for c in 0..3 {
        let signers: Vec<i32> = counted.iter().copied().skip(c).step_by(50).collect();
        let row = campaign::ActiveModel {
            hearing_id: Set(hearing_id),
            representative_id: Set(signers[0]),
            signers: Set(signers.len() as i32),
            created_at: Set(at),
            updated_at: Set(at),
            ..Default::default()
        };
        let id = campaign::Entity::insert(row).exec(db).await?.last_insert_id;
        let members = signers.iter().map(|&r| campaign_member::ActiveModel {
            campaign_id: Set(id),
            response_id: Set(r),
            hearing_id: Set(hearing_id),
            similarity: Set(0.97),
            additions: Set(String::new()),
            ..Default::default()
        });
        insert_chunked(db, members.collect()).await?;
    }
    Ok(())
}

async fn insert_chunked<A>(db: &impl ConnectionTrait, rows: Vec<A>) -> Result<()>
where
    A: sea_orm::ActiveModelTrait + Clone,
{
    for chunk in rows.chunks(ROWS) {
        A::Entity::insert_many(chunk.to_vec()).exec(db).await?;
    }
    Ok(())
}
