//! The exports' wire format, pinned before their rows became structs (issue 20): the CSV
//! header of each audience, column by column, the JSON items' keys (in the order the bytes
//! have them) with every value a string, and a row's cells as they are written. Issue 23
//! added `remark` and `gives_change` at the end of both.

use app::auth::Role;
use serde_json::Value;

use crate::db_test;
use crate::exports::responses;
use crate::helpers::{DEMO, paths};

const OFFICIALS: &str = "svarnummer,status,held_reason,channel,kind,name,organisation,\
contact_role,cvr,email,postal_code,publish_name,section,paragraph,stance,language,submitted_at,\
verified_at,published_at,attachments,text,public_text,duplicate_of,tags,remark,gives_change";
const PUBLIC: &str = "svarnummer,kind,display_name,section,paragraph,stance,language,\
submitted_at,published_at,attachments,text,remark,gives_change";

/// The CSV's lines (without the byte-order mark) and the JSON's items at `base`.
async fn both(
    app: &crate::helpers::TestApp,
    base: &str,
    cookie: Option<&str>,
) -> (String, Vec<Value>) {
    let get = |path: String| async move {
        match cookie {
            Some(cookie) => app.get_with_cookie(&path, cookie).await,
            None => app.get(&path).await,
        }
    };
    let csv = get(format!("{base}/export.csv"))
        .await
        .text()
        .await
        .unwrap();
    assert!(csv.starts_with('\u{feff}'), "a byte-order mark for Excel");
    let json: Value = get(format!("{base}/export.json"))
        .await
        .json()
        .await
        .unwrap();
    let items = json["items"].as_array().unwrap().clone();
    (csv.trim_start_matches('\u{feff}').to_owned(), items)
}

/// The keys of `item` in the order the JSON text has them, and whether every value is a string.
fn keys(item: &Value) -> (String, bool) {
    let object = item.as_object().unwrap();
    let keys: Vec<&str> = object.keys().map(String::as_str).collect();
    (keys.join(","), object.values().all(Value::is_string))
}

/// `names` (a header) sorted, as JSON objects without `preserve_order` write their keys.
fn sorted(names: &str) -> String {
    let mut names: Vec<&str> = names.split(',').collect();
    names.sort_unstable();
    names.join(",")
}

db_test!(the_exports_columns_and_cells_are_as_published, |app| {
    responses(&app).await;
    let cookie = app.sign_in("sb@kk.dk", Role::Reader, None).await;
    let officials = paths::admin_api(DEMO, "");
    let (csv, items) = both(&app, &officials, Some(&cookie)).await;
    assert_eq!(csv.lines().next(), Some(OFFICIALS));
    assert_eq!(items.len(), 3);
    for item in &items {
        assert_eq!(keys(item), (sorted(OFFICIALS), true));
    }
    let first: Vec<&str> = csv.lines().nth(1).unwrap().split(',').collect();
    assert_eq!(
        &first[..5],
        ["2010-64452-0001", "published", "", "web", "resident"]
    );
    assert_eq!(first[11], "false", "publish_name is written as text");

    let public = paths::hearing_api(DEMO, "");
    let (csv, items) = both(&app, &public, None).await;
    assert_eq!(csv.lines().next(), Some(PUBLIC));
    assert_eq!(items.len(), 2, "published responses only");
    for item in &items {
        assert_eq!(keys(item), (sorted(PUBLIC), true));
    }
    assert_eq!(items[1]["kind"], "association");
    assert_eq!(
        items[1]["section"], "",
        "an absent value is an empty string"
    );
});
