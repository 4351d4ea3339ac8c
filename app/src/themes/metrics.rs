//! How well a grouping agrees with known labels: NMI, ARI, V-measure.
