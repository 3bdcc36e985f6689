//! A child of `rvs run` stops when its watchdog dies, even by SIGKILL: the kernel
//! sends it SIGTERM (PR_SET_PDEATHSIG), so it cleans up as on any stop, as
//! keepalived's children do. Without it an orphaned child would hold the VIPs and
//! the data plane with nobody left to stop or restart it.

use nix::sys::signal::Signal;
use nix::unistd::getppid;

/// The watchdog's pid, set in its children's environment.
pub const WATCHDOG_PID: &str = "RVS_WATCHDOG_PID";

/// Asks for SIGTERM when the watchdog dies. Returns false when it is already gone
/// (it died before the request took effect): the child should not start.
pub fn follow_watchdog() -> nix::Result<bool> {
    let Some(watchdog) = std::env::var(WATCHDOG_PID)
        .ok()
        .and_then(|v| v.parse::<i32>().ok())
    else {
        return Ok(true);
    };
    nix::sys::prctl::set_pdeathsig(Signal::SIGTERM)?;
    Ok(getppid().as_raw() == watchdog)
}
