//! What the public may have of a response: the one rule every surface outside the
//! administration asks (the public list, its API and search, the open data, the files, the
//! public themes and campaigns, the committee's digest, the hvidbog's summaries), so none of
//! them picks its own statuses or its own text column.
//!
//! A response is *publicly shown* while it is `published` and is not a duplicate of a response
//! that is published itself (that text shows once, as the original). Its *public text* is the
//! published text: the redacted text (`public_body`) when an official redacted it, else the
//! text as sent — plus the extracted text of the files the public may have
//! ([`super::file`]). Text of a held, rejected, withdrawn or unconfirmed
//! response, or of one confirmed but not yet published, is never public, nor a redacted
//! passage, nor a file's text before it was checked or released.
//!
//! Officials' views count every confirmed response that is not rejected ([`ResponseStatus::COUNTED`]) and
//! read the text as sent.

use std::collections::HashSet;

use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, Query, SubQueryStatement};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use sea_orm::{QuerySelect, Value};

use super::file;
use crate::entities::{attachment, response};
use crate::vocab::ResponseStatus;

/// The SQL condition of a publicly shown response.
pub fn condition() -> Condition {
    Condition::all()
        .add(response::Column::Status.eq(ResponseStatus::Published))
        .add(not_shown_elsewhere())
}

/// Leaves out a duplicate whose original is published: the public sees that text once, as
/// the original. A duplicate of an original that is not (or no longer) published shows.
/// (The original's status is looked up by key for each duplicate, a scalar subquery that no
/// planner turns into a scan of every published id: its cost does not grow with the
/// responses.)
pub fn not_shown_elsewhere() -> Condition {
    Condition::any()
        .add(response::Column::DuplicateOfId.is_null())
        .add(original_status().ne(ResponseStatus::Published))
}

/// The opposite of [`not_shown_elsewhere`]: a duplicate whose original is published. The
/// counts take these away from the maintained tally (`response::tally`).
pub fn shown_elsewhere() -> Condition {
    Condition::all()
        .add(response::Column::DuplicateOfId.is_not_null())
        .add(original_status().eq(ResponseStatus::Published))
}

/// The status of the row's original, `''` when it has none: `COALESCE((SELECT
/// original.status FROM response original WHERE original.id = response.duplicate_of_id), '')`.
fn original_status() -> Expr {
    let original = Alias::new("original");
    let status = Query::select()
        .column((original.clone(), response::Column::Status))
        .from_as(response::Entity, original.clone())
        .and_where(
            Expr::col((original, response::Column::Id))
                .equals((response::Entity, response::Column::DuplicateOfId)),
        )
        .to_owned();
    let status = Expr::SubQuery(None, Box::new(SubQueryStatement::SelectStatement(status)));
    Func::coalesce([status, Expr::val("")]).into()
}

/// Whether `row` is publicly shown, `published` being the ids of its hearing's published
/// responses (at least those `row` may be a duplicate of; see [`published_originals`]).
pub fn is_shown(row: &response::Model, published: &HashSet<i32>) -> bool {
    row.status == ResponseStatus::Published
        && row
            .duplicate_of_id
            .is_none_or(|id| !published.contains(&id))
}

/// Which of the originals `rows` are duplicates of are published: what [`is_shown`] needs.
pub async fn published_originals(
    db: &impl ConnectionTrait,
    rows: &[response::Model],
) -> Result<HashSet<i32>, DbErr> {
    let originals: HashSet<i32> = rows.iter().filter_map(|r| r.duplicate_of_id).collect();
    if originals.is_empty() {
        return Ok(HashSet::new());
    }
    let mut published = HashSet::new();
    let originals: Vec<i32> = originals.into_iter().collect();
    for chunk in originals.chunks(500) {
        let ids: Vec<i32> = response::Entity::find()
            .select_only()
            .column(response::Column::Id)
            .filter(response::Column::Id.is_in(chunk.iter().copied().map(Value::from)))
            .filter(response::Column::Status.eq(ResponseStatus::Published))
            .into_tuple()
            .all(db)
            .await?;
        published.extend(ids);
    }
    Ok(published)
}

/// The published text of `row`: the redacted text, else the text as sent. Only meaningful
/// while the row is publicly shown; the caller decides that through [`condition`] or
/// [`is_shown`].
pub fn text(row: &response::Model) -> &str {
    row.public_body.as_deref().unwrap_or(&row.body)
}

/// The published text of `row` followed by the extracted text of those of `files` the public
/// may have (in the order given), separated by blank lines.
pub fn text_with_files<'a>(
    row: &response::Model,
    files: impl IntoIterator<Item = &'a attachment::Model>,
) -> String {
    let mut out = text(row).to_owned();
    for extracted in files
        .into_iter()
        .filter(|f| f.response_id == Some(row.id) && file::of(f).is_public())
        .filter_map(|f| f.extracted_text.as_deref())
    {
        out.push_str("\n\n");
        out.push_str(extracted);
    }
    out
}

/// The text of `row` as officials read it — the text as sent — followed by every file's
/// extracted text.
pub fn officials_text_with_files<'a>(
    row: &response::Model,
    files: impl IntoIterator<Item = &'a attachment::Model>,
) -> String {
    let mut out = row.body.clone();
    for extracted in files
        .into_iter()
        .filter(|f| f.response_id == Some(row.id))
        .filter_map(|f| f.extracted_text.as_deref())
    {
        out.push_str("\n\n");
        out.push_str(extracted);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::Extraction;

    fn row(id: i32, status: &str, duplicate_of: Option<i32>) -> response::Model {
        let at = chrono::DateTime::from_timestamp(1_285_000_000, 0).unwrap();
        response::Model {
            id,
            hearing_id: 1,
            respondent_id: 1,
            seq: id,
            svarnummer: format!("1-{id:04}"),
            draft_version_id: None,
            section_id: None,
            paragraph_id: None,
            stance: crate::vocab::Stance::None,
            body: "Ring til mig på 12 34 56 78.".into(),
            language: None,
            channel: crate::vocab::Channel::Web,
            status: status.parse().expect("a stored status"),
            held_reason: None,
            locale: "da".into(),
            submitted_at: at,
            verified_at: None,
            published_at: None,
            updated_at: at,
            public_body: None,
            duplicate_of_id: duplicate_of,
            personal_data_erased_at: None,
        }
    }

    fn file(response_id: i32, state: Extraction, text: &str, released: bool) -> attachment::Model {
        attachment::Model {
            id: 1,
            response_id: Some(response_id),
            filename: "bilag.pdf".into(),
            content_type: "application/pdf".into(),
            size_bytes: 1,
            sha256: "0".repeat(64),
            extraction_state: state,
            extracted_text: Some(text.into()),
            extraction_note: None,
            extraction_attempts: 1,
            created_at: chrono::DateTime::from_timestamp(1_285_000_000, 0).unwrap(),
            released_at: released
                .then(|| chrono::DateTime::from_timestamp(1_285_000_100, 0).unwrap()),
            released_by: None,
            claimed_by: None,
            claimed_until: None,
            case_file: false,
        }
    }

    #[test]
    fn only_a_published_response_not_shown_as_its_original_is_public() {
        let published = HashSet::from([7]);
        assert!(is_shown(&row(1, "published", None), &published));
        assert!(is_shown(&row(1, "published", Some(8)), &published));
        assert!(!is_shown(&row(1, "published", Some(7)), &published));
        for status in [
            "held",
            "verified",
            "rejected",
            "withdrawn",
            "awaiting_verification",
        ] {
            assert!(!is_shown(&row(1, status, None), &published), "{status}");
        }
    }

    #[test]
    fn the_public_text_is_the_redacted_text_with_the_public_files_only() {
        let mut r = row(1, "published", None);
        r.public_body = Some("Ring til mig [udeladt].".into());
        let files = [
            file(1, Extraction::Extracted, "Bilagets tekst.", false),
            file(
                1,
                Extraction::Extracted,
                "CPR 010190-1234 i bilaget.",
                false,
            ),
            file(1, Extraction::Extracted, "Frigivet CPR 020290-1234.", true),
            file(2, Extraction::Extracted, "Et andet svars bilag.", false),
        ];
        assert_eq!(
            text_with_files(&r, &files),
            "Ring til mig [udeladt].\n\nBilagets tekst.\n\nFrigivet CPR 020290-1234."
        );
        let officials = officials_text_with_files(&r, &files);
        assert!(officials.starts_with("Ring til mig på 12 34 56 78."));
        assert!(officials.contains("CPR 010190-1234") && !officials.contains("andet svar"));
    }
}
