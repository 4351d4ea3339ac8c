//! `Keep::Nothing`: the response goes whole, with everything that points at it — files,
//! officials' notes, tags and hvidbog remarks, its place in a theme or a campaign, a party's
//! link to it, other responses' "duplicate of" — and its respondent when no other response
//! has it. The caller deletes tokens, keys and mails first (`links`).

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::Erased;
use super::links::{self, PerResponse};
use crate::entities::{
    campaign, campaign_member, consulted_party, hvidbog_remark, response, response_note,
    response_tag, theme_member,
};

/// Deletes `rows` and what points at them; returns the other responses that pointed at one
/// of them as its duplicate (they are to be indexed again).
pub(super) async fn delete(
    db: &impl ConnectionTrait,
    rows: &[response::Model],
    per: &mut PerResponse,
    now: DateTime<Utc>,
) -> Result<BTreeSet<i32>, DbErr> {
    let ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    links::files(db, &ids, false, per, now).await?;
    officials_rows(db, &ids, per).await?;
    memberships(db, &ids, per).await?;
    consulted_party::Entity::update_many()
        .col_expr(
            consulted_party::Column::LinkedResponseId,
            Expr::value(None::<i32>),
        )
        .filter(consulted_party::Column::LinkedResponseId.is_in(ids.iter().copied()))
        .exec(db)
        .await?;
    let copies = duplicates_of(db, &ids).await?;
    let hearings = rows.iter().map(|r| r.hearing_id).collect();
    links::quotes(db, &hearings, &ids.iter().copied().collect(), per).await?;
    response::Entity::delete_many()
        .filter(response::Column::Id.is_in(ids.iter().copied()))
        .exec(db)
        .await?;
    for row in rows {
        per.entry(row.id).or_default().responses_deleted += 1;
    }
    respondents(db, rows, per).await?;
    Ok(copies)
}

/// Adds one to `count` of each response id found.
fn tally(per: &mut PerResponse, found: Vec<i32>, count: fn(&mut Erased) -> &mut u64) {
    for id in found {
        *count(per.entry(id).or_default()) += 1;
    }
}

/// Officials' notes, tags and hvidbog remarks on the responses.
async fn officials_rows(
    db: &impl ConnectionTrait,
    ids: &[i32],
    per: &mut PerResponse,
) -> Result<(), DbErr> {
    let within = || ids.iter().copied();
    let notes: Vec<i32> = response_note::Entity::find()
        .select_only()
        .column(response_note::Column::ResponseId)
        .filter(response_note::Column::ResponseId.is_in(within()))
        .into_tuple()
        .all(db)
        .await?;
    tally(per, notes, |e| &mut e.notes);
    response_note::Entity::delete_many()
        .filter(response_note::Column::ResponseId.is_in(within()))
        .exec(db)
        .await?;
    let tags: Vec<i32> = response_tag::Entity::find()
        .select_only()
        .column(response_tag::Column::ResponseId)
        .filter(response_tag::Column::ResponseId.is_in(within()))
        .into_tuple()
        .all(db)
        .await?;
    tally(per, tags, |e| &mut e.tags);
    response_tag::Entity::delete_many()
        .filter(response_tag::Column::ResponseId.is_in(within()))
        .exec(db)
        .await?;
    let on_responses = hvidbog_remark::Column::Target.eq("response");
    let remarks: Vec<i32> = hvidbog_remark::Entity::find()
        .select_only()
        .column(hvidbog_remark::Column::TargetId)
        .filter(on_responses.clone())
        .filter(hvidbog_remark::Column::TargetId.is_in(within()))
        .into_tuple()
        .all(db)
        .await?;
    tally(per, remarks, |e| &mut e.remarks);
    hvidbog_remark::Entity::delete_many()
        .filter(on_responses)
        .filter(hvidbog_remark::Column::TargetId.is_in(within()))
        .exec(db)
        .await?;
    Ok(())
}

/// The responses' places in themes and campaigns; a campaign whose representative goes is
/// represented by its first remaining member, and one with no member left goes.
async fn memberships(
    db: &impl ConnectionTrait,
    ids: &[i32],
    per: &mut PerResponse,
) -> Result<(), DbErr> {
    let within = || ids.iter().copied();
    let themed: Vec<i32> = theme_member::Entity::find()
        .select_only()
        .column(theme_member::Column::ResponseId)
        .filter(theme_member::Column::ResponseId.is_in(within()))
        .into_tuple()
        .all(db)
        .await?;
    tally(per, themed, |e| &mut e.memberships);
    theme_member::Entity::delete_many()
        .filter(theme_member::Column::ResponseId.is_in(within()))
        .exec(db)
        .await?;
    let members = campaign_member::Entity::find()
        .filter(campaign_member::Column::ResponseId.is_in(within()))
        .all(db)
        .await?;
    tally(per, members.iter().map(|m| m.response_id).collect(), |e| {
        &mut e.memberships
    });
    campaign_member::Entity::delete_many()
        .filter(campaign_member::Column::ResponseId.is_in(within()))
        .exec(db)
        .await?;
    let represented: Vec<i32> = campaign::Entity::find()
        .select_only()
        .column(campaign::Column::Id)
        .filter(campaign::Column::RepresentativeId.is_in(within()))
        .into_tuple()
        .all(db)
        .await?;
    let touched: BTreeSet<i32> = members
        .iter()
        .map(|m| m.campaign_id)
        .chain(represented)
        .collect();
    for campaign_id in touched {
        recount_campaign(db, campaign_id).await?;
    }
    Ok(())
}

/// Sets a campaign's signers (and its representative, when that one is gone) from its
/// remaining members, or deletes it when none remain.
async fn recount_campaign(db: &impl ConnectionTrait, campaign_id: i32) -> Result<(), DbErr> {
    let remaining = campaign_member::Entity::find()
        .filter(campaign_member::Column::CampaignId.eq(campaign_id))
        .order_by_asc(campaign_member::Column::ResponseId);
    let Some(first) = remaining.clone().one(db).await? else {
        campaign::Entity::delete_by_id(campaign_id).exec(db).await?;
        return Ok(());
    };
    let signers = i32::try_from(remaining.count(db).await?).unwrap_or(i32::MAX);
    let Some(row) = campaign::Entity::find_by_id(campaign_id).one(db).await? else {
        return Ok(());
    };
    let representative_stays = campaign_member::Entity::find()
        .filter(campaign_member::Column::CampaignId.eq(campaign_id))
        .filter(campaign_member::Column::ResponseId.eq(row.representative_id))
        .count(db)
        .await?
        > 0;
    let representative = match representative_stays {
        true => row.representative_id,
        false => first.response_id,
    };
    campaign::Entity::update_many()
        .col_expr(campaign::Column::Signers, Expr::value(signers))
        .col_expr(
            campaign::Column::RepresentativeId,
            Expr::value(representative),
        )
        .filter(campaign::Column::Id.eq(campaign_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Unmarks the other responses marked as duplicates of `ids`; returns them.
async fn duplicates_of(db: &impl ConnectionTrait, ids: &[i32]) -> Result<BTreeSet<i32>, DbErr> {
    let copies: Vec<i32> = response::Entity::find()
        .select_only()
        .column(response::Column::Id)
        .filter(response::Column::DuplicateOfId.is_in(ids.iter().copied()))
        .filter(response::Column::Id.is_not_in(ids.iter().copied()))
        .into_tuple()
        .all(db)
        .await?;
    response::Entity::update_many()
        .col_expr(response::Column::DuplicateOfId, Expr::value(None::<i32>))
        .filter(response::Column::DuplicateOfId.is_in(ids.iter().copied()))
        .exec(db)
        .await?;
    Ok(copies.into_iter().collect())
}

/// Deletes the respondents of `rows` that no remaining response has.
async fn respondents(
    db: &impl ConnectionTrait,
    rows: &[response::Model],
    per: &mut PerResponse,
) -> Result<(), DbErr> {
    let mut first_of: HashMap<i32, i32> = HashMap::new();
    for row in rows {
        first_of.entry(row.respondent_id).or_insert(row.id);
    }
    let still_used: BTreeSet<i32> = response::Entity::find()
        .select_only()
        .column(response::Column::RespondentId)
        .filter(response::Column::RespondentId.is_in(first_of.keys().copied()))
        .into_tuple::<i32>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let gone: Vec<i32> = first_of
        .keys()
        .copied()
        .filter(|id| !still_used.contains(id))
        .collect();
    crate::entities::respondent::Entity::delete_many()
        .filter(crate::entities::respondent::Column::Id.is_in(gone.iter().copied()))
        .exec(db)
        .await?;
    for id in gone {
        per.entry(first_of[&id]).or_default().respondents_deleted += 1;
    }
    Ok(())
}
