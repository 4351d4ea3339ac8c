//! Reading a hearing's responses in batches of [`BATCH`] by rising id (keyset paging), each
//! with its respondent, target anchors and file names: the only rows in memory at a time.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::entities::{attachment, respondent, response};
use crate::error::AppError;
use crate::response::related::Related;

use super::{ExportRow, OfficialsRow, PublicRow};

/// Rows read per query.
pub const BATCH: u64 = 1000;

/// Who the export is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// Every response and field.
    Officials,
    /// Published responses, public fields only.
    Public,
}

/// The rows after `after_id` (exclusive), at most [`BATCH`]; empty when done. The second
/// value is the last id read, for the next call.
pub async fn batches(
    db: &impl ConnectionTrait,
    hearing_id: i32,
    audience: Audience,
    after_id: i32,
) -> Result<(Vec<ExportRow>, i32), AppError> {
    let mut query = response::Entity::find()
        .filter(response::Column::HearingId.eq(hearing_id))
        .filter(response::Column::Id.gt(after_id))
        .order_by_asc(response::Column::Id)
        .limit(BATCH);
    if audience == Audience::Public {
        query = query.filter(crate::disclosure::public::condition());
    }
    let rows = query.all(db).await?;
    let last = rows.last().map_or(after_id, |r| r.id);
    let related = Related::of(db, &rows).await?;
    let mut files: HashMap<i32, Vec<String>> = HashMap::new();
    for file in attachment::Entity::find()
        .filter(attachment::Column::ResponseId.is_in(rows.iter().map(|r| r.id)))
        .order_by_asc(attachment::Column::Id)
        .all(db)
        .await?
    {
        let shown =
            audience == Audience::Officials || crate::disclosure::file::of(&file).is_public();
        if let (Some(id), true) = (file.response_id, shown) {
            files.entry(id).or_default().push(file.filename);
        }
    }
    let mut marks = Marks::of(db, &rows, audience).await?;
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let mut remarks = match audience {
        Audience::Officials => {
            crate::disclosure::remarks::effective_for(db, hearing_id, Some(&ids)).await?
        }
        Audience::Public => crate::disclosure::remarks::public(db, hearing_id, &ids).await?,
    };
    let cells = rows
        .into_iter()
        .map(|row| {
            let person = related.respondent(&row);
            let section = related.section_anchor(&row);
            let paragraph = related.paragraph_anchor(&row);
            let names = files.remove(&row.id).unwrap_or_default().join("; ");
            let (remark, gives_change) = remark_cells(remarks.remove(&row.id));
            match audience {
                Audience::Officials => {
                    let mut all = officials_row(&row, person, (section, paragraph), names);
                    marks.fill(&mut all, row);
                    (all.remark, all.gives_change) = (remark, gives_change);
                    ExportRow::Officials(Box::new(all))
                }
                Audience::Public => {
                    let mut public = public_row(row, person, (section, paragraph), names);
                    (public.remark, public.gives_change) = (remark, gives_change);
                    ExportRow::Public(Box::new(public))
                }
            }
        })
        .collect();
    Ok((cells, last))
}

/// The officials' own marks on a batch: duplicates and tags (none for the public).
#[derive(Default)]
struct Marks {
    originals: HashMap<i32, String>,
    tags: HashMap<i32, Vec<String>>,
}

impl Marks {
    async fn of(
        db: &impl ConnectionTrait,
        rows: &[response::Model],
        audience: Audience,
    ) -> Result<Self, AppError> {
        if audience == Audience::Public {
            return Ok(Marks::default());
        }
        let originals =
            crate::response::inbox::svarnumre(db, rows.iter().filter_map(|r| r.duplicate_of_id))
                .await?;
        let tags = crate::response::inbox::tags_of(db, rows.iter().map(|r| r.id)).await?;
        Ok(Marks { originals, tags })
    }

    /// The `public_text`, `duplicate_of` and `tags` cells of `row`, the response `r`.
    fn fill(&mut self, row: &mut OfficialsRow, r: response::Model) {
        let original = r.duplicate_of_id.and_then(|id| self.originals.get(&id));
        row.duplicate_of = original.cloned().unwrap_or_default();
        row.tags = self.tags.remove(&r.id).unwrap_or_default().join("; ");
        row.public_text = r.public_body.unwrap_or_default();
    }
}

/// The `remark` and `gives_change` cells of a remark.
fn remark_cells(remark: Option<crate::disclosure::Remark>) -> (String, String) {
    let remark = remark.unwrap_or_default();
    let change = remark
        .gives_change
        .map(|c| c.to_string())
        .unwrap_or_default();
    (remark.text, change)
}

fn time(at: Option<chrono::DateTime<chrono::Utc>>) -> String {
    at.map(|t| t.to_rfc3339()).unwrap_or_default()
}

fn officials_row(
    r: &response::Model,
    p: Option<&respondent::Model>,
    (section, paragraph): (Option<String>, Option<String>),
    attachments: String,
) -> OfficialsRow {
    let field = |f: fn(&respondent::Model) -> Option<String>| p.and_then(f).unwrap_or_default();
    OfficialsRow {
        svarnummer: r.svarnummer.clone(),
        status: r.status.to_string(),
        held_reason: r.held_reason.clone().unwrap_or_default(),
        channel: r.channel.to_string(),
        kind: field(|p| Some(p.kind.to_string())),
        name: field(|p| Some(p.name.clone())),
        organisation: field(|p| p.organisation.clone()),
        contact_role: field(|p| p.contact_role.clone()),
        cvr: field(|p| p.cvr.clone()),
        email: field(|p| Some(p.email.clone())),
        postal_code: field(|p| p.postal_code.clone()),
        publish_name: field(|p| Some(p.publish_name.to_string())),
        section: section.unwrap_or_default(),
        paragraph: paragraph.unwrap_or_default(),
        stance: r.stance.to_string(),
        language: r.language.clone().unwrap_or_default(),
        submitted_at: r.submitted_at.to_rfc3339(),
        verified_at: time(r.verified_at),
        published_at: time(r.published_at),
        attachments,
        text: r.body.clone(),
        ..OfficialsRow::default()
    }
}

fn public_row(
    r: response::Model,
    p: Option<&respondent::Model>,
    (section, paragraph): (Option<String>, Option<String>),
    attachments: String,
) -> PublicRow {
    let text = crate::disclosure::public::text(&r).to_owned();
    PublicRow {
        svarnummer: r.svarnummer,
        kind: p.map(|p| p.kind.to_string()).unwrap_or_default(),
        display_name: p.map(crate::respondent::display_name).unwrap_or_default(),
        section: section.unwrap_or_default(),
        paragraph: paragraph.unwrap_or_default(),
        stance: r.stance.to_string(),
        language: r.language.unwrap_or_default(),
        submitted_at: r.submitted_at.to_rfc3339(),
        published_at: time(r.published_at),
        attachments,
        text,
        ..PublicRow::default()
    }
}
