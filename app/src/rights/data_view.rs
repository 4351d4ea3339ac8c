//! The data page's parts: who the address is (every identity stored), each response with its
//! withdraw and erasure forms, the mails sent and the erasure requests.

use chrono::{DateTime, FixedOffset};
use leptos::prelude::*;

use super::view::notice;
use super::{Identity, MyData, MyDataView, MyErasure, MyMail, MyResponse, RightsFormState};
use crate::i18n::use_messages;
use crate::vocab::{ErasureStatus, ResponseStatus};
use crate::web::fields::ErrorSummary;
use crate::web::user_text::UserText;

/// A time as the page shows it, on Copenhagen's clock.
fn when(at: DateTime<FixedOffset>) -> String {
    use_messages().date_time(at.naive_local())
}

/// Everything stored about the address.
#[component]
pub(super) fn DataView(view: MyDataView, refused: RightsFormState) -> impl IntoView {
    let t = use_messages();
    let MyDataView { data, until } = view;
    let MyData {
        email,
        identities,
        responses,
        mails,
        erasure_requests,
    } = data;
    let errors = refused.errors;
    // Personal data: no cache keeps a copy of the page.
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        let no_store = http::HeaderValue::from_static("no-store");
        response.insert_header(http::header::CACHE_CONTROL, no_store);
    }
    let any_response = !responses.is_empty();
    view! {
        <h1>{t.my_data_heading(&email)}</h1>
        {notice().map(|n| view! { <p class="success-box" role="status">{n}</p> })}
        <ErrorSummary errors=errors.clone() />
        <p>{t.my_data_access_until(&when(until))}</p>
        <p><a href="/my-data/export.json" download="">{t.my_data_download()}</a></p>
        <form method="post" action="/my-data" class="sign-out">
            <input type="hidden" name="intent" value="close" />
            <button type="submit" class="secondary">{t.my_data_close()}</button>
        </form>
        <Identities identities responses=responses.clone() />
        <section aria-labelledby="my-responses">
            <h2 id="my-responses">{t.my_data_responses_heading()}</h2>
            {(!any_response).then(|| view! { <p>{t.my_data_no_responses()}</p> })}
            {responses.into_iter().map(|response| {
                let erasure = erasure_requests
                    .iter()
                    .find(|e| e.response_id == Some(response.id))
                    .cloned();
                view! { <ResponseCard response erasure errors=errors.clone() /> }
            }).collect_view()}
            {any_response.then(|| view! { <EraseAll error=errors.get("erase-all").cloned() /> })}
        </section>
        <Mails mails />
        <Erasures erasures=erasure_requests />
    }
}

#[component]
fn Identities(identities: Vec<Identity>, responses: Vec<MyResponse>) -> impl IntoView {
    let t = use_messages();
    view! {
        <section aria-labelledby="my-identity">
            <h2 id="my-identity">{t.my_data_identity_heading()}</h2>
            {identities.into_iter().map(|person| {
                let numbers: Vec<String> = responses
                    .iter()
                    .filter(|r| r.respondent_id == person.id)
                    .map(|r| r.svarnummer.clone())
                    .collect();
                let kind = t.kind_label(person.kind);
                let publish = if person.publish_name { t.yes() } else { t.no() };
                let optional = [
                    (t.organisation_label(), person.organisation),
                    (t.cvr_label(), person.cvr),
                    (t.contact_role_label(), person.contact_role),
                    (t.postal_code_label(), person.postal_code),
                ];
                view! {
                    <h3>{t.my_data_identity_of(&numbers.join(", "))}</h3>
                    <dl class="facts">
                        <dt>{t.kind_legend()}</dt><dd>{kind}</dd>
                        <dt>{t.name_label()}</dt><dd>{person.name}</dd>
                        {optional.into_iter().filter_map(|(label, value)| value.map(|v| view! {
                            <dt>{label}</dt><dd>{v}</dd>
                        })).collect_view()}
                        <dt>{t.email_label()}</dt><dd>{person.email}</dd>
                        <dt>{t.publish_name_label()}</dt><dd>{publish}</dd>
                        <dt>{t.my_data_stored_at()}</dt><dd>{when(person.created_at)}</dd>
                    </dl>
                }
            }).collect_view()}
        </section>
    }
}

#[component]
fn ResponseCard(
    response: MyResponse,
    erasure: Option<MyErasure>,
    errors: std::collections::BTreeMap<String, String>,
) -> impl IntoView {
    let t = use_messages();
    let label = |field| t.my_data_label(field);
    let stance = t.stance_label(response.stance);
    let dates = [
        ("submitted", Some(response.submitted_at)),
        ("verified", response.verified_at),
        ("published", response.published_at),
        ("updated", Some(response.updated_at)),
    ];
    let anchors = [
        ("section", response.section.clone()),
        ("paragraph", response.paragraph.clone()),
    ];
    let files = response.files.clone();
    let may_withdraw = response.hearing_open && response.status != ResponseStatus::Withdrawn;
    let id = response.id;
    view! {
        <article class="my-response" aria-labelledby=format!("response-{id}")>
            <h3 id=format!("response-{id}")>{response.svarnummer.clone()}</h3>
            <dl class="facts">
                <dt>{label("hearing")}</dt>
                <dd><a href=format!("/hearings/{}", response.hearing_slug)>{response.hearing_title.clone()}</a></dd>
                <dt>{t.status_label()}</dt><dd>{t.manage_status(response.status)}</dd>
                <dt>{t.stance_legend()}</dt><dd>{stance}</dd>
                <dt>{label("channel")}</dt><dd>{t.channel_name(response.channel)}</dd>
                {anchors.into_iter().filter_map(|(field, value)| value.map(|v| view! {
                    <dt>{label(field)}</dt><dd>{v}</dd>
                })).collect_view()}
                {dates.into_iter().filter_map(|(field, at)| at.map(|at| view! {
                    <dt>{label(field)}</dt><dd>{when(at)}</dd>
                })).collect_view()}
            </dl>
            <h4>{t.text_label()}</h4>
            <UserText text=response.text.clone() language=None />
            {response.published_text.clone().map(|text| view! {
                <h4>{label("published_text")}</h4>
                <UserText text language=None />
            })}
            {(!files.is_empty()).then(|| view! {
                <h4>{label("files")}</h4>
                <ul>
                    {files.into_iter().map(|f| view! {
                        <li>{t.my_data_file(&f.name, f.size_bytes, f.released)}</li>
                    }).collect_view()}
                </ul>
            })}
            {may_withdraw.then(|| view! {
                <Withdraw id error=errors.get(&format!("withdraw-{id}")).cloned() />
            })}
            <Erase response erasure error=errors.get(&format!("erase-{id}")).cloned() />
        </article>
    }
}

/// A checkbox that confirms a form, with its message.
#[component]
fn Confirm(field: String, label: &'static str, error: Option<String>) -> impl IntoView {
    let invalid = error.is_some();
    let error_id = format!("error-{field}");
    view! {
        <div class="field checkbox" class:has-error=invalid>
            {error.map(|e| view! { <p class="field-error" id=error_id.clone()>{e}</p> })}
            <input
                type="checkbox"
                id=format!("field-{field}")
                name="confirm"
                value="true"
                aria-invalid=invalid.then_some("true")
                aria-describedby=invalid.then(|| format!("error-{field}"))
            />
            <label for=format!("field-{field}")>{label}</label>
        </div>
    }
}

#[component]
fn Withdraw(id: i32, error: Option<String>) -> impl IntoView {
    let t = use_messages();
    view! {
        <h4>{t.withdraw_heading()}</h4>
        <p>{t.withdraw_explain()}</p>
        <form method="post" action="/my-data" novalidate="">
            <input type="hidden" name="intent" value="withdraw" />
            <input type="hidden" name="response" value=id.to_string() />
            <Confirm field=format!("withdraw-{id}") label=t.withdraw_confirm_label() error />
            <button type="submit" class="danger">{t.withdraw_button()}</button>
        </form>
    }
}

#[component]
fn Erase(response: MyResponse, erasure: Option<MyErasure>, error: Option<String>) -> impl IntoView {
    let t = use_messages();
    let id = response.id;
    if let Some(asked) = erasure {
        let text = match asked.status {
            ErasureStatus::Pending => t.erasure_already_requested(&when(asked.requested_at)),
            status => t.erasure_status(status, asked.carried_out_at.map(when).as_deref()),
        };
        return view! { <p class="notice-box">{text}</p> }.into_any();
    }
    view! {
        <h4>{t.erase_heading()}</h4>
        <p>{t.erase_explain(response.hearing_decided)}</p>
        <form method="post" action="/my-data" novalidate="">
            <input type="hidden" name="intent" value="erase" />
            <input type="hidden" name="response" value=id.to_string() />
            <Confirm field=format!("erase-{id}") label=t.erase_confirm_label() error />
            <button type="submit" class="danger">{t.erase_button()}</button>
        </form>
    }
    .into_any()
}

#[component]
fn EraseAll(error: Option<String>) -> impl IntoView {
    let t = use_messages();
    view! {
        <h3>{t.erase_all_heading()}</h3>
        <form method="post" action="/my-data" novalidate="">
            <input type="hidden" name="intent" value="erase" />
            <input type="hidden" name="response" value="all" />
            <Confirm field="erase-all".to_owned() label=t.erase_confirm_label() error />
            <button type="submit" class="danger">{t.erase_all_button()}</button>
        </form>
    }
}

#[component]
fn Mails(mails: Vec<MyMail>) -> impl IntoView {
    let t = use_messages();
    let [date, subject, status] = t.my_data_mail_columns();
    view! {
        <section aria-labelledby="my-mails">
            <h2 id="my-mails">{t.my_data_mails_heading()}</h2>
            {if mails.is_empty() {
                view! { <p>{t.my_data_no_mails()}</p> }.into_any()
            } else {
                view! {
                    <table class="audit">
                        <thead><tr>
                            <th scope="col">{date}</th>
                            <th scope="col">{subject}</th>
                            <th scope="col">{status}</th>
                        </tr></thead>
                        <tbody>
                            {mails.into_iter().map(|m| view! {
                                <tr>
                                    <td>{when(m.created_at)}</td>
                                    <td>{m.subject}</td>
                                    <td>{t.my_data_mail_status(m.status)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn Erasures(erasures: Vec<MyErasure>) -> impl IntoView {
    let t = use_messages();
    view! {
        <section aria-labelledby="my-erasures">
            <h2 id="my-erasures">{t.my_data_erasures_heading()}</h2>
            {erasures.is_empty().then(|| view! { <p>{t.my_data_no_erasures()}</p> })}
            <ul>
                {erasures.into_iter().map(|e| {
                    let done = e.carried_out_at.map(when);
                    view! {
                        <li>{format!("{} – {}: {}", e.svarnummer, when(e.requested_at), t.erasure_status(e.status, done.as_deref()))}</li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
