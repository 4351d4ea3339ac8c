//! `ordet extract-text --kind KIND FILE`: prints a file's text on stdout. The server runs
//! it as a child process for each attachment, so a file that makes a parser loop, panic or
//! eat memory costs this process only. It limits its own memory and CPU time first.

use std::io::Write;
use std::path::Path;

use app::attachment::FileKind;
use app::attachment::extract::{EXIT_MALFORMED, extract};

/// Address space allowed to the extractor.
const MAX_MEMORY_BYTES: u64 = 1024 * 1024 * 1024;
/// CPU seconds allowed to the extractor (the server's timeout is usually shorter).
const MAX_CPU_SECONDS: u64 = 300;

/// Runs the extraction and returns the process's exit code.
pub fn run(kind: &str, file: &Path) -> i32 {
    if let Err(error) = limit_resources() {
        eprintln!("cannot limit the extractor's resources: {error}");
    }
    let Some(kind) = FileKind::parse(kind) else {
        eprintln!("unknown kind «{kind}»: expected pdf, docx, odt or txt");
        return EXIT_MALFORMED;
    };
    match extract(kind, file) {
        Ok(text) => {
            let mut stdout = std::io::stdout().lock();
            match stdout
                .write_all(text.as_bytes())
                .and_then(|()| stdout.flush())
            {
                Ok(()) => 0,
                Err(error) => {
                    eprintln!("cannot write the text: {error}");
                    1
                }
            }
        }
        Err(error) => {
            eprintln!("{error}");
            error.exit_code()
        }
    }
}

fn limit_resources() -> std::io::Result<()> {
    rlimit::setrlimit(rlimit::Resource::AS, MAX_MEMORY_BYTES, MAX_MEMORY_BYTES)?;
    rlimit::setrlimit(rlimit::Resource::CPU, MAX_CPU_SECONDS, MAX_CPU_SECONDS)
}
