//! Clustering of document vectors (spherical k-means, k chosen automatically).
