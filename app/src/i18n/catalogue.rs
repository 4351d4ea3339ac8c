//! How a part of the catalogue is declared: each message once, as a method whose name is the
//! message's id in the translation files and whose parameters are its `{ $variables }`.

use super::Locale;

/// A language's catalogue: every `…Messages` trait is implemented for whatever names a locale.
pub trait Catalogue: Sync {
    /// The language whose translation files answer.
    fn locale(&self) -> Locale;
}

/// Declares one part of the catalogue: a trait whose methods read their message from the
/// translation files, implemented for every [`Catalogue`], and a list of the messages and
/// their arguments (`$keys`) that the catalogue's tests check every language against.
///
/// A method declared without a body (`fn respond_title() -> &'static str;`) is the message
/// of its name, its parameters passed by name. Methods that choose between messages or
/// prepare their arguments go under `provided { … }`, written out.
macro_rules! messages {
    (
        $(#[$trait_meta:meta])*
        pub trait $trait:ident $(: $($super:ident),+)?;
        keys $keys:ident;
        $(
            $(#[$meta:meta])*
            fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty;
        )*
        $(provided { $($provided:tt)* })?
    ) => {
        $(#[$trait_meta])*
        pub trait $trait: $crate::i18n::Catalogue $($(+ $super)+)? {
            $(
                $(#[$meta])*
                fn $name(&self $(, $arg: $ty)*) -> $ret {
                    <$ret as $crate::i18n::fluent::Message>::resolve(
                        self.locale(),
                        stringify!($name),
                        &[$((stringify!($arg), $crate::i18n::fluent::Arg::arg(&$arg))),*],
                    )
                }
            )*
            $($($provided)*)?
        }

        impl<T: $crate::i18n::Catalogue> $trait for T {}

        /// The messages declared above with their arguments, for the catalogue's tests.
        #[cfg(test)]
        pub(crate) const $keys: &[(&str, &[&str])] =
            &[$((stringify!($name), &[$(stringify!($arg)),*])),*];
    };
}

pub(crate) use messages;
