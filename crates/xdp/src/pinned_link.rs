//! XDP links pinned in bpffs, so that a program stays attached after the process that
//! attached it exits, and a later process can adopt the link.

use std::path::Path;

use aya::programs::links::{FdLink, PinnedLink};
use aya::programs::xdp::{XdpLink, XdpLinkId};
use aya::programs::{Xdp, XdpMode};

use crate::error::Error;

/// Attaches `xdp` (the program called `program`) to `ifname` through the link pinned at
/// `path`: a link already pinned there gets this program instead, atomically (its id is
/// returned: this process holds it); otherwise a new link is made and pinned.
pub fn attach(
    xdp: &mut Xdp,
    program: &'static str,
    ifname: &str,
    mode: XdpMode,
    path: &Path,
) -> Result<Option<XdpLinkId>, Error> {
    let perr = |source| Error::Program { program, source };
    let lerr = |source| Error::Link {
        path: path.to_owned(),
        source,
    };
    if path.exists() {
        let pinned = PinnedLink::from_pin(path).map_err(lerr)?;
        let link = XdpLink::try_from(FdLink::from(pinned)).map_err(lerr)?;
        return xdp.attach_to_link(link).map(Some).map_err(perr);
    }
    let id = xdp.attach(ifname, mode).map_err(perr)?;
    let link = xdp.take_link(id).map_err(perr)?;
    let fd = FdLink::try_from(link).map_err(lerr)?;
    fd.pin(path).map_err(|source| Error::Pin {
        path: path.to_owned(),
        source,
    })?;
    Ok(None)
}

/// Removes the pin at `path`; the link, and so the attachment, goes with its last
/// holder. Nothing pinned is nothing to do.
pub fn unpin(path: &Path) -> Result<(), Error> {
    if !path.exists() {
        return Ok(());
    }
    let pinned = PinnedLink::from_pin(path).map_err(|source| Error::Link {
        path: path.to_owned(),
        source,
    })?;
    pinned.unpin().map(drop).map_err(|source| Error::Unpin {
        path: path.to_owned(),
        source,
    })
}
