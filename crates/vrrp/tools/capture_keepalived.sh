#!/bin/bash
# Captures keepalived adverts (the fixtures in src/packet.rs) between two namespaces.
# Usage (root): capture_keepalived.sh VERSION VIPS GLOBAL_DEFS ADVERT_INT INSTANCE_EXTRA
set -u
WORK=$(mktemp -d); cd "$WORK"
P=$$
A=rvs-t-$P-a; B=rvs-t-$P-b
cleanup() { [ -f my.pid ] && kill $(cat my.pid) 2>/dev/null; sleep 0.3; ip netns del $A 2>/dev/null; ip netns del $B 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
ip netns add $A; ip netns add $B
ip link add va netns $A type veth peer name vb netns $B
ip -n $A link set va up; ip -n $B link set vb up
ip -n $A link set lo up; ip -n $B link set lo up
ip -n $A addr add 198.18.0.1/24 dev va; ip -n $B addr add 198.18.0.2/24 dev vb
ip -n $A addr add 2001:db8::1/64 dev va nodad; ip -n $B addr add 2001:db8::2/64 dev vb nodad
sleep 1
cat > ka.conf <<CONF
global_defs {
  router_id cap
  $3
}
vrrp_instance VI_1 {
  state BACKUP
  interface va
  virtual_router_id 51
  priority 150
  advert_int $4
  version $1
  $5
  virtual_ipaddress {
    $2
  }
}
CONF
ip netns exec $B timeout 6 tcpdump -i vb -nn -x -c 3 'ip proto 112 or ip6 proto 112' > dump.txt 2>/dev/null &
TD=$!
sleep 0.5
ip netns exec $A keepalived -n -l -D --vrrp -f ka.conf -p $PWD/ka.pid -r $PWD/vr.pid > ka.log 2>&1 &
echo $! > my.pid
wait $TD
cat dump.txt
