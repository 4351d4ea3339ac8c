//! `/admin/hearings/{slug}/outcome`: the decision's form, the checklist, the responses still
//! without a remark, the respondents who need a letter, the preview of the public outcome and
//! of one respondent's e-mail, and the publish button. Plain forms: works without JavaScript.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{
    Checklist, Listed, MAX_DECISION, MailPreview, OutcomeAdmin, OutcomeFields, OutcomeFormState,
    load_outcome_admin, outcome_posted,
};
use crate::hearing::OutcomeBox;
use crate::i18n::{Messages, use_messages};
use crate::layout::hearing_tool_page;
use crate::web::fields::{ErrorSummary, Field, described_by};
use crate::web::textarea::Textarea;

/// The officials' outcome page.
#[component]
pub fn OutcomeAdminPage() -> impl IntoView {
    let frame = (use_messages().oc_heading(), "wrap admin outcome-admin");
    hearing_tool_page(frame, load_outcome_admin, outcome_posted, |page, posted| {
        view! { <AdminView page posted /> }
    })
}

#[component]
fn AdminView(page: OutcomeAdmin, posted: Option<OutcomeFormState>) -> impl IntoView {
    let t = use_messages();
    let slug = page.hearing.slug.clone();
    let query = use_query_map().read_untracked();
    let notice = if query.get("published").is_some() {
        None
    } else {
        query.get("saved").map(|_| t.oc_saved())
    };
    let posted = posted.unwrap_or_default();
    // A refused publication keeps the stored decision in its form; a refused save what was typed.
    let publishing = posted.errors.keys().any(|k| is_publish_field(k));
    let fields = if posted.errors.is_empty() || publishing {
        page.fields.clone()
    } else {
        posted.fields.clone()
    };
    let published = page.published_local.map(|at| {
        let date = t.date_time(at);
        view! {
            <div class="success-box" role="status">
                <p>{t.oc_published(&date)}</p>
                <p><a href=format!("/hearings/{slug}/outcome")>{t.oc_public_link()}</a></p>
            </div>
        }
    });
    let publish = (page.published_at.is_none() && page.may_publish).then(|| {
        view! { <PublishForm slug=slug.clone() checklist=page.checklist.clone() posted=posted.clone() /> }
    });
    let state_note = (page.published_at.is_none() && !page.may_publish)
        .then(|| view! { <p class="notice-box">{t.oc_error_state()}</p> });
    view! {
        <p><a href=format!("/admin/hearings/{slug}")>{t.ha_back_to_admin()}</a> " · "
            <a href=format!("/admin/hearings/{slug}/hvidbog")>{t.hvidbog_title()}</a></p>
        <h1>{t.oc_heading()}</h1>
        <p class="lead">{page.hearing.title.clone()}</p>
        {notice.map(|n| view! { <p class="success-box" role="status">{n}</p> })}
        {published}
        <p>{t.oc_intro()}</p>
        <ErrorSummary errors=posted.errors.clone() labels=labels(t) />
        <DecisionForm slug=slug.clone() fields errors=if publishing { Default::default() } else { posted.errors.clone() } />
        <ChecklistView checklist=page.checklist.clone() />
        {state_note}
        {publish}
        <Previews preview=page.preview mail=page.mail />
    }
}

/// Whether a refusal's field belongs to publishing rather than to the decision's form.
fn is_publish_field(field: &str) -> bool {
    matches!(field, "publish" | "remarks" | "parties_considered")
}

fn labels(t: &'static dyn Messages) -> Vec<(&'static str, &'static str)> {
    vec![
        ("decided_on", t.oc_decided_on()),
        ("committee", t.oc_committee()),
        ("minutes_url", t.oc_minutes_url()),
        ("decision", t.oc_decision()),
        ("remarks", t.oc_missing_heading()),
        ("parties_considered", t.oc_parties_considered()),
        ("publish", t.oc_publish()),
    ]
}

#[component]
fn DecisionForm(
    slug: String,
    fields: OutcomeFields,
    errors: std::collections::BTreeMap<String, String>,
) -> impl IntoView {
    let t = use_messages();
    let error = |name: &str| errors.get(name).cloned();
    let invalid = errors.contains_key("decision");
    let hint = t.oc_decision_hint(MAX_DECISION);
    view! {
        <form method="post" action=format!("/admin/hearings/{slug}/outcome") class="outcome-form">
            <input type="hidden" name="action" value="save" />
            <Field name="decided_on" label=t.oc_decided_on() value=fields.decided_on
                error=error("decided_on") hint=t.oc_decided_on_hint() input_type="date" />
            <Field name="committee" label=t.oc_committee() value=fields.committee error=error("committee") />
            <Field name="minutes_url" label=t.oc_minutes_url() value=fields.minutes_url
                error=error("minutes_url") input_mode="url" />
            <div class="field" class:has-error=invalid>
                <label for="field-decision">{t.oc_decision()}</label>
                <p class="hint" id="hint-decision">{hint}</p>
                {error("decision").map(|e| view! { <p class="field-error" id="error-decision">{e}</p> })}
                <Textarea id="field-decision".to_owned() name="decision".to_owned() value=fields.decision rows=6
                    invalid described_by=described_by("decision", true, invalid) lang=None />
            </div>
            <div class="buttons"><button type="submit" class="primary">{t.oc_save()}</button></div>
        </form>
    }
}

#[component]
fn ChecklistView(checklist: Checklist) -> impl IntoView {
    let t = use_messages();
    let item = |done: bool, text: String| {
        let mark = if done { "✓" } else { "!" };
        let class = if done { "check-done" } else { "check-open" };
        view! { <li class=class><span aria-hidden="true">{mark} " "</span>{text}</li> }
    };
    let decision = match checklist.decision_saved {
        true => t.oc_check_decision_done(),
        false => t.oc_check_decision_open(),
    };
    let missing = checklist.without_remark.len();
    let remarks = match missing {
        0 => t.oc_check_remarks_done(checklist.responses),
        _ => t.oc_check_remarks_open(missing, checklist.responses),
    };
    let silent = checklist.silent_parties.len();
    let parties = match silent {
        0 => t.oc_check_parties_done().to_owned(),
        _ => t.oc_check_parties_open(silent),
    };
    let versions = match checklist.versions {
        Some((from, to)) => t.oc_check_versions(from, to),
        None => t.oc_check_no_new_version().to_owned(),
    };
    view! {
        <section aria-labelledby="checklist-heading" class="outcome-checklist">
            <h2 id="checklist-heading">{t.oc_checklist_heading()}</h2>
            <ul class="checklist">
                {item(checklist.decision_saved, decision.to_owned())}
                {item(missing == 0, remarks)}
                {item(silent == 0, parties)}
                {item(true, t.oc_check_mails(checklist.mails))}
                {item(checklist.letters.is_empty(), t.oc_check_letters(checklist.letters.len()))}
                {item(true, versions)}
            </ul>
            <ResponseTable id="field-remarks" heading=t.oc_missing_heading() rows=checklist.without_remark />
            {(silent > 0).then(|| view! {
                <h3>{t.oc_silent_heading()}</h3>
                <ul>{checklist.silent_parties.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
            })}
            <ResponseTable id="letters" heading=t.oc_letters_heading() rows=checklist.letters />
        </section>
    }
}

#[component]
fn ResponseTable(id: &'static str, heading: &'static str, rows: Vec<Listed>) -> impl IntoView {
    let t = use_messages();
    (!rows.is_empty()).then(|| view! {
        <h3 id=id tabindex="-1">{heading}</h3>
        <table class="outcome-list">
            <thead><tr>
                <th scope="col">{t.oc_col_svarnummer()}</th>
                <th scope="col">{t.oc_col_respondent()}</th>
                <th scope="col">{t.oc_col_channel()}</th>
            </tr></thead>
            <tbody>
                {rows.into_iter().map(|r| view! {
                    <tr>
                        <td><a href=format!("/admin/responses/{}", r.response_id)>{r.svarnummer}</a></td>
                        <td>{r.respondent}</td>
                        <td>{t.channel_name(r.channel)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    })
}

#[component]
fn PublishForm(slug: String, checklist: Checklist, posted: OutcomeFormState) -> impl IntoView {
    let t = use_messages();
    let error = |name: &str| posted.errors.get(name).cloned();
    let silent = !checklist.silent_parties.is_empty();
    let box_error = error("parties_considered");
    let considered = silent.then(|| {
        let invalid = box_error.is_some();
        view! {
            <div class="field checkbox" class:has-error=invalid>
                {box_error.clone().map(|e| view! { <p class="field-error" id="error-parties_considered">{e}</p> })}
                <input type="checkbox" id="field-parties_considered" name="parties_considered" value="yes"
                    checked=posted.considered aria-invalid=invalid.then_some("true")
                    aria-describedby=invalid.then_some("error-parties_considered") />
                <label for="field-parties_considered">{t.oc_parties_considered()}</label>
            </div>
        }
    });
    let publish_error = error("publish").or_else(|| error("remarks"));
    view! {
        <form method="post" action=format!("/admin/hearings/{slug}/outcome") class="outcome-publish">
            <input type="hidden" name="action" value="publish" />
            {considered}
            {publish_error.map(|e| view! { <p class="field-error" id="error-publish">{e}</p> })}
            <div class="buttons">
                <button type="submit" class="primary" id="field-publish">{t.oc_publish()}</button>
            </div>
        </form>
    }
}

#[component]
fn Previews(
    preview: Option<crate::hearing::outcome::HearingOutcome>,
    mail: Option<MailPreview>,
) -> impl IntoView {
    let t = use_messages();
    let mail = match mail {
        Some(mail) => view! {
            <p>{t.oc_preview_to(&mail.to)}</p>
            <p><strong>{mail.subject}</strong></p>
            <pre class="mail-preview">{mail.text}</pre>
        }
        .into_any(),
        None => view! { <p>{t.oc_preview_no_mail()}</p> }.into_any(),
    };
    preview.map(|outcome| {
        view! {
            <section aria-labelledby="preview-page-heading" class="outcome-preview">
                <h2 id="preview-page-heading">{t.oc_preview_page()}</h2>
                <div class="preview-frame"><OutcomeBox outcome /></div>
            </section>
            <section aria-labelledby="preview-mail-heading" class="outcome-preview">
                <h2 id="preview-mail-heading">{t.oc_preview_mail()}</h2>
                {mail}
            </section>
        }
    })
}
