//! The settings form's fields as [`SettingsInput`]: `title`, …, and the rows
//! `milestones.{i}.date|label|kind|remove` and `digest_recipients.{i}.name|email|remove`.
//! A removed row is kept blank (and so ignored), so the messages' row numbers stay those of
//! the form.

use super::{MilestoneInput, RecipientInput, SettingsInput};

/// The most rows of each list a form may name.
const MAX_ROWS: usize = 200;

/// Row `i` of `rows`, growing the list to reach it.
fn row<T: Default + Clone>(rows: &mut Vec<T>, i: usize) -> &mut T {
    if rows.len() <= i {
        rows.resize(i + 1, T::default());
    }
    &mut rows[i]
}

/// Sets a plain field; unknown names are ignored.
fn set_field(input: &mut SettingsInput, name: &str, value: String) {
    let slot = match name {
        "slug" => &mut input.slug,
        "title" => &mut input.title,
        "summary" => &mut input.summary,
        "committee" => &mut input.committee,
        "journal_number" => &mut input.journal_number,
        "opens_at" => &mut input.opens_at,
        "closes_at" => &mut input.closes_at,
        "publication_policy" => &mut input.publication_policy,
        "retention_months" => &mut input.retention_months,
        _ => return,
    };
    *slot = value;
}

/// Reads the posted fields, in order.
pub fn settings_from_fields(fields: &[(String, String)]) -> SettingsInput {
    let mut input = SettingsInput::default();
    let mut removed = (Vec::new(), Vec::new());
    for (name, value) in fields {
        let value = value.clone();
        let mut parts = name.splitn(3, '.');
        let list = parts.next().unwrap_or_default();
        let index = parts.next().and_then(|i| i.parse::<usize>().ok());
        match (list, index.filter(|i| *i < MAX_ROWS), parts.next()) {
            ("milestones", Some(i), Some(field)) => {
                let row = row(&mut input.milestones, i);
                match field {
                    "date" => row.date = value,
                    "label" => row.label = value,
                    "kind" => row.kind = value,
                    "remove" => removed.0.push(i),
                    _ => {}
                }
            }
            ("digest_recipients", Some(i), Some(field)) => {
                let row = row(&mut input.digest_recipients, i);
                match field {
                    "name" => row.name = value,
                    "email" => row.email = value,
                    "remove" => removed.1.push(i),
                    _ => {}
                }
            }
            _ => set_field(&mut input, name, value),
        }
    }
    for i in removed.0 {
        input.milestones[i] = MilestoneInput::default();
    }
    for i in removed.1 {
        input.digest_recipients[i] = RecipientInput::default();
    }
    input
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn rows_are_read_by_number_and_a_removed_row_is_left_blank() {
        let input = settings_from_fields(&fields(&[
            ("title", "Titel"),
            ("milestones.1.date", "2010-11-04"),
            ("milestones.1.label", "Møde"),
            ("milestones.0.date", "2010-08-09"),
            ("milestones.0.remove", "1"),
            ("digest_recipients.0.email", "a@kk.dk"),
            ("digest_recipients.999.email", "for@mange.dk"),
            ("unknown", "x"),
        ]));
        assert_eq!(input.title, "Titel");
        assert_eq!(input.milestones.len(), 2);
        assert_eq!(input.milestones[0], MilestoneInput::default());
        assert_eq!(input.milestones[1].label, "Møde");
        assert_eq!(input.digest_recipients.len(), 1);
        assert_eq!(input.digest_recipients[0].email, "a@kk.dk");
    }
}
