//! The catalogue's own tests: facets, the language cookie, dates.

use super::*;

#[test]
fn a_facet_names_vocabulary_values_and_keeps_anything_else() {
    let (da, en) = (Locale::Da.messages(), Locale::En.messages());
    assert_eq!(
        da.facet_value("kind", "association"),
        "Forening/organisation"
    );
    assert_eq!(en.facet_value("status", "withdrawn"), "Withdrawn");
    assert_eq!(da.facet_value("channel", "letter"), "Brev");
    assert_eq!(en.facet_value("stance", "none"), "No stance");
    assert_eq!(da.facet_value("language", "ar"), "Arabisk");
    assert_eq!(da.facet_value("language", "so"), "Somali");
    assert_eq!(
        da.facet_value("language", "fa"),
        "fa",
        "an unnamed language stays a code"
    );
    assert_eq!(
        en.facet_value("stance", "neutral"),
        "neutral",
        "not a stance"
    );
    assert_eq!(en.facet_value("section", "3.1"), "3.1");
}

#[test]
fn cookie_header_picks_the_language_and_defaults_to_danish() {
    assert_eq!(Locale::from_cookie_header("a=1; ordet_lang=en"), Locale::En);
    assert_eq!(Locale::from_cookie_header("ordet_lang=xx"), Locale::Da);
    assert_eq!(Locale::from_cookie_header(""), Locale::Da);
    assert_eq!(Locale::from_cookie_header("ordet_lang=ar"), Locale::Ar);
}

#[test]
fn a_language_code_is_read_by_its_first_part_and_every_language_knows_its_direction() {
    assert_eq!(Locale::parse("ar-IQ"), Some(Locale::Ar));
    assert_eq!(Locale::parse(" TR "), Some(Locale::Tr));
    assert_eq!(Locale::parse("so_SO"), Some(Locale::So));
    assert_eq!(Locale::from_code("ar"), Some(Locale::Ar));
    assert_eq!(Locale::from_code("ar-IQ"), None, "a stored code is exact");
    assert_eq!(Locale::order_of("da"), 0);
    assert!(Locale::order_of("en") < Locale::order_of("ar"));
    assert_eq!(Locale::order_of("xx"), Locale::ALL.len());
    assert_eq!(Locale::parse("xx"), None);
    for &locale in Locale::ALL {
        assert_eq!(Locale::parse(locale.code()), Some(locale));
        let rtl = matches!(locale, Locale::Ar | Locale::Ur);
        assert_eq!(locale.direction() == Direction::Rtl, rtl, "{locale:?}");
    }
}

#[test]
fn right_to_left_languages_isolate_their_arguments_and_the_others_do_not() {
    let number = "2010-64452-0001";
    let arabic = Locale::Ar.messages().sent_body(number);
    assert!(
        arabic.contains(&format!(" {number}")),
        "a number needs no marks: {arabic}"
    );
    let at = NaiveDate::from_ymd_opt(2011, 1, 12)
        .unwrap()
        .and_hms_opt(23, 59, 0)
        .unwrap();
    let deadline = Locale::Ar.messages().date_time(at);
    assert!(
        deadline.contains("23:59"),
        "hour before minutes: {deadline}"
    );
    let link = "https://ordet.example/verify/abc";
    let mail = Locale::Ar
        .messages()
        .verify_mail_body("Layla", "Integration", number, link, 7);
    assert!(
        mail.contains(&format!("\n{link}\n")),
        "a link without marks: {mail}"
    );
    assert!(mail.contains("\u{2068}Layla\u{2069}"), "{mail}");
    let turkish = Locale::Tr.messages().sent_body(number);
    assert!(
        turkish.contains(number) && !turkish.contains('\u{2068}'),
        "{turkish}"
    );
}

#[test]
fn dates_read_naturally_in_both_languages() {
    let date = NaiveDate::from_ymd_opt(2010, 8, 9).unwrap();
    assert_eq!(Locale::Da.messages().date(date), "9. august 2010");
    assert_eq!(Locale::En.messages().date(date), "9 August 2010");
    let at = date.and_hms_opt(23, 59, 0).unwrap();
    assert_eq!(
        Locale::Da.messages().date_time(at),
        "9. august 2010 kl. 23.59"
    );
    assert_eq!(
        Locale::En.messages().date_time(at),
        "9 August 2010 at 23:59"
    );
}
