//! Today's layering, and today's exceptions to it: lists that may only shrink.

/// The lower layers: modules every domain may stand on, which import no domain themselves.
pub const LOWER: &[&str] = &[
    "audit",
    "blob",
    "clock",
    "db",
    "embedding",
    "entities",
    "error",
    "i18n",
    "installation",
    "instance",
    "jobs",
    "lease",
    "log_safe",
    "office",
    "one_line",
    "paging",
    "secret",
    "token",
    "vocab",
    "web",
];

/// The imports that lie on a cycle today, as (from, to): `a -> b` where `b` leads back to `a`.
pub const KNOWN_CYCLES: &[(&str, &str)] = &[
    ("attachment", "response"),
    ("hearing", "response"),
    ("response", "attachment"),
    ("response", "hearing"),
];

/// The imports from a lower layer to a module outside [`LOWER`] today, as (from, to).
pub const KNOWN_LOWER_IMPORTS: &[(&str, &str)] = &[];
