#!/usr/bin/env bash
# A demo reseller in a scratch database, with a running engine, registered PBXs and phones
# (sipp on loopback), a stand-in carrier and a week of calls, so the console shows a living
# system. Built from the ordinary centralectl commands; nothing outside the scratch folder
# is touched.
#   scripts/demo.sh                          open the console on the demo (close it to stop)
#   scripts/demo.sh --screenshots DIR        write every page in both languages to DIR and stop
#                                            (docs/screenshots for the README; needs xvfb-run)
#   scripts/demo.sh --keep                   keep the scratch folder (printed) afterwards
# Environment: CENTRALE_BUILD (default build), CENTRALE_DEMO_ADDR (engine address, default
# 127.0.0.1; the PBXs register from .2 and .3 of the same /24), CENTRALE_DEMO_PORT (default
# 5060; the secondary server listens 2 above it, the carrier 4 above it).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${CENTRALE_BUILD:-build}
addr=${CENTRALE_DEMO_ADDR:-127.0.0.1}
port=${CENTRALE_DEMO_PORT:-5060}
net=${addr%.*}
pbx_ip=$net.2
attacker_ip=$net.3
shots=
keep=
while [ $# -gt 0 ]; do
    case "$1" in
    --screenshots) shots=${2:?--screenshots needs a folder}; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "demo: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
ctlbin=$build/app/ctl/centralectl
gui=$build/app/centrale/centrale
for b in "$ctlbin" "$gui"; do
    [ -x "$b" ] || { echo "demo: $b is not built; run scripts/setup.sh first" >&2; exit 1; }
done
command -v sipp >/dev/null || { echo "demo: sipp is missing (Debian package sip-tester)" >&2; exit 1; }

work=$(mktemp -d /tmp/centrale-demo.XXXXXX)
db=$work/demo.sqlite
secrets=$work/secrets.json
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    if [ -n "$keep" ]; then echo "demo: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
ctl() { "$ctlbin" --db "$db" --secrets-file "$secrets" "$@"; }

echo "demo: filling $db"
ctl settings set sip.primary "$addr:$port" >/dev/null
ctl settings set sip.secondary "$addr:$((port + 2))" >/dev/null
ctl settings set sip.qualify.interval 0 >/dev/null # sipp registers and leaves; keep its bindings up
ctl settings set media.relay never >/dev/null
ctl settings set upstream.address "$addr:$((port + 4))" >/dev/null
ctl settings set upstream.username reseller-demo >/dev/null
printf "%s\n" demo-carrier-password | ctl settings password upstream --password-stdin >/dev/null

ctl number add 31502053031 31502053032 31502053033 31502053040 31502053041 \
    31203981200 31203981201 31203981202 31104561700 31104561701 31104561702 31104561703 \
    31582337000 31582337001 31302619900 31302619901 31502053090 31502053091 31502053092 31502053099 >/dev/null

ctl callplan add --name "Receptie Bakkerij" --internal 3040 >/dev/null
ctl callplan link --callplan "Receptie Bakkerij" --number 31502053040 >/dev/null
ctl callplan add --name "Storingsdienst" --internal 3099 >/dev/null
ctl callplan link --callplan "Storingsdienst" --number 31502053099 >/dev/null

# name, brand, type, channels, numbers, username prefix
trunk() {
    local name=$1 brand=$2 type=$3 channels=$4 user=$5; shift 5
    local nums=()
    for n in "$@"; do nums+=(--number "$n"); done
    printf '%s\n%s\n' "demo-$user-1" "demo-$user-2" |
        ctl trunk add --name "$name" --brand "$brand" --type "$type" --channels "$channels" --format noplus \
            --ip "$pbx_ip" --primary-user "$user" --secondary-user "$user-2" "${nums[@]}" --password-stdin >/dev/null
}
trunk "Bakkerij De Vries" yeastar S20 4 devries 31502053031:in:cid 31502053032:in:cid 31502053033:in
trunk "Autobedrijf Jansen" 3cx v18 8 jansen 31203981200:in:cid 31203981201:in:cid 31203981202:in:cid
trunk "Advocatenkantoor Bos" avaya IP500 10 bos 31104561700:in:cid 31104561701:in:cid 31104561702:in 31104561703:in
trunk "Tandartspraktijk Smit" freepbx 16 2 smit 31582337000:in:cid 31582337001:in
trunk "Camping Zonnedauw" snom 300 2 zonnedauw 31302619900:in:cid 31302619901:in
for n in 31502053090 31502053091 31502053092; do
    printf '%s\n' "demo-$n" | ctl phone add --number "$n" --password-stdin >/dev/null
done
# Tight limits for one customer, so the dashboard has something to warn about.
ctl limits set --trunk "Autobedrijf Jansen" --amount-hour 1 --amount-day 1.50 --amount-week 8 --warn 80,95 >/dev/null
ctl demo calls --days 7 --seed 21

echo "demo: starting the engine on $addr:$port and $addr:$((port + 2))"
sipp -sf scripts/demo/carrier.xml -i "$addr" -p $((port + 4)) -m 1000 -nostdin -timeout 600s >/dev/null 2>&1 &
pids+=($!)
"$ctlbin" --db "$db" --secrets-file "$secrets" serve >"$work/serve.log" 2>&1 & # not via ctl(): $! must be the engine
pids+=($!)
for _ in $(seq 150); do # up to 30 s on a busy machine
    grep -q "engine: running" <<<"$(ctl status 2>/dev/null)" && break # not a pipe: grep -q would SIGPIPE it under pipefail
    sleep 0.2
done
grep -q "engine: running" <<<"$(ctl status 2>/dev/null)" || { echo "demo: the engine did not start:" >&2; cat "$work/serve.log" >&2; exit 1; }

# The PBXs and phones register from $pbx_ip (sipp); Camping Zonnedauw stays down.
register() { # server-port, then user:password pairs
    local target=$1; shift
    local csv=$work/users-$target.csv
    echo SEQUENTIAL >"$csv"
    for up in "$@"; do
        echo "${up%%:*};[authentication username=${up%%:*} password=${up#*:}];3600" >>"$csv"
    done
    sipp -sf tests/data/sipp/reg_ok.xml -inf "$csv" "$addr:$target" -i "$pbx_ip" -p $((43000 + target % 1000)) -m $# \
        -timeout 20s -recv_timeout 3000 -nostdin -timeout_error >/dev/null 2>&1 || echo "demo: some registrations to $target failed" >&2
}
register "$port" devries:demo-devries-1 jansen:demo-jansen-1 bos:demo-bos-1 smit:demo-smit-1 \
    31502053090:demo-31502053090 31502053091:demo-31502053091
register $((port + 2)) devries-2:demo-devries-2 bos-2:demo-bos-2
# Someone guessing passwords gets blocked.
csv=$work/guess.csv
echo SEQUENTIAL >"$csv"
for i in $(seq 12); do echo "jansen;[authentication username=jansen password=guess$i];3600" >>"$csv"; done
sipp -sf tests/data/sipp/reg_forbidden.xml -inf "$csv" "$addr:$port" -i "$attacker_ip" -p 43990 -m 12 \
    -timeout 15s -recv_timeout 2000 -nostdin >/dev/null 2>&1 || true
sleep 1

if [ -n "$shots" ]; then
    mkdir -p "$shots"
    echo "demo: screenshots into $shots"
    xvfb-run -a -s "-screen 0 1280x800x24" "$gui" --db "$db" --secrets-file "$secrets" --screenshot "$shots"
else
    echo "demo: console open; close it to stop the demo"
    "$gui" --db "$db" --secrets-file "$secrets" --no-engine
fi
