//! The catalogue's plain texts — the messages without arguments — as methods, one trait per
//! translation file (`common.ftl` → [`CommonTexts`]), written by `app/build.rs` from the
//! Danish files. A translator who adds such a message adds its method; code that shows a
//! message the files no longer have does not build.

include!(concat!(env!("OUT_DIR"), "/texts.rs"));
