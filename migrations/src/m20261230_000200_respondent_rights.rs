//! A respondent's rights over their data: one-time links and short-lived grants that let a
//! resident see, download and ask to erase what is stored about their e-mail address
//! (`rights_token`, tokens kept as SHA-256 only), and their requests for erasure, which an
//! official carries out (`erasure_request`, one per response).

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
}

#[derive(DeriveIden)]
enum Account {
    Table,
}

#[derive(DeriveIden)]
enum RightsToken {
    Table,
    Id,
    Purpose,
    Email,
    TokenSha256,
    ExpiresAt,
    UsedAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum ErasureRequest {
    Table,
    Id,
    ResponseId,
    HearingId,
    Svarnummer,
    RequestedAt,
    Status,
    CarriedOutAt,
    CarriedOutBy,
}

/// A foreign key from `table.column` to `target.id` that is emptied when its parent goes.
fn set_null_fk(
    table: impl IntoIden,
    column: impl IntoIden,
    target: impl IntoIden,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, column)
        .to(target, Alias::new("id"))
        .on_delete(ForeignKeyAction::SetNull)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let tokens = Table::create()
            .table(RightsToken::Table)
            .col(pk_auto(RightsToken::Id))
            .col(string_len(RightsToken::Purpose, 16))
            .col(string_len(RightsToken::Email, 254))
            .col(string_len_uniq(RightsToken::TokenSha256, 64))
            .col(timestamp_with_time_zone(RightsToken::ExpiresAt))
            .col(timestamp_with_time_zone_null(RightsToken::UsedAt))
            .col(timestamp_with_time_zone(RightsToken::CreatedAt))
            .to_owned();
        manager.create_table(tokens).await?;
        let by_expiry = Index::create()
            .name("idx_rights_token_expires_at")
            .table(RightsToken::Table)
            .col(RightsToken::ExpiresAt)
            .to_owned();
        manager.create_index(by_expiry).await?;
        // A response erased entirely leaves its request behind (carried out, its number kept).
        let requests = Table::create()
            .table(ErasureRequest::Table)
            .col(pk_auto(ErasureRequest::Id))
            .col(integer_null(ErasureRequest::ResponseId))
            .col(integer(ErasureRequest::HearingId))
            .col(string_len(ErasureRequest::Svarnummer, 64))
            .col(timestamp_with_time_zone(ErasureRequest::RequestedAt))
            .col(string_len(ErasureRequest::Status, 16))
            .col(timestamp_with_time_zone_null(ErasureRequest::CarriedOutAt))
            .col(integer_null(ErasureRequest::CarriedOutBy))
            .foreign_key(&mut set_null_fk(
                ErasureRequest::Table,
                ErasureRequest::ResponseId,
                Response::Table,
            ))
            .foreign_key(&mut cascade_fk(
                ErasureRequest::Table,
                ErasureRequest::HearingId,
                Hearing::Table,
            ))
            .foreign_key(&mut set_null_fk(
                ErasureRequest::Table,
                ErasureRequest::CarriedOutBy,
                Account::Table,
            ))
            .to_owned();
        manager.create_table(requests).await?;
        // One request per response, however often or however fast it is asked for.
        let one_per_response = Index::create()
            .name("idx_erasure_request_response")
            .table(ErasureRequest::Table)
            .col(ErasureRequest::ResponseId)
            .unique()
            .to_owned();
        manager.create_index(one_per_response).await?;
        let by_hearing = Index::create()
            .name("idx_erasure_request_hearing")
            .table(ErasureRequest::Table)
            .col(ErasureRequest::HearingId)
            .col(ErasureRequest::Status)
            .to_owned();
        manager.create_index(by_hearing).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ErasureRequest::Table.into_iden(),
            RightsToken::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
