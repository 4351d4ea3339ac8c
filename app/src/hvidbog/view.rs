//! `/admin/hearings/{slug}/hvidbog`: the hvidbog draft with a remark form at each theme and
//! response (plain forms: works without JavaScript), and links to the Word file and the
//! printable page.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::{Entry, Group, Hvidbog, Remark, RemarkFormState, load_hvidbog, remark_form_refused};
use crate::i18n::use_messages;
use crate::layout::hearing_tool_page;
use crate::web::textarea::Textarea;

/// `/admin/hearings/{slug}/hvidbog`.
#[component]
pub fn HvidbogPage() -> impl IntoView {
    let frame = (use_messages().hvidbog_title(), "wrap admin hvidbog-page");
    hearing_tool_page(frame, load_hvidbog, remark_form_refused, |page, refused| {
        view! { <HvidbogView page refused /> }
    })
}

/// What every form on the page needs.
#[derive(Clone)]
struct Ctx {
    action: String,
    can_edit: bool,
    refused: Option<RemarkFormState>,
}

#[component]
fn HvidbogView(page: Hvidbog, refused: Option<RemarkFormState>) -> impl IntoView {
    let t = use_messages();
    let slug = page.hearing.slug.clone();
    let saved = use_query_map()
        .read_untracked()
        .get("saved")
        .and_then(|what| t.digest_saved_notice(&what));
    // A refused remark whose theme or response has no form on the page (another hearing's,
    // or merged meanwhile) is answered above the page, so its message is never lost.
    let stray = refused
        .as_ref()
        .filter(|r| !page.can_edit || !has_form(&page, r))
        .map(|r| r.errors.values().cloned().collect::<Vec<_>>());
    let ctx = Ctx {
        action: format!("/admin/hearings/{slug}/hvidbog"),
        can_edit: page.can_edit,
        refused,
    };
    let [party_col, answered_col] = t.hvidbog_party_columns();
    let period = t.hvidbog_period_text(&t.date(page.opens), &t.date(page.closes), page.days);
    view! {
        <p><a href="/admin">{t.admin_title()}</a> " · "
            <a href=format!("/admin/hearings/{slug}/digest")>{t.digest_title()}</a> " · "
            <a href=format!("/admin/hearings/{slug}/outcome")>{t.oc_heading()}</a></p>
        <h1>{t.hvidbog_title()}</h1>
        <p class="lead">{page.hearing.title.clone()}</p>
        {saved.map(|n| view! { <p class="success-box" role="status">{n}</p> })}
        {stray.map(|messages| view! {
            <div class="error-summary" role="alert">
                <ul>{messages.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
            </div>
        })}
        <p>{t.hvidbog_intro()}</p>
        <ul class="downloads">
            <li><a href=format!("/admin/hearings/{slug}/hvidbog.docx") rel="external" download="">{t.hvidbog_docx()}</a></li>
            <li><a href=format!("/admin/hearings/{slug}/hvidbog/print") rel="external">{t.hvidbog_print()}</a></li>
        </ul>
        <section aria-labelledby="period-heading">
            <h2 id="period-heading">{t.hvidbog_period()}</h2>
            <p>{period}</p>
            <p>{t.hvidbog_total(page.total)}</p>
        </section>
        <section aria-labelledby="parties-heading">
            <h2 id="parties-heading">{t.hvidbog_parties()}</h2>
            <table class="hvidbog-parties">
                <thead><tr><th scope="col">{party_col}</th><th scope="col">{answered_col}</th></tr></thead>
                <tbody>
                    {page.parties.clone().into_iter().map(|p| view! {
                        <tr><td>{p.name}</td><td>{if p.answered { "✓ " } else { "" }}{t.yes_no(p.answered)}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
        <Groups heading=t.hvidbog_general() id="general-heading" groups=page.general.clone() ctx=ctx.clone() />
        <Groups heading=t.hvidbog_textual() id="textual-heading" groups=page.textual.clone() ctx=ctx.clone() />
    }
}

#[component]
fn Groups(heading: &'static str, id: &'static str, groups: Vec<Group>, ctx: Ctx) -> impl IntoView {
    let t = use_messages();
    view! {
        <section aria-labelledby=id>
            <h2 id=id>{heading}</h2>
            {groups.into_iter().map(|group| {
                let title = if group.key == "other" { t.hvidbog_other().to_owned() } else { group.title.clone() };
                let theme_form = group.theme_id.zip(group.remark.clone()).map(|(theme_id, remark)| view! {
                    <RemarkForm target="theme" id=theme_id remark legend=t.theme_remark() ctx=ctx.clone() />
                });
                view! {
                    <section class="hvidbog-group" id=group.key.clone()>
                        <h3>{title}</h3>
                        {theme_form}
                        {group.entries.into_iter().map(|entry| view! { <EntryView entry ctx=ctx.clone() /> }).collect_view()}
                    </section>
                }
            }).collect_view()}
        </section>
    }
}

/// Whether the page has the form `refused` was sent from.
fn has_form(page: &Hvidbog, refused: &RemarkFormState) -> bool {
    let id = refused.target_id;
    page.general
        .iter()
        .chain(&page.textual)
        .any(|group| match refused.target.as_str() {
            "theme" => group.theme_id == Some(id) && group.remark.is_some(),
            _ => group.entries.iter().any(|entry| entry.response_id == id),
        })
}

#[component]
fn EntryView(entry: Entry, ctx: Ctx) -> impl IntoView {
    let t = use_messages();
    let id = entry.response_id;
    view! {
        <article class="hvidbog-entry" id=format!("response-{id}")>
            <h4><a href=format!("/admin/responses/{id}")>{entry.svarnummer.clone()}</a> " – " {entry.respondent.clone()}</h4>
            {entry.summary.iter().map(|s| view! { <blockquote>{s.clone()}</blockquote> }).collect_view()}
            {(!entry.published).then(|| view! { <p>{t.hvidbog_not_published()}</p> })}
            <RemarkForm target="response" id remark=entry.remark.clone() legend=t.remark_label() ctx />
        </article>
    }
}

/// The remark of a theme or response: a form for officials who manage the hearing, the text
/// for others.
#[component]
fn RemarkForm(
    target: &'static str,
    id: i32,
    remark: Remark,
    legend: &'static str,
    ctx: Ctx,
) -> impl IntoView {
    let t = use_messages();
    let mine = ctx
        .refused
        .filter(|r| r.target == target && r.target_id == id);
    let (text, change) = match &mine {
        Some(r) => (r.remark.clone(), r.change.clone()),
        None => (remark.text.clone(), choice(remark.gives_change).to_owned()),
    };
    let errors = mine.map(|r| r.errors).unwrap_or_default();
    let [yes, no, undecided] = t.change_choices();
    if !ctx.can_edit {
        let verdict = [("yes", yes), ("no", no), ("", undecided)]
            .into_iter()
            .find(|(value, _)| *value == change)
            .map_or(undecided, |(_, label)| label);
        return view! {
            <p class="remark"><strong>{legend} ": "</strong> {text}
                <br /><strong>{t.change_legend()} ": "</strong> {verdict}</p>
        }
        .into_any();
    }
    let base = format!("{target}-{id}");
    let remark_error = errors.get("remark").or(errors.get("target")).cloned();
    let change_error = errors.get("change").cloned();
    let change_invalid = change_error.is_some();
    view! {
        <form method="post" action=ctx.action class="remark-form">
            <input type="hidden" name="target" value=target />
            <input type="hidden" name="target_id" value=id.to_string() />
            <div class="field" class:has-error=remark_error.is_some()>
                <label for=format!("remark-{base}")>{legend}</label>
                {remark_error.clone().map(|e| view! { <p class="field-error" id=format!("remark-{base}-error")>{e}</p> })}
                <Textarea id=format!("remark-{base}") name="remark" value=text rows=3
                    invalid=remark_error.is_some()
                    described_by=remark_error.is_some().then(|| format!("remark-{base}-error")) />
            </div>
            <fieldset class="field choice inline" class:has-error=change_invalid>
                <legend>{t.change_legend()}</legend>
                {change_error.map(|e| view! { <p class="field-error">{e}</p> })}
                {[("yes", yes), ("no", no), ("", undecided)].into_iter().map(|(value, label)| {
                    let input_id = format!("change-{base}-{}", if value.is_empty() { "undecided" } else { value });
                    view! {
                        <span class="option">
                            <input type="radio" id=input_id.clone() name="change" value=value checked=change == value />
                            <label for=input_id>{label}</label>
                        </span>
                    }
                }).collect_view()}
            </fieldset>
            <button type="submit">{t.remark_save()}</button>
        </form>
    }
    .into_any()
}

/// The form value of a verdict.
fn choice(gives_change: Option<bool>) -> &'static str {
    match gives_change {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    }
}
