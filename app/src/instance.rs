//! Which running process this is. Several `ordet serve` processes may share one database
//! (and one data directory): each names itself once at start, and that name marks what the
//! process holds — claimed jobs, leases, its own staging folder — so another process can tell
//! its own work from a dead process's and a process stopping can hand back exactly its own.

use std::sync::Arc;

/// This process's name: host, process id and a random part (a restarted process with the
/// same pid is a new instance).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Instance(Arc<str>);

impl Instance {
    /// A new name for this process.
    pub fn new() -> Self {
        let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
            .ok()
            .or_else(|| std::env::var("HOSTNAME").ok())
            .map(|h| h.trim().to_owned())
            .filter(|h| !h.is_empty())
            .unwrap_or_else(|| "ordet".to_owned());
        let random: u16 = rand::random();
        Instance(format!("{host}-{}-{random:04x}", std::process::id()).into())
    }

    /// A fixed name (tests run several "processes" in one).
    pub fn named(name: &str) -> Self {
        Instance(name.into())
    }

    /// The name, as stored in the database and written to logs.
    pub fn id(&self) -> &str {
        &self.0
    }
}

impl Default for Instance {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Display for Instance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::Instance;

    #[test]
    fn two_processes_have_different_names() {
        assert_ne!(Instance::new(), Instance::new());
        assert_eq!(Instance::named("a").id(), "a");
    }
}
