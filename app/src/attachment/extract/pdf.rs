//! Text from PDF files (pdf-extract on lopdf). A PDF protected only by an owner password
//! (printing or copying restrictions) opens with the empty user password and is read; one
//! that needs a password to open is reported as encrypted.

use std::path::Path;

use super::ExtractError;

/// The text of a PDF.
pub fn text(path: &Path) -> Result<String, ExtractError> {
    let bytes = std::fs::read(path).map_err(|e| ExtractError::Malformed(e.to_string()))?;
    // pdf-extract panics on some malformed files; the child process would survive that
    // too, but a clear answer is better than an abort.
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
    lopdf::Document::load_mem(bytes)
        .map(|doc| doc.is_encrypted() || doc.was_encrypted())
        .unwrap_or_else(|_| bytes.windows(8).any(|w| w == b"/Encrypt"))
}
