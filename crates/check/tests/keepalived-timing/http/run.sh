#!/bin/sh
ip link set lo up
mkdir -p /tmp/www; echo a > /tmp/www/a; echo b > /tmp/www/b
up() { read u i < /proc/uptime; echo "$u"; }
(busybox httpd -f -vv -p 127.0.0.1:8080 -h /tmp/www 2>&1 | while read l; do echo "$(up) $l"; done) > /tmp/httpd.log &
echo "$(up) start"
keepalived -n -l -D -C -f /tmp/kahttp/k.conf > /tmp/ka.log 2>&1 &
s1=none; i=0
while [ $i -lt 900 ]; do
  i=$((i+1))
  case "$(ipvsadm -Ln 2>/dev/null)" in *127.0.0.1:8080*) a=present;; *) a=absent;; esac
  [ "$a" != "$s1" ] && { echo "$(up) rs $a"; s1=$a; }
  if [ $i -eq 200 ]; then rm /tmp/www/b; echo "$(up) FAIL /b"; fi
  if [ $i -eq 500 ]; then echo b > /tmp/www/b; echo "$(up) RECOVER /b"; fi
  sleep 0.05
done
echo "--- httpd"; grep -i "url:\|GET" /tmp/httpd.log | head -60
echo "--- ka"; grep -v "^$" /tmp/ka.log | grep -i "http\|service\|quorum" | tail -20
