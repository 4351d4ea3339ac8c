//! The heat-map: a real table of themes (rows) by the draft's sections (columns), each cell
//! the number of the theme's voices on that section. The count is always written in the
//! cell; the shade (five steps) only repeats it.

use leptos::prelude::*;

use super::ThemeSummary;
use crate::i18n::use_messages;
use crate::web::table_scroll::TableScroll;

/// One row: the theme's label, its count per section (in the columns' order), and its voices
/// on no section of the current draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeatRow {
    /// The theme's id.
    pub id: i32,
    /// Its label.
    pub label: String,
    /// Voices per section.
    pub counts: Vec<usize>,
    /// Voices on no section (or on one the current draft no longer has).
    pub elsewhere: usize,
}

/// The rows of `themes` over `sections` (anchors in the draft's order).
pub fn rows(themes: &[ThemeSummary], sections: &[String]) -> Vec<HeatRow> {
    themes
        .iter()
        .map(|t| {
            let counts: Vec<usize> = sections
                .iter()
                .map(|s| t.by_section.get(s).copied().unwrap_or(0))
                .collect();
            HeatRow {
                id: t.id,
                label: t.label.clone(),
                elsewhere: t.size.saturating_sub(counts.iter().sum()),
                counts,
            }
        })
        .collect()
}

/// The shade of `count` out of the largest count `max`: 0 for none, else 1 to 4.
pub fn shade(count: usize, max: usize) -> usize {
    if count == 0 || max == 0 {
        0
    } else {
        (count * 4).div_ceil(max).clamp(1, 4)
    }
}

/// The number and the heading of a section choice (`"4.1 Økonomi"`).
fn split_heading(choice: &str) -> (&str, &str) {
    choice.split_once(' ').unwrap_or((choice, ""))
}

/// The heat-map of `themes` over the draft's `sections` (anchor, number and heading).
#[component]
pub fn Heatmap(themes: Vec<ThemeSummary>, sections: Vec<(String, String)>) -> impl IntoView {
    let t = use_messages();
    let anchors: Vec<String> = sections.iter().map(|(a, _)| a.clone()).collect();
    let rows = rows(&themes, &anchors);
    let max = rows
        .iter()
        .flat_map(|r| r.counts.iter().copied())
        .max()
        .unwrap_or(0);
    let headers = sections.clone();
    view! {
        <section class="heatmap" aria-labelledby="heatmap-heading">
            <h2 id="heatmap-heading">{t.heatmap_heading()}</h2>
            <p id="heatmap-explained">{t.heatmap_explained()}</p>
            <TableScroll label=t.heatmap_heading()>
                <table class="heatmap-table" aria-describedby="heatmap-explained">
                    <caption class="visually-hidden">{t.heatmap_heading()}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.heatmap_theme_column()}</th>
                            {headers.into_iter().map(|(_, choice)| {
                                let (number, heading) = split_heading(&choice);
                                view! {
                                    <th scope="col" title=heading.to_owned()>
                                        <span aria-hidden="true">{number.to_owned()}</span>
                                        <span class="visually-hidden">{choice.clone()}</span>
                                    </th>
                                }
                            }).collect_view()}
                            <th scope="col">{t.heatmap_elsewhere()}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {rows.into_iter().map(|row| view! { <HeatRowView row max /> }).collect_view()}
                    </tbody>
                </table>
            </TableScroll>
            <SectionKey sections />
        </section>
    }
}

#[component]
fn HeatRowView(row: HeatRow, max: usize) -> impl IntoView {
    view! {
        <tr>
            <th scope="row"><a href=format!("#theme-{}", row.id)>{row.label}</a></th>
            {row.counts.into_iter().map(|n| view! {
                <td class=format!("heat heat-{}", shade(n, max))>{n}</td>
            }).collect_view()}
            <td class="heat heat-0">{row.elsewhere}</td>
        </tr>
    }
}

/// The sections' numbers and headings under the table, for the short column headers.
#[component]
fn SectionKey(sections: Vec<(String, String)>) -> impl IntoView {
    let t = use_messages();
    view! {
        <details class="section-key">
            <summary>{t.heatmap_sections_key()}</summary>
            <ul>
                {sections.into_iter().map(|(_, choice)| view! { <li>{choice}</li> }).collect_view()}
            </ul>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    #[test]
    fn rows_follow_the_sections_and_count_the_rest_elsewhere() {
        let theme = ThemeSummary {
            id: 3,
            label: "økonomi".into(),
            size: 10,
            by_section: BTreeMap::from([("okonomi".into(), 4), ("gammelt".into(), 1)]),
            ..Default::default()
        };
        let sections = ["indstilling".to_owned(), "okonomi".to_owned()];
        let rows = rows(&[theme], &sections);
        assert_eq!(rows[0].counts, [0, 4]);
        assert_eq!(
            rows[0].elsewhere, 6,
            "the old draft's section counts as elsewhere"
        );
    }

    #[test]
    fn shades_rise_with_the_count_and_none_is_blank() {
        assert_eq!(shade(0, 8), 0);
        assert_eq!(shade(1, 8), 1);
        assert_eq!(shade(4, 8), 2);
        assert_eq!(shade(8, 8), 4);
        assert_eq!(shade(3, 0), 0);
    }

    #[test]
    fn a_choice_splits_into_number_and_heading() {
        assert_eq!(
            split_heading("4.1 Økonomi og tal"),
            ("4.1", "Økonomi og tal")
        );
        assert_eq!(split_heading("5"), ("5", ""));
    }
}
