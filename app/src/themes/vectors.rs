//! Document vectors of a hearing's responses, read from the tantivy index.
