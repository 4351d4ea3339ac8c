//! Each hearing's last response number (svarnummer), taken atomically with one
//! `INSERT … ON CONFLICT DO UPDATE … RETURNING` in the submission's transaction: two
//! submissions at once can no longer read the same maximum. Filled from the responses
//! already stored.

use sea_orm_migration::{prelude::*, schema::*};

use crate::cascade_fk;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Hearing {
    Table,
}

#[derive(DeriveIden)]
enum Response {
    Table,
    HearingId,
    Seq,
}

#[derive(DeriveIden)]
enum ResponseCounter {
    Table,
    HearingId,
    LastSeq,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let table = Table::create()
            .table(ResponseCounter::Table)
            .col(integer(ResponseCounter::HearingId).primary_key())
            .col(integer(ResponseCounter::LastSeq))
            .foreign_key(&mut cascade_fk(
                ResponseCounter::Table,
                ResponseCounter::HearingId,
                Hearing::Table,
            ))
            .to_owned();
        manager.create_table(table).await?;
        let highest = Query::select()
            .column(Response::HearingId)
            .expr(Func::max(Expr::col(Response::Seq)))
            .from(Response::Table)
            .group_by_col(Response::HearingId)
            .to_owned();
        let backfill = Query::insert()
            .into_table(ResponseCounter::Table)
            .columns([ResponseCounter::HearingId, ResponseCounter::LastSeq])
            .select_from(highest)
            .map_err(|e| DbErr::Migration(e.to_string()))?
            .to_owned();
        manager.exec_stmt(backfill).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ResponseCounter::Table).to_owned())
            .await
    }
}
