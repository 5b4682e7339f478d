#!/usr/bin/env bash
# Runs seed 000's own Python quickstart against the Aholo simulator of a running embedded default (or VendorSim host).
# The seed builds upload URLs as https://{globalDomain}/ous/api/v2/...: the host must have VendorSim:TlsCertificatePath
# set (the embedded default does in Development), and Python trusts the certificate written there.
#   tests/seeds/run-seed-000.sh [base-url] [certificate]   default: http://localhost:5080 services/Standalone/.data/vendorsim-tls.pem
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
base="${1:-http://localhost:5080}"
certificate="${2:-$here/../../services/Standalone/.data/vendorsim-tls.pem}"
image="$(mktemp --suffix=.jpg)"
trap 'rm -f "$image"' EXIT
curl -fsS -o "$image" "$base/aholo/samples/view-01.png"
AHOLO_BASE_URL="$base/aholo/v2/aholo" SEED_IMAGE="$image" REQUESTS_CA_BUNDLE="$certificate" python3 "$here/seed_000_quickstart.py"
