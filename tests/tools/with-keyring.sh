#!/usr/bin/env bash
# Runs "$@" against a real gnome-keyring in a private D-Bus session with a throw-away
# HOME, so tests never touch (or depend on) the user's own keychain.
set -euo pipefail
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" XDG_CONFIG_HOME="$tmp/home/.config" \
    XDG_CACHE_HOME="$tmp/home/.cache" XDG_RUNTIME_DIR="$tmp/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY
exec dbus-run-session -- bash -c '
    printf %s test-keyring-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    for _ in $(seq 1 100); do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.ListNames 2>/dev/null \
            | grep -q org.freedesktop.secrets && break
        sleep 0.1
    done
    exec "$@"' keyring "$@"
