//! Everything the application logs, at every level, while a test records it.
//!
//! A subscriber set for one thread would miss what the blocking pool and other runtimes log,
//! so the test binary installs one global subscriber, once, before the first app starts: a
//! layer that writes every event and every new span with its fields (TRACE and up, every
//! crate) into one buffer while some test records ([`record`]), and otherwise costs one
//! atomic load; plus, with `TEST_LOG` set, the usual lines on stderr. Tests running at the
//! same time write into the same buffer, so a test that records looks for strings only it
//! uses.

use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use tracing_subscriber::filter::{EnvFilter, dynamic_filter_fn};
use tracing_subscriber::fmt::format::FmtSpan;
use tracing_subscriber::prelude::*;

/// How many tests record now.
static RECORDING: AtomicUsize = AtomicUsize::new(0);
/// What was logged since the first of them started.
static BUFFER: Mutex<Vec<u8>> = Mutex::new(Vec::new());
static INSTALLED: OnceLock<()> = OnceLock::new();

/// Installs the test binary's subscriber (the first call; later calls do nothing).
pub fn install() {
    INSTALLED.get_or_init(|| {
        let capture = tracing_subscriber::fmt::layer()
            .with_ansi(false)
            .with_span_events(FmtSpan::NEW)
            .with_writer(|| Capture)
            .with_filter(dynamic_filter_fn(|_, _| {
                RECORDING.load(Ordering::Relaxed) > 0
            }));
        let stderr = std::env::var_os("TEST_LOG").is_some().then(|| {
            let filter = EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,sea_orm=warn"));
            tracing_subscriber::fmt::layer()
                .with_writer(std::io::stderr)
                .with_filter(filter)
        });
        let _ = tracing_subscriber::registry()
            .with(capture)
            .with(stderr)
            .try_init();
    });
}

/// Starts recording; what was logged from now on is [`Recording::text`].
pub fn record() -> Recording {
    install();
    let buffer = BUFFER.lock().unwrap();
    let start = buffer.len();
    RECORDING.fetch_add(1, Ordering::SeqCst);
    drop(buffer);
    Recording { start }
}

/// A test's recording; the buffer is emptied when the last recording ends.
pub struct Recording {
    start: usize,
}

impl Recording {
    /// Everything logged since this recording started (by any test).
    pub fn text(&self) -> String {
        let buffer = BUFFER.lock().unwrap();
        String::from_utf8_lossy(&buffer[self.start.min(buffer.len())..]).into_owned()
    }
}

impl Drop for Recording {
    fn drop(&mut self) {
        let mut buffer = BUFFER.lock().unwrap();
        if RECORDING.fetch_sub(1, Ordering::SeqCst) == 1 {
            buffer.clear();
        }
    }
}

/// Appends to [`BUFFER`] while a test records.
struct Capture;

impl Write for Capture {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if RECORDING.load(Ordering::Relaxed) > 0 {
            BUFFER.lock().unwrap().extend_from_slice(bytes);
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
