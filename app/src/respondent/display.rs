//! How a respondent is named in public: in the public list, the search index and the open
//! data alike.

use crate::entities::respondent;

/// How a respondent is shown in public: organisations by name, residents by name only when
/// they allowed it, else "Borger" with the postal code. Never the e-mail address.
pub fn display_name(respondent: &respondent::Model) -> String {
    if let Some(organisation) = respondent
        .organisation
        .as_ref()
        .filter(|_| respondent.kind.is_organisation())
    {
        return organisation.clone();
    }
    if respondent.publish_name && !respondent.name.is_empty() {
        return respondent.name.clone();
    }
    match &respondent.postal_code {
        Some(code) => match super::district(code) {
            Some(district) => format!("Borger, {code} {district}"),
            None => format!("Borger, {code}"),
        },
        None => "Borger".to_owned(),
    }
}
