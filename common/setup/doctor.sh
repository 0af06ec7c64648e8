#!/usr/bin/env bash
# make doctor: each tool's version, or one line saying how to get it.
set -u
list="$(dirname "$0")/packages"
bad=0
while read -r package command what; do
  case "$package" in ''|'#'*) continue ;; esac
  if [ "$command" = - ]; then
    if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      printf '  ok       %-32s %s (%s)\n' "$package" "$(dpkg-query -W -f='${Version}' "$package")" "$what"
    else
      printf '  MISSING  %-32s %s: run make setup\n' "$package" "$what"; bad=1
    fi
  elif command -v "$command" >/dev/null; then
    printf '  ok       %-32s %s\n' "$command" "$("$command" --version 2>&1 | head -n 1)"
  else
    printf '  MISSING  %-32s %s: run make setup (Debian package %s)\n' "$command" "$what" "$package"; bad=1
  fi
done < "$list"
[ $bad -eq 0 ] && echo "doctor: all tools present." || { echo "doctor: something is missing: run 'make setup' (as root, or with sudo)."; exit 1; }
