#!/usr/bin/env bash
# Soak: steady digest REGISTER traffic against `centralectl serve` for SOAK_SECS
# (default 600) from 500 accounts; samples the engine's resident memory and open
# file descriptors every 10 s and reports growth after warm-up and failed exchanges.
# Loopback only; bounded in time and count. ctest label "soak" (CI skips it).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
ctl="$top/${BUILD_DIR:-build}/app/ctl/centralectl"
secs=${SOAK_SECS:-600}
rate=${SOAK_RATE:-200}
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

db="$work/c.sqlite"
"$ctl" --db "$db" settings set sip.primary 127.0.0.1:32060 >/dev/null
"$ctl" --db "$db" settings set sip.secondary 127.0.0.1:32062 >/dev/null
"$ctl" --db "$db" settings set security.flood.rate 0 >/dev/null
python3 "$top/tests/tools/make-accounts.py" "$db" 500 "$work"
# Short registrations so that expiry, refresh and the write-behind all keep working.
sed -i 's/;3600$/;60/' "$work/users.csv"
"$ctl" --db "$db" serve > "$work/serve.log" 2>&1 &
spid=$!
pids+=($spid)
sleep 1
timeout $((secs + 60)) sipp -sf "$top/tests/data/sipp/reg_ok.xml" -inf "$work/users.csv" 127.0.0.1:32060 -i 127.0.0.1 -p 32100 \
    -r "$rate" -m $((rate * secs)) -recv_timeout 5000 -nostdin -timeout $((secs + 30))s -timeout_error > "$work/sipp.out" 2>&1 &
sipp_pid=$!
pids+=($sipp_pid)

echo "t(s) rss(KiB) fds"
samples=()
for ((t = 10; t <= secs; t += 10)); do
    sleep 10
    rss=$(awk '/VmRSS/ {print $2}' /proc/$spid/status)
    fds=$(ls /proc/$spid/fd | wc -l)
    echo "$t $rss $fds"
    samples+=("$t $rss $fds")
done
wait "$sipp_pid" || true
ok=$(awk -F'|' '/Successful call/ {gsub(/ /,"",$3); print $3}' "$work/sipp.out" | tail -1)
failed=$(awk -F'|' '/Failed call/ {gsub(/ /,"",$3); print $3}' "$work/sipp.out" | tail -1)
warm=$(echo "${samples[5]:-${samples[0]}}" | awk '{print $2}')
last=$(echo "${samples[-1]}" | awk '{print $2}')
fd0=$(echo "${samples[5]:-${samples[0]}}" | awk '{print $3}')
fd1=$(echo "${samples[-1]}" | awk '{print $3}')
echo
echo "soak: ${secs}s at ${rate} REGISTER exchanges/s: ok=${ok:-?} failed=${failed:-?}"
echo "soak: RSS after warm-up (60 s) ${warm} KiB, at end ${last} KiB, growth $((last - warm)) KiB"
echo "soak: open fds after warm-up ${fd0}, at end ${fd1}"
[ "${failed:-1}" = "0" ] && [ "$fd1" -le "$fd0" ]
