//! What a backup holds, written into it as `manifest.json`: the kind of database, every
//! table with its row count and every attached file with its size, all as of one moment.

use std::collections::BTreeMap;

use anyhow::{Context, bail};
use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde::{Deserialize, Serialize};

/// The format's name, the first thing a restore checks.
pub const FORMAT: &str = "ordet-backup";
/// The format's version; a restore refuses others.
pub const VERSION: u32 = 1;

/// The kind of database a backup was taken of (a restore needs the same kind).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatabaseKind {
    /// A SQLite file (`VACUUM INTO`).
    Sqlite,
    /// A PostgreSQL database (`pg_dump --format=custom`).
    Postgresql,
}

impl DatabaseKind {
    /// The kind of database behind `url`.
    pub fn of(url: &str) -> Self {
        if app::db::is_sqlite(url) {
            DatabaseKind::Sqlite
        } else {
            DatabaseKind::Postgresql
        }
    }

    /// The database's entry in the archive.
    pub fn entry(self) -> &'static str {
        match self {
            DatabaseKind::Sqlite => "database.sqlite",
            DatabaseKind::Postgresql => "database.pgdump",
        }
    }
}

/// One attached file, by its content address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    /// Lower-case hex SHA-256: the file's key in the store and its entry `files/<sha256>`.
    pub sha256: String,
    /// Its size in bytes.
    pub size: u64,
}

impl FileEntry {
    /// The file's entry in the archive.
    pub fn entry(&self) -> String {
        format!("files/{}", self.sha256)
    }
}

/// The contents of a backup.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// Always [`FORMAT`].
    pub format: String,
    /// [`VERSION`].
    pub version: u32,
    /// When the snapshot was taken.
    pub created_at: DateTime<Utc>,
    /// The kind of database.
    pub database: DatabaseKind,
    /// Every table and its rows at the snapshot.
    pub tables: BTreeMap<String, i64>,
    /// Every file an attachment row of the snapshot refers to, in the archive.
    pub files: Vec<FileEntry>,
    /// Files the snapshot refers to that were gone from the store when they were copied
    /// (deleted by the purge between the snapshot and the copy).
    #[serde(default)]
    pub missing_files: Vec<String>,
}

impl Manifest {
    /// Refuses a file that is not an Ordet backup of a version this program reads.
    pub fn check(&self) -> anyhow::Result<()> {
        if self.format != FORMAT || self.version != VERSION {
            bail!(
                "this is not an Ordet backup of version {VERSION} (found {} version {})",
                self.format,
                self.version
            );
        }
        Ok(())
    }

    /// Rows in every table.
    pub fn rows(&self) -> i64 {
        self.tables.values().sum()
    }

    /// Bytes of every file.
    pub fn bytes(&self) -> u64 {
        self.files.iter().map(|file| file.size).sum()
    }
}

/// What a database holds as seen by one connection or transaction: its tables with their
/// row counts, and the files its attachment rows and its kept e-mails refer to.
pub async fn contents(
    db: &impl ConnectionTrait,
) -> anyhow::Result<(BTreeMap<String, i64>, Vec<FileEntry>)> {
    let mut tables = BTreeMap::new();
    for table in table_names(db).await? {
        let sql = format!("SELECT COUNT(*) AS n FROM \"{table}\"");
        let row = query_one(db, &sql).await?;
        tables.insert(table, row.try_get::<i64>("", "n")?);
    }
    let sql = "SELECT sha256, MAX(size_bytes) AS size FROM (\
                 SELECT sha256, size_bytes FROM attachment \
                 UNION ALL SELECT sha256, size_bytes FROM incoming_mail WHERE sha256 IS NOT NULL\
               ) AS held GROUP BY sha256 ORDER BY sha256";
    let rows = db
        .query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await?;
    let files = rows
        .iter()
        .map(|row| {
            Ok(FileEntry {
                sha256: row.try_get("", "sha256")?,
                size: u64::try_from(row.try_get::<i64>("", "size")?).unwrap_or(0),
            })
        })
        .collect::<anyhow::Result<_>>()?;
    Ok((tables, files))
}

/// The database's tables, by name (the migrations' own table included).
pub async fn table_names(db: &impl ConnectionTrait) -> anyhow::Result<Vec<String>> {
    let sql = match db.get_database_backend() {
        DbBackend::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' \
             AND name NOT LIKE 'sqlite_%' ORDER BY name"
        }
        _ => {
            "SELECT tablename AS name FROM pg_tables \
             WHERE schemaname = current_schema() ORDER BY tablename"
        }
    };
    let rows = db
        .query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await?;
    rows.iter()
        .map(|row| Ok(row.try_get::<String>("", "name")?))
        .collect()
}

async fn query_one(db: &impl ConnectionTrait, sql: &str) -> anyhow::Result<sea_orm::QueryResult> {
    db.query_one_raw(Statement::from_string(db.get_database_backend(), sql))
        .await?
        .with_context(|| format!("no row from {sql}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_its_own_format_is_read() {
        let mut manifest = Manifest {
            format: FORMAT.into(),
            version: VERSION,
            created_at: Utc::now(),
            database: DatabaseKind::Sqlite,
            tables: BTreeMap::from([("response".into(), 3), ("hearing".into(), 1)]),
            files: vec![FileEntry {
                sha256: "ab".repeat(32),
                size: 10,
            }],
            missing_files: vec![],
        };
        assert!(manifest.check().is_ok());
        assert_eq!((manifest.rows(), manifest.bytes()), (4, 10));
        manifest.version = 2;
        assert!(manifest.check().is_err());
        manifest.version = VERSION;
        manifest.format = "zip".into();
        assert!(manifest.check().is_err());
    }

    #[test]
    fn the_database_kind_follows_the_url() {
        assert_eq!(
            DatabaseKind::of("sqlite://data/ordet.db?mode=rwc"),
            DatabaseKind::Sqlite
        );
        assert_eq!(
            DatabaseKind::of("postgres://u@h/db"),
            DatabaseKind::Postgresql
        );
        assert_eq!(DatabaseKind::Postgresql.entry(), "database.pgdump");
    }
}
