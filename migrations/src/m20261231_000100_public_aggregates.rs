//! What the public pages read without loading responses (issue 19):
//!
//! - `response_tally`: how many responses each hearing has per paragraph (`paragraph_key` 0:
//!   none) and status, kept by triggers on `response` in the transaction that changes it;
//!   filled here from the responses already stored, and rebuildable the same way
//!   (`app::response::tally::rebuild`).
//! - `public_stamp`: a counter per hearing that every change to its responses, themes,
//!   memberships and campaigns moves on (triggers again), and the public themes computed at
//!   a stamp (`themes_stamp`, `themes_json`): equal stamps mean the stored themes are current.
//! - `idx_response_public_order`: the public list's order (newest published first) as an
//!   index, so a page is read by key; `idx_response_duplicate_hearing`: a hearing's
//!   duplicates, few, for the public rule's correction of the counts.
//!
//! On PostgreSQL the triggers are deferred to commit (constraint triggers): a transaction
//! takes its hearing's counter rows only after every response row it locks, always the stamp
//! first, so two transactions cannot wait on each other through them. SQLite has one writer.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Tables whose changes move a hearing's public stamp (each has `hearing_id`).
const STAMPED: [&str; 5] = [
    "response",
    "theme",
    "theme_member",
    "campaign",
    "campaign_member",
];

const TABLES: &str = "
CREATE TABLE response_tally (
    hearing_id INTEGER NOT NULL,
    paragraph_key INTEGER NOT NULL,
    status VARCHAR NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (hearing_id, paragraph_key, status)
);
CREATE TABLE public_stamp (
    hearing_id INTEGER NOT NULL PRIMARY KEY,
    stamp BIGINT NOT NULL,
    themes_stamp BIGINT,
    themes_json TEXT
);
CREATE INDEX idx_response_public_order
    ON response (hearing_id, status, published_at, id, duplicate_of_id);
CREATE INDEX idx_response_duplicate_hearing
    ON response (hearing_id, duplicate_of_id) WHERE duplicate_of_id IS NOT NULL;
INSERT INTO response_tally (hearing_id, paragraph_key, status, n)
    SELECT hearing_id, COALESCE(paragraph_id, 0), status, COUNT(*)
    FROM response GROUP BY hearing_id, COALESCE(paragraph_id, 0), status;
";

fn bump(row: &str) -> String {
    format!(
        "INSERT INTO public_stamp (hearing_id, stamp) VALUES ({row}.hearing_id, 1) \
         ON CONFLICT (hearing_id) DO UPDATE SET stamp = public_stamp.stamp + 1;"
    )
}

fn count(row: &str, delta: i32) -> String {
    if delta < 0 {
        return format!(
            "UPDATE response_tally SET n = n - 1 WHERE hearing_id = {row}.hearing_id \
             AND paragraph_key = COALESCE({row}.paragraph_id, 0) AND status = {row}.status;"
        );
    }
    format!(
        "INSERT INTO response_tally (hearing_id, paragraph_key, status, n) \
         VALUES ({row}.hearing_id, COALESCE({row}.paragraph_id, 0), {row}.status, 1) \
         ON CONFLICT (hearing_id, paragraph_key, status) DO UPDATE SET n = response_tally.n + 1;"
    )
}

const MOVED: &str = "(OLD.hearing_id IS NOT NEW.hearing_id OR OLD.paragraph_id IS NOT NEW.paragraph_id \
     OR OLD.status IS NOT NEW.status)";

fn sqlite_triggers() -> Vec<String> {
    let mut out = vec![
        format!(
            "CREATE TRIGGER response_tally_insert AFTER INSERT ON response BEGIN {} END",
            count("NEW", 1)
        ),
        format!(
            "CREATE TRIGGER response_tally_delete AFTER DELETE ON response BEGIN {} END",
            count("OLD", -1)
        ),
        format!(
            "CREATE TRIGGER response_tally_update AFTER UPDATE ON response WHEN {MOVED} \
             BEGIN {} {} END",
            count("OLD", -1),
            count("NEW", 1)
        ),
    ];
    for table in STAMPED {
        for (event, row) in [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")] {
            let name = format!("{table}_stamp_{}", event.to_lowercase());
            out.push(format!(
                "CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN {} END",
                bump(row)
            ));
        }
    }
    out
}

fn postgres_triggers() -> Vec<String> {
    let moved = MOVED.replace("IS NOT", "IS DISTINCT FROM");
    let mut out = vec![
        // Once per transaction and hearing: the stamp row is locked until commit anyway.
        "CREATE FUNCTION ordet_public_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
             DECLARE h INTEGER; flag TEXT;
             BEGIN
               IF TG_OP = 'DELETE' THEN h := OLD.hearing_id; ELSE h := NEW.hearing_id; END IF;
               flag := 'ordet.stamped_' || h;
               IF current_setting(flag, true) IS DISTINCT FROM '1' THEN
                 INSERT INTO public_stamp (hearing_id, stamp) VALUES (h, 1)
                 ON CONFLICT (hearing_id) DO UPDATE SET stamp = public_stamp.stamp + 1;
                 PERFORM set_config(flag, '1', true);
               END IF;
               RETURN NULL;
             END $$"
            .to_owned(),
        format!(
            "CREATE FUNCTION ordet_response_tally() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN
               IF TG_OP = 'UPDATE' AND NOT {moved} THEN RETURN NULL; END IF;
               IF TG_OP IN ('UPDATE', 'DELETE') THEN {} END IF;
               IF TG_OP IN ('UPDATE', 'INSERT') THEN {} END IF;
               RETURN NULL;
             END $$",
            count("OLD", -1),
            count("NEW", 1)
        ),
    ];
    for table in STAMPED {
        out.push(format!(
            "CREATE CONSTRAINT TRIGGER {table}_stamp AFTER INSERT OR UPDATE OR DELETE ON {table} \
             DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ordet_public_stamp()"
        ));
    }
    // After the stamp trigger (same event, names in order): the stamp is always taken first.
    out.push(
        "CREATE CONSTRAINT TRIGGER response_tally AFTER INSERT OR UPDATE OR DELETE ON response \
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ordet_response_tally()"
            .into(),
    );
    out
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let tables: Vec<String> = TABLES.split(';').map(str::to_owned).collect();
        crate::run_sql(manager, &tables).await?;
        let triggers = match manager.get_database_backend() {
            DatabaseBackend::Postgres => postgres_triggers(),
            _ => sqlite_triggers(),
        };
        crate::run_sql(manager, &triggers).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut statements = Vec::new();
        match manager.get_database_backend() {
            DatabaseBackend::Postgres => {
                for table in STAMPED {
                    statements.push(format!("DROP TRIGGER {table}_stamp ON {table}"));
                }
                statements.push("DROP TRIGGER response_tally ON response".into());
                statements.push("DROP FUNCTION ordet_public_stamp()".into());
                statements.push("DROP FUNCTION ordet_response_tally()".into());
            }
            _ => {
                for name in ["insert", "delete", "update"] {
                    statements.push(format!("DROP TRIGGER response_tally_{name}"));
                }
                for table in STAMPED {
                    for event in ["insert", "update", "delete"] {
                        statements.push(format!("DROP TRIGGER {table}_stamp_{event}"));
                    }
                }
            }
        }
        for name in [
            "idx_response_public_order",
            "idx_response_duplicate_hearing",
        ] {
            statements.push(format!("DROP INDEX {name}"));
        }
        statements.push("DROP TABLE public_stamp".into());
        statements.push("DROP TABLE response_tally".into());
        crate::run_sql(manager, &statements).await
    }
}
