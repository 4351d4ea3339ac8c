//! `ordet serve` as a child process, as an operator runs it: on port 0, its port read back
//! from its start-up line, so no other process can take the port between choosing and
//! binding it (what binding a port, freeing it and handing it over allowed).

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// `ordet serve` with an empty environment but `DATABASE_URL` and `ORDET_DATA_DIR`; the
/// caller adds what else it needs before [`start`].
pub fn command(database_url: &str, data_dir: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ordet"));
    command
        .env_clear()
        .env("DATABASE_URL", database_url)
        .env("ORDET_DATA_DIR", data_dir);
    command
}

/// Starts `command` as `serve --addr 127.0.0.1:0` and returns it with the port it bound; it
/// is listening from then on. Its log (warnings and the start-up line) is read and dropped
/// on a thread of its own, or it would block on a full pipe.
pub fn start(mut command: Command) -> (Child, u16) {
    let mut child = command
        .args(["serve", "--addr", "127.0.0.1:0"])
        .env("RUST_LOG", "warn,server::startup=info")
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ordet serve");
    let mut lines = BufReader::new(child.stderr.take().expect("piped stderr")).lines();
    let port = lines
        .by_ref()
        .map_while(Result::ok)
        .find_map(|line| listening_port(&line))
        .expect("ordet serve said which port it listens on");
    std::thread::spawn(move || lines.map_while(Result::ok).for_each(drop));
    (child, port)
}

/// The port of `ordet serve`'s "Ordet is listening port=…" line.
fn listening_port(line: &str) -> Option<u16> {
    let rest = line.split("Ordet is listening").nth(1)?;
    let digits = rest.split("port=").nth(1)?;
    let end = digits
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(digits.len());
    digits[..end].parse().ok()
}

#[test]
fn the_port_is_read_from_the_start_up_line() {
    let line = "INFO server::startup: Ordet is listening port=41234 instance=host-7";
    assert_eq!(listening_port(line), Some(41234));
    assert_eq!(listening_port("INFO something else port=1"), None);
}
