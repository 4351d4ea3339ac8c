//! Danish theme texts.

use super::da::Da;
use super::themes::ThemeMessages;

impl ThemeMessages for Da {
    fn theme_name_empty(&self) -> &'static str {
        "Skriv et navn til temaet."
    }
    fn theme_name_too_long(&self) -> &'static str {
        "Navnet må højst være 80 tegn."
    }
    fn theme_name_not_one_line(&self) -> &'static str {
        "Skriv navnet på én linje, uden linjeskift, tabulatorer eller andre kontroltegn."
    }
    fn theme_merge_target_unknown(&self) -> &'static str {
        "Vælg et andet tema i samme høring."
    }
    fn theme_merge_into_itself(&self) -> &'static str {
        "Et tema kan ikke lægges sammen med sig selv."
    }
    fn theme_too_small_to_split(&self) -> &'static str {
        "Temaet har for få svar til at blive delt."
    }
    fn theme_move_target_unknown(&self) -> &'static str {
        "Vælg et tema i samme høring."
    }
    fn theme_pinned(&self) -> &'static str {
        "Temaet er fastlåst. Lås det op først."
    }
    fn themes_title(&self) -> &'static str {
        "Temaer"
    }
    fn themes_intro(&self) -> &'static str {
        "Svarene er samlet i temaer efter, hvad de handler om. Størrelsen er antal stemmer: \
         en kampagne (enslydende svar) og et svar med dubletter tæller som én stemme."
    }
    fn no_themes(&self) -> &'static str {
        "Der er endnu ingen temaer. Temaerne beregnes kort efter, at der er kommet svar – \
         eller med det samme, når du trykker på \"Beregn temaer nu\"."
    }
    fn themes_by_size(&self) -> &'static str {
        "Temaer efter størrelse"
    }
    fn theme_saved_notice(&self, what: &str) -> Option<&'static str> {
        Some(match what {
            "rename" => "Temaet har fået sit nye navn.",
            "unname" => "Navnet er fjernet. Temaet vises med sine kendetegnende ord.",
            "pin" => "Temaet er fastlåst.",
            "unpin" => "Temaet er låst op.",
            "merge" => "Temaerne er lagt sammen.",
            "split" => "Temaet er delt.",
            "refresh" => "Temaerne er beregnet.",
            _ => return None,
        })
    }
    fn pinned_badge(&self) -> &'static str {
        "Fastlåst"
    }
    fn theme_size(&self, voices: usize, responses: usize) -> String {
        let stemmer = if voices == 1 { "stemme" } else { "stemmer" };
        format!("{voices} {stemmer} · {responses} svar med kampagnernes underskrivere")
    }
    fn theme_terms_label(&self) -> &'static str {
        "Kendetegnende ord"
    }
    fn kind_breakdown_label(&self) -> &'static str {
        "Stemmer efter afsender"
    }
    fn quotes_heading(&self) -> &'static str {
        "Typiske svar"
    }
    fn theme_drill_down(&self, responses: usize) -> String {
        format!("Se temaets {responses} svar i indbakken")
    }
    fn campaigns_heading(&self) -> &'static str {
        "Kampagner"
    }
    fn campaigns_intro(&self) -> &'static str {
        "En kampagne er svar med (næsten) samme tekst. Den tæller som én stemme i temaerne."
    }
    fn campaign_signers(&self, signers: usize) -> String {
        if signers == 1 {
            "1 underskriver".to_owned()
        } else {
            format!("{signers} underskrivere")
        }
    }
    fn campaign_representative(&self) -> &'static str {
        "Teksten står i svar"
    }
    fn campaign_drill_down(&self, signers: usize) -> String {
        format!("Se kampagnens {signers} svar")
    }
    fn heatmap_heading(&self) -> &'static str {
        "Kommentarer pr. afsnit"
    }
    fn heatmap_explained(&self) -> &'static str {
        "Tallene er antal stemmer i hvert tema, der kommenterer et afsnit af forslaget. \
         Jo mørkere feltet er, jo flere."
    }
    fn heatmap_theme_column(&self) -> &'static str {
        "Tema"
    }
    fn heatmap_elsewhere(&self) -> &'static str {
        "Hele forslaget"
    }
    fn heatmap_sections_key(&self) -> &'static str {
        "Afsnittenes numre og overskrifter"
    }
    fn refresh_hint(&self) -> &'static str {
        "Temaerne beregnes ellers automatisk kort efter, at der er kommet nye svar."
    }
    fn refresh_button(&self) -> &'static str {
        "Beregn temaer nu"
    }
    fn edit_theme_summary(&self) -> &'static str {
        "Ret temaet"
    }
    fn rename_label(&self) -> &'static str {
        "Temaets navn"
    }
    fn rename_hint(&self) -> &'static str {
        "Højst 80 tegn. Navnet bliver stående, når temaerne beregnes igen."
    }
    fn rename_button(&self) -> &'static str {
        "Gem navnet"
    }
    fn unname_button(&self) -> &'static str {
        "Fjern navnet"
    }
    fn pin_button(&self) -> &'static str {
        "Fastlås temaet"
    }
    fn unpin_button(&self) -> &'static str {
        "Lås temaet op"
    }
    fn pin_hint(&self) -> &'static str {
        "Et fastlåst tema ændres ikke, når temaerne beregnes igen."
    }
    fn merge_label(&self) -> &'static str {
        "Læg sammen med"
    }
    fn merge_hint(&self) -> &'static str {
        "Alle svar i dette tema flyttes til det tema, du vælger."
    }
    fn merge_choose(&self) -> &'static str {
        "Vælg et tema"
    }
    fn merge_button(&self) -> &'static str {
        "Læg temaerne sammen"
    }
    fn split_hint(&self) -> &'static str {
        "Svarene i temaet grupperes igen for sig, i mindst to temaer."
    }
    fn split_button(&self) -> &'static str {
        "Del temaet"
    }
    fn public_themes_heading(&self) -> &'static str {
        "Temaer i høringssvarene"
    }
    fn public_themes_intro(&self) -> &'static str {
        "De offentliggjorte høringssvar samlet efter, hvad de handler om. Tallet er antal \
         stemmer: enslydende svar tæller én gang."
    }
    fn theme_voices(&self, voices: usize) -> String {
        if voices == 1 {
            "(1 stemme)".to_owned()
        } else {
            format!("({voices} stemmer)")
        }
    }
    fn response_theme_heading(&self) -> &'static str {
        "Tema"
    }
    fn response_theme_current(&self, label: &str) -> String {
        format!("Svaret er i temaet \"{label}\".")
    }
    fn response_theme_none(&self) -> &'static str {
        "Svaret er ikke i et tema endnu."
    }
    fn move_theme_label(&self) -> &'static str {
        "Flyt svaret til temaet"
    }
    fn move_theme_button(&self) -> &'static str {
        "Flyt svaret"
    }
}
