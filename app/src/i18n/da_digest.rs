//! Danish digest and hvidbog texts.

use super::da::Da;
use super::digest::DigestMessages;

impl DigestMessages for Da {
    fn digest_weekday_invalid(&self) -> &'static str {
        "Vælg en ugedag."
    }
    fn digest_hour_invalid(&self) -> &'static str {
        "Skriv en hel time mellem 0 og 23."
    }
    fn digest_lead_days_invalid(&self) -> &'static str {
        "Skriv et antal dage mellem 0 og 60."
    }
    fn digest_no_recipients(&self) -> &'static str {
        "Høringen har ingen modtagere. Tilføj dem under høringens indstillinger."
    }
    fn digest_remark_too_long(&self) -> &'static str {
        "Bemærkningen må højst være 10.000 tegn."
    }
    fn digest_unknown_target(&self) -> &'static str {
        "Svaret eller temaet findes ikke i denne høring."
    }
    fn digest_change_choice_invalid(&self) -> &'static str {
        "Vælg ja, nej eller ikke besluttet."
    }
    fn digest_title(&self) -> &'static str {
        "Overblik til udvalget"
    }
    fn digest_intro(&self) -> &'static str {
        "Udvalget og sekretariatet får et overblik over høringssvarene med e-mail: hver uge, \
         mens høringen er åben, og en sidste gang et antal dage før det endelige forslag til \
         udvalget. Hvert overblik sendes én gang."
    }
    fn digest_recipients(&self) -> &'static str {
        "Modtagere"
    }
    fn digest_recipients_hint(&self) -> &'static str {
        "Modtagerne rettes under høringens indstillinger."
    }
    fn digest_schedule(&self) -> &'static str {
        "Hvornår overblikket sendes"
    }
    fn digest_weekday_label(&self) -> &'static str {
        "Ugedag for det ugentlige overblik"
    }
    fn weekday_name(&self, number: u32) -> &'static str {
        match number {
            1 => "mandag",
            2 => "tirsdag",
            3 => "onsdag",
            4 => "torsdag",
            5 => "fredag",
            6 => "lørdag",
            _ => "søndag",
        }
    }
    fn digest_hour_label(&self) -> &'static str {
        "Klokkeslæt (hel time, dansk tid)"
    }
    fn digest_lead_label(&self) -> &'static str {
        "Dage før det endelige forslag til udvalget, det sidste overblik sendes"
    }
    fn digest_weekly_label(&self) -> &'static str {
        "Send et ugentligt overblik, mens høringen er åben"
    }
    fn digest_save(&self) -> &'static str {
        "Gem tidspunkter"
    }
    fn digest_upcoming(&self) -> &'static str {
        "Næste overblik"
    }
    fn digest_none_upcoming(&self) -> &'static str {
        "Der er ikke flere overblik planlagt."
    }
    fn digest_now(&self) -> &'static str {
        "Se eller send overblikket nu"
    }
    fn digest_preview(&self) -> &'static str {
        "Se overblikket, som det ser ud lige nu"
    }
    fn digest_preview_final(&self) -> &'static str {
        "Se det endelige overblik til udvalget, som det ser ud lige nu"
    }
    fn digest_send(&self) -> &'static str {
        "Send overblikket til modtagerne nu"
    }
    fn digest_history(&self) -> &'static str {
        "Sendte overblik"
    }
    fn digest_none_sent(&self) -> &'static str {
        "Der er ikke sendt noget overblik endnu."
    }
    fn digest_columns(&self) -> [&'static str; 7] {
        [
            "Overblik",
            "Periode",
            "Sat i kø",
            "Sendt",
            "Venter",
            "Fejlet",
            "Seneste fejl",
        ]
    }
    fn digest_warning(&self, key: &str) -> &'static str {
        match key {
            "no_recipients" => {
                "Høringen har ingen modtagere af overblikket. Tilføj dem under høringens indstillinger."
            }
            "no_final_milestone" => {
                "Tidsplanen har intet endeligt forslag til udvalget, så der sendes intet endeligt overblik."
            }
            "final_missed" => {
                "Det endelige overblik blev ikke sendt, før det endelige forslag gik til udvalget. \
                 Send det manuelt, hvis udvalget stadig skal have det."
            }
            _ => "Nogle e-mails kunne ikke afleveres efter flere forsøg. Se fejlen i tabellen.",
        }
    }
    fn digest_saved_notice(&self, what: &str) -> Option<&'static str> {
        match what {
            "settings" => Some("Tidspunkterne er gemt."),
            "sent" => Some("Overblikket er sat i kø og sendes om et øjeblik."),
            "remark" => Some("Bemærkningen er gemt."),
            _ => None,
        }
    }
    fn hvidbog_title(&self) -> &'static str {
        "Hvidbog (høringsnotat)"
    }
    fn hvidbog_intro(&self) -> &'static str {
        "Et udkast til hvidbogen, lavet ud fra høringssvarene: hvert svar står én gang, med \
         de sætninger der bedst sammenfatter det. Skriv forvaltningens bemærkninger ved \
         temaerne og svarene, og hent dokumentet som Word-fil eller udskriv det."
    }
    fn hvidbog_docx(&self) -> &'static str {
        "Hent hvidbogen som Word-fil (DOCX)"
    }
    fn hvidbog_print(&self) -> &'static str {
        "Udskriftsvenlig udgave"
    }
    fn hvidbog_period(&self) -> &'static str {
        "Høringsperioden"
    }
    fn hvidbog_period_text(&self, from: &str, to: &str, days: i64) -> String {
        format!("Fra {from} til {to}: {days} dage.")
    }
    fn hvidbog_not_published(&self) -> &'static str {
        "Ikke offentliggjort: intet af svarets tekst er gengivet her."
    }
    fn hvidbog_total(&self, n: usize) -> String {
        format!("Der er modtaget {n} høringssvar.")
    }
    fn hvidbog_parties(&self) -> &'static str {
        "Hørte parter"
    }
    fn hvidbog_party_columns(&self) -> [&'static str; 2] {
        ["Part", "Har svaret"]
    }
    fn hvidbog_general(&self) -> &'static str {
        "Generelle bemærkninger"
    }
    fn hvidbog_textual(&self) -> &'static str {
        "Tekstnære bemærkninger"
    }
    fn hvidbog_other(&self) -> &'static str {
        "Øvrige bemærkninger"
    }
    fn remark_label(&self) -> &'static str {
        "Forvaltningens bemærkninger"
    }
    fn change_legend(&self) -> &'static str {
        "Giver anledning til ændring"
    }
    fn change_choices(&self) -> [&'static str; 3] {
        ["Ja", "Nej", "Ikke besluttet"]
    }
    fn remark_save(&self) -> &'static str {
        "Gem bemærkning"
    }
    fn theme_remark(&self) -> &'static str {
        "Bemærkning til temaet"
    }
    fn yes_no(&self, yes: bool) -> &'static str {
        if yes { "Ja" } else { "Nej" }
    }
}
