//! "More like this" on a response's page and in the officials' API.

use app::auth::Role;

use super::*;
use crate::db_test;

const ORIGINAL: &str = "Vi ønsker flere sprogkurser for voksne indvandrere på Nørrebro og bedre \
    adgang til danskundervisning om aftenen, så man kan passe sit arbejde samtidig.";
const NEAR_COPY: &str = "Vi ønsker flere sprogkurser for voksne indvandrere i Nørrebro og bedre \
    adgang til danskundervisning om aftenen, så man kan passe sit job samtidig.";

db_test!(
    more_like_this_lists_a_near_identical_response_first,
    |app| {
        let cookie = app.sign_in("sb@kk.dk", Role::Official, None).await;
        let (id, _) = published(&app, resident(ORIGINAL)).await;
        published(
            &app,
            resident("Cykelstierne i Valby skal udbygges og vedligeholdes bedre."),
        )
        .await;
        let (copy_id, copy) = published(&app, association("Sprogskolen", NEAR_COPY)).await;
        published(&app, resident("Flere sprogkurser, tak.")).await;
        published(
            &app,
            resident("Parkerne skal have flere bænke og bedre belysning."),
        )
        .await;
        indexed(&app).await;

        let detail = get_as(&app, &cookie, &format!("/api/v1/admin/responses/{id}")).await;
        let similar = detail["similar"].as_array().unwrap();
        assert!(!similar.is_empty() && similar.len() <= 5, "{detail}");
        assert_eq!(similar[0]["svarnummer"], copy.as_str());
        assert_eq!(similar[0]["id"], copy_id);
        assert_eq!(similar[0]["sender"], "Sprogskolen");
        let excerpt = similar[0]["excerpt"].as_str().unwrap();
        assert!(excerpt.starts_with("Vi ønsker flere sprogkurser") && excerpt.ends_with('…'));
        assert!(similar.iter().all(|s| s["id"] != id), "not itself");

        let page = app
            .get_with_cookie(&format!("/admin/responses/{id}"), &cookie)
            .await;
        assert_eq!(page.status(), 200);
        let html = page.text().await.unwrap();
        assert!(html.contains("Lignende svar"), "{html}");
        assert!(html.contains(&format!("href=\"/admin/responses/{copy_id}\"")));
    }
);
