#!/usr/bin/env python3
"""Writes COUNT generated text plans of ROWS action rows each into OUT_DIR,
for the soak and scaling benchmarks (tools/soak.sh, tools/replace_bench.sh,
tools/read_bench.sh). Each plan is a tab-separated table under a board's
title, every file's content unique, so that each is stored as its own
document; with --tag, the same plans with other content (for replacing).

usage: tools/make_bulk_plans.py OUT_DIR COUNT ROWS [--prefix P] [--tag T]
"""
import argparse
import os

LEADS = ["Board Manager", "Chair of QA Group", "Head of Children's Services", "Named Nurse", "LADO"]
TIMEFRAMES = ["March 2016", "Ongoing", "Q2 2016/17", "By December 2015", "April 2016 - March 2017"]
PROGRESS = ["Green: on track", "Amber", "Complete", "Not started", "Red: delayed"]
VERBS = ["Audit", "Review", "Train staff on", "Publish guidance on", "Monitor"]
TOPICS = ["neglect", "child sexual exploitation", "early help", "thresholds", "domestic abuse"]


def plan_text(index, rows, tag):
    board = f"Bulkshire {index} Local Safeguarding Children Board"
    lines = [board, "", f"Business Plan 2015 - 2017 {tag}".rstrip(), "", "Ref\tAction\tLead\tTimescale\tProgress"]
    for r in range(rows):
        k = index + r
        action = f"{VERBS[k % 5]} {TOPICS[(k // 5) % 5]} practice across partner agencies, item {r + 1} {tag}".rstrip()
        lines.append(f"{r // 10 + 1}.{r % 10 + 1}\t{action}\t{LEADS[k % 5]}\t{TIMEFRAMES[(k // 3) % 5]}\t"
                     f"{PROGRESS[(k // 7) % 5]}")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out_dir")
    parser.add_argument("count", type=int)
    parser.add_argument("rows", type=int)
    parser.add_argument("--prefix", default="plan")
    parser.add_argument("--tag", default="")
    args = parser.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    for i in range(args.count):
        with open(os.path.join(args.out_dir, f"{args.prefix}{i:05d}.txt"), "w", encoding="utf-8") as out:
            out.write(plan_text(i, args.rows, args.tag))


if __name__ == "__main__":
    main()
