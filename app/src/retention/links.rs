//! What goes with a response's personal data whatever is kept: its tokens and submission
//! keys, the mails to its respondent, its files (every one, or those not in the case file)
//! and the quotes of its text that themes keep.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect,
};

use super::{Erased, blobs};
use crate::entities::{
    account, attachment, consulted_party, digest_recipient, mail_outbox, public_stamp, respondent,
    response, response_token, submission_key, theme,
};
use crate::themes::public_words::PublicWords;
use crate::themes::quotes::Quote;

/// What one erasure removed, per response id.
pub(super) type PerResponse = BTreeMap<i32, Erased>;

/// Deletes the responses' verification and private-link tokens and their submissions'
/// idempotency keys.
pub(super) async fn tokens_and_keys(
    db: &impl ConnectionTrait,
    ids: &[i32],
    per: &mut PerResponse,
) -> Result<(), DbErr> {
    let tokens: Vec<i32> = response_token::Entity::find()
        .select_only()
        .column(response_token::Column::ResponseId)
        .filter(response_token::Column::ResponseId.is_in(ids.iter().copied()))
        .into_tuple()
        .all(db)
        .await?;
    for id in tokens {
        per.entry(id).or_default().tokens += 1;
    }
    response_token::Entity::delete_many()
        .filter(response_token::Column::ResponseId.is_in(ids.iter().copied()))
        .exec(db)
        .await?;
    let keys: Vec<Option<i32>> = submission_key::Entity::find()
        .select_only()
        .column(submission_key::Column::ResponseId)
        .filter(submission_key::Column::ResponseId.is_in(ids.iter().copied()))
        .into_tuple()
        .all(db)
        .await?;
    for id in keys.into_iter().flatten() {
        per.entry(id).or_default().submission_keys += 1;
    }
    submission_key::Entity::delete_many()
        .filter(submission_key::Column::ResponseId.is_in(ids.iter().copied()))
        .exec(db)
        .await?;
    Ok(())
}

/// Deletes the mails (queued or sent) about the responses. Mails queued before a mail named
/// its response go too when they were sent to a respondent's address that nobody else in
/// the database (another respondent, an official, a party, a digest recipient) still has.
pub(super) async fn mails(
    db: &impl ConnectionTrait,
    rows: &[response::Model],
    respondents: &HashMap<i32, respondent::Model>,
    per: &mut PerResponse,
) -> Result<(), DbErr> {
    let ids = rows.iter().map(|r| r.id);
    let tagged: Vec<Option<i32>> = mail_outbox::Entity::find()
        .select_only()
        .column(mail_outbox::Column::ResponseId)
        .filter(mail_outbox::Column::ResponseId.is_in(ids.clone()))
        .into_tuple()
        .all(db)
        .await?;
    for id in tagged.into_iter().flatten() {
        per.entry(id).or_default().mails += 1;
    }
    mail_outbox::Entity::delete_many()
        .filter(mail_outbox::Column::ResponseId.is_in(ids))
        .exec(db)
        .await?;
    let leaving: BTreeSet<i32> = rows.iter().map(|r| r.respondent_id).collect();
    for row in rows {
        let Some(email) = respondents
            .get(&row.respondent_id)
            .map(|r| r.email.as_str())
            .filter(|e| !e.is_empty())
        else {
            continue;
        };
        if address_in_use(db, email, &leaving).await? {
            continue;
        }
        let legacy = mail_outbox::Entity::delete_many()
            .filter(mail_outbox::Column::ResponseId.is_null())
            .filter(mail_outbox::Column::ToAddr.eq(email))
            .exec(db)
            .await?;
        per.entry(row.id).or_default().mails += legacy.rows_affected;
    }
    Ok(())
}

/// Whether anyone but the respondents `leaving` still has `email`.
async fn address_in_use(
    db: &impl ConnectionTrait,
    email: &str,
    leaving: &BTreeSet<i32>,
) -> Result<bool, DbErr> {
    let lower = email.to_lowercase();
    let respondents = respondent::Entity::find()
        .filter(respondent::Column::Email.is_in([email, &lower]))
        .filter(respondent::Column::Id.is_not_in(leaving.iter().copied()))
        .count(db)
        .await?;
    let accounts = account::Entity::find()
        .filter(account::Column::Email.is_in([email, &lower]))
        .count(db)
        .await?;
    let parties = consulted_party::Entity::find()
        .filter(consulted_party::Column::Email.is_in([email, &lower]))
        .count(db)
        .await?;
    let recipients = digest_recipient::Entity::find()
        .filter(digest_recipient::Column::Email.is_in([email, &lower]))
        .count(db)
        .await?;
    Ok(respondents + accounts + parties + recipients > 0)
}

/// Deletes the responses' files (rows with their extracted text), all of them or only those
/// no official marked as part of the case file, and queues their content for deletion from
/// the store once no row holds it.
pub(super) async fn files(
    db: &impl ConnectionTrait,
    ids: &[i32],
    case_files_stay: bool,
    per: &mut PerResponse,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let mut query = attachment::Entity::find()
        .select_only()
        .columns([
            attachment::Column::Id,
            attachment::Column::ResponseId,
            attachment::Column::SizeBytes,
            attachment::Column::Sha256,
        ])
        .filter(attachment::Column::ResponseId.is_in(ids.iter().copied()));
    if case_files_stay {
        query = query.filter(attachment::Column::CaseFile.eq(false));
    }
    let found: Vec<(i32, Option<i32>, i64, String)> = query.into_tuple().all(db).await?;
    if found.is_empty() {
        return Ok(());
    }
    for (_, response_id, size, _) in &found {
        let erased = per.entry(response_id.unwrap_or_default()).or_default();
        erased.files += 1;
        erased.file_bytes += u64::try_from(*size).unwrap_or_default();
    }
    attachment::Entity::delete_many()
        .filter(attachment::Column::Id.is_in(found.iter().map(|f| f.0)))
        .exec(db)
        .await?;
    let contents: BTreeSet<String> = found.into_iter().map(|f| f.3).collect();
    blobs::queue(db, contents, now).await
}

/// Takes the sentences of `texts_gone` out of the quotes the hearings' themes keep, the
/// officials' and the public's (whose sources still name the response, so the public sees
/// none of that theme's words until the next run), and drops the themes the hearings keep
/// ready for their pages, which quoted them (the next reader computes them again).
pub(super) async fn quotes(
    db: &impl ConnectionTrait,
    hearings: &BTreeSet<i32>,
    texts_gone: &BTreeSet<i32>,
    per: &mut PerResponse,
) -> Result<(), DbErr> {
    if texts_gone.is_empty() {
        return Ok(());
    }
    let themes = theme::Entity::find()
        .filter(theme::Column::HearingId.is_in(hearings.iter().copied()))
        .all(db)
        .await?;
    for row in themes {
        let mut quotes: Vec<Quote> = serde_json::from_str(&row.quotes_json).unwrap_or_default();
        let mut public = PublicWords::parse(row.public_json.as_deref());
        let gone = without(&mut quotes, texts_gone, per)
            + public
                .as_mut()
                .map_or(0, |words| without(&mut words.quotes, texts_gone, per));
        if gone == 0 {
            continue;
        }
        let json = serde_json::to_string(&quotes).unwrap_or_else(|_| "[]".into());
        theme::Entity::update_many()
            .col_expr(theme::Column::QuotesJson, json.into())
            .col_expr(
                theme::Column::PublicJson,
                public.map(|words| words.to_json()).into(),
            )
            .filter(theme::Column::Id.eq(row.id))
            .exec(db)
            .await?;
    }
    public_stamp::Entity::update_many()
        .col_expr(public_stamp::Column::ThemesJson, None::<String>.into())
        .col_expr(public_stamp::Column::OfficialsJson, None::<String>.into())
        .filter(public_stamp::Column::HearingId.is_in(hearings.iter().copied()))
        .exec(db)
        .await?;
    Ok(())
}

/// Takes the quotes of `texts_gone` out of `quotes`, counting each; how many went.
fn without(quotes: &mut Vec<Quote>, texts_gone: &BTreeSet<i32>, per: &mut PerResponse) -> usize {
    let before = quotes.len();
    quotes.retain(|quote| {
        let gone = texts_gone.contains(&quote.response_id);
        if gone {
            per.entry(quote.response_id).or_default().quotes += 1;
        }
        !gone
    });
    before - quotes.len()
}
