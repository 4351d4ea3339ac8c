//! Officials' accounts, their roles (global or per hearing), their sessions and the
//! append-only audit log of what they did.

use sea_orm_migration::{prelude::*, schema::*};

use crate::cascade_fk;
use crate::m20261125_000001_create_hearing::Hearing;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Account {
    Table,
    Id,
    Email,
    Name,
    PasswordHash,
    FailedLogins,
    LockedUntil,
    Disabled,
    CreatedAt,
}

#[derive(DeriveIden)]
enum AccountRole {
    Table,
    Id,
    AccountId,
    Role,
    HearingId,
}

#[derive(DeriveIden)]
enum Session {
    Table,
    Id,
    AccountId,
    TokenSha256,
    CreatedAt,
    ExpiresAt,
    LastSeenAt,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Id,
    At,
    ActorId,
    Action,
    Entity,
    EntityId,
    HearingId,
    Reason,
    BeforeJson,
    AfterJson,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Account::Table)
                    .col(pk_auto(Account::Id))
                    .col(string_uniq(Account::Email))
                    .col(string(Account::Name))
                    .col(string_null(Account::PasswordHash))
                    .col(integer(Account::FailedLogins).default(0))
                    .col(timestamp_with_time_zone_null(Account::LockedUntil))
                    .col(boolean(Account::Disabled).default(false))
                    .col(timestamp_with_time_zone(Account::CreatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AccountRole::Table)
                    .col(pk_auto(AccountRole::Id))
                    .col(integer(AccountRole::AccountId))
                    .col(string(AccountRole::Role))
                    .col(integer_null(AccountRole::HearingId))
                    .foreign_key(&mut cascade_fk(
                        AccountRole::Table,
                        AccountRole::AccountId,
                        Account::Table,
                    ))
                    .foreign_key(&mut cascade_fk(
                        AccountRole::Table,
                        AccountRole::HearingId,
                        Hearing::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Session::Table)
                    .col(pk_auto(Session::Id))
                    .col(integer(Session::AccountId))
                    .col(string_uniq(Session::TokenSha256))
                    .col(timestamp_with_time_zone(Session::CreatedAt))
                    .col(timestamp_with_time_zone(Session::ExpiresAt))
                    .col(timestamp_with_time_zone(Session::LastSeenAt))
                    .foreign_key(&mut cascade_fk(
                        Session::Table,
                        Session::AccountId,
                        Account::Table,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AuditLog::Table)
                    .col(big_pk_auto(AuditLog::Id))
                    .col(timestamp_with_time_zone(AuditLog::At))
                    .col(integer_null(AuditLog::ActorId))
                    .col(string(AuditLog::Action))
                    .col(string(AuditLog::Entity))
                    .col(integer(AuditLog::EntityId))
                    .col(integer_null(AuditLog::HearingId))
                    .col(text_null(AuditLog::Reason))
                    .col(text_null(AuditLog::BeforeJson))
                    .col(text_null(AuditLog::AfterJson))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_audit_log_at")
                    .table(AuditLog::Table)
                    .col(AuditLog::At)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AuditLog::Table.into_iden(),
            Session::Table.into_iden(),
            AccountRole::Table.into_iden(),
            Account::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
