#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Data suite: the launcher and the software-centre metadata, as built (with
# their translations merged), pass the freedesktop validators.  Prints TAP.
desktop=$1
metainfo=$2
mime=$3
icon=$4
n=0
fail=0
check () {
  n=$((n + 1))
  if out=$("$@" 2>&1); then
    echo "ok $n - $*"
  else
    echo "not ok $n - $*"
    echo "$out" | sed 's/^/# /'
    fail=1
  fi
}
check desktop-file-validate "$desktop"
check appstreamcli validate --no-net --pedantic "$metainfo"
check xmllint --noout --nonet "$mime"
check xmllint --noout --nonet "$icon"
# The launcher carries the Chinese names from po/.
check grep -q '^Name\[zh_CN\]=' "$desktop"
echo "1..$n"
exit $fail
