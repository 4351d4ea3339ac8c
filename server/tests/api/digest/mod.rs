//! The committee digest (delivery through a real SMTP server, the schedule across restarts,
//! the API, the page and the command line) and the hvidbog (remarks, DOCX, printable page).

mod api;
mod cli;
mod delivery;
mod hvidbog;
mod restart;
mod schedule;

use crate::helpers::DEMO;
use app::entities::{digest_recipient, hearing};
use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Europe::Copenhagen;
use sea_orm::{ActiveModelTrait, DatabaseConnection, Set};

/// The address links in digests start with.
pub const BASE: &str = "https://ordet.example";

/// The recipients [`add_recipients`] adds.
pub const RECIPIENTS: [&str; 2] = ["sekretariat@biu.example.dk", "formand@biu.example.dk"];

/// `hour`:00 on a day on Copenhagen's wall clock.
pub fn copenhagen(y: i32, m: u32, d: u32, hour: u32) -> DateTime<Utc> {
    Copenhagen
        .with_ymd_and_hms(y, m, d, hour, 0, 0)
        .unwrap()
        .with_timezone(&Utc)
}

/// The demo hearing.
pub async fn demo_hearing(db: &DatabaseConnection) -> hearing::Model {
    app::hearing::store::find_by_slug(db, DEMO)
        .await
        .unwrap()
        .unwrap()
}

/// Gives the demo hearing two digest recipients.
pub async fn add_recipients(db: &DatabaseConnection) {
    let hearing = demo_hearing(db).await;
    for (position, email) in (0..).zip(RECIPIENTS) {
        digest_recipient::ActiveModel {
            hearing_id: Set(hearing.id),
            name: Set(format!("Modtager {position}")),
            email: Set(email.into()),
            position: Set(position),
            ..Default::default()
        }
        .insert(db)
        .await
        .unwrap();
    }
}

/// A received message's recipient, subject, and decoded plain-text and HTML parts; panics
/// unless it is multipart/alternative with exactly those two parts.
pub fn parts(raw: &str) -> (String, String, String, String) {
    use mailparse::MailHeaderMap;
    let mail = mailparse::parse_mail(raw.as_bytes()).expect("a MIME message");
    assert_eq!(mail.ctype.mimetype, "multipart/alternative", "{raw}");
    assert_eq!(mail.subparts.len(), 2, "{raw}");
    let body = |i: usize, mime: &str| {
        let part = &mail.subparts[i];
        assert_eq!(part.ctype.mimetype, mime);
        part.get_body().unwrap()
    };
    let to = mail.headers.get_first_value("To").unwrap_or_default();
    let subject = mail.headers.get_first_value("Subject").unwrap_or_default();
    (to, subject, body(0, "text/plain"), body(1, "text/html"))
}

/// An admin, for calling the library as the page does.
pub fn admin() -> app::auth::Principal {
    app::auth::Principal {
        account_id: 1,
        email: "admin@kk.dk".into(),
        name: "Admin".into(),
        roles: vec![(app::auth::Role::Admin, None)],
    }
}

/// Runs a scenario on both databases (`crate::on_both`), as the files under this one name it.
pub(crate) use crate::on_both;
