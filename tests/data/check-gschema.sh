#!/bin/sh
# Data suite: the settings schema compiles strictly, and the copy compiled
# for the uninstalled application holds every key the code reads.  Prints TAP.
source_dir=$1
build_dir=$2
shift 2
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
check glib-compile-schemas --strict --dry-run "$source_dir"
check xmllint --noout --nonet "$source_dir/io.github.orgdesigner.OrgDesigner.gschema.xml"
keys=$(gsettings --schemadir "$build_dir" list-keys io.github.orgdesigner.OrgDesigner 2>&1)
for key in "$@"; do
  check sh -c "echo '$keys' | grep -qx '$key'"
done
echo "1..$n"
exit $fail
