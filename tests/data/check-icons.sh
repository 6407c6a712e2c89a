#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Data suite: desktop integration beyond the validators.  The icons are
# SVG that an SVG renderer draws; the symbolic one is filled shapes only (so
# GTK can recolour it); the file type names an icon the project ships; the
# application carries its icons in its resources; the metainfo has
# releases, a content rating and its translation domain; the .po headers
# name no path of any machine.  Prints TAP.
#   check-icons.sh DATADIR METAINFO APP-OR-"" PODIR
data=$1
metainfo=$2
app=$3
po=$4
app_id=io.github.orgdesigner.OrgDesigner
n=0
fail=0
ok () {
  n=$((n + 1))
  if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fail=1; fi
}
xpath () {
  xmllint --nonet --xpath "$1" "$2" 2>/dev/null
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mime_icon=$(xpath 'string(//*[local-name()="mime-type"]/*[local-name()="icon"]/@name)' "$data/$app_id.mime.xml")
[ -n "$mime_icon" ]; ok $? "the .orgdesign type names its icon ($mime_icon)"
for icon in "$app_id.svg" "$app_id-symbolic.svg" "$mime_icon.svg"; do
  f=$data/$icon
  [ -f "$f" ]; ok $? "$icon is shipped"
  xmllint --noout --nonet "$f" 2>/dev/null; ok $? "$icon is well-formed XML"
  [ "$(xpath 'namespace-uri(/*)' "$f")" = http://www.w3.org/2000/svg ] && [ "$(xpath 'local-name(/*)' "$f")" = svg ]
  ok $? "$icon is an <svg> in the SVG namespace"
  [ -n "$(xpath 'string(/*/@viewBox)' "$f")" ]; ok $? "$icon has a viewBox"
  rsvg-convert -w 64 -h 64 -f png -o "$tmp/icon.png" "$f" 2>"$tmp/err" && [ -s "$tmp/icon.png" ]
  ok $? "$icon renders (rsvg-convert)"
  sed 's/^/# /' "$tmp/err"
done
sym=$data/$app_id-symbolic.svg
[ "$(xpath 'string(/*/@viewBox)' "$sym")" = "0 0 16 16" ]; ok $? "the symbolic icon is drawn on 16×16"
[ "$(xpath 'count(//@stroke)' "$sym")" = 0 ]; ok $? "the symbolic icon has no strokes (GTK recolours fills)"

desktop_icon=$(sed -n 's/^Icon=//p' "$data/$app_id.desktop.in")
[ "$desktop_icon" = "$app_id" ]; ok $? "the launcher's icon is the application id"

if [ -n "$app" ]; then
  resources=$(gresource list "$app" 2>&1)
  for path in "icons/scalable/apps/$app_id.svg" "icons/symbolic/apps/$app_id-symbolic.svg"; do
    grep -qx "/io/github/orgdesigner/OrgDesigner/$path" <<<"$resources"; ok $? "the application's resources hold $path"
  done
fi

[ "$(xpath 'string(/component/translation[@type="gettext"])' "$metainfo")" = org-designer ]
ok $? "the metainfo names its gettext domain"
[ "$(xpath 'string(/component/content_rating/@type)' "$metainfo")" = oars-1.1 ]; ok $? "the metainfo has an OARS content rating"
version=$(xpath 'string(/component/releases/release[1]/@version)' "$metainfo")
[ -n "$version" ] && [ "$(xpath 'count(/component/releases/release[1]/description/*)' "$metainfo")" -gt 0 ]
ok $? "the metainfo's newest release ($version) says what it brings"

for f in "$po"/*.po; do
  # The header: the comments and the entry with the empty msgid.
  header=$(awk '/^msgid "/ && $0 != "msgid \"\"" { exit } { print }' "$f")
  paths=$(grep -nE '(^|[^A-Za-z0-9_.<>@-])/(work|home|root|tmp|usr|srv|mnt|opt|var|build)(/|\b)' <<<"$header")
  [ -z "$paths" ]; ok $? "the header of $(basename "$f") names no machine's path"
  [ -n "$paths" ] && echo "$paths" | sed 's/^/# /'
done
echo "1..$n"
exit $fail
