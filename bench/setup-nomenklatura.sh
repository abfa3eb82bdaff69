#!/usr/bin/env bash
# Creates bench/.venv-nomenklatura with OpenSanctions' nomenklatura 4.17.4 (the
# screening anchor, see shared/research/screening-anchor.md). It lives in its own
# venv because nomenklatura pins followthemoney/rigour versions that Accord's
# venv must not be forced to share. Idempotent: a second run only checks it.
# bench/screening_quality.py calls this on first use.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv-nomenklatura"
version="4.17.4"
python="${PYTHON:-python3}"

if [ -x "$venv/bin/python" ] && "$venv/bin/python" - "$version" <<'PY' 2>/dev/null
import sys
from importlib.metadata import version
sys.exit(0 if version("nomenklatura") == sys.argv[1] else 1)
PY
then
    exit 0
fi

echo "creating $venv and installing nomenklatura==$version" >&2
"$python" -m venv "$venv"
"$venv/bin/pip" install --quiet "nomenklatura==$version" >&2
# Smoke test: the worker needs LogicV2 and FtM's model to import.
"$venv/bin/python" -c "from nomenklatura.matching import LogicV2; from followthemoney import model" >&2
