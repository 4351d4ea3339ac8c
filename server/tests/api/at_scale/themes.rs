//! The officials' theme figures: counted by the database in a few statements of bounded
//! size, and equal to the figures counted here from the rows themselves.

use std::collections::{BTreeMap, HashMap};

use app::entities::{campaign_member, respondent, response, section, theme_member};
use app::themes::Themes;
use app::themes::summary::{self, Audience};
use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder, Statement};

use super::{bound, loaded};
use crate::helpers::Backend;

/// Per theme: voices, responses, voices by kind, voices by section, responses by language —
/// counted from the rows as the theme page defines them (a campaign is one voice, a duplicate
/// speaks with its original's voice; a voice's kind, section and language are its first
/// member's).
type Expected = (
    usize,
    usize,
    BTreeMap<String, usize>,
    BTreeMap<String, usize>,
    BTreeMap<String, usize>,
);

async fn expected(db: &sea_orm::DatabaseConnection) -> HashMap<i32, Expected> {
    let responses: HashMap<i32, response::Model> = response::Entity::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.status.is_in(&app::vocab::ResponseStatus::COUNTED))
        .map(|r| (r.id, r))
        .collect();
    let kinds: HashMap<i32, String> = respondent::Entity::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|p| (p.id, p.kind.to_string()))
        .collect();
    let anchors: HashMap<i32, String> = section::Entity::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|s| (s.id, s.anchor))
        .collect();
    let campaign_of: HashMap<i32, i32> = campaign_member::Entity::find()
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|m| (m.response_id, m.campaign_id))
        .collect();
    let members = theme_member::Entity::find()
        .order_by_asc(theme_member::Column::Id)
        .all(db)
        .await
        .unwrap();
    let mut voices: HashMap<i32, BTreeMap<String, &response::Model>> = HashMap::new();
    let mut sizes: HashMap<(i32, String), usize> = HashMap::new();
    let mut out: HashMap<i32, Expected> = HashMap::new();
    for m in &members {
        let Some(r) = responses.get(&m.response_id) else {
            continue;
        };
        let voice = match (campaign_of.get(&r.id), r.duplicate_of_id) {
            (Some(c), _) => format!("c{c}"),
            (None, Some(original)) => format!("r{original}"),
            (None, None) => format!("r{}", r.id),
        };
        *sizes.entry((m.theme_id, voice.clone())).or_default() += 1;
        voices
            .entry(m.theme_id)
            .or_default()
            .entry(voice)
            .or_insert(r);
        out.entry(m.theme_id).or_default().1 += 1;
    }
    for (theme, voices) in voices {
        let e = out.get_mut(&theme).unwrap();
        e.0 = voices.len();
        for (voice, r) in &voices {
            let language = r.language.clone().unwrap_or_default();
            *e.4.entry(language).or_default() += sizes[&(theme, voice.clone())];
            *e.2.entry(kinds[&r.respondent_id].clone()).or_default() += 1;
            if let Some(anchor) = r.section_id.and_then(|s| anchors.get(&s)) {
                *e.3.entry(anchor.clone()).or_default() += 1;
            }
        }
    }
    out
}

/// The figures equal those counted from the rows.
async fn agree(db: &sea_orm::DatabaseConnection, themes: &Themes) {
    let want = expected(db).await;
    assert_eq!(themes.themes.len(), want.len());
    for t in &themes.themes {
        let (size, responses, by_kind, by_section, by_language) = &want[&t.id];
        assert_eq!(
            (
                &t.size,
                &t.responses,
                &t.by_kind,
                &t.by_section,
                &t.by_language
            ),
            (size, responses, by_kind, by_section, by_language),
            "theme {}",
            t.id
        );
        assert!(!t.quotes.is_empty() && t.quotes.len() == t.sentences.len());
    }
}

async fn officials_figures_are_counted_by_the_database(backend: Backend) {
    let at = loaded(backend, 600).await;
    let h = at.hearing.hearing_id;
    at.watch();
    let themes = summary::read(&at.db, h, Audience::Officials)
        .await
        .expect("themes");
    let seen = at.seen();
    // Five to count, the stamp read before and the figures stored after.
    assert!(seen.len() <= 7, "{} statements", seen.len());
    let widest = seen.iter().map(bound).max().unwrap_or(0);
    assert!(
        widest <= 4 + 12 * 10,
        "a statement binds {widest} values: it grows with the responses"
    );
    agree(&at.db, &themes).await;
    let sizes: Vec<usize> = themes.themes.iter().map(|t| t.size).collect();
    assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "largest first");
    let signers: usize = themes.campaigns.iter().map(|c| c.signers).sum();
    assert_eq!(themes.campaigns.len(), 3);
    assert!(
        signers > 0
            && themes
                .campaigns
                .iter()
                .all(|c| c.representative.starts_with("B-"))
    );

    at.watch();
    let again = summary::read(&at.db, h, Audience::Officials).await.unwrap();
    assert_eq!(at.seen().len(), 1, "stored: one row read");
    assert_eq!(again, themes);
    // A sender's kind is on no themed row, yet the figures show it: they are counted again.
    let backend = at.db.get_database_backend();
    let sql = format!(
        "UPDATE respondent SET kind = 'company' WHERE id IN \
         (SELECT respondent_id FROM response WHERE hearing_id = {h})"
    );
    at.db
        .execute_raw(Statement::from_string(backend, sql))
        .await
        .unwrap();
    let after = summary::read(&at.db, h, Audience::Officials).await.unwrap();
    assert_ne!(after, themes);
    agree(&at.db, &after).await;
    assert!(
        after
            .themes
            .iter()
            .all(|t| t.by_kind.keys().eq(["company"]))
    );
}

mod officials_figures_are_counted_by_the_database {
    #[tokio::test]
    async fn on_sqlite() {
        super::officials_figures_are_counted_by_the_database(crate::helpers::Backend::Sqlite).await;
    }

    #[tokio::test]
    async fn on_postgres() {
        super::officials_figures_are_counted_by_the_database(crate::helpers::Backend::Postgres)
            .await;
    }
}
