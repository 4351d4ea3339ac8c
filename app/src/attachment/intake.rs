//! Reading a `multipart/form-data` submission: its text parts, and its files streamed to
//! the staging area with their size bounded, then checked by content. Every problem with a
//! file is collected (not just the first), so the person can fix them all at once.

use axum::extract::Multipart;
use axum::extract::multipart::Field;

use super::sniff::{Refusal, sniff};
use super::{FileKind, FileProblem};
use crate::blob::{StagedFile, Storage};
use crate::error::AppError;

/// The part name files arrive under.
pub const FILES_PART: &str = "files";
/// The largest text part accepted (the response text is at most 20,000 characters).
const MAX_TEXT_PART_BYTES: usize = 256 * 1024;
/// The longest file name kept.
const MAX_NAME_CHARS: usize = 150;

/// An accepted file, staged and waiting for its response to be stored.
#[derive(Debug)]
pub struct Upload {
    /// The name it was sent under, cleaned of any path.
    pub name: String,
    /// Its kind, by content.
    pub kind: FileKind,
    /// The staged content.
    pub file: StagedFile,
}

/// What a multipart request held.
#[derive(Debug, Default)]
pub struct Received {
    /// Text parts, in order: (name, value).
    pub text: Vec<(String, String)>,
    /// Files that passed every check.
    pub uploads: Vec<Upload>,
    /// What was wrong with the others.
    pub problems: Vec<FileProblem>,
}

/// Reads every part. Files beyond the limits are read to the end and thrown away, so the
/// answer can name every problem.
pub async fn receive(mut multipart: Multipart, storage: &Storage) -> Result<Received, AppError> {
    let mut received = Received::default();
    let mut files_seen = 0;
    while let Some(field) = multipart.next_field().await.map_err(malformed)? {
        let name = field.name().unwrap_or_default().to_owned();
        let is_file = field.file_name().is_some() || name == FILES_PART;
        if !is_file {
            let value = read_text(field).await?;
            received.text.push((name, value));
            continue;
        }
        let file_name = clean_name(field.file_name().unwrap_or_default());
        let staged = stream(field, storage).await?;
        if file_name.is_empty() && staged.size == 0 {
            continue; // a file input left empty
        }
        files_seen += 1;
        if files_seen > storage.limits.max_files {
            if files_seen == storage.limits.max_files + 1 {
                received.problems.push(FileProblem::TooMany {
                    max: storage.limits.max_files,
                });
            }
            continue;
        }
        match check(file_name, staged, storage).await {
            Ok(upload) => received.uploads.push(upload),
            Err(problem) => received.problems.push(problem),
        }
    }
    Ok(received)
}

/// Takes a file from the local disk (an official registering a letter's enclosures), with
/// the same checks as an upload.
pub async fn from_path(path: &std::path::Path, storage: &Storage) -> Result<Upload, FileProblem> {
    let name = clean_name(&path.file_name().unwrap_or_default().to_string_lossy());
    match tokio::fs::read(path).await {
        Ok(content) => from_bytes(name, &content, storage).await,
        Err(_) => Err(FileProblem::Unsupported { name }),
    }
}

/// Takes a file already in memory (an e-mail's attachment) under `name`, with the same
/// checks as an upload.
pub async fn from_bytes(
    name: String,
    content: &[u8],
    storage: &Storage,
) -> Result<Upload, FileProblem> {
    let name = clean_name(&name);
    let unsupported = || FileProblem::Unsupported { name: name.clone() };
    let mut staging = storage.stage().await.map_err(|_| unsupported())?;
    staging.write(content).await.map_err(|_| unsupported())?;
    let too_large = staging.too_large();
    let file = staging.finish().await.map_err(|_| unsupported())?;
    let staged = Staged {
        size: file.size,
        too_large,
        file,
    };
    check(name, staged, storage).await
}

/// The text of a non-file part.
async fn read_text(mut field: Field<'_>) -> Result<String, AppError> {
    let name = field.name().unwrap_or_default().to_owned();
    let mut bytes = Vec::new();
    while let Some(chunk) = field.chunk().await.map_err(malformed)? {
        if bytes.len() + chunk.len() > MAX_TEXT_PART_BYTES {
            return Err(AppError::field(&name, "too large"));
        }
        bytes.extend_from_slice(&chunk);
    }
    String::from_utf8(bytes).map_err(|_| AppError::field(&name, "not UTF-8"))
}

/// Streams a file part into the staging area.
async fn stream(mut field: Field<'_>, storage: &Storage) -> Result<Staged, AppError> {
    let mut staging = storage.stage().await.map_err(io_error)?;
    while let Some(chunk) = field.chunk().await.map_err(malformed)? {
        staging.write(&chunk).await.map_err(io_error)?;
    }
    let too_large = staging.too_large();
    let file = staging.finish().await.map_err(io_error)?;
    Ok(Staged {
        size: file.size,
        too_large,
        file,
    })
}

struct Staged {
    file: StagedFile,
    size: u64,
    too_large: bool,
}

async fn check(name: String, staged: Staged, storage: &Storage) -> Result<Upload, FileProblem> {
    let name = if name.is_empty() {
        "fil".to_owned()
    } else {
        name
    };
    if staged.too_large {
        return Err(FileProblem::TooLarge {
            name,
            max_bytes: storage.limits.max_file_bytes,
        });
    }
    if staged.size == 0 {
        return Err(FileProblem::Empty { name });
    }
    let path = staged.file.path.clone();
    let kind = tokio::task::spawn_blocking(move || sniff(&path))
        .await
        .unwrap_or(Err(Refusal::Unsupported));
    match kind {
        Ok(kind) => Ok(Upload {
            name: with_extension(&name, kind),
            kind,
            file: staged.file,
        }),
        Err(Refusal::Unsupported) => Err(FileProblem::Unsupported { name }),
        Err(Refusal::ZipBomb) => Err(FileProblem::ZipBomb { name }),
    }
}

/// The last component of a sent file name, without control characters, line separators or
/// bidirectional overrides, at most
/// [`MAX_NAME_CHARS`] characters (the extension kept).
pub fn clean_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let base: String = base
        .chars()
        .filter(|c| !crate::one_line::breaks_the_line(*c))
        .collect();
    let base = base.trim().trim_start_matches('.');
    if base.chars().count() <= MAX_NAME_CHARS {
        return base.to_owned();
    }
    let (stem, extension) = base.rsplit_once('.').unwrap_or((base, ""));
    let keep = MAX_NAME_CHARS.saturating_sub(extension.chars().count() + 1);
    let stem: String = stem.chars().take(keep).collect();
    format!("{stem}.{extension}")
}

fn io_error(error: std::io::Error) -> AppError {
    AppError::internal("receiving an attachment", &error)
}

/// The name with the kind's extension: a PDF sent as `brev.docx` is offered back as
/// `brev.pdf`, so it opens in the right program.
fn with_extension(name: &str, kind: FileKind) -> String {
    let extension = kind.as_str();
    match name.rsplit_once('.') {
        Some((_, ext)) if ext.eq_ignore_ascii_case(extension) => name.to_owned(),
        Some((stem, ext)) if ext.len() <= 5 && !stem.is_empty() => format!("{stem}.{extension}"),
        _ => format!("{name}.{extension}"),
    }
}

fn malformed(error: axum::extract::multipart::MultipartError) -> AppError {
    AppError::field("files", error.body_text())
}

#[cfg(test)]
mod tests {
    use super::clean_name;

    #[test]
    fn file_names_lose_their_path_and_control_characters() {
        assert_eq!(
            clean_name("C:\\Users\\ida\\Høringssvar.pdf"),
            "Høringssvar.pdf"
        );
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name("svar\u{0}\n.txt"), "svar.txt");
        assert_eq!(clean_name(".hidden"), "hidden");
        let long = format!("{}.docx", "a".repeat(400));
        let cleaned = clean_name(&long);
        assert_eq!(cleaned.chars().count(), 150);
        assert!(cleaned.ends_with(".docx"));
    }

    #[test]
    fn a_file_gets_the_extension_of_what_it_is() {
        use super::{FileKind, with_extension};
        assert_eq!(with_extension("brev.docx", FileKind::Pdf), "brev.pdf");
        assert_eq!(with_extension("Brev.PDF", FileKind::Pdf), "Brev.PDF");
        assert_eq!(with_extension("svar", FileKind::Txt), "svar.txt");
        assert_eq!(
            with_extension("v2.1 endelig", FileKind::Odt),
            "v2.1 endelig.odt"
        );
    }
}
