//! The officials' inbox counts without counting (issue 19): `inbox_tally` holds, per hearing,
//! filter and value, how many responses have that value — the figures
//! `app::response::inbox::counts::of_hearing` shows over a whole hearing — kept exact by
//! triggers in the transaction that changes a response, a tag, a file or a sender's kind.
//!
//! Every count is a function of one row's image, so a trigger never needs another row that a
//! cascade may already have deleted: what a response contributes comes from columns on the
//! response itself — `respondent_kind` (its sender's kind, copied on insert and when the
//! sender's kind changes) and `file_count` (its files, moved by one per file added, removed or
//! moved; "has files" is `file_count > 0`) — and a tag's from `response_tag.hearing_id`
//! (its response's hearing, copied on insert). Yes/no filters keep only "true"; "false" is
//! the total less it. A section is kept by id and named when read.
//!
//! PostgreSQL: the copies are kept by ordinary triggers (the sender's row is read `FOR SHARE`,
//! so a concurrent kind change waits or is seen); the tally by constraint triggers deferred
//! to commit after the public stamp's (`m20261231_000100_public_aggregates`), each taking the
//! hearing's stamp row first, so writers meet in one order.
//!
//! Beside the public themes on `public_stamp`, the officials' themes as computed at
//! `officials_stamp` (`app::themes::public_cache::officials`): the sender's kind they show is
//! now a response column, so a kind changed moves the stamp too.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The filters a response counts in, and its value in each (`NULL`: not counted). The
/// language `NULL` is counted as `app::response::inbox::filter::UNKNOWN_LANGUAGE`, the held
/// reason `app::moderation::PERSONAL_DATA` as personal data.
const OWN: [(&str, &str); 8] = [
    ("status", "{r}.status"),
    ("channel", "{r}.channel"),
    ("language", "COALESCE({r}.language, 'unknown')"),
    ("kind", "{r}.respondent_kind"),
    ("section", "CAST({r}.section_id AS VARCHAR)"),
    (
        "personal_data",
        "CASE WHEN {r}.held_reason = 'personal_data' THEN 'true' END",
    ),
    (
        "duplicate",
        "CASE WHEN {r}.duplicate_of_id IS NOT NULL THEN 'true' END",
    ),
    (
        "has_attachments",
        "CASE WHEN {r}.file_count > 0 THEN 'true' END",
    ),
];

/// The response columns the counts read.
const COUNTED: [&str; 9] = [
    "hearing_id",
    "status",
    "channel",
    "language",
    "respondent_kind",
    "section_id",
    "held_reason",
    "duplicate_of_id",
    "file_count",
];

const UPSERT: &str = "ON CONFLICT (hearing_id, filter, value) \
     DO UPDATE SET n = inbox_tally.n + excluded.n";

/// `(h, f, v, d)` rows: what row `r` contributes, `d` each.
fn contributions(r: &str, d: i32, from: &str) -> String {
    OWN.iter()
        .map(|(filter, value)| {
            let value = value.replace("{r}", r);
            format!("SELECT {r}.hearing_id AS h, '{filter}' AS f, {value} AS v, {d} AS d{from}")
        })
        .collect::<Vec<_>>()
        .join(" UNION ALL ")
}

/// Adds what each `(row, delta)` contributes to the tally (an update's old and new image
/// cancel where they agree).
fn apply(rows: &[(&str, i32)]) -> String {
    let parts: Vec<String> = rows.iter().map(|(r, d)| contributions(r, *d, "")).collect();
    format!(
        "INSERT INTO inbox_tally (hearing_id, filter, value, n) \
         SELECT h, f, v, SUM(d) FROM ({}) AS c WHERE v IS NOT NULL \
         GROUP BY h, f, v HAVING SUM(d) <> 0 {UPSERT};",
        parts.join(" UNION ALL ")
    )
}

/// Adds `d` for tag row `r`.
fn tag(r: &str, d: i32) -> String {
    format!(
        "INSERT INTO inbox_tally (hearing_id, filter, value, n) \
         SELECT {r}.hearing_id, 'tag', {r}.tag, {d} WHERE {r}.hearing_id IS NOT NULL {UPSERT};"
    )
}

fn changed(columns: &[&str], distinct: &str) -> String {
    let each: Vec<String> = columns
        .iter()
        .map(|c| format!("OLD.{c} {distinct} NEW.{c}"))
        .collect();
    format!("({})", each.join(" OR "))
}

const TABLES: &str = "
ALTER TABLE response ADD COLUMN respondent_kind VARCHAR;
ALTER TABLE response ADD COLUMN file_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE response_tag ADD COLUMN hearing_id INTEGER;
ALTER TABLE public_stamp ADD COLUMN officials_stamp BIGINT;
ALTER TABLE public_stamp ADD COLUMN officials_json TEXT;
UPDATE response SET respondent_kind =
    (SELECT kind FROM respondent WHERE respondent.id = response.respondent_id);
UPDATE response SET file_count =
    (SELECT COUNT(*) FROM attachment WHERE attachment.response_id = response.id)
    WHERE id IN (SELECT response_id FROM attachment);
UPDATE response_tag SET hearing_id =
    (SELECT hearing_id FROM response WHERE response.id = response_tag.response_id);
CREATE TABLE inbox_tally (
    hearing_id INTEGER NOT NULL,
    filter VARCHAR NOT NULL,
    value VARCHAR NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (hearing_id, filter, value)
)
";

fn backfill() -> String {
    format!(
        "INSERT INTO inbox_tally (hearing_id, filter, value, n) \
         SELECT h, f, v, SUM(d) FROM ({} UNION ALL \
         SELECT hearing_id AS h, 'tag' AS f, tag AS v, 1 AS d FROM response_tag) AS c \
         WHERE v IS NOT NULL AND h IS NOT NULL GROUP BY h, f, v",
        contributions("response", 1, " FROM response")
    )
}

/// The copies kept alike on both databases: name, event, condition (`{not}`: "is not"),
/// statements.
const COPIES: [(&str, &str, &str, &str); 5] = [
    (
        "respondent_kind_copy",
        "AFTER UPDATE OF kind ON respondent",
        "OLD.kind {not} NEW.kind",
        "UPDATE response SET respondent_kind = NEW.kind WHERE respondent_id = NEW.id;",
    ),
    (
        "response_hearing_tags",
        "AFTER UPDATE OF hearing_id ON response",
        "OLD.hearing_id {not} NEW.hearing_id",
        "UPDATE response_tag SET hearing_id = NEW.hearing_id WHERE response_id = NEW.id;",
    ),
    (
        "attachment_count_insert",
        "AFTER INSERT ON attachment",
        "NEW.response_id IS NOT NULL",
        "UPDATE response SET file_count = file_count + 1 WHERE id = NEW.response_id;",
    ),
    (
        "attachment_count_delete",
        "AFTER DELETE ON attachment",
        "OLD.response_id IS NOT NULL",
        "UPDATE response SET file_count = file_count - 1 WHERE id = OLD.response_id;",
    ),
    (
        "attachment_count_update",
        "AFTER UPDATE OF response_id ON attachment",
        "OLD.response_id {not} NEW.response_id",
        "UPDATE response SET file_count = file_count - 1 WHERE id = OLD.response_id; \
         UPDATE response SET file_count = file_count + 1 WHERE id = NEW.response_id;",
    ),
];

/// SQLite cannot change `NEW` before a write: the copies made on insert are an update after it.
const SQLITE_FILLS: [(&str, &str, &str, &str); 4] = [
    (
        "response_kind_insert",
        "AFTER INSERT ON response",
        "1",
        "UPDATE response SET respondent_kind = \
         (SELECT kind FROM respondent WHERE id = NEW.respondent_id) WHERE id = NEW.id;",
    ),
    (
        "response_kind_update",
        "AFTER UPDATE OF respondent_id ON response",
        "OLD.respondent_id IS NOT NEW.respondent_id",
        "UPDATE response SET respondent_kind = \
         (SELECT kind FROM respondent WHERE id = NEW.respondent_id) WHERE id = NEW.id;",
    ),
    (
        "response_tag_hearing_insert",
        "AFTER INSERT ON response_tag",
        "1",
        "UPDATE response_tag SET hearing_id = \
         (SELECT hearing_id FROM response WHERE id = NEW.response_id) WHERE id = NEW.id;",
    ),
    (
        "response_tag_hearing_update",
        "AFTER UPDATE OF response_id ON response_tag",
        "OLD.response_id IS NOT NEW.response_id",
        "UPDATE response_tag SET hearing_id = \
         (SELECT hearing_id FROM response WHERE id = NEW.response_id) WHERE id = NEW.id;",
    ),
];

/// PostgreSQL sets the copies on the row before it is written.
const POSTGRES_FILLS: [&str; 4] = [
    "CREATE FUNCTION ordet_response_kind() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF TG_OP = 'INSERT' OR NEW.respondent_id IS DISTINCT FROM OLD.respondent_id THEN
         SELECT kind INTO NEW.respondent_kind FROM respondent
           WHERE id = NEW.respondent_id FOR SHARE;
       END IF;
       RETURN NEW;
     END $$",
    "CREATE TRIGGER response_kind BEFORE INSERT OR UPDATE OF respondent_id ON response
     FOR EACH ROW EXECUTE FUNCTION ordet_response_kind()",
    "CREATE FUNCTION ordet_response_tag_hearing() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       SELECT hearing_id INTO NEW.hearing_id FROM response WHERE id = NEW.response_id;
       RETURN NEW;
     END $$",
    "CREATE TRIGGER response_tag_hearing BEFORE INSERT OR UPDATE OF response_id ON response_tag
     FOR EACH ROW EXECUTE FUNCTION ordet_response_tag_hearing()",
];

fn copies(sqlite: bool) -> Vec<String> {
    if sqlite {
        return COPIES
            .iter()
            .chain(SQLITE_FILLS.iter())
            .map(|(name, event, when, statements)| {
                let when = when.replace("{not}", "IS NOT");
                format!(
                    "CREATE TRIGGER {name} {event} FOR EACH ROW WHEN {when} BEGIN {statements} END"
                )
            })
            .collect();
    }
    let mut out = Vec::new();
    for (name, event, when, statements) in COPIES {
        let when = when.replace("{not}", "IS DISTINCT FROM");
        out.push(format!(
            "CREATE FUNCTION ordet_{name}() RETURNS trigger LANGUAGE plpgsql AS $$ \
             BEGIN {statements} RETURN NULL; END $$"
        ));
        out.push(format!(
            "CREATE TRIGGER {name} {event} FOR EACH ROW WHEN ({when}) EXECUTE FUNCTION ordet_{name}()"
        ));
    }
    out.extend(POSTGRES_FILLS.map(str::to_owned));
    out
}

fn sqlite_tally() -> Vec<String> {
    let moved = changed(&COUNTED, "IS NOT");
    vec![
        format!(
            "CREATE TRIGGER inbox_tally_insert AFTER INSERT ON response BEGIN {} END",
            apply(&[("NEW", 1)])
        ),
        format!(
            "CREATE TRIGGER inbox_tally_delete AFTER DELETE ON response BEGIN {} END",
            apply(&[("OLD", -1)])
        ),
        format!(
            "CREATE TRIGGER inbox_tally_update AFTER UPDATE ON response WHEN {moved} BEGIN {} END",
            apply(&[("OLD", -1), ("NEW", 1)])
        ),
        format!(
            "CREATE TRIGGER inbox_tally_tag_insert AFTER INSERT ON response_tag BEGIN {} END",
            tag("NEW", 1)
        ),
        format!(
            "CREATE TRIGGER inbox_tally_tag_delete AFTER DELETE ON response_tag BEGIN {} END",
            tag("OLD", -1)
        ),
        format!(
            "CREATE TRIGGER inbox_tally_tag_update AFTER UPDATE ON response_tag \
             WHEN OLD.hearing_id IS NOT NEW.hearing_id OR OLD.tag IS NOT NEW.tag BEGIN {} {} END",
            tag("OLD", -1),
            tag("NEW", 1)
        ),
    ]
}

/// Takes the hearing's stamp row once per transaction unless the stamp trigger already has.
const LOCK: &str = "CREATE FUNCTION ordet_inbox_lock(h INTEGER) RETURNS void LANGUAGE plpgsql AS $$
     BEGIN
       IF current_setting('ordet.stamped_' || h, true) IS DISTINCT FROM '1'
          AND current_setting('ordet.inbox_' || h, true) IS DISTINCT FROM '1' THEN
         PERFORM 1 FROM public_stamp WHERE hearing_id = h FOR UPDATE;
         PERFORM set_config('ordet.inbox_' || h, '1', true);
       END IF;
     END $$";

fn postgres_tally() -> Vec<String> {
    let moved = changed(&COUNTED, "IS DISTINCT FROM");
    vec![
        LOCK.to_owned(),
        format!(
            "CREATE FUNCTION ordet_inbox_tally() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN
               IF TG_OP = 'INSERT' THEN
                 PERFORM ordet_inbox_lock(NEW.hearing_id); {}
               ELSIF TG_OP = 'DELETE' THEN
                 PERFORM ordet_inbox_lock(OLD.hearing_id); {}
               ELSIF {moved} THEN
                 PERFORM ordet_inbox_lock(NEW.hearing_id); {}
               END IF;
               RETURN NULL;
             END $$",
            apply(&[("NEW", 1)]),
            apply(&[("OLD", -1)]),
            apply(&[("OLD", -1), ("NEW", 1)])
        ),
        format!(
            "CREATE FUNCTION ordet_inbox_tag_tally() RETURNS trigger LANGUAGE plpgsql AS $$
             BEGIN
               IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.hearing_id IS NOT NULL THEN
                 PERFORM ordet_inbox_lock(OLD.hearing_id); {}
               END IF;
               IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.hearing_id IS NOT NULL THEN
                 PERFORM ordet_inbox_lock(NEW.hearing_id); {}
               END IF;
               RETURN NULL;
             END $$",
            tag("OLD", -1),
            tag("NEW", 1)
        ),
        // After `response_stamp` and `response_tally` (same event, names in order).
        "CREATE CONSTRAINT TRIGGER response_tally_inbox AFTER INSERT OR UPDATE OR DELETE \
         ON response DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ordet_inbox_tally()"
            .into(),
        "CREATE CONSTRAINT TRIGGER response_tag_tally AFTER INSERT OR UPDATE OR DELETE \
         ON response_tag DEFERRABLE INITIALLY DEFERRED FOR EACH ROW \
         EXECUTE FUNCTION ordet_inbox_tag_tally()"
            .into(),
    ]
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut statements: Vec<String> = TABLES.split(';').map(str::to_owned).collect();
        statements.push(backfill());
        let sqlite = manager.get_database_backend() != DatabaseBackend::Postgres;
        statements.extend(copies(sqlite));
        statements.extend(match sqlite {
            true => sqlite_tally(),
            false => postgres_tally(),
        });
        crate::run_sql(manager, &statements).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let postgres = manager.get_database_backend() == DatabaseBackend::Postgres;
        let mut triggers: Vec<(&str, &str)> = COPIES
            .iter()
            .chain(&SQLITE_FILLS)
            .map(|c| (c.0, c.1))
            .collect();
        triggers.extend([
            ("inbox_tally_insert", " ON response"),
            ("inbox_tally_delete", " ON response"),
            ("inbox_tally_update", " ON response"),
            ("inbox_tally_tag_insert", " ON response_tag"),
            ("inbox_tally_tag_delete", " ON response_tag"),
            ("inbox_tally_tag_update", " ON response_tag"),
        ]);
        if postgres {
            triggers = COPIES.iter().map(|c| (c.0, c.1)).collect();
            triggers.extend([
                ("response_kind", " ON response"),
                ("response_tag_hearing", " ON response_tag"),
                ("response_tally_inbox", " ON response"),
                ("response_tag_tally", " ON response_tag"),
            ]);
        }
        let mut statements: Vec<String> = triggers
            .iter()
            .map(|(name, event)| match postgres {
                // The table is the event's last word.
                true => format!(
                    "DROP TRIGGER {name} ON {}",
                    event.rsplit(' ').next().unwrap_or("")
                ),
                false => format!("DROP TRIGGER {name}"),
            })
            .collect();
        if postgres {
            let functions = COPIES.iter().map(|c| c.0).chain([
                "response_kind",
                "response_tag_hearing",
                "inbox_tally",
                "inbox_tag_tally",
            ]);
            statements.extend(functions.map(|name| format!("DROP FUNCTION ordet_{name}()")));
            statements.push("DROP FUNCTION ordet_inbox_lock(INTEGER)".into());
        }
        statements.push("DROP TABLE inbox_tally".into());
        for (table, column) in [
            ("response", "respondent_kind"),
            ("response", "file_count"),
            ("response_tag", "hearing_id"),
            ("public_stamp", "officials_stamp"),
            ("public_stamp", "officials_json"),
        ] {
            statements.push(format!("ALTER TABLE {table} DROP COLUMN {column}"));
        }
        crate::run_sql(manager, &statements).await
    }
}
