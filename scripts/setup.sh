#!/usr/bin/env bash
# Installs the Debian packages rvs builds and tests with (run as root on Debian 12).
# Quiet and quick when everything is already there.
set -euo pipefail

packages=(
  clang llvm libbpf-dev          # BPF programs (crates/xdp)
  iproute2 nftables ethtool      # namespaces, vrrp_strict rules, veth offloads in XDP tests
  tcpdump iputils-ping openssl util-linux   # captures (golden VRRP, tunnels), ping, TLS certs, setpriv
  keepalived                     # the reference: samples, `keepalived -t`, VRRP peer
  qemu-system-x86 busybox-static cpio kmod ipvsadm   # ../shared/vm/ipvs-vm (real kernel IPVS)
)
# Benchmarks only (`scripts/setup.sh --bench`): nginx-light would start a web server
# on the host's port 80 under systemd, which a test run must not do.
if [[ ${1:-} == --bench ]]; then
  packages+=(haproxy nginx-light wrk time)   # crates/rvs/benches: HTTP through the VIP, timing
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: missing packages (${missing[*]}); run as root to install them" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# ../shared/vm/ipvs-vm downloads Debian's kernel package on first use: it needs
# apt's package lists.
if [ ! -f "${IPVS_VM_CACHE:-/var/cache/ipvs-vm}/ready" ] && [ "$(id -u)" -eq 0 ] \
   && ! apt-cache show linux-image-amd64 >/dev/null 2>&1; then
  apt-get update -qq
fi
command -v cargo >/dev/null || { echo "setup: cargo not found (Rust 1.95 stable is required)" >&2; exit 1; }
