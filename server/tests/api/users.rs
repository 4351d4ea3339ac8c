//! User management: admins create accounts (the new official chooses a password by mail),
//! add and remove roles, disable and enable; nobody else may; an admin cannot lock
//! themselves out. Every change is in the audit log.

use app::auth::Role;
use reqwest::Method;
use serde_json::{Value, json};

use crate::accounts::{NEW_PASSWORD, login_status, reset_token};
use crate::db_test;
use crate::helpers::{DEMO, PASSWORD, TestApp, call};

pub async fn users(app: &TestApp, cookie: &str) -> Vec<Value> {
    let list = call(app, Method::GET, "/api/v1/admin/users", Some(cookie), None).await;
    assert_eq!(list.status(), 200);
    list.json().await.unwrap()
}

db_test!(
    an_admin_creates_an_official_who_chooses_a_password_by_mail,
    |app| {
        let admin = app.sign_in("admin@kk.dk", Role::Admin, None).await;
        let body =
            json!({"name": "", "email": "ikke-en-adresse", "role": "konge", "hearing": "ukendt"});
        let refused = call(
            &app,
            Method::POST,
            "/api/v1/admin/users",
            Some(&admin),
            Some(body),
        )
        .await;
        assert_eq!(refused.status(), 422);
        let errors = refused.json::<Value>().await.unwrap()["errors"].clone();
        assert_eq!(errors["name"], "Skriv brugerens navn.");
        assert_eq!(
            errors["email"],
            "Skriv en gyldig e-mailadresse, fx navn@kk.dk."
        );
        assert_eq!(errors["role"], "Vælg en rolle.");
        assert_eq!(errors["hearing"], "Vælg en høring på listen.");
        let taken = json!({"name": "Igen", "email": "ADMIN@kk.dk", "role": "reader"});
        let taken = call(
            &app,
            Method::POST,
            "/api/v1/admin/users",
            Some(&admin),
            Some(taken),
        )
        .await;
        assert_eq!(taken.status(), 422);
        assert_eq!(app.count("account").await, 1, "nothing stored");
        assert_eq!(app.count("mail_outbox").await, 0);

        let body = json!({"name": "Nadia Moderator", "email": "Nadia@kk.dk", "role": "moderator", "hearing": DEMO});
        let created = call(
            &app,
            Method::POST,
            "/api/v1/admin/users",
            Some(&admin),
            Some(body),
        )
        .await;
        assert_eq!(created.status(), 201);
        let created: Value = created.json().await.unwrap();
        assert_eq!(created["email"], "nadia@kk.dk");
        let eml = app.eml(1).await;
        assert!(
            eml.contains("To: nadia@kk.dk") && eml.contains("7 dage"),
            "{eml}"
        );
        assert_eq!(
            login_status(&app, "nadia@kk.dk", PASSWORD).await,
            401,
            "no password yet"
        );
        let set = json!({"password": NEW_PASSWORD});
        let path = format!("/api/v1/auth/password-reset/{}", reset_token(&eml));
        assert_eq!(
            call(&app, Method::POST, &path, None, Some(set))
                .await
                .status(),
            204
        );
        assert_eq!(login_status(&app, "nadia@kk.dk", NEW_PASSWORD).await, 200);

        let list = users(&app, &admin).await;
        let nadia = list.iter().find(|u| u["email"] == "nadia@kk.dk").unwrap();
        assert_eq!(nadia["name"], "Nadia Moderator");
        assert_eq!(nadia["roles"][0]["role"], "moderator");
        assert_eq!(nadia["roles"][0]["hearing"], DEMO);
        assert_eq!(nadia["status"], "active");
        assert!(nadia["last_sign_in_at"].is_string());
        let audited = format!(
            "audit_log WHERE action = 'account.create' AND entity_id = {} AND actor_id = {}",
            created["id"],
            app.id_of("admin@kk.dk").await
        );
        assert_eq!(app.count(&audited).await, 1);
    }
);

db_test!(
    roles_are_added_and_removed_but_never_an_admins_own_last_admin_role,
    |app| {
        let admin = app.sign_in("admin@kk.dk", Role::Admin, None).await;
        app.sign_in("laeser@kk.dk", Role::Reader, None).await;
        let (me, reader) = (
            app.id_of("admin@kk.dk").await,
            app.id_of("laeser@kk.dk").await,
        );
        let roles = format!("/api/v1/admin/users/{reader}/roles");
        let grant = json!({"role": "official", "hearing": DEMO});
        assert_eq!(
            call(
                &app,
                Method::POST,
                &roles,
                Some(&admin),
                Some(grant.clone())
            )
            .await
            .status(),
            204
        );
        let again = call(&app, Method::POST, &roles, Some(&admin), Some(grant)).await;
        assert_eq!(again.status(), 422);
        assert_eq!(
            again.json::<Value>().await.unwrap()["errors"]["role"],
            "Brugeren har allerede denne rolle."
        );
        let missing = call(
            &app,
            Method::POST,
            "/api/v1/admin/users/999/roles",
            Some(&admin),
            Some(json!({"role": "reader"})),
        )
        .await;
        assert_eq!(missing.status(), 404);
        let list = users(&app, &admin).await;
        let laeser = list.iter().find(|u| u["id"] == reader).unwrap();
        assert_eq!(laeser["roles"].as_array().unwrap().len(), 2);
        let official_role = laeser["roles"][1]["id"].as_i64().unwrap();

        let elsewhere = format!("/api/v1/admin/users/{me}/roles/{official_role}");
        assert_eq!(
            call(&app, Method::DELETE, &elsewhere, Some(&admin), None)
                .await
                .status(),
            404
        );
        let remove = format!("/api/v1/admin/users/{reader}/roles/{official_role}");
        assert_eq!(
            call(&app, Method::DELETE, &remove, Some(&admin), None)
                .await
                .status(),
            204
        );
        assert_eq!(
            app.count(&format!("account_role WHERE account_id = {reader}"))
                .await,
            1
        );
        assert_eq!(
            app.count("audit_log WHERE action = 'account.role_add'")
                .await,
            1
        );
        assert_eq!(
            app.count("audit_log WHERE action = 'account.role_remove'")
                .await,
            1
        );

        let own = users(&app, &admin)
            .await
            .into_iter()
            .find(|u| u["id"] == me)
            .unwrap();
        let own_role = own["roles"][0]["id"].as_i64().unwrap();
        let own_path = format!("/api/v1/admin/users/{me}/roles/{own_role}");
        let refused = call(&app, Method::DELETE, &own_path, Some(&admin), None).await;
        assert_eq!(refused.status(), 422);
        assert_eq!(
            app.count(&format!("account_role WHERE account_id = {me}"))
                .await,
            1
        );
        let grant = json!({"role": "admin"});
        let second = call(
            &app,
            Method::POST,
            &format!("/api/v1/admin/users/{me}/roles"),
            Some(&admin),
            Some(grant),
        )
        .await;
        assert_eq!(second.status(), 422, "held already");
        let scoped = json!({"role": "admin", "hearing": DEMO});
        let scoped = call(
            &app,
            Method::POST,
            &format!("/api/v1/admin/users/{me}/roles"),
            Some(&admin),
            Some(scoped),
        )
        .await;
        assert_eq!(scoped.status(), 204);
        assert_eq!(
            call(&app, Method::DELETE, &own_path, Some(&admin), None)
                .await
                .status(),
            422,
            "a hearing's admin role is not enough"
        );
    }
);

db_test!(
    disabling_signs_out_and_an_admin_cannot_disable_themselves,
    |app| {
        let admin = app.sign_in("admin@kk.dk", Role::Admin, None).await;
        let reader = app.sign_in("laeser@kk.dk", Role::Reader, None).await;
        let (me, other) = (
            app.id_of("admin@kk.dk").await,
            app.id_of("laeser@kk.dk").await,
        );
        let own = call(
            &app,
            Method::POST,
            &format!("/api/v1/admin/users/{me}/disable"),
            Some(&admin),
            None,
        )
        .await;
        assert_eq!(own.status(), 422);
        assert_eq!(
            own.json::<Value>().await.unwrap()["errors"]["account"],
            "Du kan ikke deaktivere din egen konto."
        );
        assert_eq!(
            call(&app, Method::GET, "/api/v1/auth/me", Some(&admin), None)
                .await
                .status(),
            200
        );

        let disable = format!("/api/v1/admin/users/{other}/disable");
        assert_eq!(
            call(&app, Method::POST, &disable, Some(&admin), None)
                .await
                .status(),
            204
        );
        assert_eq!(
            call(&app, Method::GET, "/api/v1/auth/me", Some(&reader), None)
                .await
                .status(),
            401
        );
        assert_eq!(
            app.count(&format!("session WHERE account_id = {other}"))
                .await,
            0
        );
        assert_eq!(login_status(&app, "laeser@kk.dk", PASSWORD).await, 401);
        let list = users(&app, &admin).await;
        assert_eq!(
            list.iter().find(|u| u["id"] == other).unwrap()["status"],
            "disabled"
        );
        let enable = format!("/api/v1/admin/users/{other}/enable");
        assert_eq!(
            call(&app, Method::POST, &enable, Some(&admin), None)
                .await
                .status(),
            204
        );
        assert_eq!(login_status(&app, "laeser@kk.dk", PASSWORD).await, 200);
        assert_eq!(
            app.count("audit_log WHERE action IN ('account.disable', 'account.enable')")
                .await,
            2
        );
        let missing = call(
            &app,
            Method::POST,
            "/api/v1/admin/users/999/disable",
            Some(&admin),
            None,
        )
        .await;
        assert_eq!(missing.status(), 404);
    }
);
