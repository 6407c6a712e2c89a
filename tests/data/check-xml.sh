#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Data suite: an independent validator (xmllint) checks what the project
# ships: the data files are well-formed, the schema compiles, and the
# fixtures written by hand follow the schema.  Prints TAP.
top=$1
n=0
fail=0
check () {
  n=$((n + 1))
  if "$@" >/dev/null 2>/tmp/od-data-check.$$; then
    echo "ok $n - $*"
  else
    echo "not ok $n - $*"
    sed 's/^/# /' /tmp/od-data-check.$$
    fail=1
  fi
}
for f in "$top"/resources/catalog/catalog.xml "$top"/resources/templates/*.xml "$top"/resources/diagnosis/*.xml; do
  [ -e "$f" ] || continue
  check xmllint --noout --nonet "$f"
done
check xmllint --noout --relaxng "$top/resources/schema/orgdesign.rng" "$top/tests/fixtures/core/every-element.orgdesign"
rm -f /tmp/od-data-check.$$
echo "1..$n"
exit $fail
