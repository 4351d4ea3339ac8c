//! Line numbers of byte offsets, for messages that name a line. A draft of two megabytes
//! has hundreds of thousands of Markdown events; counting the line breaks from the start
//! for each one took hours, so the breaks are found once and each offset is looked up.

/// The byte offsets of a text's line breaks.
pub(super) struct Lines(Vec<usize>);

impl Lines {
    /// Finds the line breaks of `text` once.
    pub(super) fn new(text: &str) -> Self {
        Lines(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i)
                .collect(),
        )
    }

    /// The 1-based line that byte `offset` lies on.
    pub(super) fn of(&self, offset: usize) -> usize {
        self.0.partition_point(|&i| i < offset) + 1
    }
}

#[cfg(test)]
mod tests {
    use super::Lines;
    use crate::draft::markdown::{MAX_DRAFT_BYTES, parse};

    #[test]
    fn every_offset_gets_the_line_it_lies_on() {
        let text = "# T\n\n## A\nen\r\nto\n\n";
        let lines = Lines::new(text);
        for offset in 0..=text.len() + 2 {
            let breaks = text.as_bytes()[..offset.min(text.len())]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
            assert_eq!(lines.of(offset), breaks + 1, "offset {offset}");
        }
    }

    #[test]
    fn a_draft_of_many_short_paragraphs_parses_in_seconds() {
        // Found while fuzzing the importer: each event counted the line breaks before it,
        // and each equal paragraph tried every taken anchor suffix before its own, so this
        // draft (a third of the size limit) took many minutes of CPU.
        let mut text = String::from("# T\n\n## A\n\n");
        while text.len() < MAX_DRAFT_BYTES / 3 {
            text.push_str("a\n\n");
        }
        let started = std::time::Instant::now();
        let draft = parse(text.as_bytes()).expect("a valid draft");
        assert!(draft.sections[0].paragraphs.len() > 200_000);
        let took = started.elapsed();
        assert!(took.as_secs() < 60, "took {took:?}");
    }
}
