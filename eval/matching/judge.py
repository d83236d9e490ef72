#!/usr/bin/env python3
"""The judge's worksheet: writes eval/matching/judgments.json and lists candidates for review.

For every need, ACCEPT holds what the judge decided, by reading the need's title and description
(not the taxonomy tree), that a person must know to do the job: alternatives, each a set of
skills with a minimum level ("sanitation:e" or "civil_engineering:e+sewer_networks:i"). The rest
of the rubric (README.md) — a shared working language, able to work in the need's mode and
period, available and not already holding three open invitations — is then checked for every
profile, and OVERRIDES records the verdicts that reading a profile changed. Nothing here reads the
engine's weights or its taxonomy relations.

    python3 eval/matching/judge.py              # writes judgments.json
    python3 eval/matching/judge.py --list N01   # candidates of N01 by domain, with the verdicts
"""
import datetime
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
LEVEL = {"b": 1, "i": 2, "e": 3, "beginner": 1, "intermediate": 2, "expert": 3}

# Remote work: fewer hours a month than this is a token, not a contribution.
MIN_REMOTE_HOURS = 4
# On-site work: the visit must overlap the need's period by this many days (or the need's whole
# effort when shorter), in the need's region (travel within a region is reasonable; from Oujda
# to Tata is not). A long role (LONG_EFFORT_DAYS or more: a works supervisor, a shop manager)
# needs someone there for the whole effort: in practice someone who lives in the region.
MIN_OVERLAP_DAYS = 7
LONG_EFFORT_DAYS = 20

ACCEPT = {
    "N01": ["sanitation:e", "sewer_networks:e", "sanitation_studies:e",
            "civil_engineering:e+sewer_networks:i", "civil_engineering:e+sanitation:i", "hydraulics:e"],
    "N02": ["conflict_mediation:i", "community_organising:i"],
    "N03": ["monitoring_evaluation:i", "impact_evaluation:i", "reporting:i"],
    "N04": ["recycling:e", "waste_management:e+business_plan:i", "recycling:i+business_plan:e"],
    "N05": ["fleet_management:e", "logistics:e", "vehicle_maintenance:e",
            "fleet_management:i+vehicle_maintenance:i"],
    "N06": ["road_engineering:e", "civil_engineering:e", "bridges_culverts:e"],
    "N07": ["ophthalmology:i"],
    "N08": ["project_management:i"],
    "N09": ["local_governance:b", "association_management:i", "community_organising:i"],
    "N10": ["vocational_training:e", "training_of_trainers:e",
            "cooperative_management:e+vocational_training:i"],
    "N11": ["business_plan:e", "coaching_mentoring:e", "business_plan:i+coaching_mentoring:i"],
    "N12": ["medicine:e", "dentistry:i"],
    "N13": ["accounting:i", "financial_management:i", "auditing:i"],
    "N14": ["web_development:i", "ecommerce:i", "tourism:i", "ecotourism:i", "tour_operating:i"],
    "N15": ["hospitality:e", "guesthouse_management:e", "tourism:e+vocational_training:i"],
    "N16": ["ecommerce:e", "web_development:e", "ecommerce:i+web_development:i"],
    "N17": ["social_media:i", "ecommerce:i", "marketing:i"],
    "N18": ["cooperative_law:e", "law:e"],
    "N19": ["hydraulics:e", "water_network_management:e", "hydraulics:i+feasibility_studies:e"],
    "N20": ["school_dropout:i", "gender_equality:i", "teaching:i", "community_organising:i"],
    "N21": ["monitoring_evaluation:e", "impact_evaluation:e"],
    "N22": ["communication:e", "public_relations:e"],
    "N23": ["gender_equality:e", "gender_equality:i+training_of_trainers:e"],
    "N24": ["communication:i", "community_organising:i", "gender_equality:i", "social_media:i"],
    "N25": ["migration_law:e", "labour_law:e"],
    "N26": ["vocational_training:i", "training_of_trainers:i"],
    "N27": ["local_governance:i", "youth_work:i", "community_organising:i"],
    "N28": ["oil_pressing:e", "post_harvest:e", "food_safety:e"],
    "N29": ["arboriculture:e", "agronomy:e"],
    "N30": ["aromatic_plants:i"],
    "N31": ["organic_farming:e", "collective_labels:e"],
    "N32": ["gis_mapping:e", "gis_mapping:i+web_development:i"],
    "N33": ["collective_labels:e", "intellectual_property:e"],
    "N34": ["marketing:i", "cooperative_management:i", "fair_trade:i"],
    "N35": ["export:e", "law:e+export:i"],
    "N36": ["marketing:b", "ecommerce:b", "fair_trade:b", "handicrafts:b",
            "social_solidarity_economy:b"],
    "N37": ["hydraulics:e", "water_network_management:e", "feasibility_studies:e+hydraulics:i"],
    "N38": ["sanitation:e", "sanitation_studies:e", "sewer_networks:e",
            "wastewater_treatment:e+sanitation:i", "hydraulics:e"],
    "N39": ["community_organising:i", "communication:i", "local_governance:i",
            "conflict_mediation:i"],
    "N40": ["construction_site_supervision:e", "civil_engineering:e"],
    "N41": ["local_governance:e", "advocacy:e", "public_administration:e"],
    "N42": ["sanitation:i", "sanitation_studies:i", "sewer_networks:i", "civil_engineering:e",
            "hydraulics:e"],
    "N43": ["environmental_education:i", "teaching:e"],
    "N44": ["electricity:e", "solar_installation:e"],
    "N45": ["public_health:e", "health_facility_management:e"],
    "N46": ["medical_equipment:e"],
    "N47": ["communication:i", "social_media:i", "web_content:i"],
    "N48": ["local_governance:i", "public_administration:i"],
    "N49": ["waste_management:e", "logistics:e+waste_management:i"],
    "N50": ["composting:e", "waste_management:e+composting:i"],
    "N51": ["surveying:i"],
    "N52": ["hydraulics:e", "water_network_management:e", "hydraulics:i+water_storage:e"],
    "N53": ["decentralised_cooperation:e", "partnership_building:e",
            "decentralised_cooperation:i+local_governance:e"],
    "N54": ["event_organisation:i", "marketing:i"],
    "N55": ["ecotourism:e", "guesthouse_management:e", "tourism:e"],
    "N56": ["financial_management:e", "microfinance:e"],
    "N57": ["communication:e", "public_relations:e"],
    "N58": ["fundraising:e", "grant_writing:e"],
    "N59": ["beekeeping:e"],
    "N60": ["aromatic_plants:i", "agronomy:e"],
    "N61": ["monitoring_evaluation:e", "monitoring_evaluation:i+databases:i",
            "data_analysis:e+monitoring_evaluation:i"],
    "N62": ["hygiene_promotion:i", "public_health:i"],
    "N63": ["wastewater_treatment:e", "sanitation:e"],
    "N64": ["rural_electrification:e", "electricity:e+rural_electrification:i"],
    "N65": ["hydrogeology:e", "well_drilling:e"],
    "N66": ["onsite_sanitation:i", "masonry:i", "sanitation:i"],
    "N67": ["baseline_surveys:i", "migration_development:i", "socio_economic_studies:i",
            "data_analysis:i"],
    "N68": ["saffron_sector:e", "post_harvest:e"],
}

# Verdicts a reading of the profile changed: need -> {profile id: (relevant?, why)}.
SIDE_COMMUNICATION = "communication is a side skill of another trade (evaluation, environmental studies, photography, e-commerce), not the animation of a network"
OVERRIDES = {
    "N24": {pid: (False, SIDE_COMMUNICATION) for pid in ("P054", "P339", "P345", "P460")},
    "N47": {pid: (False, SIDE_COMMUNICATION) for pid in ("P339", "P345")},
    "N42": {"P516": (False, "a student; the need asks for an engineer in post to update a study")},
    "N54": {pid: (False, "organises youth events, not trade fairs") for pid in ("P236", "P458")},
    "N68": {"P046": (False, "post-harvest of olives (pressing oil), not drying and packing saffron")},
}


def load(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return json.load(f)


def date(text):
    return datetime.date.fromisoformat(text)


class Judge:
    def __init__(self):
        self.needs = load("eval/matching/needs.json")
        self.profiles = load("eval/matching/profiles.json")
        terr = {t["slug"]: t for t in load("demo/territories.json")["territories"]}
        self.terr = terr
        self.domain = {s["slug"]: s["parent"] or s["slug"] for s in load("data/skills.json")}

    def region(self, slug):
        while self.terr[slug]["kind"] != "region":
            slug = self.terr[slug]["parent"]
        return slug

    def skill_ok(self, need, profile):
        have = {s["slug"]: LEVEL[s["level"]] for s in profile["skills"]}
        for alt in ACCEPT[need["id"]]:
            parts = [p.split(":") for p in alt.split("+")]
            if all(have.get(slug, 0) >= LEVEL[lvl] for slug, lvl in parts):
                return alt
        return None

    def can_work(self, need, profile):
        remote = profile["remote_hours"] >= MIN_REMOTE_HOURS
        on_site = False
        if need["period_start"]:
            start, end = date(need["period_start"]), date(need["period_end"])
            effort = need.get("effort_days") or MIN_OVERLAP_DAYS
            wanted = effort if effort >= LONG_EFFORT_DAYS else min(effort, MIN_OVERLAP_DAYS)
            for w in profile["windows"]:
                if self.region(w["place"]) != self.region(need["place"]):
                    continue
                overlap = (min(end, date(w["to"])) - max(start, date(w["from"]))).days + 1
                on_site = on_site or overlap >= wanted
        if need["mode"] == "remote":
            return remote, "remote hours" if remote else "fewer than %d remote hours" % MIN_REMOTE_HOURS
        if need["mode"] == "on_site":
            return on_site, "on site" if on_site else "no visit in the region during the period"
        return remote or on_site, "remote or on site" if (remote or on_site) else "neither remote nor on site"

    def verdict(self, need, profile):
        alt = self.skill_ok(need, profile)
        if not alt:
            return False, "skill"
        if not set(profile["languages"]) & set(need["languages"]):
            return False, "language"
        ok, why = self.can_work(need, profile)
        if not ok:
            return False, why
        if not profile["available"]:
            return False, "opted out"
        if profile["invitations"]["open"] >= 3:
            return False, "three open invitations"
        return True, alt

    def judge(self, need, profile):
        over = OVERRIDES.get(need["id"], {}).get(profile["id"])
        if over:
            return over[0], "override: " + over[1]
        return self.verdict(need, profile)


def main():
    j = Judge()
    assert set(ACCEPT) == {n["id"] for n in j.needs}, "every need has its criteria"
    ids = {p["id"] for p in j.profiles}
    for need, over in OVERRIDES.items():
        assert need in ACCEPT and set(over) <= ids, (need, set(over) - ids)
    for alts in ACCEPT.values():
        for alt in alts:
            for part in alt.split("+"):
                assert part.split(":")[0] in j.domain, part
    if len(sys.argv) == 3 and sys.argv[1] == "--list":
        need = next(n for n in j.needs if n["id"] == sys.argv[2])
        domains = {j.domain[s["slug"]] for s in need["skills"]}
        for alt in ACCEPT[need["id"]]:
            domains |= {j.domain[p.split(":")[0]] for p in alt.split("+")}
        print(need["id"], need["title"], need["mode"], need["period_start"], need["period_end"],
              need["languages"], need["place"])
        print("accept:", ACCEPT[need["id"]])
        for d in sorted(domains):
            print("\n##", d)
            for p in j.profiles:
                if any(j.domain[s["slug"]] == d for s in p["skills"]):
                    ok, why = j.judge(need, p)
                    print("  %s %-4s %-38s %s | %s | %s | remote %d | %s" % (
                        "YES" if ok else " - ", p["id"], why[:38], p["headline"][:50],
                        ",".join("%s:%s" % (s["slug"], s["level"][0]) for s in p["skills"]),
                        ",".join(p["languages"]), p["remote_hours"],
                        ";".join("%s %s..%s" % (w["place"], w["from"][5:], w["to"][5:])
                                 for w in p["windows"])))
        return
    out = []
    for need in j.needs:
        rel = [p["id"] for p in j.profiles if j.judge(need, p)[0]]
        out.append({"need": need["id"], "title": need["title"], "accept": ACCEPT[need["id"]],
                    "relevant": rel,
                    "overrides": {k: v[1] for k, v in OVERRIDES.get(need["id"], {}).items()}})
    with open(os.path.join(ROOT, "eval/matching/judgments.json"), "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(o, ensure_ascii=False) for o in out))
        f.write("\n]\n")
    sizes = [len(o["relevant"]) for o in out]
    print("%d needs judged; relevant per need: min %d, median %d, max %d; none: %s" % (
        len(out), min(sizes), sorted(sizes)[len(sizes) // 2], max(sizes),
        [o["need"] for o in out if not o["relevant"]]))


if __name__ == "__main__":
    main()
