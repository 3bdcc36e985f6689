//! Facts about the machine that validation needs, supplied by the caller so that
//! the crate itself only reads files.

/// What the configuration is checked against. `rvs` implements it on the running
/// system; tests implement it with fixed answers.
pub trait Host {
    /// Whether a network interface with this name exists (keepalived fails
    /// `-t` when an interface the configuration names is missing).
    fn has_interface(&self, name: &str) -> bool;
}

/// A host on which every interface exists: for parsing without a machine to check against.
#[derive(Debug, Default, Clone, Copy)]
pub struct AnyHost;

impl Host for AnyHost {
    fn has_interface(&self, _name: &str) -> bool {
        true
    }
}
