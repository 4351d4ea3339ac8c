//! `/admin/responses/{id}`: one response for officials: the sender, the paragraph it is
//! about, the text as sent (and as published, when redacted), each file beside the text
//! extracted from it and whether the public may have it (with a button to release it), the
//! responses most like it, the decision form with redaction and
//! duplicates, the theme it is in (and a form to move it), tags, internal notes and the response's history. Every form posts to this page's address.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::detail_forms::{DecideForm, NoteForm, TagForms};
use super::view::SignOut;
use super::{ResponseDetail, load_response, refused_response_form};
use crate::draft::WRITTEN_IN;
use crate::i18n::use_messages;
use crate::layout::{official_page, path_id};
use crate::respondent::RespondentKind;
use crate::themes::{RefusedMove, ResponseThemeForm};
use crate::vocab::Channel;
use crate::web::user_text::UserText;

/// `/admin/responses/{id}`.
#[component]
pub fn ResponsePage() -> impl IntoView {
    let t = use_messages();
    let query = use_query_map();
    let detail = Resource::new(path_id("id"), load_response);
    let refused = Resource::new(|| (), |_| refused_response_form());
    let frame = (t.admin_title(), "wrap admin");
    official_page(frame, detail, refused, move |detail, refused| {
        let saved = query.read_untracked().get("saved").is_some();
        view! { <Detail detail refused saved /> }
    })
}

#[component]
fn Detail(
    detail: ResponseDetail,
    refused: Option<super::ResponseFormState>,
    saved: bool,
) -> impl IntoView {
    let t = use_messages();
    let r = detail.response.clone();
    let sender = r
        .organisation
        .clone()
        .unwrap_or_else(|| shown_name(&r.name, t));
    let inbox = format!("/admin/hearings/{}/responses", detail.hearing.slug);
    let action = format!("/admin/responses/{}", r.id);
    let forms = detail.can_moderate.then(|| {
        let (action, refused) = (action.clone(), refused.clone());
        view! { <DecideForm action refused svarnummer=r.svarnummer.clone() redacted=r.public_text.is_some() duplicate=r.duplicate_of.is_some() /> }
    });
    view! {
        <p><a href=inbox>{t.back_to_inbox()}</a></p>
        <h1>{r.svarnummer.clone()} " – " {sender}</h1>
        <SignOut />
        {r.personal_data_erased_at.is_some().then(|| view! { <p class="notice-box">{t.personal_data_erased_note()}</p> })}
        {saved.then(|| view! { <p class="success-box" role="status">{t.response_saved_notice()}</p> })}
        <Sender detail=detail.clone() />
        {detail.paragraph.clone().map(|p| view! {
            <section class="comments-on" aria-labelledby="comments-on">
                <h2 id="comments-on">{t.comments_on()} " " {t.paragraph_link(&p.number)}</h2>
                <blockquote lang=WRITTEN_IN dir="ltr">{p.text}</blockquote>
                {p.changed_since.then(|| view! { <p class="notice-box">{t.paragraph_changed_since()}</p> })}
            </section>
        })}
        <section aria-labelledby="text-as-sent">
            <h2 id="text-as-sent">{t.text_as_sent()}</h2>
            <UserText text=r.text.clone() language=r.language.clone() />
        </section>
        {r.public_text.clone().map(|public| view! {
            <section aria-labelledby="public-text">
                <h2 id="public-text">{t.public_text_heading()}</h2>
                <UserText text=public language=r.language.clone() />
            </section>
        })}
        <Files detail=detail.clone() />
        <Similar similar=detail.similar.clone() />
        {forms}
        {detail.can_moderate.then(|| view! { <ResponseThemeForm id=r.id refused=refused_move(&refused) /> })}
        <TagForms action=action.clone() tags=r.tags.clone() can_edit=detail.can_moderate refused=refused.clone() />
        <NoteForm action notes=detail.notes.clone() can_edit=detail.can_moderate refused />
        <History detail />
    }
}

#[component]
fn Sender(detail: ResponseDetail) -> impl IntoView {
    let t = use_messages();
    let r = detail.response;
    let kind =
        RespondentKind::parse(&r.kind).map_or(r.kind.clone(), |k| t.kind_label(k).to_owned());
    view! {
        <section aria-labelledby="sender">
            <h2 id="sender">{t.sender_heading()}</h2>
            <dl class="facts">
                <dt>{t.fact_kind()}</dt><dd>{kind}</dd>
                <dt>{t.fact_name()}</dt><dd>{shown_name(&r.name, t)}</dd>
                {r.organisation.clone().map(|o| view! { <dt>{t.fact_organisation()}</dt><dd>{o}</dd> })}
                {r.cvr.clone().map(|c| view! { <dt>"CVR"</dt><dd>{c}</dd> })}
                <dt>{t.fact_email()}</dt><dd>{match (r.email.is_empty(), r.personal_data_erased_at.is_some()) {
                    (true, true) => t.email_erased().to_owned(),
                    _ => r.email.clone(),
                }}</dd>
                {r.postal_code.clone().map(|p| view! { <dt>{t.fact_postal_code()}</dt><dd>{p}</dd> })}
                <dt>{t.filter_status()}</dt><dd>{t.status_name(r.status)} {r.held_reason.clone().map(|h| format!(" ({h})"))}</dd>
                <dt>{t.filter_channel()}</dt><dd>{t.channel_name(r.channel)}</dd>
                <dt>{t.submitted_label()}</dt><dd>{t.date_time(detail.submitted_local)}</dd>
                {r.duplicate_of.clone().map(|d| view! { <dt>{t.filter_duplicate()}</dt><dd>{t.duplicate_badge(&d)}</dd> })}
            </dl>
            {(detail.can_moderate && r.channel != Channel::Web && r.personal_data_erased_at.is_none()).then(|| view! {
                <p><a href=format!("/admin/responses/{}/sender", r.id)>{t.sd_link()}</a></p>
            })}
        </section>
    }
}

#[component]
fn Files(detail: ResponseDetail) -> impl IntoView {
    let t = use_messages();
    let action = format!("/admin/responses/{}", detail.response.id);
    (!detail.files.is_empty()).then(|| view! {
        <section aria-labelledby="files">
            <h2 id="files">{t.files_heading()}</h2>
            {detail.files.into_iter().map(|f| {
                let href = format!("/api/v1/admin/attachments/{}/{}", f.file.id, f.file.name);
                let why = t.no_extracted_text(f.file.extraction_state);
                let disclosure = f.file.disclosure;
                let release = (detail.can_moderate && !disclosure.is_public()).then(|| view! {
                    <form method="post" action=action.clone() class="inline">
                        <input type="hidden" name="intent" value="release_file" />
                        <input type="hidden" name="attachment_id" value=f.file.id.to_string() />
                        <button type="submit" class="secondary">{t.release_file_button()}</button>
                    </form>
                });
                view! {
                    <div class="file-beside">
                        <div>
                            <h3>{f.file.name.clone()}</h3>
                            <p><a href=href download="">{t.download_file(&f.file.name)}</a></p>
                            <p class=if disclosure.is_public() { "file-public" } else { "notice-box" }>
                                {disclosure.message(t)}
                            </p>
                            {release}
                            <CaseFile file=f.file.clone() action=action.clone() can_moderate=detail.can_moderate />
                        </div>
                        <div>
                            <h4>{t.extracted_text()}</h4>
                            {match f.text {
                                Some(text) => view! { <pre class="extracted">{text}</pre> }.into_any(),
                                None => view! { <p>{why}</p> }.into_any(),
                            }}
                        </div>
                    </div>
                }
            }).collect_view()}
        </section>
    })
}

/// A respondent's name, or "Anonymous" when it was erased (or never given).
fn shown_name(name: &str, t: &'static dyn crate::i18n::Messages) -> String {
    match name {
        "" => t.anonymous().to_owned(),
        name => name.to_owned(),
    }
}

/// Whether a file is part of the case file (kept when personal data is erased), and the
/// button that changes it.
#[component]
fn CaseFile(
    file: crate::response::admin::AdminAttachment,
    action: String,
    can_moderate: bool,
) -> impl IntoView {
    let t = use_messages();
    let (badge, button, value) = match file.case_file {
        true => (t.case_file_badge(), t.case_file_unmark_button(), "0"),
        false => (t.not_case_file_badge(), t.case_file_mark_button(), "1"),
    };
    view! {
        <p class="hint">{badge}</p>
        {can_moderate.then(|| view! {
            <form method="post" action=action class="inline">
                <input type="hidden" name="intent" value="case_file" />
                <input type="hidden" name="attachment_id" value=file.id.to_string() />
                <input type="hidden" name="case_file" value=value />
                <button type="submit" class="secondary">{button}</button>
            </form>
        })}
    }
}

/// "More like this": the responses of the hearing most like this one.
#[component]
fn Similar(similar: Vec<super::SimilarResponse>) -> impl IntoView {
    let t = use_messages();
    let list = if similar.is_empty() {
        view! { <p>{t.no_similar_responses()}</p> }.into_any()
    } else {
        view! {
            <ul class="similar-list">
                {similar.into_iter().map(|s| view! {
                    <li>
                        <a href=format!("/admin/responses/{}", s.id)>{s.svarnummer}</a>
                        " – " {shown_name(&s.sender, t)} ": " <span class="excerpt">{s.excerpt}</span>
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="similar" aria-labelledby="similar">
            <h2 id="similar">{t.similar_responses()}</h2>
            {list}
        </section>
    }
}

#[component]
fn History(detail: ResponseDetail) -> impl IntoView {
    let t = use_messages();
    view! {
        <section aria-labelledby="history">
            <h2 id="history">{t.history_heading()}</h2>
            {detail.history.is_empty().then(|| view! { <p>{t.no_history()}</p> })}
            <ul class="history">
                {detail.history.into_iter().map(|h| view! {
                    <li>
                        {t.date_time(h.at_local)} " · " {h.entry.actor_name.unwrap_or_default()} " · "
                        <code>{h.entry.action}</code>
                        {h.entry.reason.map(|r| view! { " · " {r} })}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// The theme move the server refused, if `refused` is one.
fn refused_move(refused: &Option<super::ResponseFormState>) -> Option<RefusedMove> {
    refused
        .as_ref()
        .filter(|r| r.intent == "theme")
        .map(|r| RefusedMove {
            theme: r.theme.clone(),
            message: r.error.1.clone(),
        })
}
