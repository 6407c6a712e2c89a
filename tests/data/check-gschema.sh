#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Data suite: the settings schema compiles strictly, and the copy compiled
# for the uninstalled application holds every key the code reads.  Prints TAP.
source_dir=$1
build_dir=$2
shift 2
n=0
fail=0
# check DESCRIPTION COMMAND...: one TAP line, the command's output as comments.
check () {
  what=$1
  shift
  n=$((n + 1))
  if out=$("$@" 2>&1); then
    echo "ok $n - $what"
  else
    echo "not ok $n - $what"
    echo "$out" | sed 's/^/# /'
    fail=1
  fi
}
check "glib-compile-schemas --strict" glib-compile-schemas --strict --dry-run "$source_dir"
check "the schema is well-formed XML" xmllint --noout --nonet "$source_dir/io.github.orgdesigner.OrgDesigner.gschema.xml"
keys=$(gsettings --schemadir "$build_dir" list-keys io.github.orgdesigner.OrgDesigner 2>&1)
for key in "$@"; do
  check "the compiled schema has the key $key" sh -c 'printf "%s\n" "$1" | grep -qx "$2"' sh "$keys" "$key"
done
echo "1..$n"
exit $fail
