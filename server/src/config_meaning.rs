//! The sentence model of the themes, read for [`Config`](crate::config::Config):
//! `ORDET_EMBEDDING_MODEL`, the model file's path; unset, where `make setup` installs it
//! (`app::embedding::installed_path`); `off`, none (themes from words alone). A missing file
//! is no error: the server runs, computes themes from words and says so on the themes page.

use app::embedding::SentenceModel;

/// `ORDET_EMBEDDING_MODEL` as the themes' [`SentenceModel`].
pub(crate) fn sentence_model(set: &impl Fn(&str) -> Option<String>) -> SentenceModel {
    match set("ORDET_EMBEDDING_MODEL").as_deref().map(str::trim) {
        None | Some("") => SentenceModel::at(app::embedding::installed_path()),
        Some("off") => SentenceModel::off(),
        Some(path) => SentenceModel::at(path.into()),
    }
}

#[cfg(test)]
mod tests {
    use app::embedding::SentenceModel;

    use crate::config::{Config, ConfigError, Overrides};

    fn load(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        crate::config::tests::load(vars, Overrides::default())
    }

    #[test]
    fn the_model_is_where_setup_puts_it_unless_configured() {
        let installed = SentenceModel::at(app::embedding::installed_path());
        assert_eq!(load(&[]).unwrap().sentence_model, installed);
        let chosen = load(&[("ORDET_EMBEDDING_MODEL", "/srv/models/e5.bin")]).unwrap();
        assert_eq!(
            chosen.sentence_model,
            SentenceModel::at("/srv/models/e5.bin".into())
        );
        let off = load(&[("ORDET_EMBEDDING_MODEL", "off")]).unwrap();
        assert_eq!(off.sentence_model, SentenceModel::off());
    }
}
