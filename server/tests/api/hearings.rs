use std::collections::HashSet;

use crate::db_test;
use crate::helpers::DEMO;

db_test!(
    the_hearing_list_holds_the_demo_hearing_with_its_dates,
    |app| {
        let body = app.get_hearings().await;
        let hearings = body["hearings"].as_array().expect("a list");
        assert_eq!(hearings.len(), 1);
        let hearing = &hearings[0];
        assert_eq!(hearing["slug"], DEMO);
        assert_eq!(hearing["journal_number"], "2010-64452");
        assert_eq!(hearing["time_zone"], "Europe/Copenhagen");
        assert_eq!(hearing["opens_local"], "2010-08-09T00:00:00");
        assert_eq!(hearing["closes_local"], "2010-10-04T23:59:59");
        // The spawned demo keeps the 2010 dates, so the hearing has closed.
        assert_eq!(hearing["status"], "closed");
        assert_eq!(hearing["countdown"]["state"], "closed");
    }
);

db_test!(
    the_hearing_detail_has_timetable_annexes_and_the_draft,
    |app| {
        let hearing = app.hearing_json().await;
        let milestones = hearing["milestones"].as_array().unwrap();
        let dates: Vec<&str> = milestones
            .iter()
            .map(|m| m["date"].as_str().unwrap())
            .collect();
        assert_eq!(
            dates,
            [
                "2010-05-10",
                "2010-05-31",
                "2010-06-14",
                "2010-08-09",
                "2010-11-22",
                "2010-12-16"
            ]
        );
        assert_eq!(milestones[4]["kind"], "final_proposal");
        assert_eq!(hearing["annexes"].as_array().unwrap().len(), 4);
        assert_eq!(
            hearing["annexes"][1]["title"],
            "Diskriminationsrapport 2010 fra Catinét"
        );
        let draft = &hearing["draft"];
        assert_eq!(draft["version_no"], 1);
        let headings: Vec<&str> = draft["sections"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["heading"].as_str().unwrap())
            .collect();
        for expected in [
            "Problemstilling",
            "Løsning",
            "Hvorfor en ny integrationspolitik?",
            "(1) Den strukturelle integrationsopgave er endnu ikke løst",
            "Strukturen i Københavns Integrationspolitik 2011-2014",
            "Økonomi",
            "Videre proces",
            "Tidsplan",
            "Bilag",
        ] {
            assert!(
                headings.contains(&expected),
                "missing section {expected}: {headings:?}"
            );
        }
    }
);

db_test!(
    every_anchor_in_the_draft_is_unique_and_paragraphs_keep_their_kind,
    |app| {
        let hearing = app.hearing_json().await;
        let mut anchors = HashSet::new();
        let mut kinds = HashSet::new();
        for section in hearing["draft"]["sections"].as_array().unwrap() {
            assert!(anchors.insert(section["anchor"].as_str().unwrap().to_owned()));
            for paragraph in section["paragraphs"].as_array().unwrap() {
                assert!(anchors.insert(paragraph["anchor"].as_str().unwrap().to_owned()));
                kinds.insert(paragraph["kind"].as_str().unwrap().to_owned());
            }
        }
        assert!(
            anchors.contains("oekonomi"),
            "Danish letters are spelled out: {anchors:?}"
        );
        for kind in ["text", "ordered_list", "bullet_list", "table"] {
            assert!(
                kinds.contains(kind),
                "no {kind} paragraph in the demo draft"
            );
        }
    }
);

db_test!(an_unknown_hearing_is_a_404_with_a_json_error, |app| {
    let response = app.get("/api/v1/hearings/findes-ikke").await;
    assert_eq!(response.status(), 404);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["error"]["code"], "not_found");
});

db_test!(
    the_openapi_document_describes_the_hearing_endpoints,
    |app| {
        let doc = app.get_json("/api/v1/openapi.json").await;
        assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
        assert!(doc["paths"]["/api/v1/hearings"]["get"].is_object());
        assert!(doc["paths"]["/api/v1/hearings/{slug}"]["get"].is_object());
        assert!(doc["components"]["schemas"]["HearingDetail"].is_object());
    }
);
