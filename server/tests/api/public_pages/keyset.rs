//! The public list's pages by key: `?page=N` still names a page, and the pager's links
//! (`after=`, `before=`) keep showing the same responses when more are published meanwhile.

use crate::db_test;
use crate::helpers::{DEMO, TestApp, paths};
use crate::inbox::{letter, resident};

/// The svarnumre a list page shows, in order.
fn shown(html: &str) -> Vec<String> {
    html.split("id=\"svar-")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap().to_owned())
        .collect()
}

/// The address of the pager's link `rel` (`next` or `prev`), if the page has one.
fn link(html: &str, rel: &str) -> Option<String> {
    let at = html.find(&format!("rel=\"{rel}\""))?;
    let start = html[..at].rfind("href=\"")? + "href=\"".len();
    let end = start + html[start..].find('"')?;
    Some(html[start..end].replace("&amp;", "&"))
}

async fn page(app: &TestApp, path: &str) -> String {
    let (status, html) = app.get_page(path).await;
    assert_eq!(status, 200, "{path}");
    html
}

async fn publish(app: &TestApp, from: usize, to: usize) {
    for n in from..to {
        letter(app, resident(&format!("Høringssvar nummer {n}.")), "letter").await;
    }
}

db_test!(
    the_list_pages_by_key_and_its_links_stay_put_when_more_are_published,
    |app| {
        publish(&app, 0, 45).await;
        let list = paths::hearing_page(DEMO, "responses");
        let first = page(&app, &list).await;
        assert!(first.contains("1 / 3"));
        assert_eq!(link(&first, "prev"), None);
        let next = link(&first, "next").expect("a next page");
        assert!(next.contains("page=2&after="), "{next}");
        let second = page(&app, &next).await;
        let by_number = page(&app, &format!("{list}?page=2")).await;
        assert_eq!(shown(&second), shown(&by_number));
        assert_eq!(shown(&second).len(), 20);
        assert!(second.contains("2 / 3"));
        let last = page(&app, &format!("{list}?page=3")).await;
        assert_eq!(shown(&last).len(), 5);
        assert_eq!(link(&last, "next"), None);
        let api = app.public_responses("?page=2&per_page=20").await;
        let api: Vec<&str> = api["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["svarnummer"].as_str().unwrap())
            .collect();
        assert_eq!(api, shown(&second));

        publish(&app, 45, 48).await;
        let again = page(&app, &next).await;
        assert_eq!(
            shown(&again),
            shown(&second),
            "the link shows what it showed"
        );
        let moved = page(&app, &format!("{list}?page=2")).await;
        assert_ne!(
            shown(&moved),
            shown(&second),
            "page 2 by number has moved on"
        );
        let previous = link(&again, "prev").expect("a previous page");
        assert!(previous.contains("before="), "{previous}");
        assert_eq!(shown(&page(&app, &previous).await), shown(&first));
        let older = page(&app, &link(&again, "next").expect("older ones")).await;
        assert_eq!(shown(&older), shown(&last));

        let nonsense = page(&app, &format!("{list}?page=2&after=x_y")).await;
        assert_eq!(
            shown(&nonsense),
            shown(&moved),
            "a broken cursor: the page's number"
        );
    }
);
