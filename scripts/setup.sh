#!/usr/bin/env bash
# Installs what waveplan's build and tests need, idempotently and at pinned versions, from the
# package registries only (crates.io, Debian, npm). Sourced by scripts/serve and scripts/test.
#   setup.sh build   -> wasm target, trunk, wasm-bindgen-cli, wasm-opt (enough to build and serve)
#   setup.sh test    -> the above, plus Chromium + chromedriver and the e2e driver (npm)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION="0.21.14"   # 0.22 needs rustc >= 1.96.1; this machine has 1.95 (see ARCHITECTURE.md)
# wasm-bindgen-cli must match the wasm-bindgen crate exactly; read it from Cargo.lock.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\n== setup: %s\n' "$*"; }

ensure_rust_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
  rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (about 9 minutes on 2 cores, once)"
    cargo install trunk --version "$TRUNK_VERSION" --locked
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes, once)"
    # Not --locked: its lock file names a webpki-roots version the registry does not serve.
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi
  # Trunk.toml pins the same version; if they drift, trunk would try to download one.
  if ! grep -q "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml; then
    echo "setup: Trunk.toml [tools] wasm_bindgen must be \"$WASM_BINDGEN_VERSION\" (Cargo.lock)" >&2
    exit 1
  fi
}

# The release bundle is built with a pinned nightly (scripts/release-env.sh says why), from the
# same Rust distribution server as the wasm target: minimal profile, the standard library's
# source (for build-std) and the wasm target. About 10 seconds here, once.
ensure_bundle_toolchain() {
  local nightly
  nightly="$(sed -n 's/^WAVEPLAN_NIGHTLY="\(.*\)"$/\1/p' scripts/release-env.sh)"
  if ! rustup component list --installed --toolchain "$nightly" 2>/dev/null | grep -q '^rust-src' ||
     ! rustup target list --installed --toolchain "$nightly" 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "installing Rust $nightly (minimal, rust-src, wasm32) for the release bundle"
    rustup toolchain install "$nightly" --profile minimal --component rust-src \
      --target wasm32-unknown-unknown --no-self-update
  fi
}

# The release build runs offline (so trunk never tries to download a tool), and with build-std
# it compiles the standard library too. Both need their crates in the cargo cache first: the
# project's (Cargo.lock) and the standard library's own (its library/Cargo.lock: wasip1,
# rustc-demangle, ...). `cargo fetch` downloads only what is missing, from crates.io, and
# returns at once when the cache has everything, so it runs every time.
ensure_crates() {
  local nightly sysroot
  nightly="$(sed -n 's/^WAVEPLAN_NIGHTLY="\(.*\)"$/\1/p' scripts/release-env.sh)"
  cargo fetch --locked --quiet
  sysroot="$(rustup run "$nightly" rustc --print sysroot)"
  RUSTUP_TOOLCHAIN="$nightly" cargo fetch --locked --quiet \
    --manifest-path "$sysroot/lib/rustlib/src/rust/library/Cargo.toml"
}

# wasm-opt from npm's binaryen (Debian's binaryen 108 cannot read rustc 1.95's wasm); trunk
# finds it on PATH (scripts/serve and scripts/test put tools/node_modules/.bin there).
ensure_build_tools() {
  if [ ! -f tools/node_modules/.installed-lock.json ] ||
     ! cmp -s tools/package-lock.json tools/node_modules/.installed-lock.json; then
    say "installing wasm-opt (binaryen, pinned in tools/package-lock.json)"
    (cd tools && npm ci --no-audit --no-fund --ignore-scripts && cp package-lock.json node_modules/.installed-lock.json)
  fi
}

ensure_browser() {
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q chromium chromium-driver
  fi
  if [ ! -f tests/e2e/node_modules/.installed-lock.json ] ||
     ! cmp -s tests/e2e/package-lock.json tests/e2e/node_modules/.installed-lock.json; then
    say "installing the e2e driver (playwright-core, pinned in tests/e2e/package-lock.json)"
    (cd tests/e2e && npm ci --no-audit --no-fund --ignore-scripts && cp package-lock.json node_modules/.installed-lock.json)
  fi
}

ensure_rust_tools
ensure_bundle_toolchain
ensure_crates
ensure_build_tools
if [ "${1:-build}" = "test" ]; then
  ensure_browser
fi
