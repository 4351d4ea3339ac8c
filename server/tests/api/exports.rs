//! Exports: officials get every response and field as CSV, XLSX and JSON; everyone gets the
//! published responses' public fields as CSV and JSON.

use std::io::Cursor;

use app::auth::Role;
use calamine::{Reader, Xlsx};
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};

use crate::db_test;
use crate::helpers::{DEMO, TestApp, paths};

/// Three responses: two published (one an association's), one awaiting confirmation.
pub(crate) async fn responses(app: &TestApp) {
    app.open_demo_hearing().await;
    let path = paths::responses(DEMO);
    let people = [
        json!({"kind": "resident", "name": "Ida", "email": "ida@example.dk", "postal_code": "2300", "text": "Første, med komma, og \"citat\".\nAnden linje."}),
        json!({"kind": "association", "name": "Amina", "email": "amina@forening.dk", "organisation": "Foreningen", "text": "Foreningens svar."}),
        json!({"kind": "resident", "name": "Jonas", "email": "jonas@example.dk", "text": "Ikke bekræftet."}),
    ];
    for person in &people {
        assert_eq!(app.post_json(&path, person, "da").await.status(), 202);
    }
    for n in 1..=2 {
        assert_eq!(app.confirm_mail(n).await.status(), 200);
    }
}

db_test!(officials_export_everything_in_three_formats, |app| {
    responses(&app).await;
    let base = paths::admin_api(DEMO, "");
    assert_eq!(app.get(&format!("{base}/export.csv")).await.status(), 401);
    let cookie = app.sign_in("sb@kk.dk", Role::Reader, None).await;

    let csv = app
        .get_with_cookie(&format!("{base}/export.csv"), &cookie)
        .await;
    assert_eq!(csv.status(), 200);
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    assert!(
        csv.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment;")
    );
    let text = csv.text().await.unwrap();
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 3, "every status");
    assert_eq!(&rows[0][0], "2010-64452-0001");
    assert_eq!(&rows[0][9], "ida@example.dk");
    assert_eq!(
        &rows[0][20],
        "Første, med komma, og \"citat\".\nAnden linje."
    );
    assert_eq!(&rows[2][1], "awaiting_verification");

    let json: Value = app
        .get_with_cookie(&format!("{base}/export.json"), &cookie)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(json["items"].as_array().unwrap().len(), 3);
    assert_eq!(json["items"][1]["organisation"], "Foreningen");

    let xlsx = app
        .get_with_cookie(&format!("{base}/export.xlsx"), &cookie)
        .await;
    assert_eq!(xlsx.status(), 200);
    let bytes = xlsx.bytes().await.unwrap().to_vec();
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).expect("Excel opens it");
    let sheet = workbook.worksheet_range("Høringssvar").unwrap();
    assert_eq!(sheet.height(), 4, "header and three rows");
    assert_eq!(sheet.get((0, 0)).unwrap().to_string(), "svarnummer");
    assert_eq!(sheet.get((2, 6)).unwrap().to_string(), "Foreningen");
});

db_test!(
    the_open_data_export_holds_published_responses_and_public_fields_only,
    |app| {
        responses(&app).await;
        let csv = app.get(&paths::hearing_api(DEMO, "export.csv")).await;
        assert_eq!(csv.status(), 200);
        let text = csv.text().await.unwrap();
        assert!(!text.contains("@"), "no e-mail address: {text}");
        assert!(text.contains("Borger, 2300 København S"));
        assert_eq!(text.matches("2010-64452-").count(), 2);
        let json: Value = app
            .get(&paths::hearing_api(DEMO, "export.json"))
            .await
            .json()
            .await
            .unwrap();
        let items = json["items"].as_array().unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[1]["display_name"], "Foreningen");
        assert!(items[0].get("email").is_none());
    }
);

/// Every cell of a CSV download, row after row.
fn cells(text: &str) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    reader
        .records()
        .flat_map(|record| {
            record
                .unwrap()
                .iter()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

async fn download(app: &TestApp, cookie: &str, path: &str) -> String {
    let response = app.get_with_cookie(path, cookie).await;
    assert_eq!(response.status(), 200, "GET {path}");
    response.text().await.unwrap()
}

/// What a hostile resident types to make a spreadsheet run something.
const FORMULA_TEXT: &str = "=HYPERLINK(\"https://evil.example\",\"Læs mere\")";
const FORMULA_NAME: &str = "@SUM(1+1)*cmd|' /C calc'!A0";
const FORMULA_REASON: &str = "-2+3+cmd|' /C calc'!A0";

db_test!(
    cells_a_spreadsheet_would_run_are_neutralised_in_every_csv_and_plain_text_in_xlsx,
    |app| {
        let request = app::response::SubmitRequest {
            kind: "resident".into(),
            name: FORMULA_NAME.into(),
            email: "ida@example.dk".into(),
            postal_code: Some("2300".into()),
            text: FORMULA_TEXT.into(),
            ..Default::default()
        };
        let (id, _) = crate::inbox::letter(&app, request, "letter").await;
        let admin = app.sign_in("admin@kk.dk", Role::Admin, None).await;
        let hold = json!({"action": "hold", "reason": FORMULA_REASON});
        let path = format!("/api/v1/admin/responses/{id}/moderation");
        let held =
            crate::helpers::call(&app, reqwest::Method::POST, &path, Some(&admin), Some(hold));
        assert_eq!(held.await.status(), 200);
        let officials = cells(&download(&app, &admin, &paths::admin_api(DEMO, "export.csv")).await);
        assert!(
            officials.contains(&format!("'{FORMULA_TEXT}")),
            "{officials:?}"
        );
        assert!(
            officials.contains(&format!("'{FORMULA_NAME}")),
            "{officials:?}"
        );
        let audit = cells(&download(&app, &admin, "/api/v1/admin/audit.csv").await);
        assert!(audit.contains(&format!("'{FORMULA_REASON}")), "{audit:?}");
        for cell in officials.iter().chain(&audit) {
            assert!(
                !cell.starts_with(['=', '@']) && !cell.starts_with("-2+"),
                "{cell}"
            );
        }
        app.db
            .execute_unprepared(&format!(
                "UPDATE response SET status = 'published' WHERE id = {id}"
            ))
            .await
            .unwrap();
        let open_data =
            cells(&download(&app, &admin, &paths::hearing_api(DEMO, "export.csv")).await);
        assert!(
            open_data.contains(&format!("'{FORMULA_TEXT}")),
            "{open_data:?}"
        );

        // XLSX cells are written as strings: Excel shows the text as typed and runs nothing.
        let xlsx = app
            .get_with_cookie(&paths::admin_api(DEMO, "export.xlsx"), &admin)
            .await
            .bytes()
            .await
            .unwrap()
            .to_vec();
        let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(xlsx)).unwrap();
        let formulas = workbook.worksheet_formula("Høringssvar").unwrap();
        assert!(
            formulas.used_cells().all(|(_, _, f)| f.is_empty()),
            "no formula cells"
        );
        let sheet = workbook.worksheet_range("Høringssvar").unwrap();
        let texts: Vec<String> = sheet.used_cells().map(|(_, _, c)| c.to_string()).collect();
        assert!(texts.contains(&FORMULA_TEXT.to_owned()), "{texts:?}");
    }
);
