//! `/admin/users`: the accounts with their roles and status, a form to create an account, and
//! per account forms to add or remove a role and to disable or enable it. Every form posts to
//! `/admin/users` (plain forms; they work without JavaScript).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{RoleRow, UserRow, UsersFormState, UsersView, load_users, users_refused};
use crate::auth::Role;
use crate::hearing::HearingLink;
use crate::i18n::use_messages;
use crate::layout::Refusal;
use crate::web::fields::{ErrorSummary, Field, Select};

/// The user management page.
#[component]
pub fn UsersPage() -> impl IntoView {
    let t = use_messages();
    let query = use_query_map();
    let users = Resource::new(|| (), |_| load_users());
    let refused = Resource::new(|| (), |_| users_refused());
    view! {
        <Title text=t.users_title() />
        <div class="wrap admin">
            <h1>{t.users_title()}</h1>
            <p><a href="/admin">{t.admin_title()}</a></p>
            <Suspense fallback=move || view! { <p>{t.loading()}</p> }>
                {move || Suspend::new(async move {
                    let refused = refused.await.ok().flatten().unwrap_or_default();
                    let saved = query.read_untracked().get("saved");
                    match users.await {
                        Ok(view) => view! { <Users view refused saved /> }.into_any(),
                        Err(error) => view! { <Refusal error /> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

#[component]
fn Users(view: UsersView, refused: UsersFormState, saved: Option<String>) -> impl IntoView {
    let t = use_messages();
    let UsersView {
        users,
        hearings,
        me,
    } = view;
    let create = if refused.op == "create" {
        refused.clone()
    } else {
        UsersFormState::default()
    };
    view! {
        {saved.map(|what| view! { <p class="success-box" role="status">{t.users_saved(&what)}</p> })}
        <CreateForm state=create hearings=hearings.clone() />
        <h2>{t.accounts_heading()}</h2>
        <ul class="users">
            {users.into_iter().map(|(last, user)| {
                let state = (refused.op != "create" && refused.account_id == user.id)
                    .then(|| refused.clone());
                view! { <UserItem user last state hearings=hearings.clone() me /> }
            }).collect_view()}
        </ul>
    }
}

fn role_options() -> Vec<(String, String)> {
    let t = use_messages();
    Role::ALL
        .iter()
        .map(|r| (r.as_str().to_owned(), t.role_name(*r).to_owned()))
        .collect()
}

fn hearing_options(hearings: &[HearingLink]) -> Vec<(String, String)> {
    let t = use_messages();
    std::iter::once((String::new(), t.all_hearings().to_owned()))
        .chain(hearings.iter().map(|h| (h.slug.clone(), h.title.clone())))
        .collect()
}

#[component]
fn CreateForm(state: UsersFormState, hearings: Vec<HearingLink>) -> impl IntoView {
    let t = use_messages();
    let error = |field: &str| state.errors.get(field).cloned();
    view! {
        <section class="create-user" aria-labelledby="create-user-heading">
            <h2 id="create-user-heading">{t.create_user_heading()}</h2>
            <p class="hint">{t.create_user_hint()}</p>
            <ErrorSummary errors=state.errors.clone() labels=vec![
                ("name", t.user_name_label()),
                ("email", t.user_email_label()),
                ("role", t.role_label()),
                ("hearing", t.role_hearing_label()),
            ] />
            <form method="post" action="/admin/users" novalidate="" class="respond-form">
                <input type="hidden" name="op" value="create" />
                <Field name="name" label=t.user_name_label() value=state.name.clone() error=error("name") autocomplete="off" />
                <Field name="email" label=t.user_email_label() value=state.email.clone() error=error("email") input_type="email" autocomplete="off" />
                <Select id="field-role".into() name="role" label=t.role_label() options=role_options() selected=state.role.clone() error=error("role") />
                <Select id="field-hearing".into() name="hearing" label=t.role_hearing_label() options=hearing_options(&hearings) selected=state.hearing.clone() error=error("hearing") />
                <button type="submit" class="primary">{t.create_user_button()}</button>
            </form>
        </section>
    }
}

fn status_text(status: &str) -> &'static str {
    let t = use_messages();
    match status {
        "disabled" => t.account_disabled(),
        "locked" => t.account_locked(),
        _ => t.account_active(),
    }
}

#[component]
fn UserItem(
    user: UserRow,
    last: Option<chrono::NaiveDateTime>,
    state: Option<UsersFormState>,
    hearings: Vec<HearingLink>,
    me: i32,
) -> impl IntoView {
    let t = use_messages();
    let id = user.id;
    let heading = format!("user-{id}");
    let labelled = heading.clone();
    let state = state.unwrap_or_default();
    let account_error = state.errors.get("account").cloned();
    let removal_error = (state.op == "remove_role")
        .then(|| state.errors.get("role").cloned())
        .flatten();
    let adding = (state.op == "add_role").then(|| state.clone());
    let disabled = user.status == "disabled";
    view! {
        <li class="user-item">
            <article aria-labelledby=labelled>
                <h3 id=heading>{user.name.clone()}</h3>
                <dl class="facts">
                    <dt>{t.user_email_label()}</dt><dd>{user.email.clone()}</dd>
                    <dt>{t.account_status_label()}</dt><dd>{status_text(&user.status)}</dd>
                    <dt>{t.last_sign_in_label()}</dt>
                    <dd>{last.map(|at| t.date_time(at)).unwrap_or_else(|| t.last_sign_in_unknown().into())}</dd>
                </dl>
                <h4>{t.roles_label()}</h4>
                {removal_error.map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
                <ul class="user-roles">
                    {user.roles.into_iter().map(|role| view! { <RoleItem account_id=id role /> }).collect_view()}
                </ul>
                <AddRole account_id=id state=adding hearings />
                {account_error.map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
                {(id != me || disabled).then(|| view! { <Switch account_id=id disabled /> })}
            </article>
        </li>
    }
}

#[component]
fn RoleItem(account_id: i32, role: RoleRow) -> impl IntoView {
    let t = use_messages();
    let name = match &role.hearing_title {
        Some(title) => format!("{} ({title})", t.role_name(role.role)),
        None => format!("{} ({})", t.role_name(role.role), t.all_hearings()),
    };
    view! {
        <li>
            {name.clone()}
            <form method="post" action="/admin/users" class="inline-form">
                <input type="hidden" name="op" value="remove_role" />
                <input type="hidden" name="account_id" value=account_id.to_string() />
                <input type="hidden" name="role_id" value=role.id.to_string() />
                <button type="submit" class="secondary">{t.remove_role_button(&name)}</button>
            </form>
        </li>
    }
}

#[component]
fn AddRole(
    account_id: i32,
    state: Option<UsersFormState>,
    hearings: Vec<HearingLink>,
) -> impl IntoView {
    let t = use_messages();
    let state = state.unwrap_or_default();
    let error = |field: &str| state.errors.get(field).cloned();
    view! {
        <form method="post" action="/admin/users" class="add-role">
            <input type="hidden" name="op" value="add_role" />
            <input type="hidden" name="account_id" value=account_id.to_string() />
            <fieldset>
                <legend>{t.add_role_legend()}</legend>
                <Select id=format!("role-{account_id}") name="role" label=t.role_label() options=role_options() selected=state.role.clone() error=error("role") />
                <Select id=format!("hearing-{account_id}") name="hearing" label=t.role_hearing_label() options=hearing_options(&hearings) selected=state.hearing.clone() error=error("hearing") />
                <button type="submit" class="secondary">{t.add_role_button()}</button>
            </fieldset>
        </form>
    }
}

#[component]
fn Switch(account_id: i32, disabled: bool) -> impl IntoView {
    let t = use_messages();
    let (op, label) = if disabled {
        ("enable", t.enable_button())
    } else {
        ("disable", t.disable_button())
    };
    view! {
        <form method="post" action="/admin/users" class="inline-form">
            <input type="hidden" name="op" value=op />
            <input type="hidden" name="account_id" value=account_id.to_string() />
            <button type="submit" class="secondary">{label}</button>
        </form>
    }
}
