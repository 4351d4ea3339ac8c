//! Near-duplicate detection: form-letter campaigns (MinHash over word shingles, LSH, exact Jaccard check).
