//! The outcome as residents read it: who decided when, the minutes, the decision, and what
//! changed in the text, in plain words. On the hearing page it ends with the link to the whole
//! outcome; the outcome page and the officials' preview show it in full.

use leptos::prelude::*;

use super::outcome::{HearingOutcome, SectionChange, SectionChangeKind};
use crate::disclosure::Remark;
use crate::draft::WRITTEN_IN;
use crate::i18n::{Messages, use_messages};

/// The outcome; `link`: end with the link to the outcome page (on the hearing page).
#[component]
pub fn OutcomeBox(outcome: HearingOutcome, #[prop(default = false)] link: bool) -> impl IntoView {
    let t = use_messages();
    let decided = t.outcome_decided(&outcome.committee, &t.date(outcome.decided_on));
    let minutes = outcome
        .minutes_url
        .clone()
        .map(|url| view! { <p><a href=url>{t.outcome_minutes()}</a></p> });
    let more = link.then(|| {
        view! { <p><a class="button" href=outcome.page_url.clone()>{t.outcome_read_all()}</a></p> }
    });
    view! {
        <section class="outcome-box" aria-labelledby="outcome-heading">
            <h2 id="outcome-heading">{t.outcome_heading()}</h2>
            <p class="outcome-decided">{decided}</p>
            {minutes}
            <h3>{t.outcome_decision_heading()}</h3>
            <p class="outcome-decision" lang=WRITTEN_IN dir="ltr">{outcome.decision.clone()}</p>
            <Changes outcome=outcome.clone() />
            {more}
        </section>
    }
}

#[component]
fn Changes(outcome: HearingOutcome) -> impl IntoView {
    let t = use_messages();
    let compared = match (outcome.consulted_version, outcome.adopted_version) {
        (Some(from), Some(to)) if from != to => Some(t.outcome_versions(from, to)),
        _ => None,
    };
    let body = if outcome.changes.is_empty() {
        view! { <p>{t.outcome_unchanged()}</p> }.into_any()
    } else {
        view! {
            <p>{compared}</p>
            <ul class="outcome-changes">
                {outcome.changes.iter().map(|c| view! { <li>{change_line(t, c)}</li> }).collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <h3>{t.outcome_changes_heading()}</h3>
        {body}
    }
}

/// "Afsnit ændret: 3 Beskæftigelse (2 tekststykker omskrevet, ét tilføjet)".
pub fn change_line(t: &dyn Messages, c: &SectionChange) -> String {
    let mut line = match c.change {
        SectionChangeKind::Added => t.outcome_section_added(&c.number, &c.heading),
        SectionChangeKind::Removed => t.outcome_section_removed(&c.number, &c.heading),
        SectionChangeKind::Changed => t.outcome_section_changed(&c.number, &c.heading),
    };
    let mut counts = Vec::new();
    if c.change == SectionChangeKind::Changed {
        if c.paragraphs_changed > 0 {
            counts.push(t.outcome_paragraphs_changed(c.paragraphs_changed));
        }
        if c.paragraphs_added > 0 {
            counts.push(t.outcome_paragraphs_added(c.paragraphs_added));
        }
        if c.paragraphs_removed > 0 {
            counts.push(t.outcome_paragraphs_removed(c.paragraphs_removed));
        }
    }
    if !counts.is_empty() {
        line.push_str(&format!(" ({})", counts.join(", ")));
    }
    if let Some(old) = &c.old_heading {
        line.push_str(&format!(". {}", t.outcome_section_renamed(old)));
    }
    line
}

/// A remark with its label and, when decided, whether it led to a change.
#[component]
pub fn RemarkText(remark: Remark, label: &'static str) -> impl IntoView {
    let t = use_messages();
    let change = remark.gives_change.map(|c| {
        let class = if c {
            "change-flag changes"
        } else {
            "change-flag"
        };
        view! { <p class=class>{t.outcome_change(c)}</p> }
    });
    let text = (!remark.text.trim().is_empty()).then(|| {
        view! { <p class="remark-text" lang=WRITTEN_IN dir="ltr">{remark.text.clone()}</p> }
    });
    view! {
        <div class="remark">
            <p class="remark-label"><strong>{label}</strong></p>
            {text}
            {change}
        </div>
    }
}
