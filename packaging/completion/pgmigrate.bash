# bash completion for pgmigrate. The commands and each command's options are read from
# pgmigrate's own help, so they follow the installed version.
# The help is read in the C locale: "Commands:" is translated in other languages.
_pgmigrate() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]} command
  COMPREPLY=()
  if [ "$COMP_CWORD" -eq 1 ]; then
    local commands
    commands=$(LC_ALL=C.UTF-8 LANGUAGE= "$1" --help 2>/dev/null | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
    COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
    return
  fi
  command=${COMP_WORDS[1]}
  case $prev in
    --method) COMPREPLY=($(compgen -W "auto replication dump" -- "$cur")); return ;;
    --if-exists) COMPREPLY=($(compgen -W "fail truncate" -- "$cur")); return ;;
    --tables-without-pk) COMPREPLY=($(compgen -W "replica-identity-full dump" -- "$cur")); return ;;
    --initial-sync) COMPREPLY=($(compgen -W "fast native" -- "$cur")); return ;;
    --pg-dump-dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    --format) COMPREPLY=($(compgen -W "html pdf json" -- "$cur")); return ;;
    --output) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --source|--target|--exclude-db|--skip-table|--id|--jobs|--timeout|--step-timeout|--lag-timeout|\
    --connect-timeout|--max-replication-lag|--lock-wait|--source-address-from-target|\
    -s|-t|-f|--filtered-db) return ;;
  esac
  if [[ $cur == -* ]]; then
    local options
    options=$("$1" "$command" --help 2>/dev/null | grep -oE '^ +(-[a-z], )?--[a-z-]+(, --[a-z-]+)*' | grep -oE -- '--[a-z-]+')
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
  fi
} &&
  complete -F _pgmigrate pgmigrate
