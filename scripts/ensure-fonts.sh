#!/usr/bin/env bash
# Make sure a font that covers Chinese, Cyrillic and Latin is installed, for
# the council's PDF minutes and communiqués (accord/council/render.py).
#
#   scripts/ensure-fonts.sh
#
# Exits 0 at once when such a font is already present (idempotent, quiet).
# Otherwise, as root with apt-get (CI, the developers' machines), installs
# Debian's `fonts-noto-cjk` (Noto Sans CJK: Han, kana, hangul, and also
# Latin, Greek and Cyrillic, in one face, regular and bold), running
# `apt-get update` only when apt has no candidate for it yet. Exit 1 with a
# message when no font could be provided.
#
# The renderer looks for the same files (see _FONT_CANDIDATES in
# accord/council/render.py); ACCORD_PDF_FONT overrides both.

set -euo pipefail

PROG=ensure-fonts
PACKAGE=fonts-noto-cjk
# Keep in step with accord/council/render.py: the regular face first.
FONT_FILES=(
    /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
    /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc
    /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc
)

log() { printf '%s: %s\n' "$PROG" "$*" >&2; }
die() { printf '%s: error: %s\n' "$PROG" "$*" >&2; exit 1; }

have_font() {
    local f
    if [ -n "${ACCORD_PDF_FONT:-}" ] && [ -r "$ACCORD_PDF_FONT" ]; then
        return 0
    fi
    for f in "${FONT_FILES[@]}"; do
        [ -r "$f" ] && return 0
    done
    return 1
}

have_font && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    die "no CJK font found (looked for ${FONT_FILES[*]}); install the Debian package $PACKAGE (as root: apt-get install $PACKAGE) or set ACCORD_PDF_FONT to a .ttf/.otf/.ttc covering Chinese and Cyrillic"
fi

# A fresh container has no package lists (or stale ones without the
# package): only then pay for `apt-get update`.
has_candidate() {
    local c
    c=$(apt-cache policy "$PACKAGE" 2>/dev/null | awk '/Candidate:/ {print $2}')
    [ -n "$c" ] && [ "$c" != "(none)" ]
}

# apt's chatter (debconf notes, progress) goes to a log shown only on failure.
APT_LOG=$(mktemp "${TMPDIR:-/tmp}/ensure-fonts.XXXXXX") || die "mktemp failed"
trap 'rm -f -- "$APT_LOG"' EXIT
apt_quiet() {
    if ! DEBIAN_FRONTEND=noninteractive "$@" >"$APT_LOG" 2>&1; then
        cat "$APT_LOG" >&2
        return 1
    fi
}

log "no CJK font found, installing $PACKAGE with apt-get"
if ! has_candidate; then
    apt_quiet apt-get update -qq || die "apt-get update failed"
fi
apt_quiet apt-get install -y -qq --no-install-recommends "$PACKAGE" \
    || die "apt-get install $PACKAGE failed"

have_font || die "$PACKAGE installed but none of ${FONT_FILES[*]} is there"
exit 0
