//! Gratuitous ARP and unsolicited neighbour advertisement frames, as keepalived
//! sends them when it becomes MASTER (`Action::Announce`). Pure builders: the frames
//! go out on an AF_PACKET socket of the VIP's interface.

use std::net::{Ipv4Addr, Ipv6Addr};

/// Ethernet + ARP, no padding (keepalived sends 42 bytes).
pub const GARP_LEN: usize = 42;
/// Ethernet + IPv6 + ICMPv6 NA with a target link-layer address option.
pub const NA_LEN: usize = 86;

const ALL_NODES: Ipv6Addr = Ipv6Addr::new(0xff02, 0, 0, 0, 0, 0, 0, 1);

/// An ARP request for `vip` from `vip` (sender and target both the VIP, target MAC
/// all-ones), broadcast from `mac`: keepalived's gratuitous ARP.
pub fn garp_frame(mac: [u8; 6], vip: Ipv4Addr) -> [u8; GARP_LEN] {
    let mut f = [0u8; GARP_LEN];
    f[0..6].copy_from_slice(&[0xff; 6]);
    f[6..12].copy_from_slice(&mac);
    f[12..14].copy_from_slice(&0x0806u16.to_be_bytes());
    // Ethernet, IPv4, address lengths 6 and 4, operation 1 (request).
    f[14..22].copy_from_slice(&[0x00, 0x01, 0x08, 0x00, 6, 4, 0x00, 0x01]);
    f[22..28].copy_from_slice(&mac);
    f[28..32].copy_from_slice(&vip.octets());
    f[32..38].copy_from_slice(&[0xff; 6]);
    f[38..42].copy_from_slice(&vip.octets());
    f
}

fn icmpv6_checksum(src: &Ipv6Addr, dst: &Ipv6Addr, msg: &[u8]) -> u16 {
    let mut acc: u32 = 0;
    let mut add = |bytes: &[u8]| {
        for w in bytes.chunks(2) {
            acc += u32::from(u16::from_be_bytes([w[0], *w.get(1).unwrap_or(&0)]));
        }
    };
    add(&src.octets());
    add(&dst.octets());
    add(&(msg.len() as u32).to_be_bytes());
    add(&[0, 0, 0, 58]);
    add(msg);
    while acc > 0xffff {
        acc = (acc & 0xffff) + (acc >> 16);
    }
    !(acc as u16)
}

/// An unsolicited neighbour advertisement for `vip` to all nodes, from `vip`, with
/// the Override flag and `mac` as target link-layer address: keepalived's NA.
pub fn unsolicited_na_frame(mac: [u8; 6], vip: Ipv6Addr) -> [u8; NA_LEN] {
    let mut f = [0u8; NA_LEN];
    f[0..6].copy_from_slice(&[0x33, 0x33, 0, 0, 0, 1]);
    f[6..12].copy_from_slice(&mac);
    f[12..14].copy_from_slice(&0x86ddu16.to_be_bytes());
    // IPv6: version 6, payload 32, next header ICMPv6, hop limit 255.
    f[14..22].copy_from_slice(&[0x60, 0, 0, 0, 0, 32, 58, 255]);
    f[22..38].copy_from_slice(&vip.octets());
    f[38..54].copy_from_slice(&ALL_NODES.octets());
    let icmp = &mut f[54..86];
    icmp[0] = 136;
    icmp[4] = 0x20; // Override; not Router, not Solicited
    icmp[8..24].copy_from_slice(&vip.octets());
    icmp[24] = 2; // target link-layer address option, 8 bytes
    icmp[25] = 1;
    icmp[26..32].copy_from_slice(&mac);
    let c = icmpv6_checksum(&vip, &ALL_NODES, icmp);
    icmp[2..4].copy_from_slice(&c.to_be_bytes());
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    const MAC: [u8; 6] = [0x02, 0, 0, 0, 0, 0x01];

    fn hex(s: &str) -> Vec<u8> {
        let s: String = s.split_whitespace().collect();
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).expect("hex fixture"))
            .collect()
    }

    /// Captured from keepalived 2.2.7 becoming MASTER for 198.18.0.100 on a veth
    /// with MAC 02:00:00:00:00:01 (5 identical frames at the transition).
    #[test]
    fn garp_matches_keepalived() {
        let want = hex(
            "ffff ffff ffff 0200 0000 0001 0806 0001 0800 0604 0001 0200 0000 0001 c612 0064
             ffff ffff ffff c612 0064",
        );
        assert_eq!(
            garp_frame(MAC, Ipv4Addr::new(198, 18, 0, 100)).to_vec(),
            want
        );
    }

    /// Captured from keepalived 2.2.7 becoming MASTER for 2001:db8::100.
    #[test]
    fn unsolicited_na_matches_keepalived() {
        let want = hex(
            "3333 0000 0001 0200 0000 0001 86dd 6000 0000 0020 3aff 2001 0db8 0000 0000 0000
             0000 0000 0100 ff02 0000 0000 0000 0000 0000 0000 0001 8800 f72c 2000 0000 2001
             0db8 0000 0000 0000 0000 0000 0100 0201 0200 0000 0001",
        );
        let vip: Ipv6Addr = "2001:db8::100".parse().expect("literal");
        assert_eq!(unsolicited_na_frame(MAC, vip).to_vec(), want);
    }
}
