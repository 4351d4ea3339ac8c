//! The audit export's form on `/admin/audit`: a plain GET form to the CSV (or, by its second
//! button, the JSON) download, with an optional hearing and dates.

use leptos::prelude::*;

use crate::hearing::HearingLink;
use crate::i18n::use_messages;
use crate::moderation::official_hearings;

/// Download links for the audit log, filtered by hearing and dates.
#[component]
pub fn AuditExport() -> impl IntoView {
    let t = use_messages();
    let hearings = Resource::new(|| (), |_| official_hearings());
    view! {
        <Suspense fallback=move || view! { <p>{t.loading()}</p> }>
            {move || Suspend::new(async move {
                let hearings = hearings.await.unwrap_or_default();
                view! { <ExportForm hearings /> }
            })}
        </Suspense>
    }
}

#[component]
fn ExportForm(hearings: Vec<HearingLink>) -> impl IntoView {
    let t = use_messages();
    view! {
        <section class="audit-export" aria-labelledby="audit-export-heading">
            <h2 id="audit-export-heading">{t.audit_export_heading()}</h2>
            <form method="get" action="/api/v1/admin/audit.csv" class="filters">
                <fieldset>
                    <legend>{t.filters()}</legend>
                    <div class="field">
                        <label for="audit-hearing">{t.audit_hearing_label()}</label>
                        <select id="audit-hearing" name="hearing">
                            <option value="">{t.all_hearings()}</option>
                            {hearings.into_iter().map(|h| view! { <option value=h.slug>{h.title}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="audit-from">{t.audit_from_label()}</label>
                        <input type="date" id="audit-from" name="from" />
                    </div>
                    <div class="field">
                        <label for="audit-to">{t.audit_to_label()}</label>
                        <input type="date" id="audit-to" name="to" />
                    </div>
                    <button type="submit" class="secondary">"CSV"</button>
                    <button type="submit" class="secondary" formaction="/api/v1/admin/audit.json">"JSON"</button>
                </fieldset>
            </form>
        </section>
    }
}
