//! One page of the inbox: the filtered responses, then what the page shows beside them
//! (respondents, anchors, files, tags, duplicates, note counts), each in one query for the page.

use std::collections::{HashMap, HashSet};

use sea_orm::sea_query::Condition;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Select,
};

use super::InboxItem;
use super::filter::{Period, condition};
use crate::entities::{attachment, response, response_note, response_tag};
use crate::error::AppError;
use crate::paging::Paging;
use crate::response::admin::{AdminAttachment, AdminResponse, Filters, Order};
use crate::response::related::Related;

/// One page of the inbox.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InboxPage {
    /// How many responses match.
    pub total: u64,
    /// The page shown (a page past the last is the last).
    pub page: u64,
    /// Responses per page.
    pub per_page: u64,
    /// The responses on it.
    pub items: Vec<InboxItem>,
}

/// What the inbox shows beside a response.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extras {
    /// Anchor of its section.
    pub section: Option<String>,
    /// Anchor of its paragraph.
    pub paragraph: Option<String>,
    /// Its internal tags, sorted.
    pub tags: Vec<String>,
    /// The svarnummer of the response it repeats.
    pub duplicate_of: Option<String>,
    /// How many internal notes it has.
    pub note_count: u64,
}

/// The page asked for by `filters` (`page`, `per_page`, `sort`). With `ranked` (the ids a
/// search found, best first) only those responses pass, and the page is in their order unless
/// `sort` asks for another.
pub async fn page(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    filters: &Filters,
    period: Period,
    ranked: Option<&[i32]>,
) -> Result<InboxPage, AppError> {
    let paging = filters.paging();
    let mut passing = condition(hearing_id, filters, period);
    if let Some(ids) = ranked {
        passing = passing.add(response::Column::Id.is_in(ids.iter().copied()));
    }
    let (total, shown, rows) = match (filters.order(), ranked) {
        (Order::Rank, Some(ids)) => by_rank(db, passing, ids, paging).await?,
        (order, _) => by_number(db, passing, order, paging).await?,
    };
    Ok(InboxPage {
        total,
        page: shown.page(),
        per_page: shown.per_page(),
        items: with_extras(db, rows).await?,
    })
}

/// Total, the page shown (a page past the last is the last) and its rows.
type Paged = (u64, Paging, Vec<response::Model>);

/// The rows passing `passing` by svarnummer, a page at a time: the page's ids first, read
/// from an index alone however deep the page (`idx_response_hearing_seq_id`), then those 50
/// rows by id — never `OFFSET` over whole rows.
async fn by_number(
    db: &impl ConnectionTrait,
    passing: Condition,
    order: Order,
    paging: Paging,
) -> Result<Paged, AppError> {
    let by_seq = |select: Select<response::Entity>| match order {
        Order::Newest => select.order_by_desc(response::Column::Seq),
        Order::Oldest | Order::Rank => select.order_by_asc(response::Column::Seq),
    };
    let select = response::Entity::find().filter(passing);
    let total = select.clone().count(db).await?;
    let shown = paging.within(total);
    let ids: Vec<i32> = by_seq(select)
        .select_only()
        .column(response::Column::Id)
        .offset(shown.offset())
        .limit(shown.per_page())
        .into_tuple()
        .all(db)
        .await?;
    if ids.is_empty() {
        return Ok((total, shown, Vec::new()));
    }
    let rows = by_seq(response::Entity::find().filter(response::Column::Id.is_in(ids)))
        .all(db)
        .await?;
    Ok((total, shown, rows))
}

/// The rows passing `passing` in the order of `ranked`, a page at a time: the database says
/// which ids pass (at most the search's few thousand), the rank orders them.
async fn by_rank(
    db: &impl ConnectionTrait,
    passing: Condition,
    ranked: &[i32],
    paging: Paging,
) -> Result<Paged, AppError> {
    let pass: HashSet<i32> = response::Entity::find()
        .select_only()
        .column(response::Column::Id)
        .filter(passing)
        .into_tuple::<i32>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let ordered: Vec<i32> = ranked
        .iter()
        .copied()
        .filter(|id| pass.contains(id))
        .collect();
    let total = ordered.len() as u64;
    let shown = paging.within(total);
    let start = usize::try_from(shown.offset()).unwrap_or(usize::MAX);
    let take = usize::try_from(shown.per_page()).unwrap_or(usize::MAX);
    let chosen: Vec<i32> = ordered.into_iter().skip(start).take(take).collect();
    let mut rows: HashMap<i32, response::Model> = response::Entity::find()
        .filter(response::Column::Id.is_in(chosen.iter().copied()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect();
    let rows = chosen.iter().filter_map(|id| rows.remove(id)).collect();
    Ok((total, shown, rows))
}

/// Rows with what the inbox shows beside them, each kind fetched once for all rows.
pub async fn with_extras(
    db: &impl ConnectionTrait,
    rows: Vec<response::Model>,
) -> Result<Vec<InboxItem>, AppError> {
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let related = Related::of(db, &rows).await?;
    let mut files: HashMap<i32, Vec<attachment::Model>> = HashMap::new();
    for file in attachment::Entity::find()
        .filter(attachment::Column::ResponseId.is_in(ids.clone()))
        .order_by_asc(attachment::Column::Id)
        .all(db)
        .await?
    {
        if let Some(id) = file.response_id {
            files.entry(id).or_default().push(file);
        }
    }
    let mut tags = tags_of(db, ids.clone()).await?;
    let notes: HashMap<i32, i64> = response_note::Entity::find()
        .select_only()
        .column(response_note::Column::ResponseId)
        .column_as(response_note::Column::Id.count(), "n")
        .filter(response_note::Column::ResponseId.is_in(ids))
        .group_by(response_note::Column::ResponseId)
        .into_tuple::<(i32, i64)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let duplicated: Vec<i32> = rows.iter().filter_map(|r| r.duplicate_of_id).collect();
    let originals = match duplicated.is_empty() {
        true => HashMap::new(),
        false => svarnumre(db, duplicated).await?,
    };
    Ok(rows
        .into_iter()
        .map(|row| InboxItem {
            respondent: related.respondent(&row).cloned(),
            files: files.remove(&row.id).unwrap_or_default(),
            extras: Extras {
                section: related.section_anchor(&row),
                paragraph: related.paragraph_anchor(&row),
                tags: tags.remove(&row.id).unwrap_or_default(),
                duplicate_of: row
                    .duplicate_of_id
                    .and_then(|id| originals.get(&id).cloned()),
                note_count: notes
                    .get(&row.id)
                    .map_or(0, |n| u64::try_from(*n).unwrap_or(0)),
            },
            response: row,
        })
        .collect())
}

/// The tags of responses by id, each list sorted.
pub async fn tags_of(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i32>,
) -> Result<HashMap<i32, Vec<String>>, AppError> {
    let mut tags: HashMap<i32, Vec<String>> = HashMap::new();
    for tag in response_tag::Entity::find()
        .filter(response_tag::Column::ResponseId.is_in(ids))
        .order_by_asc(response_tag::Column::Tag)
        .all(db)
        .await?
    {
        tags.entry(tag.response_id).or_default().push(tag.tag);
    }
    Ok(tags)
}

/// The svarnumre of responses by id.
pub async fn svarnumre(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i32>,
) -> Result<HashMap<i32, String>, AppError> {
    Ok(response::Entity::find()
        .select_only()
        .column(response::Column::Id)
        .column(response::Column::Svarnummer)
        .filter(response::Column::Id.is_in(ids))
        .into_tuple::<(i32, String)>()
        .all(db)
        .await?
        .into_iter()
        .collect())
}

impl From<InboxItem> for AdminResponse {
    fn from(item: InboxItem) -> Self {
        let InboxItem {
            response: r,
            respondent: p,
            files,
            extras,
        } = item;
        let p = p.as_ref();
        AdminResponse {
            id: r.id,
            kind: p.map(|p| p.kind.to_string()).unwrap_or_default(),
            name: p.map(|p| p.name.clone()).unwrap_or_default(),
            organisation: p.and_then(|p| p.organisation.clone()),
            email: p.map(|p| p.email.clone()).unwrap_or_default(),
            cvr: p.and_then(|p| p.cvr.clone()),
            postal_code: p.and_then(|p| p.postal_code.clone()),
            publish_name: p.is_some_and(|p| p.publish_name),
            svarnummer: r.svarnummer,
            status: r.status,
            held_reason: r.held_reason,
            channel: r.channel,
            stance: r.stance,
            text: r.body,
            public_text: r.public_body,
            language: r.language,
            submitted_at: r.submitted_at,
            attachments: files.into_iter().map(AdminAttachment::from).collect(),
            section: extras.section,
            paragraph: extras.paragraph,
            duplicate_of: extras.duplicate_of,
            tags: extras.tags,
            note_count: extras.note_count,
            personal_data_erased_at: r.personal_data_erased_at,
            snippet: None,
        }
    }
}

impl From<attachment::Model> for AdminAttachment {
    fn from(f: attachment::Model) -> Self {
        AdminAttachment {
            disclosure: crate::disclosure::file::of(&f),
            released_at: f.released_at,
            case_file: f.case_file,
            id: f.id,
            name: f.filename,
            size_bytes: f.size_bytes,
            sha256: f.sha256,
            extraction_state: f.extraction_state,
            extraction_note: f.extraction_note,
        }
    }
}
