//! The content of a paragraph and its storage form (`kind`, `body`, `list_start`).

use serde::{Deserialize, Serialize};

pub use crate::vocab::BlockKind;

/// What a paragraph holds: running text, a list or a table. Inline formatting is not kept.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(utoipa::ToSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    /// A paragraph of running text; line breaks are kept as `\n`.
    Text {
        /// The text.
        text: String,
    },
    /// A numbered list, numbering from `start`.
    OrderedList {
        /// The first item's number.
        start: u32,
        /// The items' text.
        items: Vec<String>,
    },
    /// A bulleted list.
    BulletList {
        /// The items' text.
        items: Vec<String>,
    },
    /// A table; the first row is the header.
    Table {
        /// Rows of cells.
        rows: Vec<Vec<String>>,
    },
}

impl Block {
    /// The `kind` column value.
    pub fn kind(&self) -> BlockKind {
        match self {
            Block::Text { .. } => BlockKind::Text,
            Block::OrderedList { .. } => BlockKind::OrderedList,
            Block::BulletList { .. } => BlockKind::BulletList,
            Block::Table { .. } => BlockKind::Table,
        }
    }

    /// The `body` column value: text, one item per line, or one row per line with
    /// tab-separated cells. Item and cell text never holds a newline or a tab.
    pub fn body(&self) -> String {
        match self {
            Block::Text { text } => text.clone(),
            Block::OrderedList { items, .. } | Block::BulletList { items } => items.join("\n"),
            Block::Table { rows } => rows
                .iter()
                .map(|row| row.join("\t"))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    /// The `list_start` column value.
    pub fn list_start(&self) -> Option<i32> {
        match self {
            Block::OrderedList { start, .. } => Some(i32::try_from(*start).unwrap_or(i32::MAX)),
            _ => None,
        }
    }

    /// Rebuilds a block from its columns; an unknown kind is read as text.
    pub fn from_columns(kind: BlockKind, body: &str, list_start: Option<i32>) -> Self {
        let lines = || body.lines().map(str::to_owned).collect::<Vec<_>>();
        match kind {
            BlockKind::OrderedList => Block::OrderedList {
                start: list_start.and_then(|n| u32::try_from(n).ok()).unwrap_or(1),
                items: lines(),
            },
            BlockKind::BulletList => Block::BulletList { items: lines() },
            BlockKind::Table => Block::Table {
                rows: body
                    .lines()
                    .map(|row| row.split('\t').map(str::to_owned).collect())
                    .collect(),
            },
            BlockKind::Text => Block::Text {
                text: body.to_owned(),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(block: Block) {
        let back = Block::from_columns(block.kind(), &block.body(), block.list_start());
        assert_eq!(back, block);
    }

    #[test]
    fn every_kind_survives_the_database_columns() {
        round_trip(Block::Text {
            text: "To linjer\nher".into(),
        });
        round_trip(Block::OrderedList {
            start: 3,
            items: vec!["a".into(), "b".into()],
        });
        round_trip(Block::BulletList {
            items: vec!["én".into(), "to".into()],
        });
        round_trip(Block::Table {
            rows: vec![
                vec!["Dato".into(), "Hvad".into()],
                vec!["10. maj".into(), "BIU".into()],
            ],
        });
    }

    #[test]
    fn paragraphs_serialise_with_their_kind_tag() {
        let json = serde_json::to_value(Block::BulletList {
            items: vec!["x".into()],
        })
        .unwrap();
        assert_eq!(json["kind"], "bullet_list");
        assert_eq!(json["items"][0], "x");
    }
}
