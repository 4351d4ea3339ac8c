//! The committee's digest (mailed outside the administration) and the hvidbog hold no word of
//! a response the public may not read, though they count every confirmed response.

use super::*;
use crate::db_test;
use crate::digest::{add_recipients, parts};

db_test!(the_digest_mail_and_the_hvidbog_hold_no_secret, |app| {
    let scene = scene(&app).await;
    themes_now(&app, &scene.cookie).await;
    add_recipients(&app.db).await;
    let send = paths::admin_api(DEMO, "digest/send");
    let sent = call(&app, Method::POST, &send, Some(&scene.cookie), None).await;
    assert_eq!(sent.status(), 202);
    let mut digests = 0;
    for n in 1.. {
        let eml = app.raw_eml(n).await;
        if !eml.contains("Subject: Overblik over") {
            continue;
        }
        let (_, _, text, html) = parts(&eml);
        assert_no_secret("the digest's text", &text);
        assert_no_secret("the digest's HTML", &html);
        assert!(text.contains("TEMAER"), "{text}");
        assert!(
            text.contains("Tilbageholdt: 5"),
            "held responses are counted: {text}"
        );
        assert!(text.contains('»'), "a quote of published text: {text}");
        digests += 1;
        if digests == 2 {
            break;
        }
    }
    let print = app.admin_page(&scene.cookie, "hvidbog/print").await;
    assert_eq!(print.status(), 200);
    let print = print.text().await.unwrap();
    assert_no_secret("the hvidbog", &print);
    assert!(
        print.contains("Ikke offentliggjort"),
        "held responses are listed: {print}"
    );
    for number in &scene.held {
        assert!(print.contains(number.as_str()), "{number} is listed");
    }
});
