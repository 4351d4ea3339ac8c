//! Officials still read every confirmed response as it was sent: the inbox finds the held
//! text and shows the redacted passage, and their themes are made of it.

use super::*;
use crate::db_test;

db_test!(officials_still_read_held_and_redacted_text, |app| {
    let scene = scene(&app).await;
    let path = paths::admin_api(DEMO, &format!("responses?q={HELD}"));
    let response = call(&app, Method::GET, &path, Some(&scene.cookie), None).await;
    assert_eq!(response.status(), 200);
    let found: Value = response.json().await.unwrap();
    assert_eq!(found["total"], 4, "{found}");
    let path = paths::admin_api(DEMO, &format!("responses?q={REDACTED}"));
    let found: Value = call(&app, Method::GET, &path, Some(&scene.cookie), None)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(found["total"], 1, "{found}");
    assert!(found.to_string().contains(REDACTED), "{found}");
    let themes = themes_now(&app, &scene.cookie).await;
    assert!(themes.to_string().contains(HELD), "{themes:#}");
});
