//! The URL-encoded form decoders and the domain checks behind them: the response form
//! (as posted, and as rebuilt from multipart text parts), the parties' form and pasted
//! lines, the hearing settings form and the digest settings. Any body gives a value or a
//! field error, never a panic.
#![no_main]

use std::collections::BTreeMap;

use app::hearing_admin::form_fields::settings_from_fields;
use app::hearing_admin::settings::parse_settings;
use app::i18n::Locale;
use app::party::PartyInput;
use app::party::input::import_lines;
use app::response::fill_time::FillKey;
use app::response::form::ResponseForm;
use app::response::submission::NewResponse;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let form: ResponseForm = serde_urlencoded::from_bytes(data).unwrap_or_default();
    let key = FillKey::from_bytes([7; 32]);
    let _ = key.long_enough(&form.started, chrono::Utc::now().timestamp(), 3);
    let _ = NewResponse::parse(&form.to_request());

    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(data).unwrap_or_default();
    let rebuilt = serde_urlencoded::to_string(&pairs).expect("pairs encode");
    let again: ResponseForm = serde_urlencoded::from_str(&rebuilt).unwrap_or_default();
    if serde_urlencoded::from_bytes::<ResponseForm>(data).is_ok() {
        assert_eq!(again, form, "multipart text parts read differently");
    }

    let party: PartyInput = serde_urlencoded::from_bytes(data).unwrap_or_default();
    let _ = party.parse();
    if let Ok(text) = std::str::from_utf8(data) {
        for (_, line) in import_lines(text) {
            let _ = line.parse();
        }
    }

    let input = settings_from_fields(&pairs);
    let _ = parse_settings(&input, Locale::Da);

    let fields: BTreeMap<String, String> = pairs.into_iter().collect();
    let _ = app::digest::settings::parse(&fields, Locale::En);
});
