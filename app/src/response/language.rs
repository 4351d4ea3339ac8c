//! Detecting the language a response is written in (stored, and later used to pick the
//! search analyser).

/// The language of a text as ISO 639-1 (or 639-3 where there is no 639-1 code), when
/// detection is confident (whatlang's own "reliable" flag refuses most one-sentence texts,
/// so its confidence is used, with a floor). Norwegian Bokmål is left out: short Danish texts are otherwise
/// often taken for it, and Copenhagen's hearings get Danish far more often.
pub fn detect_language(text: &str) -> Option<String> {
    let detector = whatlang::Detector::with_denylist(vec![whatlang::Lang::Nob]);
    let info = detector
        .detect(text)
        .filter(|info| info.is_reliable() || info.confidence() >= 0.3)?;
    let code = info.lang().code();
    let short = match code {
        "dan" => "da",
        "eng" => "en",
        "ara" => "ar",
        "tur" => "tr",
        "deu" => "de",
        "swe" => "sv",
        "nob" => "nb",
        "pol" => "pl",
        "urd" => "ur",
        "pes" => "fa",
        "fra" => "fr",
        "spa" => "es",
        other => other,
    };
    Some(short.to_owned())
}

#[cfg(test)]
mod tests {
    use super::detect_language;

    #[test]
    fn languages_of_real_responses_are_recognised() {
        let cases = [
            (
                "Sprogundervisning skal starte tidligere, og forældrene skal inddrages.\nTak.",
                "da",
            ),
            (
                "Language classes should start earlier and parents should be involved.",
                "en",
            ),
            (
                "Dil derslerinin daha erken başlaması ve ailelerin de katılması gerekir.",
                "tr",
            ),
            (
                "يجب أن تبدأ دروس اللغة في وقت مبكر وأن يشارك الآباء فيها.",
                "ar",
            ),
        ];
        for (text, code) in cases {
            assert_eq!(detect_language(text).as_deref(), Some(code), "{text}");
        }
    }
}
