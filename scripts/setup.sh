#!/usr/bin/env bash
# Installs what is missing (Debian 12, as root, never prompting), then builds.
#   scripts/setup.sh run    build and start the console
#   scripts/setup.sh test   build and run the whole test suite
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-run}

build_pkgs=(build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-charts-dev libqt6opengl6-dev  # the Dashboard's charts (Qt6Charts needs Qt6OpenGL's CMake files)
    libqt6sql6-sqlite qtkeychain-qt6-dev libsofia-sip-ua-dev libphonenumber-dev libssl-dev libgl-dev
    gnome-keyring dbus libsecret-tools
    rtpengine-daemon  # the media relay the engine runs for NAT, voicemail and recording
    openssl           # makes the HTTPS provisioning server's self-signed certificate
    libxlsxwriter-dev # the spreadsheet beside exported call recordings
    qt6-multimedia-dev gstreamer1.0-plugins-good # playing recordings in the console (WAV via GStreamer)
    fonts-dejavu-core # the font migration letters (PDF) are set in
    libqt6sql6-psql)  # the PostgreSQL store, and cluster mode (Kamailio's tables in PostgreSQL)
# Real peers and tools the tests drive.
test_pkgs=(sip-tester kamailio baresip sipvicious xvfb xauth sqlite3 procps iproute2 python3 tcpdump sngrep
    dpkg-dev appstream desktop-file-utils bash-completion groff-base tftp-hpa curl unzip
    poppler-utils              # pdftotext reads back the migration letters' PDF
    kamailio-postgres-modules  # tst_cluster: two Kamailio nodes on a private PostgreSQL
    postgresql-15)  # tst_cluster, and the store tests once more against a private PostgreSQL cluster

want=("${build_pkgs[@]}")
[ "$mode" = test ] && want+=("${test_pkgs[@]}")

missing=()
for p in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "setup: missing packages: ${missing[*]}; run this as root (or install them) and try again." >&2
        exit 1
    fi
    echo "setup: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
# Paths inside the checkout hash relative to it, so every clone shares one cache: the base
# dir is this clone (after the cd above), whatever the caller had set. With -g the compiler's
# working directory (the build dir) would still be hashed, so a fresh clone elsewhere missed
# every cached object; NOHASHDIR leaves it out (debug info then names the first clone's build
# dir, and the sources relative to it).
export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=1
# CI builds with warnings as errors; a local build does not stop on a newer compiler's new warning.
cmake --preset default ${CI:+-DCENTRALE_WERROR=ON} >/dev/null
cmake --build --preset default

case "$mode" in
run)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "setup: built; no display found (DISPLAY/WAYLAND_DISPLAY unset), so the console cannot open a window here." >&2
        echo "setup: on a headless server run: build/app/ctl/centralectl --help" >&2
        exit 1
    fi
    exec build/app/centrale/centrale
    ;;
test)
    # ctest prints the summary line CI reads ("100% tests passed, 0 tests failed out of N").
    exec ctest --preset default --output-on-failure --timeout 600 -LE "soak|bench"
    ;;
*)
    echo "usage: scripts/setup.sh [run|test]" >&2
    exit 2
    ;;
esac
