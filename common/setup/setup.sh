#!/usr/bin/env bash
# make setup: install the course's tools from Debian's packages. Safe to run
# again: when everything is there it says so and changes nothing.
set -eu
list="$(dirname "$0")/packages"
missing=()
while read -r package _; do
  case "$package" in ''|'#'*) continue ;; esac
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done < "$list"

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: every package is installed already."
  exit 0
fi
command -v apt-get >/dev/null || { echo "setup: no apt-get here; install by hand: ${missing[*]}" >&2; exit 1; }
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: not root and no sudo; as root run: apt-get install ${missing[*]}" >&2; exit 1; }
  sudo=sudo
fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "setup: done."
