#!/usr/bin/env bash
# The main job on a built-in default: build rvs, then check and dump the bundled
# example configuration inside a throw-away network namespace that has the
# interface the example names (eth0), exactly as `keepalived -t` would check it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo build --release -p rvs
rvs=$PWD/target/release/rvs
conf=${1:-$PWD/examples/keepalived.conf}

ns=rvs-demo-$$
cleanup() { ip netns del "$ns" 2>/dev/null || true; }
trap cleanup EXIT
ip netns add "$ns"
ip -n "$ns" link add eth0 type veth peer name eth0-peer
ip -n "$ns" link set lo up

echo "== rvs check -f $conf"
ip netns exec "$ns" "$rvs" check -f "$conf" && echo "configuration OK"
echo "== keepalived -t -f $conf (the reference, same namespace)"
if timeout 20 ip netns exec "$ns" keepalived -t -f "$conf" -l; then
  echo "keepalived agrees: configuration OK"
else
  echo "keepalived -t exit status $?"
fi
echo "== rvs dump -f $conf"
ip netns exec "$ns" "$rvs" dump -f "$conf"
