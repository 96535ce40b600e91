#!/usr/bin/python3
"""The analyst's script RevReport is measured against: pandas reads the billing exports, checks the rows it
can, reconciles, ranks clients, computes growth and writes the tables with XlsxWriter. Bench only; the jar
and the tests never run it. It keeps no store: every run redoes everything.

    bench/peer.py INPUT OUTPUT.xlsx [FISCAL_YEAR_START_MONTH]

Prints one line: peer_ms=<wall> read_ms=<read and check> figures_ms=<tables> workbook_ms=<write>,
and the lines it read, accepted and rejected. Amounts are floats, as such scripts have them: its totals can
differ from the job's in the last cent, which is one of the reasons the job exists.
"""
import glob
import os
import re
import sys
import time

import pandas as pd

COLUMNS = ["line_id", "billing_month", "client_id", "client_name", "segment", "charge_type", "amount", "currency"]
CHARGE_TYPES = {"USAGE", "SUBSCRIPTION", "CREDIT", "ADJUSTMENT"}
AMOUNT = r"-?\d{1,18}(\.\d{1,6})?"
MONTH = r"\d{4}-(0[1-9]|1[0-2])"


def read_billing(folder):
    frames = []
    for path in sorted(glob.glob(os.path.join(folder, "billing", "*.csv"))):
        match = re.search(r"(\d{4}-\d{2})", os.path.basename(path))
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        frame.columns = [c.strip().lower() for c in frame.columns]
        frame = frame[COLUMNS]
        frame["file"] = os.path.basename(path)
        frame["file_month"] = match.group(1) if match else ""
        frame["line"] = frame.index + 2
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def check(billing, known_currencies):
    """The job's reject reasons in its order, as far as columns of strings allow: the first one wins."""
    reason = pd.Series("", index=billing.index)

    def flag(code, bad):
        nonlocal reason
        reason = reason.mask((reason == "") & bad, code)

    flag("MISSING_FIELD", (billing[COLUMNS] == "").any(axis=1))
    flag("INVALID_MONTH", ~billing["billing_month"].str.fullmatch(MONTH))
    flag("MONTH_MISMATCH", billing["billing_month"] != billing["file_month"])
    flag("INVALID_AMOUNT", ~billing["amount"].str.fullmatch(AMOUNT))
    charge = billing["charge_type"].str.upper()
    flag("INVALID_CHARGE_TYPE", ~charge.isin(CHARGE_TYPES))
    amount = pd.to_numeric(billing["amount"].where(reason == "", "0"))
    flag("SIGN_MISMATCH", (charge.isin({"USAGE", "SUBSCRIPTION"}) & (amount < 0)) | ((charge == "CREDIT") & (amount > 0)))
    flag("UNKNOWN_CURRENCY", ~billing["currency"].isin(known_currencies))
    flag("DUPLICATE_LINE", billing.duplicated(["billing_month", "line_id"]) & (reason == ""))
    billing["amount"] = amount
    return billing[reason == ""].copy(), billing[reason != ""].assign(reason=reason[reason != ""])


def quarter_of(months, start):
    """Fiscal quarter labels, the year named after the calendar year in which it ends."""
    year = months.str[:4].astype(int)
    month = months.str[5:7].astype(int)
    shifted = (month - start) % 12
    fiscal_year = year + ((month >= start) & (start != 1)).astype(int)
    return "FY" + fiscal_year.astype(str) + "-Q" + (shifted // 3 + 1).astype(str)


def main():
    folder, output = sys.argv[1], sys.argv[2]
    start = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    began = time.monotonic()

    raw = read_billing(folder)
    ledger = pd.concat(pd.read_csv(p, dtype={"month": str}) for p in glob.glob(os.path.join(folder, "ledger", "*.csv")))
    rates = pd.concat(pd.read_csv(p, dtype={"month": str}) for p in glob.glob(os.path.join(folder, "fx", "*.csv")))
    known = set(rates["currency"]) | {"USD"}
    billing, rejects = check(raw, known)
    rates = pd.concat([rates, pd.DataFrame({"month": sorted(set(billing["billing_month"]) | set(ledger["month"])),
                                            "currency": "USD", "rate": 1.0})])
    billing = billing.merge(rates, left_on=["billing_month", "currency"], right_on=["month", "currency"], how="left")
    if billing["rate"].isna().any():
        sys.exit("missing rates: " + str(billing[billing["rate"].isna()][["billing_month", "currency"]].drop_duplicates()))
    billing["usd"] = billing["amount"] * billing["rate"]
    billing["quarter"] = quarter_of(billing["billing_month"], start)
    read = time.monotonic()

    quarter = billing.loc[billing["billing_month"] == billing["billing_month"].max(), "quarter"].iloc[0]
    # the quarter before on the calendar, billed or not: Q1's is Q4 of the fiscal year before
    year, number = int(quarter[2:6]), int(quarter[-1])
    prior = f"FY{year}-Q{number - 1}" if number > 1 else f"FY{year - 1}-Q4"
    prior_year = quarter[:2] + str(int(quarter[2:6]) - 1) + quarter[6:]
    this = billing[billing["quarter"] == quarter]

    # reconciliation: billed against the converted ledger, per segment and month of the quarter
    ledger = ledger.merge(rates, on=["month", "currency"], how="left")
    ledger["booked"] = ledger["revenue"] * ledger["rate"]
    billed = this.groupby(["segment", "billing_month"], as_index=False)["usd"].sum()
    recon = billed.merge(ledger[["segment", "month", "booked"]], left_on=["segment", "billing_month"],
                         right_on=["segment", "month"], how="left")
    recon["variance"] = recon["usd"] - recon["booked"]
    recon["variance_pct"] = recon["variance"] / recon["booked"]
    tolerance = (recon["booked"].abs() * 0.005).clip(lower=1000.0)
    recon["status"] = "BREAK"
    recon.loc[recon["variance"].abs() <= tolerance, "status"] = "WITHIN_TOLERANCE"
    recon.loc[recon["variance"].abs() < 0.01, "status"] = "MATCHED"
    recon.loc[recon["booked"].isna(), "status"] = "MISSING_LEDGER"

    # concentration: every client with revenue, ranked, per segment and over all segments
    names = billing.sort_values("billing_month").groupby("client_id")["client_name"].last()
    per_segment = this.groupby(["segment", "client_id"], as_index=False)["usd"].sum()
    overall = this.groupby("client_id", as_index=False)["usd"].sum().assign(segment="All segments")
    ranked, summary = [], []
    for scope, clients in pd.concat([overall, per_segment]).groupby("segment", sort=False):
        clients = clients[clients["usd"] > 0].sort_values(["usd", "client_id"], ascending=[False, True])
        total = clients["usd"].sum()
        clients = clients.assign(rank=range(1, len(clients) + 1), share=clients["usd"] / total)
        clients["cumulative_share"] = clients["share"].cumsum()
        clients["major"] = clients["share"] >= 0.10
        hhi = ((clients["share"] * 100) ** 2).sum()
        summary.append({"scope": scope, "clients": len(clients), "revenue": total,
                        "top1": clients["share"].head(1).sum(), "top5": clients["share"].head(5).sum(),
                        "top10": clients["share"].head(10).sum(), "hhi": hhi,
                        "level": "HIGH" if hhi > 1800 else "MODERATE" if hhi >= 1000 else "LOW"})
        ranked.append(clients.assign(client_name=clients["client_id"].map(names)))
    concentration = pd.concat(ranked)

    # growth: quarter against the prior quarter and the prior-year quarter, per scope
    by_quarter = billing.groupby(["segment", "quarter", "client_id"], as_index=False)["usd"].sum()
    by_quarter = pd.concat([by_quarter, by_quarter.groupby(["quarter", "client_id"], as_index=False)["usd"].sum()
                            .assign(segment="All segments")])
    growth = []
    for scope, rows in by_quarter.groupby("segment", sort=False):
        revenue = rows.groupby("quarter")["usd"].sum()
        now = rows[rows["quarter"] == quarter].set_index("client_id")["usd"]
        before = rows[rows["quarter"] == prior].set_index("client_id")["usd"]
        year_ago = rows[rows["quarter"] == prior_year].set_index("client_id")["usd"]
        base = year_ago[year_ago > 0]
        kept = now.reindex(base.index, fill_value=0.0)
        r, rp, ry = revenue.get(quarter, 0.0), revenue.get(prior, 0.0), revenue.get(prior_year, 0.0)
        growth.append({"scope": scope, "revenue": r, "prior": rp, "prior_year": ry,
                       "qoq": (r - rp) / rp if rp > 0 else None, "yoy": (r - ry) / ry if ry > 0 else None,
                       "new": int(((now > 0) & ~now.index.isin(before[before > 0].index)).sum()),
                       "churned": int(((before > 0) & ~before.index.isin(now[now > 0].index)).sum()),
                       "nrr": kept.sum() / base.sum() if base.sum() else None,
                       "grr": pd.concat([kept.clip(lower=0), base], axis=1).min(axis=1).sum() / base.sum()
                       if base.sum() else None})

    clients = this.pivot_table(index="client_id", columns="segment", values="usd", aggfunc="sum", fill_value=0.0)
    clients["total"] = clients.sum(axis=1)
    clients.insert(0, "client_name", clients.index.map(names))
    clients = clients.sort_values("total", ascending=False)
    figures = time.monotonic()

    with pd.ExcelWriter(output, engine="xlsxwriter") as workbook:
        pd.DataFrame(summary).to_excel(workbook, sheet_name="Summary", index=False)
        recon.drop(columns="month").to_excel(workbook, sheet_name="Reconciliation", index=False)
        concentration.to_excel(workbook, sheet_name="Concentration", index=False)
        pd.DataFrame(growth).to_excel(workbook, sheet_name="Growth", index=False)
        clients.to_excel(workbook, sheet_name="Clients")
        rejects[["file", "line", "reason", "line_id"]].to_excel(workbook, sheet_name="Rejects", index=False)
    done = time.monotonic()
    print(f"peer_ms={round((done - began) * 1000)} read_ms={round((read - began) * 1000)}"
          f" figures_ms={round((figures - read) * 1000)} workbook_ms={round((done - figures) * 1000)}"
          f" quarter={quarter} lines={len(raw)} accepted={len(billing)} rejected={len(rejects)}"
          f" clients={len(clients)}")


if __name__ == "__main__":
    main()
