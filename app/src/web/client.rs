//! (ssr) Who the client is: the TCP peer, or — only when the peer is a proxy the operator
//! trusts (`ORDET_TRUSTED_PROXIES`) — the address that proxy forwarded. Resolved once per
//! request by [`resolve_client`] (a middleware) and read by handlers through [`ClientAddr`];
//! every rate limit and the request's log line use it.
//!
//! The forwarded chain is read from `Forwarded` (RFC 7239 `for=`), else `X-Forwarded-For`,
//! parsed by the `forwarded-header-value` crate. Each proxy appends the address it saw, so
//! the chain is read from the right: trusted proxies are skipped and the first address that
//! is not one of them is the client; anything left of it could have been written by the
//! client. An untrusted peer's headers are never read, so a resident cannot choose their
//! own address.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;

use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderName};
use axum::middleware::Next;
use axum::response::Response;
use forwarded_header_value::ForwardedHeaderValue;
use ipnet::IpNet;

use crate::error::AppError;

/// The networks whose forwarding headers are believed (none by default).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies(Arc<[IpNet]>);

impl TrustedProxies {
    /// Reads a list of networks (`10.0.0.0/8`) or single addresses (`127.0.0.1`, `::1`),
    /// separated by commas or white space. The error is the entry that is neither.
    pub fn parse(list: &str) -> Result<Self, String> {
        let entries = list.split(|c: char| c == ',' || c.is_whitespace());
        let nets = entries
            .filter(|entry| !entry.is_empty())
            .map(|entry| {
                let net = entry
                    .parse::<IpNet>()
                    .or_else(|_| entry.parse::<IpAddr>().map(IpNet::from));
                net.map(|net| canonical_net(net.trunc()))
                    .map_err(|_| entry.to_owned())
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(TrustedProxies(nets.into()))
    }

    /// Whether `ip` is in one of the trusted networks.
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.0.iter().any(|net| net.contains(&ip))
    }

    /// Whether no proxy is trusted.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// An IPv4-mapped network (`::ffff:10.0.0.0/104`) as the IPv4 network it is.
fn canonical_net(net: IpNet) -> IpNet {
    match (net, net.addr().to_canonical()) {
        (IpNet::V6(v6), IpAddr::V4(v4)) if v6.prefix_len() >= 96 => {
            IpNet::new(IpAddr::V4(v4), v6.prefix_len() - 96).unwrap_or(net)
        }
        _ => net,
    }
}

/// The client's address, as [`resolve_client`] found it (IPv4-mapped IPv6 as IPv4).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ClientAddr(pub IpAddr);

impl std::fmt::Display for ClientAddr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for ClientAddr {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, AppError> {
        parts
            .extensions
            .get::<ClientAddr>()
            .copied()
            .ok_or_else(|| {
                tracing::error!(
                    "ClientAddr missing: the route is not behind client::resolve_client"
                );
                AppError::Internal
            })
    }
}

/// Resolves the client of every request once and stores it as a [`ClientAddr`] extension.
/// A request without a TCP peer (a test calling the router directly) is `0.0.0.0`: unknown
/// clients share one address.
pub async fn resolve_client(
    State(trusted): State<TrustedProxies>,
    mut request: Request,
    next: Next,
) -> Response {
    let peer = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|info| info.0.ip());
    let client = match peer {
        Some(peer) => resolve(peer, request.headers(), &trusted),
        None => IpAddr::V4(Ipv4Addr::UNSPECIFIED),
    };
    request.extensions_mut().insert(ClientAddr(client));
    next.run(request).await
}

/// The client of a request from `peer` with `headers`: the peer itself unless it is trusted;
/// then the rightmost forwarded address that is not trusted (the leftmost when all are), or
/// the peer when the header is missing, malformed, or names the client only as `unknown` or
/// an obfuscated identifier.
pub fn resolve(peer: IpAddr, headers: &HeaderMap, trusted: &TrustedProxies) -> IpAddr {
    let peer = peer.to_canonical();
    if !trusted.contains(peer) {
        return peer;
    }
    let Some(hops) = forwarded_hops(headers) else {
        return peer;
    };
    let mut leftmost = None;
    for hop in hops.iter().rev() {
        match hop {
            Some(ip) if trusted.contains(*ip) => leftmost = Some(*ip),
            Some(ip) => return *ip,
            None => return peer,
        }
    }
    leftmost.unwrap_or(peer)
}

/// Every `for` of the chain, left (farthest) to right (nearest); `None` for a hop without an
/// address. Read from `Forwarded` when present, else `X-Forwarded-For`; nothing when neither
/// is there or the one read is malformed.
fn forwarded_hops(headers: &HeaderMap) -> Option<Vec<Option<IpAddr>>> {
    let forwarded = joined(headers, &http::header::FORWARDED);
    let value = match forwarded {
        Some(value) => ForwardedHeaderValue::from_forwarded(&value?),
        None => ForwardedHeaderValue::from_x_forwarded_for(&joined(
            headers,
            &HeaderName::from_static("x-forwarded-for"),
        )??),
    };
    let value = value.ok()?;
    let hops = value
        .iter()
        .map(|stanza| {
            let ip = stanza.forwarded_for.as_ref().and_then(|id| id.ip());
            ip.map(|ip| ip.to_canonical())
        })
        .collect();
    Some(hops)
}

/// Every line of the header `name`, in order, joined as one list: `None` when absent,
/// `Some(None)` when a line is not visible ASCII.
fn joined(headers: &HeaderMap, name: &HeaderName) -> Option<Option<String>> {
    let mut lines = headers.get_all(name).iter().peekable();
    lines.peek()?;
    let texts: Option<Vec<&str>> = lines.map(|line| line.to_str().ok()).collect();
    Some(texts.map(|texts| texts.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, value.parse().unwrap());
        }
        map
    }

    fn proxies(list: &str) -> TrustedProxies {
        TrustedProxies::parse(list).unwrap()
    }

    #[test]
    fn an_untrusted_peer_is_the_client_whatever_its_headers_say() {
        let spoofed = headers(&[
            ("x-forwarded-for", "198.51.100.7"),
            ("forwarded", "for=198.51.100.8"),
        ]);
        let peer = ip("203.0.113.9");
        assert_eq!(resolve(peer, &spoofed, &TrustedProxies::default()), peer);
        assert_eq!(resolve(peer, &spoofed, &proxies("10.0.0.0/8")), peer);
    }

    #[test]
    fn behind_trusted_proxies_the_rightmost_untrusted_hop_is_the_client() {
        let trusted = proxies("10.0.0.0/8, 192.168.1.1");
        let chain = headers(&[(
            "x-forwarded-for",
            "1.2.3.4, 198.51.100.7, 192.168.1.1, 10.1.1.1",
        )]);
        assert_eq!(
            resolve(ip("10.0.0.2"), &chain, &trusted),
            ip("198.51.100.7"),
            "the client's own 1.2.3.4 is left of what the first proxy saw"
        );
        let two_lines = headers(&[
            ("x-forwarded-for", "1.2.3.4"),
            ("x-forwarded-for", "198.51.100.7, 10.1.1.1"),
        ]);
        assert_eq!(
            resolve(ip("10.0.0.2"), &two_lines, &trusted),
            ip("198.51.100.7")
        );
        let all_trusted = headers(&[("x-forwarded-for", "10.9.9.9, 10.1.1.1")]);
        assert_eq!(
            resolve(ip("10.0.0.2"), &all_trusted, &trusted),
            ip("10.9.9.9"),
            "every hop trusted: the leftmost"
        );
        assert_eq!(
            resolve(ip("10.0.0.2"), &HeaderMap::new(), &trusted),
            ip("10.0.0.2"),
            "no header: the proxy itself"
        );
    }

    #[test]
    fn forwarded_wins_and_reads_quoted_ipv6_with_port() {
        let trusted = proxies("::1 127.0.0.1");
        let both = headers(&[
            (
                "forwarded",
                r#"for=192.0.2.43, for="[2001:db8:cafe::17]:4711";proto=https, for=127.0.0.1"#,
            ),
            ("x-forwarded-for", "198.51.100.7"),
        ]);
        assert_eq!(resolve(ip("::1"), &both, &trusted), ip("2001:db8:cafe::17"));
        let mapped_peer = ip("::ffff:127.0.0.1");
        let v4 = headers(&[("forwarded", "For=\"192.0.2.60:8080\";by=203.0.113.43")]);
        assert_eq!(resolve(mapped_peer, &v4, &trusted), ip("192.0.2.60"));
        let mapped_client = headers(&[("x-forwarded-for", "::ffff:192.0.2.61")]);
        assert_eq!(
            resolve(ip("127.0.0.1"), &mapped_client, &trusted),
            ip("192.0.2.61"),
            "an IPv4-mapped client is its IPv4 address"
        );
    }

    #[test]
    fn unknown_or_obfuscated_clients_and_garbage_leave_the_peer() {
        let trusted = proxies("127.0.0.0/8");
        let peer = ip("127.0.0.1");
        for (name, value) in [
            ("forwarded", "for=unknown"),
            ("forwarded", r#"for="_hidden", for=127.0.0.2"#),
            ("forwarded", "proto=https"),
            ("forwarded", "for=192.0.2.1;garbage"),
            ("forwarded", "for=\"[2001:db8::1\""),
            ("x-forwarded-for", "not an address"),
            ("x-forwarded-for", "192.0.2.1, , ;"),
            ("x-forwarded-for", ""),
        ] {
            let got = resolve(peer, &headers(&[(name, value)]), &trusted);
            assert_eq!(got, peer, "{name}: {value}");
        }
        let mut binary = HeaderMap::new();
        binary.insert(
            "x-forwarded-for",
            http::HeaderValue::from_bytes(b"\xff1.2.3.4").unwrap(),
        );
        assert_eq!(resolve(peer, &binary, &trusted), peer);
    }

    #[test]
    fn the_trusted_list_takes_networks_and_addresses_and_names_a_bad_entry() {
        let trusted = proxies("10.0.0.0/8,2001:db8::/32 ::ffff:172.16.0.0/108\t127.0.0.1");
        for inside in [
            "10.200.0.1",
            "2001:db8:1::5",
            "172.16.3.4",
            "::ffff:10.0.0.1",
            "127.0.0.1",
        ] {
            assert!(trusted.contains(ip(inside)), "{inside}");
        }
        for outside in ["11.0.0.1", "2001:db9::1", "127.0.0.2"] {
            assert!(!trusted.contains(ip(outside)), "{outside}");
        }
        assert!(TrustedProxies::parse("").unwrap().is_empty());
        assert_eq!(
            TrustedProxies::parse("10.0.0.0/8, nginx").unwrap_err(),
            "nginx"
        );
        assert_eq!(
            TrustedProxies::parse("10.0.0.0/33").unwrap_err(),
            "10.0.0.0/33"
        );
    }
}
