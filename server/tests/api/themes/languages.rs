//! Themes across languages (issue 22): with the sentence model a response joins the theme of
//! its subject in whatever language it is written; labels are Danish words, never function
//! words; each theme tells its languages; the vectors are kept and made once; without the
//! model themes come from words and the page says so.

use std::collections::HashMap;

use sea_orm::EntityTrait;

use super::*;
use crate::db_test;
use crate::helpers::{Backend, spawn_app_configured};

/// Danish responses on three subjects, written as residents write.
const DANISH: [[&str; 8]; 3] = [
    [
        "Mit barn går i folkeskolen, og der er alt for lidt modersmålsundervisning. Børnene skal kunne deres eget sprog.",
        "Skolerne skal have flere lærere, der kan hjælpe tosprogede elever med lektierne.",
        "Lektiecaféerne på skolerne har hjulpet mange af vores elever. Bevar dem.",
        "Tosprogede børn bliver for ofte sendt i specialklasser. Skolen bør se deres styrker.",
        "Samarbejdet mellem skole og hjem skal være bedre, så forældre, der ikke taler dansk, også kan følge med.",
        "Vi ønsker mere dansk som andetsprog i undervisningen i folkeskolen.",
        "Klasserne på vores skole er for store til, at lærerne kan hjælpe de nyankomne elever.",
        "Modersmålsundervisning styrker børnenes læring i alle skolens fag.",
    ],
    [
        "Jobcentret skal hjælpe flygtninge hurtigere i arbejde med praktikpladser i virksomhederne.",
        "Mange indvandrere med en uddannelse får ikke et job. Arbejdsgiverne skal give dem en chance.",
        "Løntilskud og virksomhedspraktik er vejen til et fast job for ledige.",
        "Anerkend udenlandske uddannelser, så ingeniører ikke skal køre taxa.",
        "Kommunen bør selv ansætte flere medarbejdere med anden etnisk baggrund.",
        "Ledige kvinder med indvandrerbaggrund har brug for støtte til at finde arbejde.",
        "Virksomhederne i København mangler arbejdskraft, og de ledige skal opkvalificeres.",
        "Forskelsbehandling ved jobsamtaler holder mange uden for arbejdsmarkedet.",
    ],
    [
        "Der mangler billige boliger i København, og familierne bor alt for trangt.",
        "De almene boligområder må ikke blive ghettoer. Bland beboerne.",
        "Boligselskaberne skal renovere lejlighederne i de udsatte boligområder.",
        "Huslejen er så høj, at mange familier må flytte væk fra byen.",
        "Nedrivning af almene boliger tvinger beboerne ud af deres hjem.",
        "Byg flere små lejligheder til unge og enlige med lav indkomst.",
        "Den boligsociale helhedsplan har gjort vores boligområde mere trygt.",
        "Kommunen skal anvise boliger til flygtninge spredt over hele byen.",
    ],
];

/// The same three subjects in English, Arabic and Turkish.
const OTHERS: [[(&str, &str); 3]; 3] = [
    [
        (
            "en",
            "My children need mother-tongue teaching at school, and the teachers should help bilingual pupils more.",
        ),
        (
            "ar",
            "يحتاج أطفالي إلى تعليم اللغة الأم في المدرسة، ويجب على المعلمين مساعدة التلاميذ ثنائيي اللغة أكثر.",
        ),
        (
            "tr",
            "Çocuklarımın okulda anadili eğitimine ihtiyacı var; öğretmenler iki dilli öğrencilere daha çok yardım etmeli.",
        ),
    ],
    [
        (
            "en",
            "Refugees with an education cannot find a job. Employers and the job centre must give them internships.",
        ),
        (
            "ar",
            "اللاجئون الحاصلون على تعليم لا يجدون عملاً. يجب على أصحاب العمل ومركز التوظيف منحهم فرص تدريب في الشركات.",
        ),
        (
            "tr",
            "Eğitimli mülteciler iş bulamıyor. İşverenler ve iş merkezi onlara şirketlerde staj imkânı vermeli.",
        ),
    ],
    [
        (
            "en",
            "There are not enough cheap homes in Copenhagen; families live in overcrowded flats and the rent is too high.",
        ),
        (
            "ar",
            "لا توجد مساكن رخيصة كافية في كوبنهاغن، والعائلات تعيش في شقق مكتظة والإيجارات مرتفعة جداً.",
        ),
        (
            "tr",
            "Kopenhag'da yeterince ucuz konut yok; aileler kalabalık dairelerde yaşıyor ve kiralar çok yüksek.",
        ),
    ],
];

/// Registers every response; each id with its subject and language.
async fn hearing_in_four_languages(app: &TestApp) -> Vec<(i64, usize, &'static str)> {
    let mut out = Vec::new();
    for (subject, texts) in DANISH.iter().enumerate() {
        let texts: Vec<String> = texts.iter().map(|t| t.to_string()).collect();
        for id in published(app, &texts).await {
            out.push((id, subject, "da"));
        }
    }
    for (subject, texts) in OTHERS.iter().enumerate() {
        for (lang, text) in texts {
            let id = published(app, &[text.to_string()]).await[0];
            out.push((id, subject, *lang));
        }
    }
    out
}

db_test!(
    a_response_in_any_language_joins_the_theme_of_its_subject,
    |app| {
        let cookie = official(&app).await;
        let responses = hearing_in_four_languages(&app).await;
        let themes = refreshed(&app, &cookie).await;
        let placed = theme_of(&app).await;
        let subject_of: HashMap<i64, usize> =
            responses.iter().map(|(id, s, _)| (*id, *s)).collect();
        for (id, subject, lang) in responses.iter().filter(|(_, _, lang)| *lang != "da") {
            let theme = placed[id];
            let danish: Vec<usize> = responses
                .iter()
                .filter(|(other, _, l)| *l == "da" && placed[other] == theme)
                .map(|(other, _, _)| subject_of[other])
                .collect();
            let same = danish.iter().filter(|s| *s == subject).count();
            assert!(
                same > 0 && same * 3 >= danish.len() * 2,
                "the {lang} response on subject {subject} is in a theme of Danish subjects \
             {danish:?}: {themes:#}"
            );
        }
        for theme in themes["themes"].as_array().unwrap() {
            for term in theme["terms"].as_array().unwrap() {
                let term = term.as_str().unwrap();
                assert!(
                    ![
                        "kan", "skal", "godt", "står", "bør", "for", "og", "the", "bir", "على"
                    ]
                    .contains(&term),
                    "function word {term} in {theme:#}"
                );
                assert!(
                    DANISH
                        .iter()
                        .flatten()
                        .any(|t| t.to_lowercase().contains(term)),
                    "{term} is a word of the Danish responses: {theme:#}"
                );
            }
        }
        let by_language: HashMap<String, u64> = themes["themes"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|t| t["by_language"].as_object().unwrap().clone())
            .fold(HashMap::new(), |mut sum, (lang, n)| {
                *sum.entry(lang).or_default() += n.as_u64().unwrap();
                sum
            });
        assert_eq!(by_language.values().sum::<u64>(), responses.len() as u64);
        assert!(
            by_language.get("ar").copied().unwrap_or(0) >= 2,
            "{by_language:?}"
        );
    }
);

db_test!(sentence_vectors_are_kept_and_made_once_per_text, |app| {
    let cookie = official(&app).await;
    let responses = hearing_in_four_languages(&app).await;
    refreshed(&app, &cookie).await;
    let kept = kept_vectors(&app).await;
    assert_eq!(kept.len(), responses.len(), "one vector per response");
    assert!(
        kept.iter()
            .all(|v| v.vector.len() == 384 * 4 && v.model.starts_with("multilingual-e5-small"))
    );
    refreshed(&app, &cookie).await;
    let again = kept_vectors(&app).await;
    assert_eq!(again, kept, "a second run reads the vectors it kept");
    use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};
    let mut stale = kept[0].clone().into_active_model();
    stale.model = Set("another-model".into());
    stale.update(&app.db).await.unwrap();
    let mut cut = kept[1].clone().into_active_model();
    cut.vector = Set(vec![0; 8]);
    cut.update(&app.db).await.unwrap();
    refreshed(&app, &cookie).await;
    let made = kept_vectors(&app).await;
    assert_eq!(made.len(), kept.len());
    for (made, kept) in made.iter().zip(&kept) {
        assert_eq!(
            (&made.model, made.vector.len()),
            (&kept.model, kept.vector.len())
        );
    }
});

/// Every kept sentence vector, by response.
async fn kept_vectors(app: &TestApp) -> Vec<app::entities::response_vector::Model> {
    use app::entities::response_vector::{Column, Entity};
    use sea_orm::QueryOrder;
    Entity::find()
        .order_by_asc(Column::ResponseId)
        .all(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn without_the_model_themes_come_from_words_and_the_page_says_so() {
    let off = |config: &mut server::config::Config| {
        config.sentence_model = app::embedding::SentenceModel::off();
    };
    let app = spawn_app_configured(Backend::Sqlite, None, off).await;
    let cookie = official(&app).await;
    let texts: Vec<String> = (0..18).map(|n| on_topic(n % 3, n)).collect();
    published(&app, &texts).await;
    let themes = refreshed(&app, &cookie).await;
    assert!(
        !themes["themes"].as_array().unwrap().is_empty(),
        "{themes:#}"
    );
    let stored = app::entities::response_vector::Entity::find()
        .all(&app.db)
        .await
        .unwrap();
    assert!(stored.is_empty(), "no model, no vectors");
    let page = app
        .html_with_cookie(&paths::admin_page(DEMO, "themes"), &cookie)
        .await;
    assert!(page.contains("beregnet ud fra ordene alene"), "{page}");
}

#[tokio::test]
async fn with_the_model_the_page_does_not_warn() {
    let app = crate::helpers::spawn_app(Backend::Sqlite).await;
    let cookie = official(&app).await;
    let page = app
        .html_with_cookie(&paths::admin_page(DEMO, "themes"), &cookie)
        .await;
    assert!(!page.contains("beregnet ud fra ordene alene"));
}
