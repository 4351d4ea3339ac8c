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
use crate::state::AppState;

/// Registers `body` with its files in `hearing` (one `who` may register in, from
/// [`super::store::may_register`]): every bad field at once in `locale`, or the response.
pub async fn submit(
    state: &AppState,
    (who, hearing): (&Principal, &hearing::Model),
    body: &RegisterRequest,
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
    let registration = Registration {
        request: &body.response,
        channel,
        received_at,
        by: Registrar::Official(who),
    };
    let done = register(&place, &hearing.slug, (new, registration), uploads, now).await?;
    state.mail_nudge.notify_one();
    Ok(done)
}
