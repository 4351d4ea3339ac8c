//! The officials' search: every status, every existing filter and count still applied in the
//! database, best match first unless another order is chosen, a snippet per item.

use app::auth::Role;
use serde_json::json;

use super::*;
use crate::db_test;

db_test!(
    the_inbox_search_ranks_filters_counts_and_marks_the_matches,
    |app| {
        let cookie = app.sign_in("sb@kk.dk", Role::Official, None).await;
        let (_, some) = published(
            &app,
            resident("Boliger til unge, og skoler og cykelstier og parker."),
        )
        .await;
        let (_, most) = published(
            &app,
            association("Boligforeningen", "Boliger, boliger og flere boliger!"),
        )
        .await;
        let (_, held) = published(&app, resident("CPR 010203-1234. Jeg mangler en bolig.")).await;
        let (_, other) = published(&app, resident("Flere sprogkurser om aftenen.")).await;
        indexed(&app).await;

        let found = get_as(&app, &cookie, &admin_search("q=bolig")).await;
        assert_eq!(found["total"], 3);
        assert_eq!(svarnumre(&found)[0], most, "the best match first");
        assert!(!svarnumre(&found).contains(&other));
        assert!(
            svarnumre(&found).contains(&held),
            "officials search every status"
        );
        let snippet = found["items"][0]["snippet"].as_str().unwrap();
        assert!(snippet.contains("<mark>"), "{snippet}");
        assert!(found.get("problem").is_none());
        assert_eq!(
            found["counts"]["kind"],
            json!({"association": 1, "resident": 2})
        );
        assert_eq!(
            found["counts"]["status"],
            json!({"held": 1, "published": 2})
        );
        assert_eq!(found["counts"]["personal_data"]["true"], 1);

        let oldest = get_as(&app, &cookie, &admin_search("q=bolig&sort=oldest")).await;
        assert_eq!(
            svarnumre(&oldest),
            vec![some.clone(), most.clone(), held.clone()]
        );
        let newest = get_as(&app, &cookie, &admin_search("q=bolig&sort=newest")).await;
        assert_eq!(
            svarnumre(&newest),
            vec![held.clone(), most.clone(), some.clone()]
        );
        let residents = get_as(&app, &cookie, &admin_search("q=bolig&kind=resident")).await;
        assert_eq!(residents["total"], 2);
        let held_only = get_as(&app, &cookie, &admin_search("q=bolig&status=held")).await;
        assert_eq!(svarnumre(&held_only), vec![held]);
        let paged = get_as(&app, &cookie, &admin_search("q=bolig&per_page=1&page=2")).await;
        assert_eq!(
            (paged["total"].clone(), paged["page"].clone()),
            (json!(3), json!(2))
        );
        assert_eq!(paged["items"].as_array().unwrap().len(), 1);

        let everything = get_as(&app, &cookie, &admin_search("")).await;
        assert_eq!(everything["total"], 4);
        assert!(everything["items"][0].get("snippet").is_none());
        assert_eq!(
            everything["counts"]["kind"]["resident"], 3,
            "counts over the hearing"
        );
    }
);

db_test!(
    a_malformed_inbox_search_gets_a_problem_and_plain_word_results,
    |app| {
        let cookie = app.sign_in("sb@kk.dk", Role::Official, None).await;
        let (_, boliger) = published(&app, resident("Vi mangler boliger.")).await;
        indexed(&app).await;
        let found = get_as(&app, &cookie, &admin_search("q=bolig%20OR")).await;
        assert!(found["problem"].as_str().unwrap().contains("OR"), "{found}");
        assert_eq!(svarnumre(&found), vec![boliger]);
        let none = get_as(&app, &cookie, &admin_search("q=cykelstier")).await;
        assert_eq!(
            (none["total"].clone(), svarnumre(&none).len()),
            (json!(0), 0)
        );
        assert_eq!(none["counts"]["kind"], json!({}));
    }
);
