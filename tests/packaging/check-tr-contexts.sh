#!/bin/sh
# lupdate files a free function's tr() under the enclosing namespace ("centrale::media"),
# while a wrapper like  QString tr(const char *s) { return translate("WavFile", s); }  asks
# for "WavFile" at run time: the Dutch text exists but is never shown. Name the context at
# the call (QCoreApplication::translate("WavFile", "...")) or use Q_OBJECT /
# Q_DECLARE_TR_FUNCTIONS instead.
set -eu
src="$1"
if grep -rnE '^(static )?QString tr\(const char' "$src/core" "$src/ui" "$src/app"; then
    echo "free tr() wrappers above hide their strings' context from lupdate"
    exit 1
fi
echo "no free tr() wrappers"
