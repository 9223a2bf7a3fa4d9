#!/usr/bin/env bash
# Regenerates the default voicemail greetings (committed; run only to change their text).
# Needs espeak-ng and sox. Output: 8 kHz mono 16-bit PCM, the text, a short pause and a beep.
set -euo pipefail
cd "$(dirname "$0")/../core/resources/media"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sox -n -r 8000 -c 1 -b 16 "$tmp/beep.wav" synth 0.4 sine 1000 vol 0.3
sox -n -r 8000 -c 1 -b 16 "$tmp/gap.wav" trim 0 0.3
say() { # language text
    espeak-ng -v "$1" -s 150 -w "$tmp/$1.wav" "$2"
    sox "$tmp/$1.wav" -r 8000 -c 1 -b 16 -e signed-integer "$tmp/$1-8k.wav"
    sox "$tmp/$1-8k.wav" "$tmp/gap.wav" "$tmp/beep.wav" -b 16 -e signed-integer "voicemail-greeting-$1.wav"
}
say nl "U bent verbonden met de voicemail. Spreek uw bericht in na de toon."
say en "You have reached voicemail. Please leave a message after the tone."
