#!/usr/bin/env bash
# check-deb.sh BUILD_DIR VERSION: cpack -G DEB, dpkg -x into a scratch root, and check
# the files, the control data and that the packaged centralectl runs.
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

start=$SECONDS
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack -G DEB failed"
fi
deb=$(ls "$work"/out/centrale_*.deb)
echo "built $(basename "$deb") ($(du -h "$deb" | cut -f1)) in $((SECONDS - start)) s"

# Control data.
dpkg-deb -I "$deb" >"$work/info"
field() { sed -n "s/^ $1: //p" "$work/info"; }
[ "$(field Package)" = centrale ] || fail "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version), expected $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture: $(field Architecture)"
[ "$(field Section)" = net ] || fail "Section: $(field Section)"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
grep -q "SIP" <<<"$(field Description)" || fail "Description: $(field Description)"
depends=$(field Depends)
names=$(echo "$depends" | tr ',|' '\n\n' | sed 's/(.*//; s/ //g')
# From dpkg-shlibdeps (the libraries the binaries link) and by hand (run-time plugins, adduser).
for dep in libqt6core6 libqt6widgets6 libqt6keychain1 libsofia-sip-ua0 libphonenumber8 libssl3 libqt6sql6-sqlite qt6-qpa-plugins adduser; do
    grep -q "^$dep" <<<"$names" || fail "Depends lacks $dep: $depends" # libphonenumber8 is "libphonenumber8-protobuf32"
done
dpkg-deb -e "$deb" "$work/control"
for s in postinst prerm postrm; do
    [ -x "$work/control/$s" ] || fail "maintainer script $s missing or not executable"
    sh -n "$work/control/$s" || fail "$s: syntax error"
done
# postinst against stubs (this machine is not changed): it creates the user once, then
# finds it, and makes the data folder owner-only each time.
mkdir -p "$work/stubs"
for cmd in adduser install systemctl; do
    printf '#!/bin/sh\necho "%s $*" >>"%s"\n' "$cmd" "$work/calls" >"$work/stubs/$cmd"
done
printf '#!/bin/sh\n[ -e "%s" ] && echo "centrale:x:999:999::/var/lib/centrale:/usr/sbin/nologin"\n' "$work/user-exists" >"$work/stubs/getent"
chmod +x "$work"/stubs/*
PATH="$work/stubs:$PATH" sh "$work/control/postinst" configure || fail "postinst configure failed"
touch "$work/user-exists"
PATH="$work/stubs:$PATH" sh "$work/control/postinst" configure || fail "postinst configure (again) failed"
[ "$(grep -c '^adduser --system --group --home /var/lib/centrale .* centrale$' "$work/calls")" = 1 ] || fail "postinst: adduser calls: $(cat "$work/calls")"
[ "$(grep -c '^install -d -o centrale -g centrale -m 0750 /var/lib/centrale$' "$work/calls")" = 2 ] || fail "postinst: data folder: $(cat "$work/calls")"

# Files.
root=$work/root
dpkg -x "$deb" "$root"
for f in usr/bin/centrale usr/bin/centralectl; do
    [ -x "$root/$f" ] || fail "$f missing or not executable"
done
for f in usr/lib/systemd/system/centrale-engine.service \
    usr/share/man/man1/centralectl.1.gz \
    usr/share/bash-completion/completions/centralectl \
    usr/share/applications/io.github.centrale.Centrale.desktop \
    usr/share/metainfo/io.github.centrale.Centrale.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/io.github.centrale.Centrale.svg \
    usr/share/doc/centrale/copyright \
    usr/share/centrale/rates-sample.csv \
    usr/share/centrale/kamailio/kamailio-centrale-cluster.cfg; do
    [ -f "$root/$f" ] || fail "$f missing"
done
# Nothing from the build tree (tests, static libraries, headers) is in the package.
if dpkg-deb -c "$deb" | grep -E '(tst_|\.a$|\.h$)'; then fail "build artefacts in the package"; fi

# The packaged binary runs from the scratch root (its libraries are the system's).
out=$("$root/usr/bin/centralectl" --version)
[ "$out" = "centralectl $version" ] || fail "centralectl --version printed \"$out\""
grep -q "backup" <<<"$("$root/usr/bin/centralectl" --help)" || fail "centralectl --help lists no backup"

# The unit runs the packaged binary as its own user, with its own folder and secrets file.
unit=$root/usr/lib/systemd/system/centrale-engine.service
grep -qx "User=centrale" "$unit" || fail "unit: no User=centrale"
grep -q "^ExecStart=/usr/bin/centralectl serve .*--secrets-file /var/lib/centrale/" "$unit" || fail "unit: ExecStart"
for h in NoNewPrivileges=yes ProtectSystem=strict ReadWritePaths=/var/lib/centrale StateDirectory=centrale; do
    grep -qx "$h" "$unit" || fail "unit: no $h"
done
if command -v systemd-analyze >/dev/null; then
    # Only the unit's own syntax: the binary and the man page are not installed here.
    verify=$(systemd-analyze verify "$unit" 2>&1 | grep -v -e "is not executable" -e "man centralectl" -e "^$" || true)
    [ -z "$verify" ] || fail "systemd-analyze verify: $verify"
fi

# The man page renders without warnings.
zcat "$root/usr/share/man/man1/centralectl.1.gz" | groff -man -Tutf8 -ww -z 2>"$work/groff" || fail "man page: groff failed"
[ ! -s "$work/groff" ] || fail "man page: $(cat "$work/groff")"
grep -q '^\.SH NAME' <<<"$(zcat "$root/usr/share/man/man1/centralectl.1.gz")" || fail "man page has no NAME section"

# Desktop entry and AppStream metadata pass their validators (when installed).
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/io.github.centrale.Centrale.desktop" || fail "desktop-file-validate"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.centrale.Centrale.metainfo.xml" >"$work/as" 2>&1 || { cat "$work/as" >&2; fail "appstreamcli validate"; }
fi

# Bash completion: subcommands, actions and options of the packaged centralectl.
if [ -f /usr/share/bash-completion/bash_completion ]; then
    complete_words() {
        PATH="$root/usr/bin:$PATH" bash -c '
            source /usr/share/bash-completion/bash_completion
            source "$1"; shift
            COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
            _centralectl centralectl "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf "%s\n" "${COMPREPLY[@]}"' _ "$root/usr/share/bash-completion/completions/centralectl" "$@"
    }
    # Captured first: with pipefail, grep -q leaving early would fail the pipeline.
    expect_completion() {
        local want=$1 got
        shift
        got=$(complete_words "$@")
        grep -qx -- "$want" <<<"$got" || fail "completion of \"$*\" lacks $want (got: $(echo $got))"
    }
    expect_completion backup centralectl ba
    expect_completion list centralectl trunk ""
    expect_completion --include-secrets centralectl backup --inc
    expect_completion add centralectl callplan step ""
    expect_completion --json centralectl --db /tmp/x.sqlite number list --j
else
    echo "bash-completion not installed: completion not exercised"
fi
echo "package ok in $((SECONDS - start)) s"
