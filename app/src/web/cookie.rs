//! Reading a cookie a request carries.

use http::HeaderMap;

/// The value of cookie `name` in `headers` (every `Cookie` header, every pair), if it is set
/// and not empty. Names are compared exactly: `ordet_session` is not `__Host-ordet_session`.
pub fn find(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(found, _)| *found == name)
        .map(|(_, value)| value.to_owned())
        .filter(|value| !value.is_empty())
}

#[cfg(test)]
mod tests {
    use http::{HeaderMap, HeaderValue, header};

    use super::find;

    #[test]
    fn finds_a_cookie_by_its_exact_name_in_any_cookie_header() {
        let mut headers = HeaderMap::new();
        headers.append(header::COOKIE, HeaderValue::from_static("lang=en; a=1"));
        headers.append(
            header::COOKIE,
            HeaderValue::from_static("__Host-s=x; s=y; e="),
        );
        assert_eq!(find(&headers, "s").as_deref(), Some("y"));
        assert_eq!(find(&headers, "__Host-s").as_deref(), Some("x"));
        assert_eq!(find(&headers, "lang").as_deref(), Some("en"));
        assert_eq!(find(&headers, "e"), None);
        assert_eq!(find(&headers, "missing"), None);
    }
}
