//! A generation's two vocabularies ([`super::vocabulary`]): one of what the public may search,
//! one of what officials may, each learned from the texts of the documents it splits.

use std::path::Path;
use std::sync::Arc;

use super::analysis;
use super::document::IndexDoc;
use super::vocabulary::{Learner, Vocabulary};

/// The files of a generation's vocabularies.
const PUBLIC_VOCABULARY: &str = "vocabulary-public.txt";
const OFFICIALS_VOCABULARY: &str = "vocabulary-officials.txt";

/// A generation's two vocabularies: of what the public may search, of what officials may.
#[derive(Clone, Debug)]
pub struct Vocabularies {
    /// Learned from public text only; splits the documents the public searches.
    pub public: Arc<Vocabulary>,
    /// Learned from the officials' text; splits the documents only officials search.
    pub officials: Arc<Vocabulary>,
}

impl Vocabularies {
    pub(super) fn new(decompound: bool) -> Self {
        Vocabularies {
            public: Arc::new(Vocabulary::new(decompound, 1)),
            officials: Arc::new(Vocabulary::new(decompound, 2)),
        }
    }

    /// Learns the Danish text of `docs`, each text into the vocabulary of the documents it
    /// becomes.
    /// Officials' vocabulary learns everything officials may search, the public one only
    /// what the public may.
    pub fn learn(&self, docs: &[IndexDoc], learner: &mut Learner) {
        let (public, officials) = (&*self.public, &*self.officials);
        for doc in docs {
            if analysis::for_language(doc.language.as_deref()) != analysis::DANISH {
                continue;
            }
            match &doc.public_text {
                Some(text) if *text == doc.private_text => {
                    learner.learn(text, &[public, officials]);
                }
                Some(text) => {
                    learner.learn(text, &[public]);
                    learner.learn(&doc.private_text, &[officials]);
                }
                None => learner.learn(&doc.private_text, &[officials]),
            }
        }
    }

    /// True when either grew so much since the generation was built that it should be
    /// rebuilt.
    pub fn stale(&self) -> bool {
        self.public.stale() || self.officials.stale()
    }

    /// Records that the generation was built with what they hold now.
    pub fn mark_built(&self) {
        self.public.mark_built();
        self.officials.mark_built();
    }

    pub(super) fn save(&self, dir: &Path) -> std::io::Result<()> {
        self.public.save(&dir.join(PUBLIC_VOCABULARY))?;
        self.officials.save(&dir.join(OFFICIALS_VOCABULARY))
    }

    pub(super) fn load(&self, dir: &Path) -> std::io::Result<()> {
        self.public.load(&dir.join(PUBLIC_VOCABULARY))?;
        self.officials.load(&dir.join(OFFICIALS_VOCABULARY))
    }
}
