//! Every change a public page of a hearing shows moves the hearing's `public_stamp` (issue 19),
//! so a rendered page can be kept and served again while the stamp is unchanged
//! (`server::page_cache`). The responses, themes and campaigns already move it
//! (`m20261231_000100_public_aggregates`); this adds the hearing itself, its draft versions,
//! timeline, annexes, høringsliste and hvidbog remarks (each with `hearing_id`, or the hearing's
//! own `id`), and the rows shown with a response: its respondent and its files (through the
//! response). Sections and paragraphs are written only with their draft version.
//!
//! A respondent finds its responses through `idx_response_respondent` (without it, erasing the
//! names of a decided hearing's respondents would read every response once per respondent).
//!
//! PostgreSQL: deferred constraint triggers, once per transaction and hearing, as before.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Tables with `hearing_id` whose changes public pages show.
const WITH_HEARING: [&str; 5] = [
    "draft_version",
    "milestone",
    "annex",
    "consulted_party",
    "hvidbog_remark",
];

/// Tables shown with a response, and how a row names its response(s).
const THROUGH_RESPONSE: [(&str, &str); 2] = [
    (
        "attachment",
        "SELECT hearing_id AS h FROM response WHERE id = {row}.response_id",
    ),
    (
        "respondent",
        "SELECT DISTINCT hearing_id AS h FROM response WHERE respondent_id = {row}.id",
    ),
];

const INDEX: &str = "CREATE INDEX idx_response_respondent ON response (respondent_id)";

const EVENTS: [(&str, &str); 3] = [("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")];

/// SQLite: the stamp's bump for every hearing `hearings` selects (one column).
fn bump_each(hearings: &str) -> String {
    format!(
        "INSERT INTO public_stamp (hearing_id, stamp) SELECT h, 1 FROM ({hearings}) WHERE true \
         ON CONFLICT (hearing_id) DO UPDATE SET stamp = public_stamp.stamp + 1;"
    )
}

/// SQLite: the trigger on `table` for `event` (and its row: NEW or OLD); `hearings` selects
/// the hearing(s) from `{row}`.
fn sqlite_trigger(table: &str, (event, row): (&str, &str), hearings: &str) -> String {
    let name = format!("{table}_stamp_{}", event.to_lowercase());
    let body = bump_each(&hearings.replace("{row}", row));
    format!("CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN {body} END")
}

/// How a row of a table with `hearing_id` names its hearing.
const BY_HEARING_ID: &str = "SELECT {row}.hearing_id AS h";

/// PostgreSQL: the trigger on `table` that runs `function` once per changed row, deferred to
/// the end of the transaction.
fn postgres_trigger(table: &str, function: &str) -> String {
    format!(
        "CREATE CONSTRAINT TRIGGER {table}_stamp AFTER INSERT OR UPDATE OR DELETE ON {table} \
         DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION {function}()"
    )
}

/// The statements that drop `table`'s stamp triggers on `backend`.
fn drop_triggers(backend: DatabaseBackend, table: &str) -> Vec<String> {
    match backend {
        DatabaseBackend::Postgres => vec![format!("DROP TRIGGER {table}_stamp ON {table}")],
        _ => EVENTS
            .iter()
            .map(|(event, _)| format!("DROP TRIGGER {table}_stamp_{}", event.to_lowercase()))
            .collect(),
    }
}

/// The triggers that move a hearing's stamp when a row of `table` (a table with
/// `hearing_id` that a public page shows) changes, for `backend`; and the statements that
/// drop them again.
pub(crate) fn hearing_table_triggers(
    backend: DatabaseBackend,
    table: &str,
) -> (Vec<String>, Vec<String>) {
    let create = match backend {
        DatabaseBackend::Postgres => vec![postgres_trigger(table, "ordet_public_stamp")],
        _ => EVENTS
            .iter()
            .map(|&event| sqlite_trigger(table, event, BY_HEARING_ID))
            .collect(),
    };
    (create, drop_triggers(backend, table))
}

fn sqlite_triggers() -> Vec<String> {
    let mut out = Vec::new();
    for event in EVENTS {
        out.push(sqlite_trigger("hearing", event, "SELECT {row}.id AS h"));
        for table in WITH_HEARING {
            out.push(sqlite_trigger(table, event, BY_HEARING_ID));
        }
        for (table, hearings) in THROUGH_RESPONSE {
            out.push(sqlite_trigger(table, event, hearings));
        }
    }
    out
}

/// The PostgreSQL trigger function for one way of finding the hearing(s): `hearings` selects
/// them from `r` (the row: NEW, or OLD on delete).
fn postgres_function(name: &str, hearings: &str) -> String {
    format!(
        "CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
         DECLARE r RECORD; h INTEGER; flag TEXT;
         BEGIN
           IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
           FOR h IN {hearings} LOOP
             flag := 'ordet.stamped_' || h;
             IF current_setting(flag, true) IS DISTINCT FROM '1' THEN
               INSERT INTO public_stamp (hearing_id, stamp) VALUES (h, 1)
               ON CONFLICT (hearing_id) DO UPDATE SET stamp = public_stamp.stamp + 1;
               PERFORM set_config(flag, '1', true);
             END IF;
           END LOOP;
           RETURN NULL;
         END $$"
    )
}

/// (table, function) for every stamped table on PostgreSQL.
fn postgres_bindings() -> Vec<(&'static str, String)> {
    let mut out = vec![("hearing", "ordet_stamp_hearing".to_owned())];
    out.extend(WITH_HEARING.map(|t| (t, "ordet_public_stamp".to_owned())));
    out.extend(THROUGH_RESPONSE.map(|(t, _)| (t, format!("ordet_stamp_{t}"))));
    out
}

fn postgres_triggers() -> Vec<String> {
    let mut out = vec![postgres_function("ordet_stamp_hearing", "SELECT r.id")];
    for (table, hearings) in THROUGH_RESPONSE {
        out.push(postgres_function(
            &format!("ordet_stamp_{table}"),
            &hearings.replace("{row}", "r"),
        ));
    }
    for (table, function) in postgres_bindings() {
        out.push(postgres_trigger(table, &function));
    }
    out
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut statements = vec![INDEX.to_owned()];
        statements.extend(match manager.get_database_backend() {
            DatabaseBackend::Postgres => postgres_triggers(),
            _ => sqlite_triggers(),
        });
        crate::run_sql(manager, &statements).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let backend = manager.get_database_backend();
        let tables = ["hearing"]
            .into_iter()
            .chain(WITH_HEARING)
            .chain(THROUGH_RESPONSE.map(|(t, _)| t));
        let mut statements: Vec<String> = tables
            .flat_map(|table| drop_triggers(backend, table))
            .collect();
        if backend == DatabaseBackend::Postgres {
            statements.push("DROP FUNCTION ordet_stamp_hearing()".into());
            for (table, _) in THROUGH_RESPONSE {
                statements.push(format!("DROP FUNCTION ordet_stamp_{table}()"));
            }
        }
        statements.push("DROP INDEX idx_response_respondent".into());
        crate::run_sql(manager, &statements).await
    }
}
