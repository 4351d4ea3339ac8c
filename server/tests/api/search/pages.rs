//! The search on the server-rendered pages, as a browser without JavaScript gets them.

use app::auth::Role;

use super::*;
use crate::db_test;

db_test!(
    the_responses_page_searches_filters_and_keeps_the_search_in_its_links,
    |app| {
        let (_, boliger) = published(&app, resident("Vi mangler billige boliger til unge.")).await;
        published(
            &app,
            association("Red Barnet", "Flere <b>boliger</b> til børnefamilier!"),
        )
        .await;
        published(&app, resident("Flere sprogkurser om aftenen.")).await;
        indexed(&app).await;
        let base = paths::hearing_page(DEMO, "responses");

        let (status, html) = app.get_page(&format!("{base}?q=bolig")).await;
        assert_eq!(status, 200);
        assert!(html.contains("2 svar matcher »bolig«"), "{html}");
        assert!(html.contains("<mark>boliger</mark>"));
        let escaped = "&lt;b&gt;<mark>boliger</mark>&lt;/b&gt;";
        assert!(html.contains(escaped), "the text stays text: {html}");
        assert!(!html.contains("<b>"));
        assert!(html.contains(r#"type="search" id="search-q" name="q" value="bolig""#));
        assert!(html.contains(r#"aria-describedby="search-q-hint""#));
        assert!(
            !html.contains(r#"section=""#),
            "no facet value for responses without one"
        );
        assert!(html.contains(&format!(r#"href="{base}?q=bolig&amp;kind=association""#)));
        assert!(
            html.contains(&format!("{base}?page=1#svar-{boliger}")),
            "a link to it in the list"
        );

        let (_, filtered) = app
            .get_page(&format!("{base}?q=bolig&kind=association"))
            .await;
        assert!(filtered.contains("1 svar matcher »bolig«"), "{filtered}");
        assert!(filtered.contains(r#"aria-current="true""#));
        assert!(filtered.contains(r#"<input type="hidden" name="kind" value="association""#));
        assert!(
            filtered.contains(&format!(r#"href="{base}?q=bolig""#)),
            "the chosen value removes its filter"
        );

        let (_, problem) = app.get_page(&format!("{base}?q=%22bolig")).await;
        assert!(problem.contains(r#"id="search-q-problem""#), "{problem}");
        assert!(problem.contains(r#"aria-describedby="search-q-problem search-q-hint""#));
        assert!(problem.contains("Bemærk:"));
        assert!(problem.contains("2 svar matcher"));

        let (_, plain) = app.get_page(&base).await;
        assert!(
            plain.contains(r#"id="search-q""#),
            "the search box on the plain list"
        );
        assert!(!plain.contains("matcher"));
        assert!(plain.contains("sprogkurser"));
    }
);

db_test!(the_inbox_page_searches_with_its_filters, |app| {
    let cookie = app.sign_in("sb@kk.dk", Role::Official, None).await;
    let (id, _) = published(&app, resident("Vi mangler billige boliger til unge.")).await;
    published(&app, resident("Flere sprogkurser om aftenen.")).await;
    indexed(&app).await;
    let inbox = paths::admin_page(DEMO, "responses");
    let page = app
        .get_with_cookie(&format!("{inbox}?q=bolig&sort=oldest"), &cookie)
        .await;
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("1 svar matcher »bolig«"), "{html}");
    assert!(html.contains("<mark>boliger</mark>"));
    assert!(html.contains(&format!(r#"href="/admin/responses/{id}""#)));
    assert!(html.contains(r#"id="filter-q" name="q" value="bolig""#));
    assert!(html.contains(r#"<option value="oldest" selected"#));
    assert!(!html.contains("sprogkurser"));

    let page = app
        .get_with_cookie(&format!("{inbox}?q=bolig%20OR"), &cookie)
        .await;
    let html = page.text().await.unwrap();
    assert!(
        html.contains(r#"aria-describedby="filter-q-problem filter-q-hint""#),
        "{html}"
    );
});
