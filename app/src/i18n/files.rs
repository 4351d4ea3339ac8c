//! The texts about attached files and what their content can cause (every language
//! implements it; `Messages` requires it).

use super::catalogue::messages;
use super::fluent as fl;
use super::texts::FilesTexts;

messages! {
    /// Texts about attached files in one language.
    pub trait FileMessages: FilesTexts;
    keys FILE_KEYS;

    /// A refused upload: more than `max` files.
    fn file_too_many(max: usize) -> String;

    /// A refused file: nothing in it.
    fn file_empty(name: &str) -> String;

    /// A refused file: not a PDF, Word, OpenDocument or text file, whatever its name says.
    fn file_unsupported(name: &str) -> String;

    /// A refused file: it would unpack to far more than a document holds.
    fn file_zip_bomb(name: &str) -> String;

    /// Subject of the mail telling a respondent their response is held back.
    fn held_mail_subject(svarnummer: &str) -> String;

    /// Body of that mail.
    fn held_mail_body(name: &str, hearing_title: &str, svarnummer: &str) -> String;

    provided {
        /// Hint under the file field: kinds, how many, how large.
        fn files_hint(&self, max_files: usize, max_bytes: u64) -> String {
            fl::format(
                self.locale(),
                "files_hint",
                &[
                    ("max_files", max_files.into()),
                    ("mb", megabytes(max_bytes).into()),
                ],
            )
        }

        /// A refused file: larger than `max_bytes`.
        fn file_too_large(&self, name: &str, max_bytes: u64) -> String {
            fl::format(
                self.locale(),
                "file_too_large",
                &[("name", name.into()), ("mb", megabytes(max_bytes).into())],
            )
        }

        /// The receipt's list of files with their SHA-256 (empty when there are none).
        fn receipt_files(&self, files: &[(String, String)]) -> String {
            if files.is_empty() {
                return String::new();
            }
            let lines: String = files
                .iter()
                .map(|(name, sha)| format!("- {name}\n  SHA-256: {sha}\n"))
                .collect();
            format!("{}\n{lines}\n", self.receipt_files_heading())
        }
    }
}

/// Megabytes, rounded down, for messages.
pub fn megabytes(bytes: u64) -> u64 {
    bytes / (1024 * 1024)
}
