//! Link state of an instance's interface and its `track_interface`s, polled from sysfs
//! each driver slice. keepalived counts an interface up when it is both UP and RUNNING;
//! sysfs `flags` never shows RUNNING, so `carrier` stands for it.

use rvs_vrrp::Input;

const IFF_UP: u32 = 0x1;

/// Reports changes of the interfaces one instance depends on.
pub struct LinkWatch {
    own: String,
    tracked: Vec<String>,
    /// Last state reported, by position: own first, then tracked; `None` before the first poll.
    last: Vec<Option<bool>>,
}

impl LinkWatch {
    pub fn new(own: &str, tracked: Vec<String>) -> Self {
        LinkWatch {
            own: own.to_owned(),
            last: vec![None; tracked.len() + 1],
            tracked,
        }
    }

    /// Inputs for every interface whose state changed since the last call (all of them
    /// on the first), given a way to read the state.
    pub fn changes(&mut self, is_up: impl Fn(&str) -> bool) -> Vec<Input> {
        let mut out = Vec::new();
        let names = std::iter::once(&self.own).chain(&self.tracked);
        for (i, name) in names.enumerate() {
            let up = is_up(name);
            if self.last[i] != Some(up) {
                self.last[i] = Some(up);
                out.push(if i == 0 {
                    Input::Link { up }
                } else {
                    Input::Interface {
                        name: name.clone(),
                        up,
                    }
                });
            }
        }
        out
    }
}

/// Administratively up with carrier, per sysfs; a missing interface is down.
pub fn sysfs_is_up(ifname: &str) -> bool {
    let read = |f: &str| std::fs::read_to_string(format!("/sys/class/net/{ifname}/{f}"));
    let admin_up = read("flags")
        .ok()
        .and_then(|t| u32::from_str_radix(t.trim().trim_start_matches("0x"), 16).ok())
        .is_some_and(|f| f & IFF_UP != 0);
    // Reading `carrier` fails with EINVAL while the interface is down.
    admin_up && read("carrier").is_ok_and(|c| c.trim() == "1")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn first_poll_reports_everything_then_only_changes() {
        let mut w = LinkWatch::new("eth0", vec!["eth1".into()]);
        let eth1_up = Cell::new(true);
        let up = |n: &str| n == "eth0" || eth1_up.get();
        assert_eq!(
            w.changes(up),
            vec![
                Input::Link { up: true },
                Input::Interface {
                    name: "eth1".into(),
                    up: true
                }
            ]
        );
        assert_eq!(w.changes(up), vec![]);
        eth1_up.set(false);
        assert_eq!(
            w.changes(up),
            vec![Input::Interface {
                name: "eth1".into(),
                up: false
            }]
        );
    }

    #[test]
    fn loopback_is_up_and_a_missing_interface_down() {
        assert!(sysfs_is_up("lo"));
        assert!(!sysfs_is_up("rvs-no-such-if"));
    }
}
