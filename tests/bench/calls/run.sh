#!/usr/bin/env bash
# Calls through Centrale's B2BUA against Kamailio as a stateful relay of the same traffic,
# in the same run: sipp as the PBX (INVITE → 407 → INVITE with digest → 180/200 → ACK →
# BYE after the hold time) → server → sipp as the carrier (answers every call).
#  1. calls per second: the highest offered rate whose bounded step completes on time with
#     every call successful;
#  2. concurrent calls: a steady rate with a long hold, and the server's memory (PSS) per
#     concurrent call at the plateau.
# On Centrale every policy check runs: IP whitelist, digest, caller ID, E.164 normalisation,
# destination whitelist (the default ~100 countries), channels, hour/day/week limits priced
# from the sample rate table, the call log written behind. Loopback only; every step is
# bounded in count and time.
#   tests/bench/calls/run.sh [build-dir]   (default: build)
#   env: STEP_SECS (6) HOLD_MS (200) RATES ("200 400 …") CONC_RATE (100) CONC_HOLD_S (8)
#        PERF_OUT=FILE  also record a perf profile of the engine during the rate ladder
#        TRACE=on|off   the engine's SIP trace store (diagnostics.trace; default on, as shipped)
#        ONLY=centrale  skip Kamailio (for comparing TRACE=on and TRACE=off quickly)
#        WORKERS (1)    SIP worker threads of the engine (serve --workers)
#        SOURCES (1)    sipp PBX processes, each from its own port and at rate/SOURCES, so that
#                       SO_REUSEPORT's 4-tuple hash can spread them over the workers (the same
#                       for Kamailio)
#        BENCH_IP (127.0.0.1) BENCH_CARRIER_IP (127.0.0.3) ENGINE_PORT (35060)
#        KAMAILIO_PORT (36060) SRC_PORT (35100) KAMAILIO_SRC_PORT (36100) CARRIER_PORT (37060)
#        KAMAILIO_CARRIER_PORT (37160) WORKER_PORT (0: the engine's primary port + 100)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
ctl="$top/${1:-build}/app/ctl/centralectl"
pbx="$top/tests/data/sipp/calls/pbx_call.xml"
carrier="$top/tests/data/sipp/calls/carrier_answer.xml"
step_secs=${STEP_SECS:-6}
hold_ms=${HOLD_MS:-200}
rates=(${RATES:-200 400 600 800 1000 1100 1200 1300 1400 1500 1600 1700 1800 1900 2000 2200 2400 2600 2800 3000})
conc_rate=${CONC_RATE:-100}
conc_hold=${CONC_HOLD_S:-8}
trunk_number=31502053031
workers=${WORKERS:-1}
sources=${SOURCES:-1}
ip=${BENCH_IP:-127.0.0.1}
carrier_ip=${BENCH_CARRIER_IP:-127.0.0.3}
engine_port=${ENGINE_PORT:-35060}
kamailio_port=${KAMAILIO_PORT:-36060}
src_port=${SRC_PORT:-35100}
kamailio_src_port=${KAMAILIO_SRC_PORT:-36100}
carrier_port=${CARRIER_PORT:-37060}
kamailio_carrier_port=${KAMAILIO_CARRIER_PORT:-37160}
password=bench-Pass-1
for t in sipp kamailio python3; do command -v "$t" >/dev/null || { echo "bench: $t is missing" >&2; exit 1; }; done
[ -x "$ctl" ] || { echo "bench: build first ($ctl missing)" >&2; exit 1; }
[ $((conc_rate * conc_hold)) -le 1000 ] || { echo "bench: CONC_RATE × CONC_HOLD_S must stay within the trunk's 1,000 channels" >&2; exit 2; }

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

# One trunk (PBX on $ip, the carrier on $carrier_ip: the engine tells them apart by
# address), 1,000 channels, limits high enough for the run but checked on every call.
db="$work/centrale.sqlite"
c() { "$ctl" --db "$db" --secrets-file "$work/secrets.json" "$@" >/dev/null; }
c settings set sip.primary "$ip:$engine_port"
c settings set sip.secondary "$ip:$((engine_port + 2))"
c settings set sip.workers.port "${WORKER_PORT:-0}"
c settings set sip.qualify.interval 0
case "${TRACE:-on}" in on) c settings set diagnostics.trace 1 ;; off) c settings set diagnostics.trace 0 ;; *) echo "bench: TRACE must be on or off" >&2; exit 2 ;; esac
c settings set upstream.address "$carrier_ip:$carrier_port"
# One sipp source sends everything; the per-source flood limit (pike's job) is off, as
# Kamailio's config here has no pike either.
c settings set security.flood.rate 0
# The fraud detector still checks every call, but a benchmark's thousands of short calls a
# second from one new trunk are exactly what it blocks: thresholds above the run's traffic.
c settings set fraud.floor.calls 100000000
c settings set fraud.floor.cents 100000000
c settings set fraud.burst.calls 100000000
c rates import "$top/data/rates-sample.csv"
c number add "$trunk_number"
printf '%s\n%s\n' "$password" "$password-2" | c trunk add --name bench --channels 1000 --brand asterisk --format noplus \
    --ip "$ip/32" --number "$trunk_number" --password-stdin
# The highest limits `limits set` takes (€ 999,999 and a million calls): far above the run.
c limits set --trunk bench --amount-hour 999999 --amount-day 999999 --amount-week 999999 \
    --calls-hour 1000000 --calls-day 1000000 --calls-week 1000000 --cps 0 --warn 80,95
printf 'SEQUENTIAL\n%s;0201234567;[authentication username=%s password=%s];;\n' "$trunk_number" "$trunk_number" "$password" > "$work/calls.csv"
mkdir -p "$work/dbtext"
printf 'id(int,auto) username(string) domain(string) password(string) ha1(string) ha1b(string)\n1:%s:%s:%s:x:x\n' "$trunk_number" "$ip" "$password" > "$work/dbtext/subscriber"
printf 'table_name(string) table_version(int)\nsubscriber:7\n' > "$work/dbtext/version"

# The carrier: a sipp UAS that answers every call, for as long as the server runs.
start_carrier() {
    sipp -sf "$carrier" -i "$carrier_ip" -p "$1" -nostdin >"$work/uas-$1.log" 2>&1 &
    pids+=($!)
}

# One bounded run as the PBX, from $sources sipp processes (ports port, port+1, …) sharing
# the rate and the count; prints "ok failed seconds" summed over them.
offer() {
    local target=$1 port=$2 rate=$3 count=$4 hold=$5 start end ok=0 failed=0 s o f
    local r=$((rate / sources)) m=$((count / sources))
    start=$(date +%s.%N)
    local running=()
    for ((s = 0; s < sources; s++)); do
        timeout $((m / r * 4 + hold / 1000 + 20)) sipp -sf "$pbx" -inf "$work/calls.csv" "$target" -i "$ip" -p $((port + s)) \
            -r "$r" -m "$m" -l $((1000 / sources)) -d "$hold" -recv_timeout 8000 -timeout $((m / r * 3 + hold / 1000 + 10))s \
            -nostdin -timeout_error -max_socket 2000 -default_behaviors all,-abortunexp > "$work/pbx-$s.out" 2>&1 &
        running+=($!)
    done
    wait "${running[@]}" 2>/dev/null || true
    end=$(date +%s.%N)
    for ((s = 0; s < sources; s++)); do
        o=$(awk -F'|' '/Successful call/ {gsub(/ /,"",$3); print $3}' "$work/pbx-$s.out" | tail -1)
        f=$(awk -F'|' '/Failed call/ {gsub(/ /,"",$3); print $3}' "$work/pbx-$s.out" | tail -1)
        ok=$((ok + ${o:-0}))
        if [ -n "$f" ] && [ "$failed" != "?" ]; then failed=$((failed + f)); else failed="?"; fi
    done
    echo "$ok $failed $(python3 -c "print(round($end-$start,2))")"
}

# Highest rate at which a bounded step completes on time with every call successful; a
# failed step gets one more try (the same for both servers), as sipp shares the two cores.
max_rate() {
    local target=$1 port=$2 best=0
    for r in "${rates[@]}"; do
        local n=$((r / sources * sources * step_secs)) ok failed secs passed=0
        for attempt in 1 2; do
            read -r ok failed secs < <(offer "$target" "$port" "$r" "$n" "$hold_ms")
            echo "  $target: offered $r calls/s × ${step_secs}s → ok=$ok failed=$failed in ${secs}s" >&2
            if [ "$ok" = "$n" ] && [ "$failed" = 0 ] && python3 -c "import sys; sys.exit(0 if $secs <= $step_secs * 1.15 + $hold_ms / 1000 + 1 else 1)"; then
                passed=1
                break
            fi
            sleep 3 # let the failed step's calls time out on both sides
        done
        [ "$passed" = 1 ] || break
        best=$r
    done
    echo "$best"
}

pss_kb() { # proportional set size of the given processes, summed (Kamailio shares memory between its processes)
    local sum=0
    for p in "$@"; do sum=$((sum + $(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0))); done
    echo "$sum"
}
# Private anonymous memory (heap, stacks) of the given processes: unlike PSS it does not move
# when other programs that map the same libraries start or stop, which on a busy machine shifted
# a PSS delta by several MB. Kamailio's shared memory pool is not in it: for Kamailio the PSS
# figure is the one to compare.
anon_kb() {
    local sum=0
    for p in "$@"; do sum=$((sum + $(awk '/^Anonymous:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0))); done
    echo "$sum"
}

# Steady calls with a long hold; prints "concurrent_calls memory_delta_kb ok failed".
concurrency() {
    local target=$1 port=$2; shift 2
    local n=$((conc_rate / sources * sources * (conc_hold + 4))) before peak=0 sampler
    before=$(pss_kb "$@")
    anon_before=$(anon_kb "$@")
    ( while sleep 0.5; do echo "$(pss_kb "$@") $(anon_kb "$@")"; done ) > "$work/pss" &
    sampler=$!
    read -r ok failed secs < <(offer "$target" "$port" "$conc_rate" "$n" $((conc_hold * 1000)))
    kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
    peak=$(awk '{print $1}' "$work/pss" | sort -n | tail -1)
    anon_peak=$(awk '{print $2}' "$work/pss" | sort -n | tail -1)
    echo "  $target: $conc_rate calls/s held ${conc_hold}s → ok=$ok failed=$failed, PSS ${before} kB → peak ${peak:-?} kB; anonymous ${anon_before} kB → peak ${anon_peak:-?} kB ($(python3 -c "print('%.1f' % ((${anon_peak:-0} - $anon_before) / ($conc_rate * $conc_hold)))") kB per concurrent call)" >&2
    echo "$((conc_rate * conc_hold)) $(( ${peak:-0} - before )) $ok $failed"
}

rev=$(git -C "$top" rev-parse --short HEAD 2>/dev/null || echo '?')
echo "Centrale ($rev): centralectl serve --workers $workers, B2BUA with every policy check, $sources PBX sipp source(s), carrier sipp on $carrier_ip:$carrier_port" >&2
start_carrier "$carrier_port"
"$ctl" --db "$db" --secrets-file "$work/secrets.json" serve --workers "$workers" > "$work/centrale.log" 2>&1 &
pids+=($!)
cpid=$!
sleep 1
offer "$ip:$engine_port" "$src_port" 10 20 0 >/dev/null # warm-up: lazy initialisation is not per-call memory
read -r c_conc c_mem c_ok c_failed < <(concurrency "$ip:$engine_port" "$src_port" "$cpid")
if [ -n "${PERF_OUT:-}" ]; then # where the engine's time goes, during the ladder
    perf record -F 499 -g -p "$cpid" -o "$PERF_OUT" >/dev/null 2>&1 &
    perfpid=$!
fi
centrale=$(max_rate "$ip:$engine_port" "$src_port")
[ -n "${perfpid:-}" ] && { kill -INT "$perfpid"; wait "$perfpid" 2>/dev/null || true; }
c_cpu=$(awk '{print ($14 + $15) / 100}' "/proc/$cpid/stat")
c_calls=$(sqlite3 "$db" "SELECT count(*) FROM call_log" 2>/dev/null || echo '?')
kill "$cpid"; wait "$cpid" 2>/dev/null || true
grep -o 'stats .*' "$work/centrale.log" >&2 || true

if [ "${ONLY:-}" = centrale ]; then
    echo
    echo "Call benchmark, Centrale only ($workers worker(s), $sources PBX source(s); trace ${TRACE:-on}; hold ${hold_ms} ms, ${step_secs}s steps; concurrency at $conc_rate calls/s held ${conc_hold}s)"
    echo "  centrale: $centrale calls/s; $c_conc concurrent calls ($c_ok ok, $c_failed failed): $(python3 -c "print('%.1f' % ($c_mem / $c_conc))") kB per concurrent call"
    echo "  centrale: ${c_cpu}s of CPU for the whole run; $c_calls calls in its call log"
    exit 0
fi
echo "Kamailio $(kamailio -v 2>/dev/null | head -1 | awk '{print $3}'): tm + rr + auth_db (db_text), children=2, carrier sipp on $carrier_ip:$kamailio_carrier_port" >&2
start_carrier "$kamailio_carrier_port"
sed -e "s|@ADDR@|$ip:$kamailio_port|" -e "s|@CARRIER@|$carrier_ip:$kamailio_carrier_port|" -e "s|@DBDIR@|$work/dbtext|" "$here/kamailio.cfg.in" > "$work/kamailio.cfg"
kamailio -f "$work/kamailio.cfg" -DD -E -m 512 -M 16 -P "$work/k.pid" -Y "$work" -w "$work" > "$work/kamailio.log" 2>&1 &
kpid=$!
pids+=($kpid)
sleep 1.5
offer "$ip:$kamailio_port" "$kamailio_src_port" 10 20 0 >/dev/null
read -r k_conc k_mem k_ok k_failed < <(concurrency "$ip:$kamailio_port" "$kamailio_src_port" $(pgrep -P "$kpid") "$kpid")
kamailio=$(max_rate "$ip:$kamailio_port" "$kamailio_src_port")

ratio=$(python3 -c "print('%.2f' % ($centrale / $kamailio) if $kamailio else 'n/a')")
echo
echo "Call benchmark (Centrale with $workers worker(s), $sources PBX source(s); trace ${TRACE:-on}; hold ${hold_ms} ms, every call successful, ${step_secs}s steps; concurrency at $conc_rate calls/s held ${conc_hold}s)"
echo "  centrale: $centrale calls/s; $c_conc concurrent calls ($c_ok ok, $c_failed failed): $(python3 -c "print('%.1f' % ($c_mem / $c_conc))") kB per concurrent call"
echo "  kamailio: $kamailio calls/s; $k_conc concurrent calls ($k_ok ok, $k_failed failed): $(python3 -c "print('%.1f' % ($k_mem / $k_conc))") kB per concurrent call"
echo "  ratio centrale/kamailio (calls/s): $ratio"
echo "  centrale: ${c_cpu}s of CPU for the whole run; $c_calls calls in its call log"
