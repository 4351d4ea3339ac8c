//! An official's registration, from the page or the API: who may, the checks, and storing.

use super::RegisterRequest;
use super::input::{Checked, check};
use super::store::{Place, Registrar, Registration, register};
use crate::attachment::intake::Received;
use crate::auth::Principal;
use crate::entities::hearing;
use crate::error::AppError;
use crate::i18n::Locale;
use crate::response::Submitted;
use crate::response::idempotency::SubmissionKey;
use crate::state::AppState;

/// Registers `body` with its files in `hearing` (one `who` may register in, from
/// [`super::store::may_register`]): every bad field at once in `locale`, or the response.
/// `key` (its source and value: the form's id, an API call's `Idempotency-Key`) names the
/// registration, so the same one sent twice is stored once.
pub async fn submit(
    state: &AppState,
    (who, hearing): (&Principal, &hearing::Model),
    (body, key): (&RegisterRequest, Option<(&str, &str)>),
    received: Received,
    locale: Locale,
) -> Result<Submitted, AppError> {
    let now = state.clock.now();
    let zone = crate::hearing::store::zone(hearing);
    let Checked {
        new,
        channel,
        received_at,
        uploads,
    } = check(body, received, (zone, now), locale)?;
    let place = Place {
        db: &state.db,
        attachments: &state.attachments,
        base_url: &state.base_url,
    };
    let key = key.map(|(source, key)| SubmissionKey::new(source, key, &body.response, &uploads));
    let registration = Registration {
        request: &body.response,
        channel,
        received_at,
        by: Registrar::Official(who),
        key: key.as_ref(),
    };
    let done = register(&place, &hearing.slug, (new, registration), uploads, now).await?;
    state.mail_nudge.notify_one();
    Ok(done)
}
