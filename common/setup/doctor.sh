#!/usr/bin/env bash
# make doctor: each tool's version, whether CI checks the course with that
# version, and what is missing (with the one command that installs it).
#   doctor.sh --missing   only what is missing (make check's preflight: it
#                         asks no tool its version, and dpkg once)
set -u
list="$(dirname "$0")/packages"
bad=0

if [ "${1:-}" = --missing ]; then
  installed=$(awk '!/^#/ && $2 == "-" {print $1}' "$list" | xargs -r dpkg-query -W -f='${Package} ${Status}\n' 2>/dev/null)
  while read -r package command range what; do
    case "$package" in ''|'#'*) continue ;; esac
    if [ "$command" = - ]; then
      [[ $'\n'"$installed"$'\n' == *$'\n'"$package install ok installed"$'\n'* ]] ||
        { printf '  MISSING  %-32s %s: run make setup\n' "$package" "$what"; bad=1; }
    elif ! command -v "$command" >/dev/null; then
      printf '  MISSING  %-32s %s: run make setup (Debian package %s)\n' "$command" "$what" "$package"; bad=1
    fi
  done < "$list"
  exit $bad
fi

# version_of TEXT: the first dotted number in TEXT (2.13.10, 7.2.22, 12.2).
version_of() { grep -o -E '[0-9]+\.[0-9]+(\.[0-9]+)?' <<< "$1" | head -n 1; }

# in_range VERSION MIN-MAX: compare major.minor (a MAX of 10 takes 10.x).
in_range() {
  local low=${2%-*} high=${2#*-}
  [ "$(printf '%s\n%s\n' "$low" "$1" | sort -V | head -n 1)" = "$low" ] || return 1
  [[ "$1" == "$high" || "$1" == "$high".* ]] && return 0
  [ "$(printf '%s\n%s\n' "$1" "$high" | sort -V | head -n 1)" = "$1" ]
}

# What works less well on an older tool than the course's newest.
degraded() {
  case "$1" in
    qemu-system-arm) in_range "$2" "0-8.0" && echo "QEMU before 8.1 shows GDB no MSP, PSP, PRIMASK, BASEPRI, FAULTMASK or CONTROL (only r0-r15 and xPSR), so PROBE=emulated cannot run" ;;
  esac
}

while read -r package command range what; do
  case "$package" in ''|'#'*) continue ;; esac
  if [ "$command" = - ]; then
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      printf '  MISSING  %-32s %s: run make setup\n' "$package" "$what"; bad=1; continue
    fi
    shown=$(dpkg-query -W -f='${Version}' "$package")
    version=$(version_of "${shown#*:}")
    name=$package
  elif command -v "$command" >/dev/null; then
    shown=$("$command" --version 2>&1 | head -n 1)
    version=$(version_of "$(sed 's/([^)]*)//g' <<< "$shown")")
    name=$command
  else
    printf '  MISSING  %-32s %s: run make setup (Debian package %s)\n' "$command" "$what" "$package"; bad=1; continue
  fi
  verdict=""
  if [ "$range" != - ] && ! in_range "$version" "$range"; then
    verdict=" [not checked by CI: it checks $range; it may well work]"
  fi
  printf '  ok       %-32s %s%s\n' "$name" "$shown" "$verdict"
  why=$(degraded "$package" "$version")
  [ -n "$why" ] && printf '           %-32s %s\n' "" "$why"
done < "$list"
[ $bad -eq 0 ] && echo "doctor: all tools present." || { echo "doctor: something is missing: run 'make setup' (as root, or with sudo)."; exit 1; }
