//! The model back to keepalived.conf text that parses to the same model.

mod global;
mod lvs;
mod vrrp;

use crate::model::Config;

/// Prints `cfg` as a keepalived.conf.
pub fn print(cfg: &Config) -> String {
    let mut out = String::new();
    global::print(cfg, &mut out);
    vrrp::print(cfg, &mut out);
    lvs::print(cfg, &mut out);
    out
}
