//! What an erasure leaves of the audit log. Every entry about an erased response stays — who
//! did what to it, and when — but none keeps the respondent's words: an author's change
//! through the private link records the text before and after, an official's redaction the
//! published text before and after, and a redacted passage or a withdrawn text would
//! otherwise outlive the erasure there. The log is append-only but for this one rewrite,
//! made in the erasure's transaction.

use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter};
use serde_json::Value;

use super::links::PerResponse;
use crate::entities::audit_log;

/// The keys of an audit entry's states that hold a respondent's words.
pub const WORDS: [&str; 2] = ["text", "public_text"];

/// What replaces the words in an entry.
pub const ERASED: &str = "[slettet]";

/// Empties the words in the audit entries about the responses `ids`; counts one per entry.
pub(super) async fn erase(
    db: &impl ConnectionTrait,
    ids: &[i32],
    per: &mut PerResponse,
) -> Result<(), DbErr> {
    let entries = audit_log::Entity::find()
        .filter(audit_log::Column::Entity.eq("response"))
        .filter(audit_log::Column::EntityId.is_in(ids.iter().copied()))
        .all(db)
        .await?;
    for entry in entries {
        let before = without_words(entry.before_json.as_deref());
        let after = without_words(entry.after_json.as_deref());
        if before.is_none() && after.is_none() {
            continue;
        }
        let mut update =
            audit_log::Entity::update_many().filter(audit_log::Column::Id.eq(entry.id));
        if let Some(json) = before {
            update = update.col_expr(audit_log::Column::BeforeJson, Expr::value(json));
        }
        if let Some(json) = after {
            update = update.col_expr(audit_log::Column::AfterJson, Expr::value(json));
        }
        update.exec(db).await?;
        per.entry(entry.entity_id).or_default().audit_texts += 1;
    }
    Ok(())
}

/// The state with every word-holding value replaced by [`ERASED`]; `None` when it holds none
/// (nothing to rewrite).
fn without_words(json: Option<&str>) -> Option<String> {
    let mut state: Value = serde_json::from_str(json?).ok()?;
    let object = state.as_object_mut()?;
    let mut changed = false;
    for key in WORDS {
        if let Some(value) = object.get_mut(key)
            && value.as_str().is_some_and(|text| text != ERASED)
        {
            *value = Value::String(ERASED.to_owned());
            changed = true;
        }
    }
    changed.then(|| state.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_words_go_and_the_rest_of_the_state_stays() {
        let state =
            json!({"status": "published", "stance": "oppose", "text": "Jeg bor på Valbyvej 12."});
        let kept: Value =
            serde_json::from_str(&without_words(Some(&state.to_string())).unwrap()).unwrap();
        assert_eq!(
            kept,
            json!({"status": "published", "stance": "oppose", "text": ERASED})
        );
        let redaction = json!({"public_text": "Jeg bor på [udeladt]."});
        let kept = without_words(Some(&redaction.to_string())).unwrap();
        assert!(!kept.contains("Jeg bor"), "{kept}");
    }

    #[test]
    fn an_entry_without_words_or_already_erased_is_left_alone() {
        for state in [
            json!({"status": "held", "held_reason": "Personoplysninger"}),
            json!({"public_text": null}),
            json!({"text": ERASED}),
        ] {
            assert_eq!(without_words(Some(&state.to_string())), None, "{state}");
        }
        assert_eq!(without_words(None), None);
        assert_eq!(without_words(Some("not json")), None);
    }
}
