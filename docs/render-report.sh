#!/usr/bin/env bash
# Renders a report workbook's Summary, Changes, Concentration and Growth sheets to PNG, to look at the
# layout and the charts without Excel: LibreOffice headless to PDF (one page per sheet), then
# pdftoppm; and the Summary as it prints on A4 (summary-printed.png). Needs soffice
# (libreoffice-calc-nogui), pdftoppm (poppler-utils) and, for Calibri's metrics, fonts-crosextra-carlito.
#
#   docs/render-report.sh output/FY2024-Q3/revenue-report-FY2024-Q3.xlsx [docs/images]
set -euo pipefail

workbook=${1:?usage: $0 WORKBOOK.xlsx [OUTPUT_DIR]}
out=${2:-"$(dirname "$0")/images"}
[ -f "$workbook" ] || { echo "no such workbook: $workbook" >&2; exit 2; }
command -v soffice >/dev/null || { echo "soffice not found (apt-get install libreoffice-calc-nogui)" >&2; exit 2; }
command -v pdftoppm >/dev/null || { echo "pdftoppm not found (apt-get install poppler-utils)" >&2; exit 2; }

work=$(mktemp -d)
# a throw-away profile: never touch (or wait for a lock on) the user's own LibreOffice profile
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# SinglePageSheets puts each sheet on one page, so page N is sheet N in the workbook's sheet order
soffice --headless --norestore "-env:UserInstallation=file://$work/profile" \
  --convert-to 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}' \
  --outdir "$work" "$workbook" >"$work/soffice.log" 2>&1 || { cat "$work/soffice.log" >&2; exit 1; }
pdf="$work/$(basename "${workbook%.*}").pdf"
[ -f "$pdf" ] || { echo "LibreOffice wrote no PDF" >&2; cat "$work/soffice.log" >&2; exit 1; }

# page = position of the sheet: Summary 1, Changes 2, Reconciliation 3, Concentration 4, Growth 5
render() {
  local page=$1 name=$2
  # a sheet with thousands of rows is one very tall page: keep its top-left part, where the
  # summary tables and the chart are
  pdftoppm -f "$page" -l "$page" -r 90 -png -singlefile -x 0 -y 0 -W 2600 -H 1300 "$pdf" "$work/$name"
  mv "$work/$name.png" "$out/$name.png"
  echo "wrote $out/$name.png"
}
render 1 summary
render 2 changes
render 4 concentration
render 5 growth

# the Summary as printed: the workbook's own print setup (A4 landscape, one page), its first page
mkdir -p "$work/printed"
soffice --headless --norestore "-env:UserInstallation=file://$work/profile" --convert-to pdf \
  --outdir "$work/printed" "$workbook" >"$work/soffice.log" 2>&1 || { cat "$work/soffice.log" >&2; exit 1; }
printed="$work/printed/$(basename "${workbook%.*}").pdf"
pdftoppm -f 1 -l 1 -r 110 -png -singlefile "$printed" "$work/summary-printed"
mv "$work/summary-printed.png" "$out/summary-printed.png"
echo "wrote $out/summary-printed.png ($(pdfinfo "$printed" | awk '/^Pages:/ {print $2}') printed pages in all)"
