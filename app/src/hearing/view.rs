//! The front page (all hearings) and the hearing page (with the themes of its published
//! responses, once there are some: the themes' view is passed in by the router, `crate::app`,
//! so hearings do not import themes, which stand on them).

use leptos::prelude::*;
use leptos_meta::Title;

use super::{
    AnnexDto, HearingDetail, HearingStatus, HearingSummary, MilestoneDto, OutcomeBox, get_hearing,
    list_hearings,
};
use crate::draft::DraftView;
use crate::draft::WRITTEN_IN;
use crate::i18n::use_messages;
use crate::layout::{ErrorNotice, path_param, public_page};

/// `/`: the public hearings, grouped as open, upcoming and closed.
#[component]
pub fn FrontPage() -> impl IntoView {
    let t = use_messages();
    let hearings = Resource::new(|| (), |_| list_hearings());
    view! {
        <Title text=t.front_title() />
        <div class="wrap">
            <h1>{t.front_title()}</h1>
            <p class="lead">{t.front_intro()}</p>
            <Suspense fallback=move || view! { <p>{t.loading()}</p> }>
                {move || Suspend::new(async move {
                    match hearings.await {
                        Ok(list) => view! { <HearingGroups list /> }.into_any(),
                        Err(_) => view! { <ErrorNotice /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn HearingGroups(list: Vec<HearingSummary>) -> impl IntoView {
    let t = use_messages();
    let pick = |wanted: &[HearingStatus]| {
        list.iter()
            .filter(|h| wanted.contains(&h.status))
            .cloned()
            .collect::<Vec<_>>()
    };
    let closed = [
        HearingStatus::Closed,
        HearingStatus::Processing,
        HearingStatus::Decided,
    ];
    view! {
        <HearingGroup id="aabne" title=t.open_hearings() hearings=pick(&[HearingStatus::Open]) />
        <HearingGroup
            id="kommende"
            title=t.upcoming_hearings()
            hearings=pick(&[HearingStatus::Upcoming])
        />
        <HearingGroup id="afsluttede" title=t.closed_hearings() hearings=pick(&closed) />
    }
}

#[component]
fn HearingGroup(
    id: &'static str,
    title: &'static str,
    hearings: Vec<HearingSummary>,
) -> impl IntoView {
    let t = use_messages();
    let heading_id = format!("{id}-heading");
    let labelled_by = heading_id.clone();
    let body = if hearings.is_empty() {
        view! { <p class="empty">{t.no_hearings()}</p> }.into_any()
    } else {
        view! {
            <ul class="hearing-list">
                {hearings.into_iter().map(|h| view! { <HearingCard hearing=h /> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="hearing-group" aria-labelledby=labelled_by>
            <h2 id=heading_id>{title}</h2>
            {body}
        </section>
    }
}

#[component]
fn HearingCard(hearing: HearingSummary) -> impl IntoView {
    let t = use_messages();
    view! {
        <li class="hearing-card">
            <h3>
                <a href=format!("/hearings/{}", hearing.slug) lang=WRITTEN_IN dir="ltr">{hearing.title}</a>
            </h3>
            <p class="meta" lang=WRITTEN_IN dir="ltr">{hearing.committee}</p>
            <p lang=WRITTEN_IN dir="ltr">{hearing.summary}</p>
            <p class="deadline-line">
                <span class=format!("status status-{:?}", hearing.status).to_lowercase()>
                    {hearing.status.label(t)}
                </span>
                <span class="countdown" data-countdown="">
                    {hearing.countdown.message(t)}
                </span>
                <span>
                    {t.deadline()} ": "
                    <time datetime=hearing.closes_at.to_rfc3339()>
                        {t.date_time(hearing.closes_local)}
                    </time>
                </span>
            </p>
        </li>
    }
}

/// The view of a hearing's public themes, by the hearing's slug.
pub type ThemesView = fn(String) -> AnyView;

/// `/hearings/{slug}`: one hearing with its timetable, draft and annexes, and `themes` (the
/// view of its public themes) once responses are published.
#[component]
pub fn HearingPage(themes: ThemesView) -> impl IntoView {
    detail_page(move |detail| view! { <HearingView detail themes /> })
}

/// A page of the public hearing named by the address's slug: `show` of it once loaded; "not
/// found" for no such hearing (or one still a draft).
pub(super) fn detail_page<V: IntoView + 'static>(
    show: impl Fn(HearingDetail) -> V + Copy + Send + Sync + 'static,
) -> impl IntoView {
    public_page(Resource::new(path_param("slug"), get_hearing), show)
}

#[component]
fn HearingView(detail: HearingDetail, themes: ThemesView) -> impl IntoView {
    let HearingDetail {
        hearing,
        milestones,
        annexes,
        draft,
        responses,
        outcome,
    } = detail;
    let t = use_messages();
    let open = hearing.status == HearingStatus::Open;
    let respond = open.then(|| {
        let href = format!("/hearings/{}/respond", hearing.slug);
        view! { <p><a class="button primary" href=href>{t.give_response()}</a></p> }
    });
    let read = (responses.published > 0).then(|| {
        let href = format!("/hearings/{}/responses", hearing.slug);
        view! { <a href=href>{t.read_published(responses.published)}</a> }
    });
    let received = view! {
        <p class="response-count">{t.responses_received(responses.verified)} " " {read}</p>
    };
    let themes = (responses.published > 0).then(|| themes(hearing.slug.clone()));
    let comments = responses.by_paragraph;
    let comment_base = open.then(|| format!("/hearings/{}/respond", hearing.slug));
    let print = format!("/hearings/{}/print", hearing.slug);
    let draft_view = match draft {
        Some(draft) => view! {
            <p class="print-link"><a href=print>{t.print_version()}</a></p>
            <DraftView draft comment_base comments />
        }
        .into_any(),
        None => view! { <p>{t.no_draft()}</p> }.into_any(),
    };
    view! {
        <Title text=hearing.title.clone() />
        <article class="wrap hearing">
            <HearingHeader hearing />
            {outcome.map(|outcome| view! { <OutcomeBox outcome link=true /> })}
            {received}
            {respond}
            {themes}
            <div class="hearing-body">
                <div class="hearing-side">
                    <Timeline milestones />
                </div>
                <div class="hearing-main">
                    {draft_view} <Annexes annexes />
                </div>
            </div>
        </article>
    }
}

#[component]
pub(super) fn HearingHeader(hearing: HearingSummary) -> impl IntoView {
    let t = use_messages();
    let period = format!(
        "{} – {}",
        t.date(hearing.opens_local.date()),
        t.date(hearing.closes_local.date())
    );
    view! {
        <header class="hearing-header">
            <p class="meta" lang=WRITTEN_IN dir="ltr">{hearing.committee.clone()}</p>
            <h1 lang=WRITTEN_IN dir="ltr">{hearing.title}</h1>
            <p class="deadline-line">
                <span class=format!("status status-{:?}", hearing.status).to_lowercase()>
                    {hearing.status.label(t)}
                </span>
                <strong class="countdown" data-countdown="">
                    {hearing.countdown.message(t)}
                </strong>
            </p>
            <dl class="facts">
                <dt>{t.deadline()}</dt>
                <dd>
                    <time datetime=hearing.closes_at.to_rfc3339()>
                        {t.date_time(hearing.closes_local)}
                    </time>
                </dd>
                <dt>{t.hearing_period()}</dt>
                <dd>{period}</dd>
                <dt>{t.committee()}</dt>
                <dd lang=WRITTEN_IN dir="ltr">{hearing.committee}</dd>
                <dt>{t.journal_number()}</dt>
                <dd>{hearing.journal_number}</dd>
            </dl>
            <p class="lead" lang=WRITTEN_IN dir="ltr">{hearing.summary}</p>
        </header>
    }
}

#[component]
fn Timeline(milestones: Vec<MilestoneDto>) -> impl IntoView {
    let t = use_messages();
    view! {
        <section class="timeline-box" aria-labelledby="tidsplan-heading">
            <h2 id="tidsplan-heading">{t.timeline()}</h2>
            <ol class="timeline" id="tidsplan-liste">
                {milestones
                    .into_iter()
                    .map(|m| {
                        let class = if m.is_past { "past" } else { "ahead" };
                        view! {
                            <li class=class>
                                <time datetime=m.date.to_string()>{t.date(m.date)}</time>
                                <span class="milestone-label">{m.label}</span>
                                {m
                                    .is_past
                                    .then(|| {
                                        view! {
                                            <span class="visually-hidden">
                                                {format!(" ({})", t.milestone_done())}
                                            </span>
                                        }
                                    })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}

#[component]
pub(super) fn Annexes(annexes: Vec<AnnexDto>) -> impl IntoView {
    let t = use_messages();
    view! {
        <section class="annexes" aria-labelledby="bilag-heading">
            <h2 id="bilag-heading">{t.annexes()}</h2>
            <ol id="bilag-liste" class="annex-list">
                {annexes
                    .into_iter()
                    .map(|a| {
                        let title = match a.url {
                            Some(url) => view! { <a href=url>{a.title}</a> }.into_any(),
                            None => view! { <span>{a.title}</span> }.into_any(),
                        };
                        view! {
                            <li>
                                <strong>{t.annex_label(a.number)} ": "</strong>
                                {title}
                                <p>{a.description}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
