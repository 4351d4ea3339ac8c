//! The rows a page of responses refers to: their respondents and the anchors of the sections
//! and paragraphs they are about, fetched in three queries for the whole page.

use std::collections::HashMap;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::entities::{paragraph, respondent, response, section};
use crate::error::AppError;

/// Respondents, sections and paragraphs by id.
#[derive(Debug, Default)]
pub struct Related {
    respondents: HashMap<i32, respondent::Model>,
    sections: HashMap<i32, section::Model>,
    paragraphs: HashMap<i32, paragraph::Model>,
}

/// Rows by their id.
pub fn by_id<T>(rows: Vec<T>, id: impl Fn(&T) -> i32) -> HashMap<i32, T> {
    rows.into_iter().map(|row| (id(&row), row)).collect()
}

impl Related {
    /// What `rows` refer to (a page: the id lists stay short).
    pub async fn of(db: &impl ConnectionTrait, rows: &[response::Model]) -> Result<Self, AppError> {
        let respondents = respondent::Entity::find()
            .filter(respondent::Column::Id.is_in(rows.iter().map(|r| r.respondent_id)))
            .all(db)
            .await?;
        let sections = section::Entity::find()
            .filter(section::Column::Id.is_in(rows.iter().filter_map(|r| r.section_id)))
            .all(db)
            .await?;
        let paragraphs = paragraph::Entity::find()
            .filter(paragraph::Column::Id.is_in(rows.iter().filter_map(|r| r.paragraph_id)))
            .all(db)
            .await?;
        Ok(Related {
            respondents: by_id(respondents, |r| r.id),
            sections: by_id(sections, |s| s.id),
            paragraphs: by_id(paragraphs, |p| p.id),
        })
    }

    /// The respondent of a response.
    pub fn respondent(&self, row: &response::Model) -> Option<&respondent::Model> {
        self.respondents.get(&row.respondent_id)
    }

    /// The anchor of the section a response is about.
    pub fn section_anchor(&self, row: &response::Model) -> Option<String> {
        row.section_id
            .and_then(|id| self.sections.get(&id))
            .map(|s| s.anchor.clone())
    }

    /// The anchor of the paragraph a response is about.
    pub fn paragraph_anchor(&self, row: &response::Model) -> Option<String> {
        row.paragraph_id
            .and_then(|id| self.paragraphs.get(&id))
            .map(|p| p.anchor.clone())
    }

    /// The paragraphs the responses are about.
    pub fn paragraphs(&self) -> impl Iterator<Item = &paragraph::Model> {
        self.paragraphs.values()
    }
}
