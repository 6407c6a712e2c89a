#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Data suite: every source file carries its SPDX licence header
# (tools/spdx-headers --check), and the script that adds them puts the
# line in each type's comment syntax, after a "#!" line or an XML
# declaration, once however often it runs.  Prints TAP.
#   check-spdx.sh SOURCE-ROOT
top=$1
script=$top/tools/spdx-headers
n=0
fail=0
ok () {
  n=$((n + 1))
  if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fail=1; fi
}
out=$(python3 "$script" --check 2>&1)
ok $? "every source file has an SPDX-License-Identifier header"
[ -n "$out" ] && echo "$out" | sed 's/^/# /'
grep -q "GNU GENERAL PUBLIC LICENSE" "$top/COPYING" && grep -q "Version 3, 29 June 2007" "$top/COPYING"
ok $? "COPYING holds the GPL version 3"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '/* a.c */\nint x;\n' >"$tmp/a.c"
printf '#!/usr/bin/python3\nprint(1)\n' >"$tmp/tool"
printf '<?xml version="1.0"?>\n<interface/>\n' >"$tmp/w.ui"
printf "project('x', 'c')\n" >"$tmp/meson.build"
printf '.TH X 1\n' >"$tmp/x.1"
printf 'id,name\n' >"$tmp/data.csv"
python3 "$script" "$tmp/a.c" "$tmp/tool" "$tmp/w.ui" "$tmp/meson.build" "$tmp/x.1" "$tmp/data.csv" >/dev/null
cp -r "$tmp" "$tmp.once"
python3 "$script" "$tmp"/* >/dev/null
diff -r "$tmp.once" "$tmp" >/dev/null; ok $? "running the script twice changes nothing the second time"
rm -rf "$tmp.once"
[ "$(sed -n 1p "$tmp/a.c")" = "/* SPDX-License-Identifier: GPL-3.0-or-later */" ]; ok $? "C: a /* */ comment on the first line"
[ "$(sed -n 1p "$tmp/tool")" = "#!/usr/bin/python3" ] && [ "$(sed -n 2p "$tmp/tool")" = "# SPDX-License-Identifier: GPL-3.0-or-later" ]
ok $? "a script: a # comment after the #! line"
[ "$(sed -n 2p "$tmp/w.ui")" = "<!-- SPDX-License-Identifier: GPL-3.0-or-later -->" ]; ok $? "XML: a comment after the declaration"
[ "$(sed -n 1p "$tmp/meson.build")" = "# SPDX-License-Identifier: GPL-3.0-or-later" ]; ok $? "meson: a # comment"
[ "$(sed -n 1p "$tmp/x.1")" = '.\" SPDX-License-Identifier: GPL-3.0-or-later' ]; ok $? "a man page: a roff comment"
[ "$(cat "$tmp/data.csv")" = "id,name" ]; ok $? "data files are left alone"
echo "1..$n"
exit $fail
