//! The nginx configuration of a test run: the shipped site file behind a plain listener on
//! loopback, with every path nginx writes to inside the run's directory.

use std::path::Path;

/// The whole `nginx.conf` for a run: listen on `port`, balance over `upstreams`.
pub fn config(prefix: &Path, site: &Path, port: u16, upstreams: &[u16]) -> String {
    let p = prefix.display();
    let servers: String = upstreams
        .iter()
        .map(|port| format!("        server 127.0.0.1:{port} max_fails=2 fail_timeout=2s;\n"))
        .collect();
    // As root, nginx's workers would switch to `nobody`, who cannot write to the run's
    // directory; the test keeps them as the user running it.
    let user = if is_root() { "user root;\n" } else { "" };
    format!(
        "{user}daemon off;
worker_processes 2;
pid {p}/nginx.pid;
error_log {p}/logs/error.log warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    client_body_temp_path {p}/client_body;
    proxy_temp_path {p}/proxy;
    fastcgi_temp_path {p}/fastcgi;
    uwsgi_temp_path {p}/uwsgi;
    scgi_temp_path {p}/scgi;
    upstream ordet {{
{servers}        keepalive 64;
    }}
    server {{
        listen 127.0.0.1:{port};
        server_name localhost;
        include {site};
    }}
}}
",
        site = site.display()
    )
}

fn is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == "0")
}
