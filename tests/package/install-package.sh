#!/usr/bin/env bash
# install-package.sh ROOT: builds the package (scripts/package; incremental when build-package/
# exists), installs it with apt-get as a DBA would, runs what it installed (pgmigrate --version,
# pgmigrate check against the test clusters, the wizard offscreen in German: its texts and Qt's
# buttons), validates the desktop file, the AppStream metainfo and the package (lintian), then
# purges it and checks that none of its files is left. Exit 77 (skipped) when not root: apt-get
# needs it.
set -euo pipefail
ROOT=$1
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "== $* ($(($(date +%s) - START)) s)"; }
START=$(date +%s)

if [ "$(id -u)" != 0 ]; then
  echo "package test: needs root for apt-get (skipped)"
  [ "${CI:-}" = true ] && exit 1
  exit 77
fi
export DEBIAN_FRONTEND=noninteractive
APT=(apt-get -o DPkg::Lock::Timeout=600 -q -y)

step "building the package"
deb=$("$ROOT/scripts/package" | tail -n 1)
[ -f "$deb" ] || fail "scripts/package made no package"
echo "$deb"
step "built"

WORK=$(mktemp -d)
installed=0
cleanup() {
  [ $installed = 1 ] && "${APT[@]}" purge pgmigrate >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

"${APT[@]}" install "$deb"
installed=1
step "installed"
dpkg-query -W -f='${Depends}\n${Recommends}\n' pgmigrate
for dependency in postgresql-client libqt6svg6 qt6-translations-l10n libpq5 libqt6keychain1 \
  libqt6dbus6; do
  dpkg-query -W -f='${Depends}' pgmigrate | grep -q "$dependency" || fail "Depends lacks $dependency"
done
dpkg-query -W -f='${Recommends}' pgmigrate | grep -q 'gnome-keyring | kwalletmanager' ||
  fail "Recommends lacks a Secret Service provider"
dpkg -L pgmigrate | grep -v '^/usr/share/doc\|^/\.$' | sed 's/^/  /'

# The installed CLI: its version, license, and a real check of the test clusters.
[ "$(command -v pgmigrate)" = /usr/bin/pgmigrate ] || fail "pgmigrate is not /usr/bin/pgmigrate"
version=$(/usr/bin/pgmigrate --version)
echo "$version"
grep -qx 'License: Apache-2.0' <<<"$version" || fail "--version names no license"
number=$(head -n 1 <<<"$version" | cut -d' ' -f2)
metainfo=/usr/share/metainfo/org.example.pgmigrate.metainfo.xml
grep -m 1 '<release ' "$metainfo" | grep -q "version=\"$number\"" ||
  fail "the metainfo's newest release is not $number"

if [ -n "${PGM_TEST_SOURCE_PORT:-}" ]; then
  status=0
  PGMIGRATE_STATE_DIR=$WORK/state PGMIGRATE_SOURCE_PASSWORD=$PGM_TEST_PASSWORD \
    PGMIGRATE_TARGET_PASSWORD=$PGM_TEST_PASSWORD /usr/bin/pgmigrate check --json \
    --source "postgres://postgres@127.0.0.1:$PGM_TEST_SOURCE_PORT/postgres" \
    --target "postgres://postgres@127.0.0.1:$PGM_TEST_TARGET_PORT/postgres" >"$WORK/check.json" ||
    status=$?
  # 0: nothing blocks; 1: a blocking check (databases other tests leave may block): both mean
  # the installed binary ran every check. Anything else is a crash or a usage error.
  [ $status = 0 ] || [ $status = 1 ] || fail "pgmigrate check exited $status"
  grep -q '"checks": \[' "$WORK/check.json" && grep -q '"databases": \[' "$WORK/check.json" ||
    { cat "$WORK/check.json"; fail "pgmigrate check printed no report"; }
  echo "$(grep -c '"blocking":' "$WORK/check.json") checks reported"
  step "pgmigrate check ran against the test clusters (exit $status)"
else
  [ "${CI:-}" = true ] && fail "no test clusters (run through scripts/test)"
  echo "no test clusters: pgmigrate check not run"
fi

# The installed wizard, in German: its own text and Qt's (from qt6-translations-l10n).
help=$(LANG=de_DE.UTF-8 LC_ALL= QT_QPA_PLATFORM=offscreen /usr/bin/pgmigrate-wizard --help)
echo "$help"
grep -q 'Migriert komplette PostgreSQL-Cluster' <<<"$help" || fail "the wizard's own text is not German"
grep -q 'Zeigt Hilfe zu den Kommandozeilenoptionen an' <<<"$help" || fail "Qt's text is not German"
# The wizard's own window: its first page in German, and Qt's buttons too (QWizard's Cancel,
# QDialogButtonBox's Close), not only pgmigrate's texts.
texts=$(LANG=de_DE.UTF-8 LC_ALL= QT_QPA_PLATFORM=offscreen PGMIGRATE_STATE_DIR=$WORK/state \
  /usr/bin/pgmigrate-wizard --print-ui-texts)
echo "$texts"
grep -qx 'page: Konfigurationsleitfaden für die PostgreSQL-Migration' <<<"$texts" || fail "the wizard's page is not German"
grep -qx 'about: Über' <<<"$texts" || fail "the wizard's About button is not German"
grep -qx 'cancel: Abbrechen' <<<"$texts" || fail "QWizard's Cancel button is not German"
grep -qx 'about-close: Schließen' <<<"$texts" || fail "QDialogButtonBox's Close button is not German"
# Started for real (offscreen), it must still be running after 3 s.
LANG=de_DE.UTF-8 LC_ALL= QT_QPA_PLATFORM=offscreen PGMIGRATE_STATE_DIR=$WORK/state \
  /usr/bin/pgmigrate-wizard >"$WORK/wizard.log" 2>&1 &
wizard=$!
sleep 3
kill -0 $wizard 2>/dev/null || { cat "$WORK/wizard.log"; fail "the wizard exited within 3 s"; }
kill $wizard
wait $wizard || true
cat "$WORK/wizard.log"
step "the wizard ran"

# Desktop integration and documentation.
desktop-file-validate /usr/share/applications/pgmigrate.desktop || fail "desktop file"
appstreamcli validate --no-net --explain "$metainfo" || fail "AppStream metainfo"
for size in 16 22 24 32 48 64 128 256; do
  [ -f /usr/share/icons/hicolor/${size}x${size}/apps/pgmigrate.png ] || fail "no ${size}px icon"
done
[ -f /usr/share/icons/hicolor/scalable/apps/pgmigrate.svg ] || fail "no SVG icon"
for page in pgmigrate pgmigrate-wizard; do
  zcat /usr/share/man/man1/$page.1.gz | grep -q '^\.TH' || fail "man page $page(1)"
done
zcat /usr/share/man/man1/pgmigrate.1.gz | grep -q -- '--max-replication-lag' ||
  fail "pgmigrate(1) lacks the commands' options"
bash -c 'source /usr/share/bash-completion/completions/pgmigrate
  COMP_WORDS=(pgmigrate finish --fr); COMP_CWORD=2; _pgmigrate pgmigrate --fr finish
  [ "${COMPREPLY[*]}" = --freeze-writes ]' || fail "bash completion"
# zsh's completion system needs a terminal; its builtins are stood in for, to see what it offers.
zsh -c 'compadd() { print -r -- "${(P)2}"; }; _describe() { print -r -- "${(P)4}"; }
  _call_program() { shift; eval "$@"; }; words=(pgmigrate ""); CURRENT=2
  source /usr/share/zsh/vendor-completions/_pgmigrate' | grep -qw resume-replication ||
  fail "zsh completion of the commands"
zsh -c 'compadd() { print -r -- "${(P)2}"; }; _call_program() { shift; eval "$@"; }
  words=(pgmigrate finish --); CURRENT=3; source /usr/share/zsh/vendor-completions/_pgmigrate' |
  grep -q -- --freeze-writes || fail "zsh completion of the options"
grep -q Apache-2.0 /usr/share/doc/pgmigrate/copyright || fail "copyright names no license"
step "validated"

# lintian: errors and warnings fail; what remains is explained in packaging/README.md.
lintian --display-info --fail-on error,warning "$deb" || fail "lintian"
step "lintian"

files=$(dpkg -L pgmigrate | while read -r path; do [ -d "$path" ] || echo "$path"; done)
"${APT[@]}" purge pgmigrate
installed=0
dpkg-query -W -f='${Status}' pgmigrate 2>/dev/null | grep -q installed && fail "still installed"
left=$(for path in $files; do [ -e "$path" ] && echo "$path"; done || true)
[ -z "$left" ] || fail "left after purge: $left"
step "purged, nothing left"
