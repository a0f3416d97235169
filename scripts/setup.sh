#!/usr/bin/env bash
# Sets up a machine for AIBaaS: the Debian packages the sandbox and toolchains need (when run as root),
# the npm dependencies, and the build. Safe to run again: it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: command → package.
# The sandbox (bubblewrap, util-linux) and one toolchain per bank language. Rust and Python come from Debian even
# where rustup or pyenv builds exist: the sandbox's unprivileged uids cannot read a private home directory.
declare -A PACKAGES=(
  [bwrap]=bubblewrap
  [prlimit]=util-linux
  [setpriv]=util-linux
  [/usr/bin/python3]=python3
  [/usr/bin/go]=golang-go
  [/usr/bin/ruby]=ruby
  [/usr/bin/mcs]=mono-mcs
  [/usr/bin/mono]=mono-runtime
  [/usr/bin/rustc]=rustc
  [/usr/bin/javac]=default-jdk-headless
)

missing=()
for command in "${!PACKAGES[@]}"; do
  if ! command -v "$command" >/dev/null 2>&1; then missing+=("${PACKAGES[$command]}"); fi
done
if ((${#missing[@]} > 0)); then
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: missing Debian packages: ${missing[*]}" >&2
    echo "setup: install them with: sudo apt-get install ${missing[*]}   (or run this script as root)" >&2
  fi
fi

if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "setup: installing npm dependencies (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
echo "setup: building"
npm run --silent build
echo "setup: done — try: node bin/aibaas.js doctor"
