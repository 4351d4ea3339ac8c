//! `GET /api/v1/openapi.json`: the OpenAPI 3.1 description of the JSON API.

use app::state::AppState;
use axum::routing::get;
use axum::{Json, Router};
use utoipa::OpenApi;

/// The JSON API v1.
#[derive(OpenApi)]
#[openapi(
    info(title = "Ordet API", version = "1", description = "Public consultations (høringer)."),
    paths(
        app::hearing::api::list,
        app::hearing::api::show,
        app::response::api::submit,
        app::response::api::published,
        app::attachment::api::download,
        app::auth::api::login,
        app::auth::api::logout,
        app::auth::api::logout_everywhere,
        app::auth::api::me,
        app::auth::api::login_link,
        app::response::admin_api::all,
        app::moderation::api::decide,
        app::moderation::api::audit_log,
        app::moderation::tools_api::bulk_action,
        app::moderation::tools_api::one,
        app::moderation::tools_api::list_notes,
        app::moderation::tools_api::add_note,
        app::moderation::tools_api::add_tag,
        app::moderation::tools_api::remove_tag,
        app::moderation::tools_api::download,
        app::moderation::tools_api::release,
        app::rights::api::list,
        app::rights::api::carry,
        app::party::api::list,
        app::party::api::add,
        app::party::api::update,
        app::party::api::remove,
        app::party::api::answered,
        app::party::api::invite,
        app::party::api::import,
        app::party::api::reminder,
        app::users::api::ask_reset,
        app::users::api::set_password,
        app::users::api::list_users,
        app::users::api::create_user,
        app::users::api::add_role,
        app::users::api::remove_role,
        app::users::api::disable_user,
        app::users::api::enable_user,
        app::records::api::audit_csv,
        app::records::api::audit_json,
        app::records::api::attachments,
        app::hearing_admin::api::create,
        app::hearing_admin::api::show,
        app::hearing_admin::api::update,
        app::hearing_admin::api::status,
        app::hearing_admin::api::upload,
        app::hearing_admin::api::diff,
        app::easy_read::api::replace,
        app::easy_read::api::suggestion,
        app::outcome::api::public,
        app::outcome::api::show,
        app::outcome::api::save,
        app::outcome::api::publish_outcome,
        app::registration::api::register_response,
        app::registration::sender_api::put_sender,
        app::mailbox::quarantine_api::list,
        app::mailbox::quarantine_api::resolve_api,
        app::themes::api::public,
        app::themes::api::officials,
        app::themes::api::refresh,
        app::themes::edit_api::rename,
        app::themes::edit_api::unname,
        app::themes::edit_api::merge,
        app::themes::edit_api::split,
        app::themes::edit_api::pin,
        app::themes::edit_api::move_response,
        app::digest::api::overview,
        app::digest::api::preview,
        app::digest::api::send,
        app::digest::api::save_settings,
        app::hvidbog::api::draft,
        app::hvidbog::api::save_remark,
        app::retention::api::set_case_file
    ),
    tags(
        (name = "hearings", description = "Hearings, their timetable, draft and annexes"),
        (name = "auth", description = "Officials' sign-in (session cookie)"),
        (name = "admin", description = "Officials: every response, moderation, the audit log, the høringsliste"),
        (name = "admin", description = "Officials: hearing administration, every response, moderation, the audit log"),
        (name = "digest", description = "The committee digest and the hvidbog (høringsnotat) with the administration's remarks"),
        (name = "themes", description = "Themes and campaigns of a hearing's responses; officials' edits"),
        (name = "responses", description = "Responses (høringssvar): submit with files, list the published, download their files")
    )
)]
pub struct ApiDoc;

/// The OpenAPI route.
pub fn router() -> Router<AppState> {
    Router::new().route(
        "/api/v1/openapi.json",
        get(|| async { Json(ApiDoc::openapi()) }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `(schema, property)` of the document declared as an RFC 3339 `date-time`.
    fn date_time_properties(doc: &serde_json::Value) -> Vec<(String, String, String)> {
        let mut found = Vec::new();
        let schemas = doc["components"]["schemas"].as_object().expect("schemas");
        for (schema, body) in schemas {
            let Some(properties) = body["properties"].as_object() else {
                continue;
            };
            for (name, property) in properties {
                if property.to_string().contains("\"date-time\"") {
                    let description = property["description"].as_str().unwrap_or_default();
                    found.push((schema.clone(), name.clone(), description.to_owned()));
                }
            }
        }
        found
    }

    #[test]
    fn wall_clock_times_are_not_declared_as_rfc3339_date_times() {
        // A Copenhagen wall-clock time has no offset, so it is not a JSON Schema `date-time`;
        // declared as one, every client that validates the answer rejects it.
        let doc = serde_json::to_value(ApiDoc::openapi()).unwrap();
        let all = date_time_properties(&doc);
        assert!(!all.is_empty(), "the UTC times are still date-times");
        let wrong: Vec<_> = all
            .into_iter()
            .filter(|(_, name, description)| {
                name.ends_with("_local") || description.contains("wall clock")
            })
            .collect();
        assert_eq!(wrong, Vec::<(String, String, String)>::new());
    }
}
