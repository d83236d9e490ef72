#!/usr/bin/env python3
"""Writes eval/matching/needs.json: the skill needs of the evaluation set.

Every skill need of demo/projects.json (48), as its carrier wrote it, except where the demo's
pick among the 32 old skills is plainly coarser than what the 209-skill taxonomy now offers for
that title (an optician recorded as "public health"): those are re-picked and keep their demo
skills in `demo_skills`. Then further needs that the demo projects and the PCD actions of
demo/plans.json plausibly have (`source` says which action). Place: the commune of the project
(a douar's commune), or the province when the project names no commune.

    python3 eval/matching/make_needs.py     # from the repository root
"""
import json
import os

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def load(path):
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return json.load(f)


# (project index, need title prefix) -> skills re-picked in the new taxonomy.
REPICK = {
    (0, "Médiation"): [("conflict_mediation", "intermediate"), ("community_organising", "intermediate")],
    (1, "Suivi-évaluation"): [("monitoring_evaluation", "intermediate"), ("reporting", "intermediate")],
    (1, "Modèle économique"): [("recycling", "expert"), ("business_plan", "intermediate")],
    (2, "Gestion de flotte"): [("fleet_management", "expert"), ("vehicle_maintenance", "intermediate")],
    (3, "Ingénieur routes"): [("road_engineering", "expert"), ("civil_engineering", "intermediate")],
    (3, "Opticien"): [("ophthalmology", "intermediate")],
    (5, "Mentor"): [("business_plan", "expert"), ("coaching_mentoring", "intermediate")],
    (6, "Pédiatre"): [("medicine", "expert"), ("dentistry", "intermediate")],
    (7, "Formation à l'accueil"): [("hospitality", "expert"), ("vocational_training", "intermediate")],
    (8, "Développement de la boutique"): [("ecommerce", "expert"), ("web_development", "intermediate")],
    (8, "Formation au marketing"): [("social_media", "intermediate"), ("vocational_training", "intermediate")],
    (8, "Conseil juridique"): [("cooperative_law", "expert"), ("cooperative_management", "intermediate")],
    (9, "Campagne pour la scolarisation"): [("school_dropout", "intermediate"), ("communication", "intermediate")],
    (11, "Formatrice"): [("gender_equality", "expert"), ("training_of_trainers", "intermediate")],
    (12, "Conseil en droits sociaux"): [("migration_law", "expert")],
    (14, "Expert qualité"): [("oil_pressing", "expert"), ("post_harvest", "intermediate")],
    (15, "Agronome"): [("arboriculture", "expert")],
    (16, "Technicien en distillation"): [("aromatic_plants", "intermediate"), ("vocational_training", "intermediate")],
    (16, "Conseil en certification"): [("organic_farming", "expert"), ("collective_labels", "intermediate")],
    (17, "Spécialiste de l'étiquetage"): [("collective_labels", "expert"), ("branding", "intermediate")],
    (19, "Conseil en conformité"): [("export", "expert"), ("law", "intermediate")],
    (24, "Éducateur"): [("environmental_education", "intermediate"), ("waste_management", "beginner")],
    (26, "Technicien ou technicienne en radiologie"): [("medical_equipment", "expert"), ("vocational_training", "intermediate")],
}

# Further needs: (project index or None, place slug, source, title, skills, languages, mode,
# period, effort days).
EXTRA = [
    (1, "arbaa-sahel", "plans: Étendre la collecte des déchets aux douars voisins d'Iferda",
     "Organiser la collecte dans les douars voisins d'Iferda",
     [("waste_management", "expert"), ("logistics", "intermediate")], ["ar", "ber", "fr"],
     "on_site", "2027-06-01", "2027-08-31", 8),
    (1, "arbaa-sahel", "plans: Créer une unité de compostage communale",
     "Concevoir l'unité de compostage communale",
     [("composting", "expert")], ["fr", "ar"], "both", "2027-03-01", "2027-06-30", 6),
    (9, "arbaa-sahel", "plans: Étendre le réseau secondaire d'eau potable à trois nouveaux douars",
     "Levé topographique des trois douars à raccorder",
     [("surveying", "intermediate")], ["ar", "fr"], "on_site", "2027-07-01", "2027-09-15", 5),
    (21, "ouijjane", "plans: Alimentation en eau potable d'Assaka",
     "Étude d'alimentation en eau potable d'Assaka",
     [("hydraulics", "expert"), ("water_storage", "intermediate")], ["fr", "ar"],
     "both", "2027-04-01", "2027-08-31", 15),
    (None, "ouijjane", "plans: Coopération décentralisée avec Vic-le-Comte",
     "Relancer la coopération décentralisée avec une commune française",
     [("decentralised_cooperation", "expert")], ["fr"], "remote", "2027-01-15", "2027-06-30", 6),
    (8, "ouijjane", "plans: Participation des coopératives aux foires provinciales et régionales",
     "Préparer les coopératives aux foires régionales",
     [("event_organisation", "intermediate"), ("marketing", "intermediate")], ["ar", "ber"],
     "on_site", "2027-09-01", "2027-10-31", 5),
    (None, "tinzert", "plans: Développer le tourisme à la ferme",
     "Concevoir une offre de tourisme à la ferme",
     [("ecotourism", "expert"), ("guesthouse_management", "intermediate")], ["fr", "ar"],
     "both", "2027-02-01", "2027-05-31", 10),
    (None, "tinzert", "plans: Créer un fonds de développement et de solidarité",
     "Statuts et règles de gestion d'un fonds de solidarité communal",
     [("financial_management", "expert"), ("microfinance", "intermediate")], ["fr", "ar"],
     "remote", "2027-03-01", "2027-06-30", 6),
    (None, "tinzert", "plans: Élaborer le plan de communication de la commune",
     "Plan de communication de la commune de Tinzert",
     [("communication", "expert"), ("social_media", "intermediate")], ["ar", "fr"],
     "remote", "2027-04-01", "2027-07-31", 5),
    (None, "azaghar-nirs", "plans: Former les élus à la recherche de financements",
     "Atelier de formation des élus à la recherche de financements",
     [("fundraising", "expert"), ("training_of_trainers", "intermediate")], ["ar", "fr"],
     "on_site", "2027-07-15", "2027-08-31", 3),
    (None, "tafingoulte", "plans: Appuyer la coopérative des apiculteurs",
     "Appui technique à la coopérative des apiculteurs",
     [("beekeeping", "expert")], ["ar", "ber"], "on_site", "2027-03-01", "2027-05-31", 6),
    (None, "ammelne", "plans: Pépinière de plantes aromatiques et médicinales",
     "Installer une pépinière de plantes aromatiques",
     [("aromatic_plants", "intermediate"), ("irrigation", "beginner")], ["ar", "ber", "fr"],
     "on_site", "2027-10-01", "2027-12-15", 8),
    (None, "ammelne", "plans: Mettre en place le suivi-évaluation du PCD",
     "Tableau de bord de suivi-évaluation du PCD d'Ammelne",
     [("monitoring_evaluation", "expert"), ("databases", "intermediate")], ["fr", "ar"],
     "remote", "2027-02-01", "2027-05-31", 8),
    (22, "tissint", "plans: Sensibiliser à l'eau, aux déchets et à l'assainissement",
     "Campagne d'hygiène et de sensibilisation à El Kasba",
     [("hygiene_promotion", "intermediate")], ["ar", "ber"], "on_site", "2027-02-15", "2027-04-15", 6),
    (22, "tissint", "demo project: Assainissement liquide d'El Kasba à Tissint",
     "Dimensionnement de la station d'épuration d'El Kasba",
     [("wastewater_treatment", "expert")], ["fr", "ar"], "remote", "2027-01-15", "2027-03-31", 8),
    (3, "sidi-moussa-lhamri", "plans: Étendre le réseau électrique d'Ait Sabii",
     "Étude d'extension du réseau électrique d'Ait Sabii",
     [("rural_electrification", "expert"), ("solar_energy", "intermediate")], ["fr", "ar"],
     "both", "2027-04-01", "2027-07-31", 8),
    (6, "tisrass", "plans: Étude d'alimentation en eau potable de Tagoulemt",
     "Reconnaissance hydrogéologique pour l'eau potable de Tagoulemt",
     [("hydrogeology", "expert"), ("hydraulics", "intermediate")], ["fr", "ar"],
     "on_site", "2027-07-01", "2027-08-31", 7),
    (6, "tisrass", "plans: Rénover l'école et construire des latrines",
     "Latrines et point d'eau de l'école de Tagoulemt",
     [("onsite_sanitation", "intermediate"), ("masonry", "intermediate")], ["ar", "ber"],
     "on_site", "2027-07-01", "2027-08-31", 6),
    (None, "tinghir-ville", "plans: Cartographier la diaspora de Tinghir en France",
     "Enquête et cartographie de la diaspora de Tinghir en France",
     [("baseline_surveys", "intermediate"), ("migration_development", "intermediate")], ["fr", "ar"],
     "remote", "2027-01-15", "2027-06-30", 10),
    (18, "taliouine", "demo project: Centre de Valorisation Territorial de Taliouine",
     "Séchage et conditionnement du safran au CVT",
     [("saffron_sector", "expert"), ("food_safety", "intermediate")], ["ar", "ber", "fr"],
     "on_site", "2027-10-15", "2027-11-30", 6),
]


def main():
    projects = load("demo/projects.json")
    territories = {t["slug"]: t for t in load("demo/territories.json")["territories"]}
    skills = {s["slug"] for s in load("data/skills.json")}

    def place_of(slug):
        while territories[slug]["kind"] == "douar":
            slug = territories[slug]["parent"]
        return slug

    out = []
    used = set()
    for pi, p in enumerate(projects):
        for need in p.get("needs", []):
            if need["kind"] != "skill":
                continue
            demo = [(s["slug"], s["level"]) for s in need["skills"]]
            picked = demo
            for (rp, prefix), repick in REPICK.items():
                if rp == pi and need["title"].startswith(prefix):
                    picked = repick
                    used.add((rp, prefix))
            item = {
                "id": "N%02d" % (len(out) + 1),
                "source": "demo/projects.json: %s" % p["title"],
                "project": p["title"],
                "title": need["title"],
                "description": need.get("description", ""),
                "skills": [{"slug": s, "level": lvl} for s, lvl in picked],
                "languages": need.get("languages", []),
                "mode": need["mode"],
                "period_start": need.get("period_start"),
                "period_end": need.get("period_end"),
                "effort_days": need.get("effort_days"),
                "place": place_of(p["territory"]),
            }
            if picked != demo:
                item["demo_skills"] = [{"slug": s, "level": lvl} for s, lvl in demo]
            out.append(item)
    missing = set(REPICK) - used
    assert not missing, missing
    for pi, place, source, title, sk, langs, mode, start, end, effort in EXTRA:
        out.append({
            "id": "N%02d" % (len(out) + 1),
            "source": source,
            "project": projects[pi]["title"] if pi is not None else None,
            "title": title,
            "description": "",
            "skills": [{"slug": s, "level": lvl} for s, lvl in sk],
            "languages": langs,
            "mode": mode,
            "period_start": start,
            "period_end": end,
            "effort_days": effort,
            "place": place,
        })
    for n in out:
        for s in n["skills"]:
            assert s["slug"] in skills, s
        assert n["place"] in territories, n["place"]
    with open(os.path.join(ROOT, "eval/matching/needs.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("%d needs" % len(out))


if __name__ == "__main__":
    main()
