//! Why a response is held back from publication (e.g. `personal_data`: it seems to hold a
//! CPR number), for officials and the respondent to see.

use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Response {
    Table,
    HeldReason,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Response::Table)
                    .add_column(string_null(Response::HeldReason))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Response::Table)
                    .drop_column(Response::HeldReason)
                    .to_owned(),
            )
            .await
    }
}
