#!/bin/sh
# make-manpage.sh HELP2MAN PGMIGRATE OUT: writes pgmigrate(1) from the CLI's own help: help2man
# turns `pgmigrate --help` and `--version` into the page, and every command the help lists gets
# a section holding its own `pgmigrate COMMAND --help`, so the page cannot drift from the code.
# The date comes from SOURCE_DATE_EPOCH when it is set (scripts/package), as help2man reads it.
set -eu
help2man=$1 program=$2 out=$3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
ln -s "$program" "$dir/pgmigrate"
# Run by name from PATH, so the help's usage lines say "pgmigrate", not the build directory.
PATH=$dir:$PATH
export PATH
# The page is English: the help in the C locale, whatever the builder's language.
LC_ALL=C.UTF-8 LANGUAGE=
export LC_ALL LANGUAGE

# roff: a backslash is \e, and a line starting with . or ' would be a request.
roff() { sed -e 's/\\/\\e/g' -e "s/^\([.']\)/\\\\\&\1/"; }

commands=$(pgmigrate --help | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
{
  echo '[COMMANDS]'
  for command in $commands; do
    echo ".SS $command"
    echo '.nf'
    pgmigrate "$command" --help | roff
    echo '.fi'
  done
  echo '[FILES]'
  echo '.TP'
  echo '.I ~/.local/share/pgmigrate/migrations/ID.json'
  echo 'The state of each migration (or under $PGMIGRATE_STATE_DIR); never a password.'
  echo '[SEE ALSO]'
  echo '.BR pgmigrate-wizard (1),'
  echo '.BR pg_dump (1),'
  echo '.BR pg_restore (1)'
} >"$dir/commands.h2m"

"$help2man" --no-info --section=1 --no-discard-stderr \
  --name="move whole PostgreSQL clusters between servers with no downtime" \
  --include="$dir/commands.h2m" --output="$out" pgmigrate
