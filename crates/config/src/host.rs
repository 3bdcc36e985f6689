//! Facts about the machine that validation needs, supplied by the caller so that
//! the crate itself only reads files.

/// What the configuration is checked against. `rvs` implements it on the running
/// system; tests implement it with fixed answers.
pub trait Host {
    /// Whether a network interface with this name exists (keepalived fails
    /// `-t` when an interface the configuration names is missing).
    fn has_interface(&self, name: &str) -> bool;

    /// Whether a script's program exists: an absolute path, or a name found
    /// on `PATH` as keepalived searches it. `None` when this host cannot tell:
    /// the checks that depend on it are then skipped.
    fn find_program(&self, program: &str) -> Option<bool>;

    /// Whether a user of this name exists (`script_user`, keepalived's default
    /// script user).
    fn user_exists(&self, name: &str) -> bool;

    /// Whether a host name or address resolves (keepalived looks up
    /// `smtp_server` with getaddrinfo). `None` when this host cannot tell.
    fn resolves(&self, name: &str) -> Option<bool>;
}

/// A host on which every interface and user exists and programs are not
/// looked for: for parsing without a machine to check against.
#[derive(Debug, Default, Clone, Copy)]
pub struct AnyHost;

impl Host for AnyHost {
    fn has_interface(&self, _name: &str) -> bool {
        true
    }

    fn find_program(&self, _program: &str) -> Option<bool> {
        None
    }

    fn user_exists(&self, _name: &str) -> bool {
        true
    }

    fn resolves(&self, _name: &str) -> Option<bool> {
        None
    }
}

/// Whether `program` exists as keepalived looks for scripts: a path as
/// given, or a bare name searched on `PATH` as `execvp` does.
pub fn program_on_disk(program: &str) -> bool {
    use std::os::unix::fs::PermissionsExt;
    if program.contains('/') {
        // A directory is no script (keepalived disables it as insecure).
        return std::path::Path::new(program).is_file();
    }
    let path = std::env::var_os("PATH").unwrap_or_else(|| "/usr/bin:/bin".into());
    std::env::split_paths(&path).any(|dir| {
        std::fs::metadata(dir.join(program))
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    })
}
