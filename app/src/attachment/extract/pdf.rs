//! Text from PDF files (pdf-extract on lopdf). A PDF protected only by an owner password
//! (printing or copying restrictions) opens with the empty user password and is read; one
//! that needs a password to open is reported as encrypted. A page tree whose `/Parent`
//! links loop is refused before pdf-extract sees it: it follows them without end.

use std::collections::HashSet;
use std::path::Path;

use lopdf::{Document, ObjectId};

use super::ExtractError;

/// The text of a PDF.
pub fn text(path: &Path) -> Result<String, ExtractError> {
    let bytes = std::fs::read(path).map_err(|e| ExtractError::Malformed(e.to_string()))?;
    // pdf-extract panics on some malformed files; the child process would survive that
    // too, but a clear answer is better than an abort. lopdf is read under the same guard.
    let loops =
        std::panic::catch_unwind(|| Document::load_mem(&bytes).is_ok_and(|d| parent_loops(&d)));
    if loops.unwrap_or(false) {
        return Err(ExtractError::Malformed("the page tree loops".into()));
    }
    match std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem(&bytes)) {
        Ok(Ok(text)) => Ok(text),
        Ok(Err(pdf_extract::OutputError::PdfError(lopdf::Error::Decryption(_)))) => {
            Err(ExtractError::Encrypted)
        }
        Ok(Err(error)) if is_encrypted(&bytes) => {
            tracing::debug!(%error, "encrypted PDF");
            Err(ExtractError::Encrypted)
        }
        Ok(Err(error)) => Err(ExtractError::Malformed(error.to_string())),
        Err(_) => Err(ExtractError::Malformed("the PDF reader gave up".into())),
    }
}

/// Whether the PDF declares encryption (its trailer has an `/Encrypt` entry).
fn is_encrypted(bytes: &[u8]) -> bool {
    let declared = std::panic::catch_unwind(|| {
        Document::load_mem(bytes)
            .map(|doc| doc.is_encrypted() || doc.was_encrypted())
            .ok()
    });
    declared
        .ok()
        .flatten()
        .unwrap_or_else(|| bytes.windows(8).any(|w| w == b"/Encrypt"))
}

/// Whether following `/Parent` from some dictionary comes back to one already passed, the
/// way pdf-extract looks up a page's inherited resources. Each object is walked once.
fn parent_loops(doc: &Document) -> bool {
    let parent = |id: ObjectId| {
        let dictionary = doc.get_dictionary(id).ok()?;
        dictionary.get(b"Parent").ok()?.as_reference().ok()
    };
    let mut finished: HashSet<ObjectId> = HashSet::new();
    for &start in doc.objects.keys() {
        let mut path = HashSet::new();
        let mut at = Some(start);
        while let Some(id) = at.filter(|id| !finished.contains(id)) {
            if !path.insert(id) {
                return true;
            }
            at = parent(id);
        }
        finished.extend(path);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A one-page PDF whose page's `/Parent` is `parent` and whose resources are missing
    /// (so a reader looks them up through the parent).
    fn pdf(parent: &str) -> Vec<u8> {
        let stream = "BT /F1 12 Tf 72 720 Td (Hej) Tj ET";
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
            format!("<< /Type /Page /Parent {parent} /MediaBox [0 0 612 792] /Contents 4 0 R >>"),
            format!(
                "<< /Length {} >>\nstream\n{stream}\nendstream",
                stream.len()
            ),
        ];
        let mut out = b"%PDF-1.4\n".to_vec();
        let mut offsets = Vec::new();
        for (i, object) in objects.iter().enumerate() {
            offsets.push(out.len());
            out.extend(format!("{} 0 obj\n{object}\nendobj\n", i + 1).bytes());
        }
        let xref = out.len();
        out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
        for offset in offsets {
            out.extend(format!("{offset:010} 00000 n \n").bytes());
        }
        let trailer = format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        );
        out.extend(trailer.bytes());
        out
    }

    #[test]
    fn a_page_that_is_its_own_parent_is_refused_not_followed_for_ever() {
        // Found by fuzzing (extract_pdf): pdf-extract looked for the page's resources up
        // the `/Parent` chain, which led back to the page, and never returned.
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), pdf("3 0 R")).unwrap();
        assert_eq!(
            text(file.path()),
            Err(ExtractError::Malformed("the page tree loops".into()))
        );
        std::fs::write(file.path(), pdf("2 0 R")).unwrap();
        assert_ne!(
            text(file.path()),
            Err(ExtractError::Malformed("the page tree loops".into())),
            "an ordinary page tree is read"
        );
    }
}
