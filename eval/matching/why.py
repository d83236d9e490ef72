#!/usr/bin/env python3
"""Why the engine and the judge disagree, by the rubric's reasons (for tuning, not for scoring).

Reads match_eval --tsv on stdin. For the engine's top 5 that the judge did not mark relevant, counts
the rubric criterion they fail (skill, language, availability...); for the relevant profiles the
engine left out of its top 20, counts how the judge's accepted skill relates to the need's own
skills (one of them, or a skill the need did not name: a neighbour the taxonomy does not link).

    build/release/bench/match/match_eval --tsv | python3 eval/matching/why.py
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import judge  # noqa: E402


def main():
    j = judge.Judge()
    needs = {n["id"]: n for n in j.needs}
    profiles = {p["id"]: p for p in j.profiles}
    ranked = collections.defaultdict(list)
    for line in sys.stdin:
        need, rank, pid, _score, _skills, _rel = line.rstrip("\n").split("\t")
        ranked[need].append(pid)

    false_top5 = collections.Counter()
    total_top5 = 0
    for nid, pids in ranked.items():
        for pid in pids[:5]:
            total_top5 += 1
            ok, why = j.judge(needs[nid], profiles[pid])
            if ok:
                continue
            if why.startswith("override"):
                false_top5["judge's reading of the profile"] += 1
            elif why == "skill":
                skills = needs[nid]["skills"]
                has = {s["slug"] for s in profiles[pid]["skills"]}
                if skills[0]["slug"] in has:
                    reason = "skill: holds the need's main skill, below the level"
                elif {s["slug"] for s in skills} & has:
                    reason = "skill: holds only a secondary skill of the need"
                else:
                    reason = "skill: only a neighbouring skill of the domain"
                false_top5[reason] += 1
            elif why == "language":
                false_top5["no shared working language"] += 1
            else:
                false_top5["cannot work in the mode and period (%s)" % why] += 1
    print("engine's top 5, judged not relevant: %d of %d" % (sum(false_top5.values()), total_top5))
    for reason, n in false_top5.most_common():
        print("  %3d  %s" % (n, reason))

    missed = collections.Counter()
    total_rel = 0
    for need in j.needs:
        top = set(ranked.get(need["id"], []))
        named = {s["slug"] for s in need["skills"]}
        for p in j.profiles:
            ok, alt = j.judge(need, p)
            if not ok:
                continue
            total_rel += 1
            if p["id"] in top:
                continue
            if alt.startswith("override"):
                missed["judged relevant on reading"] += 1
                continue
            used = {part.split(":")[0] for part in alt.split("+")}
            if used <= named:
                missed["holds the need's own skill(s), ranked below others"] += 1
            elif j.domain[next(iter(used))] in {j.domain[s] for s in named}:
                missed["holds a neighbouring skill of the same domain"] += 1
            else:
                missed["holds a skill of another domain (no link in the taxonomy)"] += 1
    print("\nrelevant profiles outside the engine's top 20: %d of %d" % (
        sum(missed.values()), total_rel))
    for reason, n in missed.most_common():
        print("  %3d  %s" % (n, reason))


if __name__ == "__main__":
    main()
