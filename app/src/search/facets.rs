//! Counts per value of keyword fields over the documents a query matches, read from the fast
//! fields' term ordinals (no stored documents are touched).

use std::collections::BTreeMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::StrColumn;
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// Counts by field name, then by value.
pub type Counts = BTreeMap<String, BTreeMap<String, u64>>;

/// Counts the values of `fields` (keyword fast fields) among matching documents.
pub struct FacetCounts {
    fields: Vec<&'static str>,
}

impl FacetCounts {
    /// A collector for these keyword fields.
    pub fn new(fields: Vec<&'static str>) -> Self {
        FacetCounts { fields }
    }
}

/// One segment's counts by ordinal, per field.
pub struct SegmentFacetCounts {
    columns: Vec<(&'static str, Option<StrColumn>, Vec<u64>)>,
}

impl Collector for FacetCounts {
    type Fruit = Counts;
    type Child = SegmentFacetCounts;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentFacetCounts> {
        let mut columns = Vec::with_capacity(self.fields.len());
        for name in &self.fields {
            let column = reader.fast_fields().str(name)?;
            let size = column.as_ref().map_or(0, |c| c.num_terms());
            columns.push((*name, column, vec![0; size]));
        }
        Ok(SegmentFacetCounts { columns })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Counts>) -> tantivy::Result<Counts> {
        let mut total = Counts::new();
        for name in &self.fields {
            total.entry((*name).to_owned()).or_default();
        }
        for fruit in fruits {
            for (field, values) in fruit {
                let into = total.entry(field).or_default();
                for (value, n) in values {
                    *into.entry(value).or_default() += n;
                }
            }
        }
        Ok(total)
    }
}

impl SegmentCollector for SegmentFacetCounts {
    type Fruit = Counts;

    fn collect(&mut self, doc: DocId, _score: Score) {
        for (_, column, counts) in &mut self.columns {
            if let Some(column) = column {
                for ord in column.ords().values_for_doc(doc) {
                    counts[ord as usize] += 1;
                }
            }
        }
    }

    fn harvest(self) -> Counts {
        let mut out = Counts::new();
        for (name, column, counts) in self.columns {
            let values = out.entry(name.to_owned()).or_default();
            let Some(column) = column else { continue };
            let mut text = String::new();
            for (ord, n) in counts.into_iter().enumerate().filter(|(_, n)| *n > 0) {
                text.clear();
                if column.ord_to_str(ord as u64, &mut text).unwrap_or(false) {
                    values.insert(text.clone(), n);
                }
            }
        }
        out
    }
}
