#!/bin/sh
ip link set lo up
mkdir -p /tmp/www
busybox httpd -f -p 127.0.0.1:8080 -h /tmp/www & A=$!
busybox httpd -f -p 127.0.0.2:8081 -h /tmp/www & B=$!
up() { read u i < /proc/uptime; echo "$u"; }
keepalived -n -l -D -C -f /tmp/kasorry/k.conf > /tmp/ka.log 2>&1 &
prev=""; i=0
while [ $i -lt 300 ]; do
  i=$((i+1))
  cur=$(ipvsadm -Ln 2>/dev/null | grep -- "->" | grep -v RemoteAddress | awk '{print $2"/w"$4}' | sort | tr '\n' ' ')
  [ "$cur" != "$prev" ] && { echo "$(up) table: $cur"; prev=$cur; }
  if [ $i -eq 60 ]; then kill $B; echo "$(up) KILL B"; fi
  if [ $i -eq 180 ]; then busybox httpd -f -p 127.0.0.2:8081 -h /tmp/www & B=$!; echo "$(up) RESTART B"; fi
  sleep 0.05
done
grep -v "^$" /tmp/ka.log | grep -i "quorum\|sorry\|service\|pool" | tail -20
