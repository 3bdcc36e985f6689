#!/bin/sh
ip link set lo up
mkdir -p /tmp/www
touch /tmp/kacmp/ok
busybox httpd -f -p 127.0.0.1:8080 -h /tmp/www & H=$!
up() { read u i < /proc/uptime; echo "$u"; }
echo "$(up) start"
keepalived -n -l -D -C -f /tmp/kacmp/k.conf > /tmp/kacmp/ka.log 2>&1 &
s1=none; s2=none; i=0
while [ $i -lt 700 ]; do
  i=$((i+1))
  L=$(ipvsadm -Ln 2>/dev/null)
  case "$L" in *127.0.0.1:8080*) a=present;; *) a=absent;; esac
  case "$L" in *127.0.0.2:8080*) b=present;; *) b=absent;; esac
  [ "$a" != "$s1" ] && { echo "$(up) tcp-rs $a"; s1=$a; }
  [ "$b" != "$s2" ] && { echo "$(up) misc-rs $b"; s2=$b; }
  if [ $i -eq 150 ]; then kill $H; rm -f /tmp/kacmp/ok; echo "$(up) FAIL both"; fi
  if [ $i -eq 450 ]; then busybox httpd -f -p 127.0.0.1:8080 -h /tmp/www & H=$!; touch /tmp/kacmp/ok; echo "$(up) RECOVER both"; fi
  sleep 0.05
done
echo "--- misc invocations"; cat /tmp/kacmp/misc.log
echo "--- keepalived log"; cat /tmp/kacmp/ka.log | grep -v "^$" | tail -40
