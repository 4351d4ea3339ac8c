//! Reads responses from the database as the index needs them. The index holds confirmed
//! responses only (verified, published, held, rejected); anything else is removed from it.
//! What the public may search is decided by [`crate::disclosure::public`]: publicly shown
//! responses only, their published text and the files the public may have.

use std::collections::{HashMap, HashSet};

use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::document::IndexDoc;
use crate::disclosure::public;
use crate::entities::{
    attachment, campaign_member, paragraph, respondent, response, section, theme_member,
};
use crate::respondent::display_name;
use crate::vocab::ResponseStatus;

/// What to do with each response id: put this document in, or take it out.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Documents to (re)write.
    pub docs: Vec<IndexDoc>,
    /// Ids to remove (gone, unconfirmed or withdrawn).
    pub removed: Vec<i32>,
    /// The hearings of the responses read (put in or taken out).
    pub hearings: HashSet<i32>,
}

/// The documents of `ids` and of the duplicates pointing at them (whether a duplicate is
/// publicly shown depends on its original).
pub async fn by_ids(db: &impl ConnectionTrait, ids: &[i32]) -> Result<Loaded, DbErr> {
    let mut wanted: HashSet<i32> = ids.iter().copied().collect();
    let copies: Vec<i32> = response::Entity::find()
        .select_only()
        .column(response::Column::Id)
        .filter(response::Column::DuplicateOfId.is_in(ids.iter().copied()))
        .into_tuple()
        .all(db)
        .await?;
    wanted.extend(copies);
    let rows = response::Entity::find()
        .filter(response::Column::Id.is_in(wanted.iter().copied()))
        .all(db)
        .await?;
    let found: HashSet<i32> = rows.iter().map(|r| r.id).collect();
    let mut loaded = to_docs(db, rows).await?;
    loaded.removed.extend(wanted.difference(&found));
    Ok(loaded)
}

/// A batch of at most `limit` responses with an id above `after`, in id order: how a rebuild
/// walks the whole table without holding it in memory.
pub async fn batch_after(
    db: &impl ConnectionTrait,
    after: i32,
    limit: u64,
) -> Result<(Loaded, Option<i32>), DbErr> {
    let rows = response::Entity::find()
        .filter(response::Column::Id.gt(after))
        .order_by_asc(response::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    let last = rows.last().map(|r| r.id);
    Ok((to_docs(db, rows).await?, last))
}

async fn to_docs(db: &impl ConnectionTrait, rows: Vec<response::Model>) -> Result<Loaded, DbErr> {
    let mut loaded = Loaded {
        hearings: rows.iter().map(|r| r.hearing_id).collect(),
        ..Loaded::default()
    };
    let (indexed, gone): (Vec<_>, Vec<_>) = rows
        .into_iter()
        .partition(|r| r.status.is_in(&ResponseStatus::CONFIRMED));
    loaded.removed.extend(gone.iter().map(|r| r.id));
    let context = Context::of(db, &indexed).await?;
    loaded.docs = indexed.iter().map(|row| context.doc(row)).collect();
    Ok(loaded)
}

/// What a batch of rows refers to, fetched in one query per table.
struct Context {
    respondents: HashMap<i32, respondent::Model>,
    sections: HashMap<i32, String>,
    paragraphs: HashMap<i32, String>,
    files: HashMap<i32, Vec<attachment::Model>>,
    published: HashSet<i32>,
    themes: HashMap<i32, i32>,
    campaigns: HashMap<i32, i32>,
}

impl Context {
    async fn of(db: &impl ConnectionTrait, rows: &[response::Model]) -> Result<Self, DbErr> {
        let respondents = respondent::Entity::find()
            .filter(respondent::Column::Id.is_in(rows.iter().map(|r| r.respondent_id)))
            .all(db)
            .await?;
        let sections: Vec<(i32, String)> = section::Entity::find()
            .select_only()
            .columns([section::Column::Id, section::Column::Anchor])
            .filter(section::Column::Id.is_in(rows.iter().filter_map(|r| r.section_id)))
            .into_tuple()
            .all(db)
            .await?;
        let paragraphs: Vec<(i32, String)> = paragraph::Entity::find()
            .select_only()
            .columns([paragraph::Column::Id, paragraph::Column::Anchor])
            .filter(paragraph::Column::Id.is_in(rows.iter().filter_map(|r| r.paragraph_id)))
            .into_tuple()
            .all(db)
            .await?;
        let files = files_by_response(db, rows.iter().map(|r| r.id)).await?;
        let published = public::published_originals(db, rows).await?;
        let ids = || rows.iter().map(|r| r.id);
        let themes: Vec<(i32, i32)> = theme_member::Entity::find()
            .select_only()
            .columns([
                theme_member::Column::ResponseId,
                theme_member::Column::ThemeId,
            ])
            .filter(theme_member::Column::ResponseId.is_in(ids()))
            .into_tuple()
            .all(db)
            .await?;
        let campaigns: Vec<(i32, i32)> = campaign_member::Entity::find()
            .select_only()
            .columns([
                campaign_member::Column::ResponseId,
                campaign_member::Column::CampaignId,
            ])
            .filter(campaign_member::Column::ResponseId.is_in(ids()))
            .into_tuple()
            .all(db)
            .await?;
        Ok(Context {
            themes: themes.into_iter().collect(),
            campaigns: campaigns.into_iter().collect(),
            respondents: respondents.into_iter().map(|r| (r.id, r)).collect(),
            sections: sections.into_iter().collect(),
            paragraphs: paragraphs.into_iter().collect(),
            files,
            published,
        })
    }

    fn doc(&self, row: &response::Model) -> IndexDoc {
        let who = self.respondents.get(&row.respondent_id);
        let files = self
            .files
            .get(&row.id)
            .map(Vec::as_slice)
            .unwrap_or_default();
        let name = who.map(display_name).unwrap_or_default();
        let public_text = public::is_shown(row, &self.published)
            .then(|| join([name.as_str(), &public::text_with_files(row, files)]));
        let names = who.map(|r| {
            let organisation = r.organisation.as_deref().unwrap_or_default();
            format!("{} {organisation}", r.name)
        });
        let keyword = |v: Option<&String>| v.cloned().unwrap_or_default();
        IndexDoc {
            response_id: row.id,
            hearing_id: row.hearing_id,
            version: row.updated_at.timestamp_micros(),
            submitted_at: row.submitted_at,
            language: row.language.clone(),
            keywords: vec![
                ("kind", who.map(|r| r.kind.to_string()).unwrap_or_default()),
                (
                    "section",
                    keyword(row.section_id.and_then(|id| self.sections.get(&id))),
                ),
                (
                    "paragraph",
                    keyword(row.paragraph_id.and_then(|id| self.paragraphs.get(&id))),
                ),
                ("language", row.language.clone().unwrap_or_default()),
                ("stance", row.stance.to_string()),
                ("channel", row.channel.to_string()),
                ("status", row.status.to_string()),
                ("theme", number(self.themes.get(&row.id))),
                ("campaign", number(self.campaigns.get(&row.id))),
            ],
            names: names.unwrap_or_default().trim().to_owned(),
            private_text: join([
                name.as_str(),
                &public::officials_text_with_files(row, files),
            ]),
            public_text,
        }
    }
}

fn number(id: Option<&i32>) -> String {
    id.map(i32::to_string).unwrap_or_default()
}

fn join<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    let parts: Vec<&str> = parts.into_iter().filter(|p| !p.trim().is_empty()).collect();
    parts.join("\n\n")
}

/// The files of these responses, each response's in the order they were added.
pub async fn files_by_response(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i32>,
) -> Result<HashMap<i32, Vec<attachment::Model>>, DbErr> {
    let mut files: HashMap<i32, Vec<attachment::Model>> = HashMap::new();
    for file in attachment::Entity::find()
        .filter(attachment::Column::ResponseId.is_in(ids))
        .order_by_asc(attachment::Column::Id)
        .all(db)
        .await?
    {
        if let Some(id) = file.response_id {
            files.entry(id).or_default().push(file);
        }
    }
    Ok(files)
}
