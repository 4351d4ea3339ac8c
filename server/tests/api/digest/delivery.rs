//! Digests through a real SMTP server on loopback (aiosmtpd), with the server's tasks played
//! by the test at the times it chooses: no sleeping, and "a restart" is a new connection that
//! starts from what the database holds.

use app::digest::queue::{self, Queued};
use app::digest::schedule::{Kind, Slot};
use app::digest::worker::tick;
use app::instance::Instance;
use app::mail::Mailer;
use app::mail::outbox::send_due;
use chrono::Duration;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::{BASE, RECIPIENTS, add_recipients, copenhagen, demo_hearing, on_both, parts};
use crate::helpers::{Backend, DEMO, bare_database, count, paths};
use crate::smtp::SmtpServer;
use app::entities::{mail_outbox, response};

/// The process a test plays.
fn process() -> Instance {
    Instance::named("test")
}

fn mailer(port: u16) -> Mailer {
    Mailer::smtp(&format!("smtp://127.0.0.1:{port}"), "Ordet <noreply@kk.dk>").unwrap()
}

on_both!(
    weekly_and_final_arrive_once_each_across_a_restart,
    weekly_and_final
);
async fn weekly_and_final(backend: Backend) {
    let bare = bare_database(backend).await;
    add_recipients(&bare.db).await;
    let mut smtp = SmtpServer::start().await;
    let mailer = mailer(smtp.port);
    // The demo hearing opened Monday 9 August 2010; digests go out Mondays at 8.
    let monday = copenhagen(2010, 8, 23, 9);
    let first = bare.reconnect().await;
    assert_eq!(tick(&first, BASE, monday).await.unwrap(), 1);
    assert_eq!(
        send_due(&first, &mailer, &process(), monday).await.unwrap(),
        2
    );
    assert_eq!(
        tick(&first, BASE, monday + Duration::hours(3))
            .await
            .unwrap(),
        0,
        "same week"
    );
    // The final digest: a week before the final proposal on 22 November. It is queued, and
    // the process dies before sending it.
    let final_day = copenhagen(2010, 11, 15, 8);
    assert_eq!(tick(&first, BASE, final_day).await.unwrap(), 1);
    first.close().await.unwrap();
    let restarted = bare.reconnect().await;
    let later = final_day + Duration::minutes(5);
    assert_eq!(
        tick(&restarted, BASE, later).await.unwrap(),
        0,
        "queued before the crash"
    );
    assert_eq!(
        send_due(&restarted, &mailer, &process(), later)
            .await
            .unwrap(),
        2
    );
    assert_eq!(
        send_due(&restarted, &mailer, &process(), later + Duration::hours(1))
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        tick(&restarted, BASE, copenhagen(2010, 11, 21, 20))
            .await
            .unwrap(),
        0
    );
    let messages = smtp.wait_for(4).await;
    assert_eq!(messages.len(), 4, "each digest once per recipient");
    for kind in ["Ugentligt overblik", "Endeligt overblik"] {
        let mut to: Vec<String> = messages
            .iter()
            .map(|raw| parts(raw))
            .filter(|(_, subject, _, _)| subject.starts_with(kind))
            .map(|(to, _, _, _)| to)
            .collect();
        to.sort();
        let mut expected: Vec<String> = RECIPIENTS.iter().map(|r| (*r).to_owned()).collect();
        expected.sort();
        assert_eq!(to, expected, "{kind}");
    }
}

on_both!(
    the_numbers_in_both_parts_equal_the_database,
    numbers_equal_database
);
async fn numbers_equal_database(backend: Backend) {
    let bare = bare_database(backend).await;
    add_recipients(&bare.db).await;
    let monday = copenhagen(2010, 8, 23, 9);
    server::demo_responses::add(&bare.db, 40, 7, monday - Duration::hours(1))
        .await
        .unwrap();
    let mut smtp = SmtpServer::start().await;
    assert_eq!(tick(&bare.db, BASE, monday).await.unwrap(), 1);
    send_due(&bare.db, &mailer(smtp.port), &process(), monday)
        .await
        .unwrap();
    let (_, subject, text, html) = parts(&smtp.wait_for(1).await[0]);
    assert!(
        subject.contains("Københavns Integrationspolitik 2011-2014"),
        "{subject}"
    );
    let hearing = demo_hearing(&bare.db).await;
    let counted = format!(
        "response WHERE hearing_id = {} AND status IN ('verified', 'published', 'held')",
        hearing.id
    );
    let total = count(&bare.db, &counted).await;
    let published = count(&bare.db, &format!("{counted} AND status = 'published'")).await;
    let residents = count(
        &bare.db,
        &format!(
            "{counted} AND respondent_id IN (SELECT id FROM respondent WHERE kind = 'resident')"
        ),
    )
    .await;
    let by_web = count(&bare.db, &format!("{counted} AND channel = 'web'")).await;
    assert_eq!(total, 40);
    assert!(
        text.contains(&format!("I alt: {total} høringssvar")),
        "{text}"
    );
    assert!(
        text.contains(&format!("Nye (første overblik): {total}")),
        "{text}"
    );
    assert!(
        text.contains(&format!("Offentliggjort: {published}")),
        "{text}"
    );
    let line = |wanted: String| text.lines().any(|l| l == wanted);
    assert!(line(format!("  Borger: {residents}")), "{text}");
    assert!(line(format!("  Hjemmesiden: {by_web}")), "{text}");
    let cell = |label: &str, n: i64| {
        format!(
            "{label}</th><td style=\"padding:4px 8px;border-bottom:1px solid #d0d0d0;text-align:right;\">{n}</td>"
        )
    };
    assert!(html.contains(&cell("I alt", total)), "{html}");
    assert!(html.contains(&cell("Offentliggjort", published)), "{html}");
    assert!(html.contains(&cell("Borger", residents)), "{html}");
    assert!(html.contains(&cell("Hjemmesiden", by_web)), "{html}");
    assert!(!html.contains("<script"), "no scripts in a mail");
    assert!(html.contains(&paths::admin_page(DEMO, "responses")));
}

on_both!(smtp_down_then_up_sends_exactly_once, down_then_up);
async fn down_then_up(backend: Backend) {
    let bare = bare_database(backend).await;
    add_recipients(&bare.db).await;
    let hearing = demo_hearing(&bare.db).await;
    let mut smtp = SmtpServer::down().await;
    let mailer = mailer(smtp.port);
    let t0 = copenhagen(2010, 9, 1, 10);
    let slot = Slot {
        kind: Kind::Manual,
        period: t0.to_rfc3339(),
        at: t0,
    };
    let queued = queue::queue(&bare.db, &hearing, &slot, t0, BASE)
        .await
        .unwrap();
    assert!(
        matches!(queued, Queued::Now { recipients: 2, .. }),
        "{queued:?}"
    );
    assert_eq!(
        send_due(&bare.db, &mailer, &process(), t0).await.unwrap(),
        0,
        "nobody listens"
    );
    let rows = mail_outbox::Entity::find().all(&bare.db).await.unwrap();
    assert!(
        rows.iter()
            .all(|r| r.status == app::vocab::MailStatus::Pending
                && r.attempts == 1
                && r.last_error.is_some())
    );
    smtp.listen().await;
    let soon = t0 + Duration::seconds(10);
    assert_eq!(
        send_due(&bare.db, &mailer, &process(), soon).await.unwrap(),
        0,
        "waits for its back-off"
    );
    assert_eq!(
        send_due(&bare.db, &mailer, &process(), t0 + Duration::minutes(2))
            .await
            .unwrap(),
        2
    );
    assert_eq!(
        send_due(&bare.db, &mailer, &process(), t0 + Duration::hours(5))
            .await
            .unwrap(),
        0
    );
    assert_eq!(smtp.wait_for(2).await.len(), 2);
    assert_eq!(
        queue::queue(&bare.db, &hearing, &slot, soon, BASE)
            .await
            .unwrap(),
        Queued::Before
    );
}

on_both!(two_processes_on_one_database_send_once, two_processes);
async fn two_processes(backend: Backend) {
    let bare = bare_database(backend).await;
    add_recipients(&bare.db).await;
    let mut smtp = SmtpServer::start().await;
    let (a, b) = (bare.reconnect().await, bare.reconnect().await);
    let monday = copenhagen(2010, 8, 30, 8);
    let (queued_a, queued_b) = tokio::join!(tick(&a, BASE, monday), tick(&b, BASE, monday));
    assert_eq!(
        queued_a.unwrap() + queued_b.unwrap(),
        1,
        "one of them queues it"
    );
    let mail = mailer(smtp.port);
    let (process_a, process_b) = (Instance::named("a"), Instance::named("b"));
    let (sent_a, sent_b) = tokio::join!(
        send_due(&a, &mail, &process_a, monday),
        send_due(&b, &mail, &process_b, monday)
    );
    assert_eq!(
        sent_a.unwrap() + sent_b.unwrap(),
        2,
        "one of them sends each mail"
    );
    assert_eq!(smtp.wait_for(2).await.len(), 2);
}

on_both!(
    given_up_mail_and_a_missed_final_digest_are_shown_to_officials,
    failures_shown
);
async fn failures_shown(backend: Backend) {
    let bare = bare_database(backend).await;
    add_recipients(&bare.db).await;
    let down = SmtpServer::down().await;
    let mailer = mailer(down.port);
    let mut now = copenhagen(2010, 8, 16, 8);
    assert_eq!(tick(&bare.db, BASE, now).await.unwrap(), 1);
    for _ in 0..app::mail::outbox::MAX_ATTEMPTS {
        assert_eq!(
            send_due(&bare.db, &mailer, &process(), now).await.unwrap(),
            0
        );
        now += Duration::hours(2);
    }
    let failed = mail_outbox::Entity::find()
        .filter(mail_outbox::Column::Status.eq("failed"))
        .all(&bare.db)
        .await
        .unwrap();
    assert_eq!(failed.len(), 2);
    // The server was down from then until the final proposal's day: too late to send.
    let late = copenhagen(2010, 11, 22, 9);
    assert_eq!(tick(&bare.db, BASE, late).await.unwrap(), 0);
    let slug = DEMO;
    let overview = app::digest::status::overview(&bare.db, &super::admin(), slug, late)
        .await
        .unwrap();
    assert!(
        overview.warnings.contains(&"delivery_failed".to_owned()),
        "{overview:?}"
    );
    assert!(
        overview.warnings.contains(&"final_missed".to_owned()),
        "{overview:?}"
    );
    assert_eq!(overview.runs.len(), 1);
    assert_eq!((overview.runs[0].failed, overview.runs[0].sent), (2, 0));
    assert!(overview.runs[0].last_error.is_some());
    let responses = response::Entity::find().all(&bare.db).await.unwrap();
    assert!(
        responses.is_empty(),
        "the demo has no responses: nothing else changed"
    );
}
