//! The scikit-learn baseline (`cluster_baseline.py`), run as a child process on the same
//! file in the same run; its SUMMARY line parsed.

use std::path::Path;
use std::process::Command;

/// The baseline's mean figures over its seeds.
pub struct Baseline {
    /// Normalised mutual information.
    pub nmi: f64,
    /// Adjusted Rand index.
    pub ari: f64,
    /// V-measure.
    pub v: f64,
    /// TF-IDF plus one k-means fit (10 restarts), seconds.
    pub seconds: f64,
}

/// Runs `python script tsv --lang english`; `Err` says why there is no baseline row.
pub fn run(python: &str, script: &Path, tsv: &Path) -> Result<Baseline, String> {
    let output = Command::new(python)
        .arg(script)
        .arg(tsv)
        .args(["--lang", "english"])
        .output()
        .map_err(|e| format!("could not start {python}: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let last = stderr.lines().last().unwrap_or("no message");
        return Err(format!("{python} {} failed: {last}", script.display()));
    }
    let summary = stdout
        .lines()
        .find(|l| l.starts_with("SUMMARY"))
        .ok_or("no SUMMARY line in the baseline's output")?;
    let value = |key: &str| -> Result<f64, String> {
        summary
            .split_whitespace()
            .find_map(|kv| kv.strip_prefix(key)?.strip_prefix('='))
            .and_then(|v| v.parse().ok())
            .ok_or(format!("no {key} in {summary}"))
    };
    Ok(Baseline {
        nmi: value("nmi")?,
        ari: value("ari")?,
        v: value("v")?,
        seconds: value("seconds")?,
    })
}
