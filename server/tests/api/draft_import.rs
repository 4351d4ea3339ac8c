use app::draft::DraftError;
use app::draft::store::{ImportError, ImportOutcome, import_version, load_latest};

use crate::db_test;

const V2: &str = "# Udkast\n\n## Formål\n\nUændret afsnit om formålet.\n\nDette afsnit er skrevet om.\n\n## Tidsplan\n\n1. Første skridt\n2. Andet skridt\n";
const V3: &str = "# Udkast\n\n## Formål\n\nUændret afsnit om formålet.\n\nDette afsnit er skrevet om igen.\n\n## Tidsplan\n\n1. Første skridt\n2. Andet skridt\n";

/// A refused file and a check of the reason given.
type Case = (Vec<u8>, fn(&DraftError) -> bool);

fn anchors(draft: &app::draft::DraftDto) -> Vec<String> {
    draft
        .sections
        .iter()
        .flat_map(|s| s.paragraphs.iter().map(|p| p.anchor.clone()))
        .collect()
}

db_test!(
    a_new_version_keeps_the_anchors_of_unchanged_paragraphs,
    |app| {
        let id = app.demo_hearing_id().await;
        let outcome = import_version(&app.db, id, V2.as_bytes(), chrono::Utc::now())
            .await
            .unwrap();
        assert_eq!(
            outcome,
            ImportOutcome::Created {
                version_no: 2,
                paragraphs: 3
            }
        );
        let v2 = load_latest(&app.db, id).await.unwrap().unwrap();
        import_version(&app.db, id, V3.as_bytes(), chrono::Utc::now())
            .await
            .unwrap();
        let v3 = load_latest(&app.db, id).await.unwrap().unwrap();
        assert_eq!(v3.version_no, 3);
        let (before, after) = (anchors(&v2), anchors(&v3));
        assert_eq!(before[0], after[0], "unchanged paragraph keeps its anchor");
        assert_ne!(before[1], after[1], "rewritten paragraph gets a new anchor");
        assert_eq!(before[2], after[2], "unchanged list keeps its anchor");
        assert_eq!(v2.sections[0].anchor, v3.sections[0].anchor);
    }
);

db_test!(importing_the_same_file_twice_stores_nothing_new, |app| {
    let id = app.demo_hearing_id().await;
    import_version(&app.db, id, V2.as_bytes(), chrono::Utc::now())
        .await
        .unwrap();
    let rows = app.count("paragraph").await;
    let outcome = import_version(&app.db, id, V2.as_bytes(), chrono::Utc::now())
        .await
        .unwrap();
    assert_eq!(outcome, ImportOutcome::Unchanged { version_no: 2 });
    assert_eq!(app.count("paragraph").await, rows);
});

db_test!(
    bad_markdown_is_refused_and_the_current_version_stays,
    |app| {
        let id = app.demo_hearing_id().await;
        let before = load_latest(&app.db, id).await.unwrap().unwrap();
        let paragraphs = app.count("paragraph").await;
        let huge = "# T\n\n## A\n\n".to_owned() + &"ord ".repeat(10 * 1024 * 1024 / 4);
        let cases: Vec<Case> = vec![
            (Vec::new(), |e| *e == DraftError::Empty),
            (b"   \n\n".to_vec(), |e| *e == DraftError::Empty),
            (b"Bare tekst uden overskrift.\n".to_vec(), |e| {
                *e == DraftError::NoHeading
            }),
            (b"# T\n\nIndledning\n\n## A\n\nTekst\n".to_vec(), |e| {
                *e == DraftError::TextBeforeFirstHeading { line: 3 }
            }),
            (huge.into_bytes(), |e| {
                matches!(e, DraftError::TooLarge { .. })
            }),
            (b"# T\n\n## A\n\nUgyldig \xff\xfe tekst\n".to_vec(), |e| {
                *e == DraftError::InvalidUtf8 { line: 5 }
            }),
        ];
        for (source, expected) in cases {
            match import_version(&app.db, id, &source, chrono::Utc::now()).await {
                Err(ImportError::Draft(error)) => assert!(expected(&error), "unexpected {error:?}"),
                other => panic!("expected a draft error, got {other:?}"),
            }
        }
        assert_eq!(load_latest(&app.db, id).await.unwrap().unwrap(), before);
        assert_eq!(app.count("paragraph").await, paragraphs);
    }
);
