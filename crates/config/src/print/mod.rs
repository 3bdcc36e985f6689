//! The model back to keepalived.conf text that parses to the same model.

mod global;
mod lvs;
mod vrrp;

use crate::model::{Config, Secs};

/// Prints `cfg` as a keepalived.conf.
pub fn print(cfg: &Config) -> String {
    let mut out = String::new();
    global::print(cfg, &mut out);
    vrrp::print(cfg, &mut out);
    lvs::print(cfg, &mut out);
    out
}

/// A word as the lexer reads it back: quoted when it holds blanks, braces or
/// comment characters.
pub(crate) fn word(s: &str) -> String {
    if s.is_empty() || s.contains(|c: char| c.is_whitespace() || "{}#!\"".contains(c)) {
        format!("\"{s}\"")
    } else {
        s.to_string()
    }
}

/// Seconds as keepalived reads them: `1`, `0.5`, `0.000001`.
pub(crate) fn secs(t: Secs) -> String {
    let whole = t.0 / 1_000_000;
    let frac = t.0 % 1_000_000;
    if frac == 0 {
        whole.to_string()
    } else {
        let f = format!("{frac:06}");
        format!("{whole}.{}", f.trim_end_matches('0'))
    }
}
