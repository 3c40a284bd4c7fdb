#!/usr/bin/env python3
"""Checks a run of EsmsRules.Batch (CI): decisions.ndjson answers every non-blank line of the input, in order, with its
line number; synthese-regions.csv (UTF-8 with BOM, ';', decimal comma) has, for each row, the counts and totals summed
again here from the decisions, and a total row that adds them up.

Usage: verifier-synthese.py INPUT.ndjson decisions.ndjson synthese-regions.csv
"""
import json
import sys
from decimal import Decimal

ROWS = {"national": "National (CNSA)", "sonsUniquement": "SONS uniquement", "nonRecevable": "Non recevable"}


def row(answer):
    if "erreurs" in answer:
        return "Dossiers invalides"
    orientation = answer.get("orientation")
    if orientation == "regional":
        return answer.get("region") or "Régional (région non déterminée)"
    return ROWS.get(orientation, "En attente de données manquantes")


def main(input_path, decisions_path, csv_path):
    with open(input_path, encoding="utf-8-sig") as f:
        expected_lines = [i for i, line in enumerate(f.read().splitlines(), 1) if line.strip()]
    with open(decisions_path, encoding="utf-8") as f:
        answers = [json.loads(line, parse_float=Decimal) for line in f]
    assert [a["ligne"] for a in answers] == expected_lines, "decisions.ndjson: one answer per non-blank line, in order"

    sums = {}
    for a in answers:
        s = sums.setdefault(row(a), [0, 0, Decimal(0), Decimal(0)])
        s[0] += 1
        if "erreurs" not in a:
            s[1] += a["recevable"] is True
            s[2] += Decimal(a["financement"]["total"])
            s[3] += sum((Decimal(p["total"]) for p in a["prestationSegur"]), Decimal(0))

    with open(csv_path, "rb") as f:
        raw = f.read()
    assert raw.startswith(b"\xef\xbb\xbf"), "synthese-regions.csv: UTF-8 byte order mark expected"
    lines = raw[3:].decode("utf-8").split("\r\n")
    assert lines[-1] == "", "synthese-regions.csv: CRLF line ends"
    header, *rows = [line.split(";") for line in lines[:-1]]
    assert header == ["Région", "Dossiers", "Recevables", "Total allouable (€)", "Prestation Ségur (€)"], header

    def numbers(r):
        return [int(r[1]), int(r[2]), Decimal(r[3].replace(",", ".")), Decimal(r[4].replace(",", "."))]

    *body, total = rows
    csv = {r[0]: numbers(r) for r in body}
    assert csv == sums, f"rows differ from the decisions:\n csv       {csv}\n decisions {sums}"
    assert total[0] == "Total" and numbers(total) == [sum(v[i] for v in sums.values()) for i in range(4)], total
    print(f"synthese-regions.csv: {len(body)} rows, {numbers(total)[0]} dossiers, total allouable {total[3]} €, "
          f"Prestation Ségur {total[4]} € — equal to the sums of decisions.ndjson")


if __name__ == "__main__":
    main(*sys.argv[1:])
