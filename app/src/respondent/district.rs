//! Postal districts (postdistrikter) of Greater Copenhagen, so a resident who keeps their
//! name private is shown as "Borger, 2300 København S" rather than a bare number. Codes
//! outside the table are shown as they are.

/// Single codes and their district.
const DISTRICTS: [(u16, &str); 48] = [
    (2000, "Frederiksberg"),
    (2100, "København Ø"),
    (2150, "Nordhavn"),
    (2200, "København N"),
    (2300, "København S"),
    (2400, "København NV"),
    (2450, "København SV"),
    (2500, "Valby"),
    (2600, "Glostrup"),
    (2605, "Brøndby"),
    (2610, "Rødovre"),
    (2620, "Albertslund"),
    (2625, "Vallensbæk"),
    (2630, "Taastrup"),
    (2635, "Ishøj"),
    (2640, "Hedehusene"),
    (2650, "Hvidovre"),
    (2660, "Brøndby Strand"),
    (2665, "Vallensbæk Strand"),
    (2670, "Greve"),
    (2680, "Solrød Strand"),
    (2690, "Karlslunde"),
    (2700, "Brønshøj"),
    (2720, "Vanløse"),
    (2730, "Herlev"),
    (2740, "Skovlunde"),
    (2750, "Ballerup"),
    (2760, "Måløv"),
    (2765, "Smørum"),
    (2770, "Kastrup"),
    (2791, "Dragør"),
    (2800, "Kongens Lyngby"),
    (2820, "Gentofte"),
    (2830, "Virum"),
    (2840, "Holte"),
    (2850, "Nærum"),
    (2860, "Søborg"),
    (2870, "Dyssegård"),
    (2880, "Bagsværd"),
    (2900, "Hellerup"),
    (2920, "Charlottenlund"),
    (2930, "Klampenborg"),
    (2942, "Skodsborg"),
    (2950, "Vedbæk"),
    (2960, "Rungsted Kyst"),
    (2970, "Hørsholm"),
    (2980, "Kokkedal"),
    (2990, "Nivå"),
];

/// The district of a postal code, when known. Inner Copenhagen's street-level codes fall in
/// ranges: 1000–1499 København K, 1500–1799 København V, 1800–1999 Frederiksberg C.
pub fn district(code: &str) -> Option<&'static str> {
    let number: u16 = code.parse().ok()?;
    match number {
        1000..=1499 => Some("København K"),
        1500..=1799 => Some("København V"),
        1800..=1999 => Some("Frederiksberg C"),
        _ => DISTRICTS
            .iter()
            .find(|(known, _)| *known == number)
            .map(|(_, name)| *name),
    }
}

#[cfg(test)]
mod tests {
    use super::district;

    #[test]
    fn copenhagen_codes_have_their_district() {
        assert_eq!(district("2300"), Some("København S"));
        assert_eq!(district("1620"), Some("København V"));
        assert_eq!(district("1050"), Some("København K"));
        assert_eq!(district("1850"), Some("Frederiksberg C"));
        assert_eq!(district("2000"), Some("Frederiksberg"));
        assert_eq!(district("2450"), Some("København SV"));
        assert_eq!(district("7800"), None);
        assert_eq!(district("abcd"), None);
    }
}
