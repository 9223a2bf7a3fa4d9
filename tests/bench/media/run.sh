#!/usr/bin/env bash
# Calls with media (issue #15): sipp as the PBX (INVITE → 407 → INVITE with digest → 200 →
# ACK, then it plays Debian's g711a.pcap as RTP until its BYE after the hold time) through
# `centralectl serve` to a sipp carrier that answers and echoes every RTP packet back
# (-rtp_echo): RTP both ways on every call. Three modes in the same run, one engine each:
#  a. signalling only (media.relay = never: the SDP is left alone, RTP flows PBX ↔ carrier);
#  b. media through the engine's own rtpengine (media.relay = always);
#  c. relay and recording on (default retention 30 days): rtpengine writes a pcap per call,
#     the engine's recording worker turns it into a WAV and a row after the BYE.
# For each mode: calls per second (the highest rate on the ladder whose bounded step finishes
# on time with every call successful, at the fixed hold time), and the memory per concurrent
# call at a plateau (engine and rtpengine, before → peak, divided by the calls up at once).
# For c also the recording worker's time per call (from the WAVs' times) and how many
# recordings were written. Then, as the reference for b, Kamailio with its rtpengine module and
# an rtpengine with the same configuration, same traffic. Loopback only (127.0.42.x, UDP
# ports 46300-46599: SIP and control below 46360, the relay's media on its own address
# 127.0.42.4 across the whole range); every step bounded in count and time, each mode < 2 min.
#   tests/bench/media/run.sh [build-dir]   (default: build)
#   env: HOLD_MS (1000) STEP_SECS (4) RATES ("10 20 40 60 80 100 150 200 300 400")
#        CONC_RATE (10) CONC_HOLD_S (6)  MEDIA_PORTS (46300-46599)  ONLY=a|b|c|kamailio
#        CTL=path/to/centralectl (instead of the build dir's)  KEEP=1 (keep the work folder)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
ctl=${CTL:-"$top/${1:-build}/app/ctl/centralectl"}
pbx="$top/tests/data/sipp/calls/pbx_call_media.xml"
carrier="$top/tests/data/sipp/calls/carrier_answer_media.xml"
step_secs=${STEP_SECS:-4}
hold_ms=${HOLD_MS:-1000}
rates=(${RATES:-10 20 40 60 80 100 150 200 300 400})
conc_rate=${CONC_RATE:-10}
conc_hold=${CONC_HOLD_S:-6}
media_ports=${MEDIA_PORTS:-46300-46599}
mode_budget=75 # seconds in which a mode's ladder may start new steps (each mode stays under 2 minutes)
engine=127.0.42.1:46300
ng=127.0.42.1:46304
kam=127.0.42.1:46350
kam_ng=127.0.42.1:46354
relay_ip=127.0.42.4
pbx_ip=127.0.42.2
carrier_ip=127.0.42.3
carrier_port=46330
trunk_number=31502053091
password=bench-Pass-1
for t in sipp rtpengine kamailio python3; do command -v "$t" >/dev/null || { echo "bench: $t is missing" >&2; exit 1; }; done
[ -x "$ctl" ] || { echo "bench: build first ($ctl missing)" >&2; exit 1; }
[ -r /usr/share/sip-tester/g711a.pcap ] || { echo "bench: /usr/share/sip-tester/g711a.pcap is missing (package sip-tester)" >&2; exit 1; }
ports_n=$(( ${media_ports#*-} - ${media_ports%-*} + 1 ))
# rtpengine takes an RTP and an RTCP port on each side of a relayed call: four per call.
[ $((conc_rate * (conc_hold + 1))) -le $((ports_n / 4)) ] || { echo "bench: CONC_RATE × (CONC_HOLD_S + 1) must stay within the relay's $((ports_n / 4)) calls ($media_ports)" >&2; exit 2; }

work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; [ -n "${KEEP:-}" ] && echo "bench: kept $work" >&2 || rm -rf "$work"; }
trap cleanup EXIT

db="$work/centrale.sqlite"
c() { "$ctl" --db "$db" --secrets-file "$work/secrets.json" "$@" >/dev/null; }
c settings set sip.primary "$engine"
c settings set sip.secondary 127.0.42.1:46302
c settings set sip.qualify.interval 0
c settings set upstream.address "$carrier_ip:$carrier_port"
c settings set media.ng "$ng"
c settings set media.address "$relay_ip"
c settings set media.ports "$media_ports"
# As in the calls benchmark: one sipp source sends everything, and thousands of short calls
# from a new trunk are what the fraud detector blocks; thresholds above the run's traffic.
c settings set security.flood.rate 0
c settings set fraud.floor.calls 100000000
c settings set fraud.floor.cents 100000000
c settings set fraud.burst.calls 100000000
c rates import "$top/data/rates-sample.csv"
c number add "$trunk_number"
printf '%s\n%s\n' "$password" "$password-2" | c trunk add --name bench --channels 1000 --brand asterisk --format noplus \
    --ip "$pbx_ip/32" --number "$trunk_number" --password-stdin
c limits set --trunk bench --amount-hour 999999 --amount-day 999999 --amount-week 999999 \
    --calls-hour 1000000 --calls-day 1000000 --calls-week 1000000 --cps 0 --warn 80,95
# The PBX is not behind NAT (its SDP names its own address): only the mode moves media.
printf 'SEQUENTIAL\n%s;0201234567;[authentication username=%s password=%s];%s\n' "$trunk_number" "$trunk_number" "$password" "$pbx_ip" > "$work/calls.csv"
mkdir -p "$work/dbtext"
printf 'id(int,auto) username(string) domain(string) password(string) ha1(string) ha1b(string)\n1:%s:%s:%s:x:x\n' "$trunk_number" "${kam%:*}" "$password" > "$work/dbtext/subscriber"
printf 'table_name(string) table_version(int)\nsubscriber:7\n' > "$work/dbtext/version"

# The carrier: answers every call and echoes the RTP it gets, for as long as the mode runs.
start_carrier() {
    sipp -sf "$carrier" -i "$carrier_ip" -p "$carrier_port" -mi "$carrier_ip" -mp 46340 -rtp_echo -nostdin >"$work/uas-$1.log" 2>&1 &
    carrier_pid=$!
    pids+=($carrier_pid)
}
stop_carrier() { kill "$carrier_pid" 2>/dev/null || true; wait "$carrier_pid" 2>/dev/null || true; }

# One bounded sipp run as the PBX (it plays the pcap from 127.0.42.2:46320); prints "ok failed seconds".
offer() {
    local target=$1 rate=$2 count=$3 hold=$4 start end out ok failed
    start=$(date +%s.%N)
    out=$(timeout $((count / rate * 4 + hold / 1000 + 20)) sipp -sf "$pbx" -inf "$work/calls.csv" "$target" -i "$pbx_ip" -p 46310 \
          -mi "$pbx_ip" -mp 46320 -r "$rate" -m "$count" -l 1000 -d "$hold" -recv_timeout 8000 -timeout $((count / rate * 3 + hold / 1000 + 10))s \
          -nostdin -timeout_error -max_socket 2000 -default_behaviors all,-abortunexp 2>&1 || true)
    end=$(date +%s.%N)
    ok=$(echo "$out" | awk -F'|' '/Successful call/ {gsub(/ /,"",$3); print $3}' | tail -1)
    failed=$(echo "$out" | awk -F'|' '/Failed call/ {gsub(/ /,"",$3); print $3}' | tail -1)
    echo "${ok:-0} ${failed:-?} $(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}')"
}

# Calls of a relay mode whose media went end to end after all: the engine does not fail a call
# when the relay refuses or is slow to answer an offer (it logs it and lets the media go
# directly), and Kamailio's rtpengine module, when its offer fails, lets the call through
# too; so such a call counts as failed here. Reads the server's log named by $fb_log (the
# engine flushes its log every 200 ms) for the lines $fb_pattern; prints
# "fallbacks of_which_out_of_ports".
fb_log=''
fb_pattern=''
fallbacks() {
    [ -n "$fb_log" ] || { echo "0 0"; return; }
    sleep 0.5
    echo "$(grep -c "$fb_pattern" "$fb_log" || true) $(grep "$fb_pattern" "$fb_log" | grep -c 'Ran out of ports' || true)"
}

# Highest rate at which a bounded step completes on time with every call successful (one more
# try for a failed step, as sipp shares the cores); no new step after the mode's time budget.
# Prints the rate, followed by "+" when the ladder ended only because the relay ran out of
# ports (the assigned range, not the server, set that limit).
max_rate() {
    local target=$1 best=0 t0=$SECONDS ports_only='' at_top=^
    for r in "${rates[@]}"; do
        [ $((SECONDS - t0)) -lt "$mode_budget" ] || { echo "  $target: time budget spent, ladder stops at $best" >&2; break; }
        at_top=''
        local n=$((r * step_secs)) ok failed secs passed=0 fb0 port0 fb1 port1
        for attempt in 1 2; do
            read -r fb0 port0 < <(fallbacks)
            read -r ok failed secs < <(offer "$target" "$r" "$n" "$hold_ms")
            read -r fb1 port1 < <(fallbacks)
            local fb=$((fb1 - fb0)) port=$((port1 - port0))
            echo "  $target: offered $r calls/s × ${step_secs}s → ok=$ok failed=$failed in ${secs}s; media end to end after a relay failure: $fb ($port out of ports)" >&2
            if [ "$ok" = "$n" ] && [ "$failed" = 0 ] && [ "$fb" = 0 ] && awk -v s="$secs" -v st="$step_secs" -v h="$hold_ms" 'BEGIN {exit !(s <= st * 1.15 + h / 1000 + 1)}'; then
                passed=1
                break
            fi
            ports_only=$([ "$ok" = "$n" ] && [ "$failed" = 0 ] && [ "$fb" -gt 0 ] && [ "$fb" = "$port" ] && echo + || true)
            sleep 3 # let the failed step's calls time out on both sides
        done
        [ "$passed" = 1 ] || break
        ports_only=''
        at_top=^
        best=$r
    done
    echo "$best$ports_only$at_top"
}

mem_kb() { # "PSS anonymous" of the given processes, summed
    local pss=0 anon=0
    for p in "$@"; do
        pss=$((pss + $(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)))
        anon=$((anon + $(awk '/^Anonymous:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)))
    done
    echo "$pss $anon"
}

# Steady calls with a long hold; the server's and the relay's memory before and at the peak,
# and the relay's sessions and relayed packets at the plateau. Prints
# "calls ok failed server_pss_delta server_anon_delta relay_pss_delta relay_anon_delta sessions packets".
# server/relay: pid lists (comma-separated, relay may be empty); ngaddr: the relay's control or "-".
concurrency() {
    local target=$1 server=${2//,/ } relay=${3//,/ } ngaddr=$4
    local n=$((conc_rate * (conc_hold + 5))) sb sa rb ra sampler sessions=- packets=- ngq=
    local fb0 fb1 port
    read -r fb0 port < <(fallbacks)
    read -r sb sa < <(mem_kb $server)
    read -r rb ra < <(mem_kb $relay)
    ( while sleep 0.5; do echo "$(mem_kb $server) $(mem_kb $relay)"; done ) > "$work/mem" &
    sampler=$!
    # The relay is asked at the plateau (conc_rate × conc_hold calls up, RTP flowing), from
    # hold + 1 s to hold + 5 s after the first call.
    [ "$ngaddr" != - ] && { python3 "$here/ng.py" "$ngaddr" $(( $(date +%s) + conc_hold + 2 )) > "$work/ng" 2>&1 & ngq=$!; }
    offer "$target" "$conc_rate" "$n" $((conc_hold * 1000)) > "$work/conc"
    [ -n "$ngq" ] && { wait "$ngq" || true; read -r sessions packets < "$work/ng" || true; }
    kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
    read -r ok failed secs < "$work/conc"
    read -r fb1 port < <(fallbacks)
    local peaks
    peaks=$(awk 'BEGIN {a=b=c=d=0} {if ($1>a) a=$1; if ($2>b) b=$2; if ($3>c) c=$3; if ($4>d) d=$4} END {print a, b, c, d}' "$work/mem")
    read -r sp spa rp rpa <<< "$peaks"
    echo "  $target: $conc_rate calls/s held ${conc_hold}s → ok=$ok failed=$failed; server PSS $sb → $sp kB, anonymous $sa → $spa kB; relay PSS $rb → $rp kB, anonymous $ra → $rpa kB; relay sessions $sessions, RTP packets relayed so far $packets; media end to end after a relay failure: $((fb1 - fb0))" >&2
    echo "$((conc_rate * conc_hold)) $ok $failed $((sp - sb)) $((spa - sa)) $((rp - rb)) $((rpa - ra)) $sessions $packets $((fb1 - fb0))"
}

per_call() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a / b}'; }

# One mode on Centrale: relay never|always, recording off|30. Fills the result_* arrays.
declare -A result_rate result_mem result_relay result_check result_cpu result_timeouts
c_start_ms=0
run_centrale() {
    local mode=$1 relay=$2 recording=$3 t0=$SECONDS
    [ "$mode" = c ] && c_start_ms=$(date +%s%3N)
    c settings set media.relay "$relay"
    c recording set --default --retention "$recording"
    echo "Mode $mode: media.relay $relay, recording $recording" >&2
    start_carrier "$mode"
    : > "$work/centrale-$mode.log"
    "$ctl" --db "$db" --secrets-file "$work/secrets.json" serve > "$work/centrale-$mode.log" 2>&1 &
    local cpid=$! rpid='' i
    pids+=($cpid)
    for i in $(seq 50); do # bounded: up to 10 s for the engine (and its relay) to be ready
        sleep 0.2
        [ "$relay" = never ] && grep -q "engine listening" "$work/centrale-$mode.log" && break
        rpid=$(pgrep -P "$cpid" -x rtpengine || true)
        [ -n "$rpid" ] && grep -q "rtpengine is running" "$work/centrale-$mode.log" && break
    done
    [ "$relay" = never ] || [ -n "$rpid" ] || { echo "bench: mode $mode: the engine's rtpengine did not start" >&2; cat "$work/centrale-$mode.log" >&2; exit 1; }
    sleep 0.5
    offer "$engine" 5 10 200 >/dev/null # warm-up: lazy initialisation is not per-call memory
    sleep 1
    local conc calls ok failed spd sad rpd rad sessions packets fb
    [ "$relay" = never ] || { fb_log="$work/centrale-$mode.log"; fb_pattern='media goes end to end, the relay failed'; }
    read -r calls ok failed spd sad rpd rad sessions packets fb < <(concurrency "$engine" "$cpid" "$rpid" "$([ "$relay" = never ] && echo - || echo "$ng")")
    local rate
    rate=$(max_rate "$engine")
    fb_log=''
    [ -n "$rpid" ] && result_timeouts[$mode]=$(grep -c 'did not answer "offer"' "$work/centrale-$mode.log" || true)
    local cpu rcpu=0
    cpu=$(awk '{print ($14 + $15) / 100}' "/proc/$cpid/stat")
    [ -n "$rpid" ] && rcpu=$(awk '{print ($14 + $15) / 100}' "/proc/$rpid/stat")
    # Stop: a clean stop lets the recording worker finish its queue, which may take long after
    # the ladder; bounded, then killed (the relay dies with it).
    kill "$cpid" 2>/dev/null || true
    for i in $(seq 100); do kill -0 "$cpid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$cpid" 2>/dev/null || true
    wait "$cpid" 2>/dev/null || true
    stop_carrier
    result_rate[$mode]=$rate
    result_mem[$mode]="$(per_call "$sad" "$calls") kB anonymous, $(per_call "$spd" "$calls") kB PSS"
    if [ -n "$rpid" ]; then
        result_relay[$mode]="$(per_call "$rad" "$calls") kB anonymous, $(per_call "$rpd" "$calls") kB PSS"
        result_check[$mode]="$ok/$((conc_rate * (conc_hold + 5))) ok, $failed failed, $fb end to end; $sessions relay sessions at the plateau, $packets RTP packets; ${result_timeouts[$mode]} offers unanswered in the run"
    else
        result_relay[$mode]="—"
        result_check[$mode]="$ok/$((conc_rate * (conc_hold + 5))) ok, $failed failed; media end to end"
    fi
    result_cpu[$mode]="engine ${cpu}s, rtpengine ${rcpu}s"
    echo "  mode $mode took $((SECONDS - t0)) s" >&2
}

# The recording worker's figures for mode c, from the database and the WAVs' modification
# times (the engine's log is not reliable here: the lines of a stop that was cut short are
# lost): per recorded call the time from its end (call log) to its WAV, and the spacing of
# WAVs written back to back while a queue stood (the worker's time per call). Prints one line.
recording_figures() {
    python3 - "$db" "$work/recordings" "$c_start_ms" <<'EOF'
import os, sqlite3, statistics, sys
db, folder, since = sys.argv[1], sys.argv[2], int(sys.argv[3])
con = sqlite3.connect(db)
ended = dict(con.execute("SELECT call_id, ended_ms FROM call_log WHERE ended_ms > 0"))
calls = con.execute("SELECT count(*) FROM call_log WHERE started_ms >= ?", (since,)).fetchone()[0]
done = []
for call_id, f in con.execute("SELECT call_id, file FROM recordings"):
    p = os.path.join(folder, f)
    if os.path.exists(p) and call_id in ended:
        done.append((os.stat(p).st_mtime * 1000, ended[call_id]))
done.sort()
lat = [t - e for t, e in done]
first = lat[:20]  # warm-up and the first plateau calls: no queue yet
gaps = [b[0] - a[0] for a, b in zip(done, done[1:]) if b[1] < a[0]]  # the next call had ended already
def med(v): return "%.0f ms" % statistics.median(v) if v else "n/a"
print("%d of %d calls recorded by the stop (10 s after the last step; the rest still queued); end of call to WAV: "
      "median %s for the first 20 calls, %s over all, max %s; the worker's time per call while a queue stood: median %s (%d intervals)"
      % (len(done), calls, med(first), med(lat), "%.1f s" % (max(lat) / 1000) if lat else "n/a", med(gaps), len(gaps)))
EOF
}

rev=$(git -C "$top" rev-parse --short HEAD 2>/dev/null || echo '?')
echo "Centrale ($rev): centralectl serve on $engine, its rtpengine $(rtpengine --version 2>&1 | awk '/Version/ {print $2}') on $relay_ip ports $media_ports, hold ${hold_ms} ms" >&2
modes=()
case "${ONLY:-}" in '') modes=(a b c) ;; a|b|c) modes=("$ONLY") ;; kamailio) ;; *) echo "bench: ONLY must be a, b, c or kamailio" >&2; exit 2 ;; esac
for m in ${modes[@]+"${modes[@]}"}; do
    case $m in a) run_centrale a never off ;; b) run_centrale b always off ;; c) run_centrale c always 30 ;; esac
done
recfig=''
[[ " ${modes[*]} " == *" c "* ]] && recfig=$(recording_figures)

# Kamailio and an rtpengine of the same configuration as the engine's own (written by the
# engine into its data folder; mode b ran it), only its control address differs.
if [ -z "${ONLY:-}" ] || [ "${ONLY:-}" = kamailio ]; then
    t0=$SECONDS
    echo "Kamailio $(kamailio -v 2>/dev/null | head -1 | awk '{print $3}') + rtpengine (module rtpengine), same traffic" >&2
    conf=$(find "$work" -name rtpengine.conf | head -1)
    if [ -z "$conf" ]; then # ONLY=kamailio: the engine never wrote one
        mkdir -p "$work/media/recordings"
        printf '[rtpengine]\ntable = -1\ninterface = %s\nlisten-ng = %s\nport-min = %s\nport-max = %s\nrecording-dir = %s\nrecording-method = pcap\nrecording-format = raw\nlog-stderr = true\nlog-level = 5\ndelete-delay = 0\n' \
            "$relay_ip" "$ng" "${media_ports%-*}" "${media_ports#*-}" "$work/media/recordings" > "$work/media/rtpengine.conf"
        conf="$work/media/rtpengine.conf"
    fi
    sed -e "s|^listen-ng = .*|listen-ng = $kam_ng|" -e "s|^pidfile = .*||" "$conf" > "$work/rtpengine-kamailio.conf"
    rtpengine --config-file="$work/rtpengine-kamailio.conf" --config-section=rtpengine --foreground > "$work/rtpengine-kamailio.log" 2>&1 &
    krpid=$!
    pids+=($krpid)
    sleep 1
    python3 "$here/ng.py" "$kam_ng" >/dev/null 2>&1 || { echo "bench: Kamailio's rtpengine does not answer on $kam_ng" >&2; exit 1; }
    carrier_addr="$carrier_ip:$carrier_port"
    start_carrier kamailio
    sed -e "s|@ADDR@|$kam|" -e "s|@CARRIER@|$carrier_addr|" -e "s|@DBDIR@|$work/dbtext|" -e "s|@NG@|$kam_ng|" "$here/kamailio.cfg.in" > "$work/kamailio.cfg"
    kamailio -f "$work/kamailio.cfg" -DD -E -m 512 -M 16 -P "$work/k.pid" -Y "$work" -w "$work" > "$work/kamailio.log" 2>&1 &
    kpid=$!
    pids+=($kpid)
    sleep 1.5
    kill -0 "$kpid" 2>/dev/null || { echo "bench: Kamailio did not start" >&2; cat "$work/kamailio.log" >&2; exit 1; }
    offer "$kam" 5 10 200 >/dev/null
    fb_log="$work/kamailio.log"
    fb_pattern='rtpengine failed to select new for' # an offer that failed; the call goes on without the relay
    sleep 1
    read -r k_calls k_ok k_failed kspd ksad krpd krad k_sessions k_packets k_fb < <(concurrency "$kam" "$kpid,$(pgrep -P "$kpid" | paste -sd,)" "$krpid" "$kam_ng")
    k_rate=$(max_rate "$kam")
    fb_log=''

    kcpu=$(for p in $kpid $(pgrep -P "$kpid"); do awk '{print ($14 + $15) / 100}' "/proc/$p/stat"; done | awk '{s += $1} END {print s}')
    krcpu=$(awk '{print ($14 + $15) / 100}' "/proc/$krpid/stat")
    kill "$kpid" "$krpid" 2>/dev/null || true
    wait "$kpid" "$krpid" 2>/dev/null || true
    stop_carrier
    echo "  Kamailio took $((SECONDS - t0)) s" >&2
fi

echo
echo "Media benchmark ($rev; hold ${hold_ms} ms with RTP both ways, ${step_secs}s steps, every call successful; memory at $conc_rate calls/s held ${conc_hold}s = $((conc_rate * conc_hold)) calls up)"
printf '  %-34s %10s   %-40s %-40s %s\n' mode calls/s "engine per concurrent call" "rtpengine per concurrent call" "check"
declare -A names=([a]="a. signalling only" [b]="b. media through the relay" [c]="c. relay + recording (30 days)")
for m in ${modes[@]+"${modes[@]}"}; do
    printf '  %-34s %10s   %-40s %-40s %s\n' "${names[$m]}" "${result_rate[$m]}" "${result_mem[$m]}" "${result_relay[$m]}" "${result_check[$m]}; CPU ${result_cpu[$m]}"
done
if [ -n "${k_rate:-}" ]; then
    printf '  %-34s %10s   %-40s %-40s %s\n' "Kamailio + rtpengine (ref. for b)" "$k_rate" "$(per_call "$ksad" "$k_calls") kB anonymous, $(per_call "$kspd" "$k_calls") kB PSS" \
        "$(per_call "$krad" "$k_calls") kB anonymous, $(per_call "$krpd" "$k_calls") kB PSS" "$k_ok/$((conc_rate * (conc_hold + 5))) ok, $k_failed failed, $k_fb end to end; $k_sessions relay sessions, $k_packets RTP packets; CPU kamailio ${kcpu}s, rtpengine ${krcpu}s"
    [ -n "${result_rate[b]:-}" ] && echo "  ratio centrale/kamailio with the relay (calls/s): $(awk -v a="${result_rate[b]}" -v b="$k_rate" 'BEGIN {if (b) printf "%.2f", a / b; else print "n/a"}')"
fi
[ -n "$recfig" ] && echo "  recording (mode c): $recfig"
echo "  relay capacity: $((ports_n / 4)) calls at once ($media_ports, four ports per relayed call); a rate with + is where the"
echo "  ladder ended only because the relay ran out of ports (the server then lets media go end to end: counted as failed);"
echo "  with ^ every step passed, up to the top of the ladder (RATES): a lower bound"
exit 0
