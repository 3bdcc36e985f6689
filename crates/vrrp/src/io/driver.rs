//! A minimal blocking driver for one instance on one socket, quinn-style: feed
//! inputs, drain every action, sleep until the next timer or packet. The daemon's
//! async shell replaces it; tests and tools use it against real peers.

use std::io::ErrorKind;
use std::time::Duration;

use super::any_socket::VrrpSocket;
use super::error::IoError;
use crate::instance::{Action, Instance};
use crate::time::Instant;

pub struct BlockingDriver {
    socket: VrrpSocket,
    /// Where adverts leave when not from `socket` (keepalived's VMAC interface).
    sender: Option<VrrpSocket>,
    instance: Instance,
    /// Wall-clock time of the instance's `Instant::ZERO`.
    epoch: std::time::Instant,
    /// Frames dropped before the instance saw them (not IPv4 VRRP, bad IP length,
    /// IPv6 without its ancillary data).
    frame_errors: u64,
}

impl BlockingDriver {
    /// `instance` must have been created at `Instant::ZERO`, which is `epoch`.
    pub fn new(
        socket: impl Into<VrrpSocket>,
        instance: Instance,
        epoch: std::time::Instant,
    ) -> Self {
        BlockingDriver {
            socket: socket.into(),
            sender: None,
            instance,
            epoch,
            frame_errors: 0,
        }
    }

    /// Sends adverts from `sender`; `socket` still receives.
    pub fn with_sender(mut self, sender: VrrpSocket) -> Self {
        self.sender = Some(sender);
        self
    }

    pub fn frame_errors(&self) -> u64 {
        self.frame_errors
    }

    pub fn instance(&self) -> &Instance {
        &self.instance
    }

    pub fn instance_mut(&mut self) -> &mut Instance {
        &mut self.instance
    }

    pub fn now(&self) -> Instant {
        Instant::from_micros(u64::try_from(self.epoch.elapsed().as_micros()).unwrap_or(u64::MAX))
    }

    /// Sends the adverts among pending actions and hands every action to `on_action`.
    pub fn flush(&mut self, on_action: &mut impl FnMut(Instant, &Action)) -> Result<(), IoError> {
        let now = self.now();
        while let Some(a) = self.instance.poll_action() {
            if let Action::SendAdvert(out) = &a {
                self.sender.as_mut().unwrap_or(&mut self.socket).send(out)?;
            }
            on_action(now, &a);
        }
        Ok(())
    }

    /// Runs the instance until the wall clock reaches `deadline`.
    pub fn run_until(
        &mut self,
        deadline: std::time::Instant,
        mut on_action: impl FnMut(Instant, &Action),
    ) -> Result<(), IoError> {
        let mut buf = vec![0u8; 65_535];
        loop {
            let now = self.now();
            self.instance.handle_timeout(now);
            self.flush(&mut on_action)?;
            let left = deadline.saturating_duration_since(std::time::Instant::now());
            if left.is_zero() {
                return Ok(());
            }
            let until_timer = self
                .instance
                .poll_timeout()
                .map_or(left, |t| t.saturating_since(self.now()));
            let wait = left.min(until_timer).max(Duration::from_millis(1));
            if !self.socket.wait_readable(wait)? {
                continue;
            }
            // Readable: the timeout only guards against a packet gone meanwhile.
            self.socket.set_read_timeout(Some(wait))?;
            match self.socket.recv(&mut buf) {
                Ok(rx) => {
                    let now = self.now();
                    // Rejections are counted by the instance.
                    let _ = self.instance.handle_packet(now, &rx);
                }
                Err(IoError::Receive { source })
                    if matches!(source.kind, ErrorKind::WouldBlock | ErrorKind::TimedOut) => {}
                Err(IoError::Frame(_)) => self.frame_errors += 1,
                Err(e) => return Err(e),
            }
        }
    }
}
