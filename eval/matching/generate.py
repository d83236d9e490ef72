#!/usr/bin/env python3
"""Writes eval/matching/profiles.json: the fictional expert profiles of the evaluation set.

Two parts. HAND: profiles written one by one for the hard cases (the right skill in the wrong
language, the right person at the wrong time, neighbouring skills, people who opted out or hold
three open invitations, the diaspora de cœur). GENERATED: the rest of the pool, drawn with a fixed
seed from professions (a headline and the skills that go with it) and from the situations of
the community (diaspora in France, Belgium, the Netherlands, Spain and Germany, local
professionals, students, generalists, diaspora de cœur). Everyone is fictional; nobody has a
name, only a headline a reader can judge from.

    python3 eval/matching/generate.py      # from the repository root; same output every run
"""
import json
import os
import random

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
SEED = 2027
TOTAL = 520

Y = "2027-"


def P(kind, headline, country, skills, langs, remote=0, windows="", attach="", available=True,
      inv=(0, 0, 0, 0)):
    """A hand-written profile. skills: "slug:e,slug:i" (b/i/e); windows: "place:MM-DD:MM-DD;..."
    in 2027 (a full date "2026-09-01" is also accepted); attach: "slug,slug"."""
    lv = {"b": "beginner", "i": "intermediate", "e": "expert"}
    out_windows = []
    for w in filter(None, windows.split(";")):
        place, start, end = w.split(":")
        start = start if len(start) == 10 else Y + start
        end = end if len(end) == 10 else Y + end
        out_windows.append({"place": place, "from": start, "to": end})
    return {
        "kind": kind,
        "headline": headline,
        "country": country,
        "skills": [{"slug": s.split(":")[0], "level": lv[s.split(":")[1]]}
                   for s in skills.split(",")],
        "languages": langs.split(","),
        "remote_hours": remote,
        "windows": out_windows,
        "attachments": [a for a in attach.split(",") if a],
        "available": available,
        "invitations": {"received": inv[0], "answered": inv[1], "open": inv[2], "recent": inv[3]},
    }


# The whole year for someone who lives and works in the place.
YEAR = "2026-09-01:2027-12-31"

HAND = [
    # Sanitation and water.
    P("diaspora", "Ingénieure en assainissement dans un bureau d'études à Montpellier", "FR",
      "sanitation:e,sanitation_studies:e,sewer_networks:i", "fr,ar,ber", 8,
      "taliouine:08-01:08-20", "taliouine"),
    P("diaspora", "Ingénieur hydraulicien, réseaux d'eau potable, Lyon", "FR",
      "hydraulics:e,pumping_systems:i", "fr,ar", 12, "", "taroudant"),
    P("diaspora", "Ingénieur assainissement dans une régie des eaux aux Pays-Bas", "NL",
      "sanitation:e,wastewater_treatment:e", "nl,en", 15, "", "tiznit"),
    P("diaspora", "Ingénieure assainissement, a mis son profil en pause", "FR",
      "sanitation:e,sewer_networks:e", "fr,ar", 10, "agadir-melloul:07-05:08-25", "agadir-melloul",
      available=False),
    P("diaspora", "Ingénieur assainissement très sollicité (trois invitations en attente)", "FR",
      "sanitation:e,sanitation_studies:i", "fr,ar,ber", 10, "tiznit:07-01:08-31", "tiznit",
      inv=(9, 6, 3, 3)),
    P("local", "Responsable de la collecte des déchets d'une commune du Souss", "MA",
      "waste_management:e,landfill_management:i", "ar,ber,fr", 0, "tiznit-ville:" + YEAR,
      "tiznit-ville"),
    P("student", "Étudiant en master eau et assainissement à Rennes", "FR",
      "sanitation:b,hydraulics:b", "fr,ar", 10, "agadir-melloul:07-10:08-20", "agadir-melloul"),
    P("coeur", "Ingénieur territorial retraité, réseaux d'égout d'une métropole française", "FR",
      "sewer_networks:e,civil_engineering:e", "fr", 20, "tiznit:04-05:04-25", ""),
    P("local", "Ingénieur génie civil dans un bureau d'études de Taroudant", "MA",
      "civil_engineering:e,sanitation:i,construction_site_supervision:e", "ar,ber,fr", 0,
      "taroudant-ville:" + YEAR, "taroudant-ville"),
    P("diaspora", "Hydrogéologue dans un bureau d'études à Strasbourg", "FR",
      "hydrogeology:e,well_drilling:i", "fr,ar,ber", 0, "tisrass:07-10:08-05", "tisrass"),
    P("diaspora", "Ingénieur hydraulique à Valence, parle espagnol et anglais", "ES",
      "hydraulics:e,water_network_management:e", "es,en", 10, "", ""),
    P("local", "Chef de centre d'une régie de distribution d'eau à Agadir", "MA",
      "water_network_management:e,hydraulics:i,pumping_systems:i", "ar,fr", 4, "agadir:" + YEAR,
      "agadir"),
    P("diaspora", "Ingénieure VRD (voirie et réseaux divers) à Toulouse", "FR",
      "civil_engineering:e,sewer_networks:i,road_engineering:i", "fr,ar", 6,
      "tissint:07-01:07-31", "tata"),
    P("diaspora", "Technicien en pompage solaire à Anvers", "BE",
      "pumping_systems:e,solar_pumping:e", "nl,fr,ar", 6, "arbaa-sahel:07-15:08-15",
      "arbaa-sahel"),
    P("diaspora", "Ingénieur traitement des eaux usées, Bordeaux", "FR",
      "wastewater_treatment:e,sanitation:i", "fr", 10, "", ""),
    P("coeur", "Ingénieure hydraulicienne retraitée, bénévole d'une ONG de l'eau", "FR",
      "hydraulics:e,feasibility_studies:e,water_storage:e", "fr,en", 25, "", ""),
    P("local", "Technicien en hydraulique d'une association de douar, Taroudant", "MA",
      "hydraulics:i,water_storage:i", "ar,ber", 0, "assaki:" + YEAR, "assaki"),
    P("diaspora", "Ingénieur en eau potable à Bruxelles, disponible seulement en décembre", "BE",
      "hydraulics:e,feasibility_studies:i", "fr,ar", 0, "ouijjane:2027-12-20:2028-01-05",
      "ouijjane"),
    P("local", "Maçon, chef d'équipe sur les chantiers d'écoles rurales", "MA",
      "masonry:e,earth_construction:i", "ar,ber", 0, "tisrass:" + YEAR, "tisrass"),
    P("diaspora", "Animatrice en promotion de l'hygiène pour une ONG, Marseille", "FR",
      "hygiene_promotion:e,public_health:i", "fr,ar,ber", 4, "tissint:02-20:03-20", "tissint"),
    P("local", "Agent de santé communautaire à Tata", "MA",
      "hygiene_promotion:i,nursing:i", "ar,ber", 0, "tata-ville:" + YEAR, "tata-ville"),
    # Health.
    P("diaspora", "Opticienne à Liège", "BE", "ophthalmology:i", "fr,ar,nl", 0,
      "sidi-moussa-lhamri:08-01:08-15", "sidi-moussa-lhamri"),
    P("diaspora", "Ophtalmologue à Lille, vient en juillet", "FR", "ophthalmology:e,medicine:e",
      "fr,ar", 2, "taroudant:07-01:07-25", "taroudant"),
    P("diaspora", "Infirmière de bloc à Paris", "FR", "nursing:e", "fr,ar,ber", 2,
      "sidi-moussa-lhamri:08-01:08-20", "sidi-moussa-lhamri"),
    P("diaspora", "Pédiatre à Montreuil", "FR", "medicine:e,maternal_health:e", "fr,ar", 2,
      "tisrass:04-05:04-25", "tisrass"),
    P("diaspora", "Chirurgien-dentiste à Gand", "BE", "dentistry:e", "nl,fr,ar", 0,
      "taroudant:04-12:04-19", "taroudant"),
    P("diaspora", "Médecin généraliste, a retiré son profil des invitations", "FR",
      "medicine:e,public_health:i", "fr,ar,ber", 5, "tisrass:04-01:04-30", "tisrass",
      available=False),
    P("diaspora", "Médecin de santé publique à l'ARS, Lyon", "FR",
      "public_health:e,health_facility_management:i,law:b", "fr,ar", 8, "", "taroudant"),
    P("diaspora", "Manipulateur en radiologie à Nantes", "FR",
      "medical_equipment:e,vocational_training:i", "fr,ar", 2, "ahl-tifnout:05-10:05-30",
      "ahl-tifnout"),
    P("diaspora", "Ingénieur biomédical à Munich", "DE", "medical_equipment:e", "de,fr,ar", 8, "",
      ""),
    # Accounting, finance, law.
    P("diaspora", "Comptable dans un cabinet à Orléans", "FR", "accounting:e,payroll:i", "fr", 6,
      "", "tisrass"),
    P("local", "Comptable agréé à Taroudant (arabe seulement)", "MA", "accounting:e,tax_law:i",
      "ar,ber", 10, "taroudant-ville:" + YEAR, "taroudant-ville"),
    P("diaspora", "Directrice financière d'une PME à Lyon", "FR",
      "financial_management:e,auditing:i", "fr,ar", 5, "", ""),
    P("diaspora", "Avocat en droit coopératif et associatif à Paris", "FR",
      "cooperative_law:e,association_law:e", "fr,ar", 5, "", "ouijjane"),
    P("diaspora", "Juriste en droit des affaires à Bruxelles", "BE", "law:e,labour_law:e",
      "fr,ar,nl", 4, "", ""),
    P("diaspora", "Avocate en droit des étrangers et sécurité sociale à Düsseldorf", "DE",
      "migration_law:e,labour_law:i", "de,ar,fr", 6, "", "taliouine"),
    P("diaspora", "Assistante sociale auprès des chibanis à Marseille", "FR",
      "social_work:e,migration_development:e,migration_law:i", "fr,ar,ber", 8, "", "taliouine"),
    P("local", "Conseiller en microfinance dans une association d'Agadir", "MA",
      "microfinance:e,financial_management:i", "ar,fr", 6, "agadir:" + YEAR, "agadir"),
    P("diaspora", "Chargé de clientèle dans une banque de transferts à Madrid", "ES",
      "banking:e", "es,ar", 10, "", ""),
    P("diaspora", "Consultante en gestion financière des collectivités, Nantes", "FR",
      "financial_management:e,microfinance:e", "fr", 10, "", ""),
    # Agriculture, food.
    P("local", "Ingénieure agronome spécialiste du safran, Taliouine", "MA",
      "saffron_sector:e,post_harvest:e,food_safety:i", "ar,ber,fr", 4, "taliouine:" + YEAR,
      "taliouine"),
    P("diaspora", "Ingénieur qualité en agroalimentaire à Lyon", "FR", "food_safety:e",
      "fr,ar", 8, "", "taliouine"),
    P("local", "Apiculteur formateur, coopérative de Taroudant", "MA",
      "beekeeping:e,agricultural_extension:i", "ar,ber", 0, "taroudant-ville:" + YEAR,
      "taroudant-ville"),
    P("coeur", "Apiculteur amateur à Nantes", "FR", "beekeeping:b", "fr", 5,
      "tafingoulte:03-10:03-25", ""),
    P("diaspora", "Vétérinaire à Utrecht", "NL", "veterinary:e,livestock:e", "nl,ar,ber", 2,
      "tafingoulte:03-01:03-20", "tafingoulte"),
    P("diaspora", "Maître moulinier, huilerie d'olive en Andalousie", "ES",
      "oil_pressing:e,post_harvest:e", "es,ar,fr", 0, "ouzioua:11-01:12-20", "ouzioua"),
    P("diaspora", "Agronome spécialiste de l'olivier à Montpellier, vient l'été", "FR",
      "arboriculture:e,agronomy:e", "fr,ar", 4, "ouzioua:07-10:08-10", "ouzioua"),
    P("local", "Technicien de vulgarisation agricole, Taroudant", "MA",
      "agricultural_extension:e,arboriculture:i", "ar,ber", 0, "tassousfi:" + YEAR, "tassousfi"),
    P("local", "Arboricultrice, conseillère des producteurs d'amandier", "MA",
      "arboriculture:e,organic_farming:i", "ar,ber", 0, "taroudant-ville:" + YEAR, "taliouine"),
    P("local", "Distillatrice de plantes aromatiques, coopérative de Tata", "MA",
      "aromatic_plants:e,post_harvest:i,vocational_training:i", "ar,ber,fr", 0,
      "tata-ville:" + YEAR, "tagmoute"),
    P("diaspora", "Consultant en certification biologique à Avignon", "FR",
      "organic_farming:e,collective_labels:e", "fr", 6, "", ""),
    P("diaspora", "Ingénieur agronome en irrigation, Murcie", "ES",
      "irrigation:e,agronomy:i", "es,fr,ar", 0, "ammelne:10-10:11-10", "ammelne"),
    # Digital, marketing, communication.
    P("diaspora", "Développeur web à Rotterdam", "NL", "web_development:e,databases:i", "nl,en", 10,
      "", ""),
    P("diaspora", "Responsable e-commerce d'une marque de cosmétiques à Paris", "FR",
      "ecommerce:e,web_development:i,social_media:i", "fr,ar", 10, "", "ouijjane"),
    P("diaspora", "Graphiste indépendante à Lille", "FR", "graphic_design:e,branding:i", "fr,ar",
      10, "", ""),
    P("diaspora", "Géomaticien à Berlin", "DE", "gis_mapping:e,remote_sensing:e,databases:i",
      "de,en,fr", 8, "", ""),
    P("student", "Étudiante en géomatique à Grenoble", "FR", "gis_mapping:b", "fr,ar", 15, "",
      "taliouine"),
    P("diaspora", "Directrice marketing dans l'agroalimentaire, Paris", "FR",
      "marketing:e,branding:e", "fr,ar", 4, "taliouine:07-20:08-20", "taliouine"),
    P("diaspora", "Journaliste en presse régionale à Toulouse", "FR", "journalism:e,writing_editing:e",
      "fr,ar", 6, "", ""),
    P("diaspora", "Responsable communication d'une collectivité à Grenoble", "FR",
      "communication:e,public_relations:e,social_media:i", "fr,ar", 8, "", "taliouine"),
    P("diaspora", "Community manager indépendante à Bruxelles", "BE",
      "social_media:e,communication:i,web_content:e", "fr,ar", 10, "", "ouijjane"),
    P("student", "Étudiant en développement web à Lyon", "FR", "web_development:b", "fr,ar", 15,
      "", "oujda"),
    P("diaspora", "Chef de projet international à Paris", "FR",
      "project_management:e,communication:i,partnership_building:i", "fr,ar", 20, "", "tiznit"),
    P("diaspora", "Mentor de créateurs d'entreprise à Francfort (deux heures par mois)", "DE",
      "business_plan:e,coaching_mentoring:e", "de,ar,fr", 2, "", "aglou"),
    P("diaspora", "Consultante en création d'entreprise à Bordeaux", "FR",
      "business_plan:e,coaching_mentoring:i,marketing:i", "fr,ar", 6, "", "aglou"),
    # Governance, social, education.
    P("local", "Ancien secrétaire général de commune, Taroudant", "MA",
      "local_governance:e,public_administration:e", "ar,ber,fr", 0, "taroudant-ville:" + YEAR,
      "agadir-melloul"),
    P("local", "Cadre de l'administration préfectorale à Oujda", "MA",
      "public_administration:e,local_governance:i", "ar,fr", 0, "oujda:" + YEAR, "oujda"),
    P("local", "Médiatrice sociale dans une association de Taroudant", "MA",
      "conflict_mediation:e,community_organising:e", "ar,ber", 0, "taroudant-ville:" + YEAR,
      "taroudant-ville"),
    P("local", "Formatrice en égalité femmes-hommes, réseau associatif d'Agadir", "MA",
      "gender_equality:e,training_of_trainers:e", "ar,ber,fr", 2, "agadir:" + YEAR, "agadir"),
    P("coeur", "Consultante en égalité femmes-hommes à Paris", "FR",
      "gender_equality:e,training_of_trainers:i", "fr,en", 10, "taroudant:10-01:10-20", ""),
    P("diaspora", "Formateur en recherche de financements à Liège", "BE",
      "fundraising:e,grant_writing:e,training_of_trainers:i", "fr,ar", 4,
      "taroudant:07-20:08-20", "azaghar-nirs"),
    P("diaspora", "Rédactrice de demandes de subvention à Amsterdam", "NL", "grant_writing:e",
      "nl,fr,ar", 12, "", ""),
    P("diaspora", "Chargée de suivi-évaluation dans une ONG internationale, Paris", "FR",
      "monitoring_evaluation:e,impact_evaluation:e,data_analysis:i", "fr,en,ar", 15, "",
      "ammelne"),
    P("coeur", "Enseignante de lettres retraitée, amie de la vallée d'Ammelne", "FR",
      "teaching:e,literacy:e", "fr", 10, "taroudant:10-15:11-15", "ammelne"),
    P("local", "Animateur d'éducation à l'environnement, Taroudant", "MA",
      "environmental_education:e,waste_management:i", "ar,ber", 0, "tassousfi:" + YEAR,
      "tassousfi"),
    P("local", "Animatrice contre le décrochage scolaire des filles, Tiznit", "MA",
      "school_dropout:e,communication:i", "ar,ber", 0, "tiznit-ville:" + YEAR, "arbaa-sahel"),
    # Tourism, events, cooperation.
    P("diaspora", "Consultant en écotourisme à Grenoble", "FR",
      "ecotourism:e,guesthouse_management:e", "fr,ar", 10, "", "tinzert"),
    P("local", "Formatrice en hôtellerie dans un institut d'Agadir", "MA",
      "hospitality:e,vocational_training:e", "ar,ber,fr", 0, "agadir:" + YEAR, "agadir"),
    P("diaspora", "Directeur d'hôtel à Malaga", "ES", "hospitality:e,tourism:i", "es,fr", 0,
      "taroudant:03-01:03-31", ""),
    P("coeur", "Chargée de coopération décentralisée d'un département français", "FR",
      "decentralised_cooperation:e,partnership_building:e", "fr", 6, "", "ouijjane"),
    P("diaspora", "Sociologue, enquêtes auprès des migrants, Toulouse", "FR",
      "baseline_surveys:e,socio_economic_studies:e", "fr,ar,ber", 8, "", "tinghir-ville"),
    P("diaspora", "Chercheuse en migrations et développement à Paris", "FR",
      "migration_development:e,data_analysis:i", "fr,ar", 6, "", "tinghir-ville"),
    P("local", "Organisateur de salons et foires à Agadir", "MA",
      "event_organisation:e,marketing:i", "ar,ber,fr", 0, "agadir:" + YEAR, "agadir"),
    P("diaspora", "Ingénieure compostage dans une intercommunale à Namur", "BE",
      "composting:e,waste_management:i", "fr,nl", 8, "", ""),
    P("diaspora", "Entrepreneur du recyclage des plastiques à Lille", "FR",
      "recycling:e,business_plan:e", "fr,ar", 6, "", "arbaa-sahel"),
    P("local", "Logisticien de la collecte des déchets, Tiznit", "MA",
      "waste_management:e,logistics:i", "ar,ber,fr", 0, "tiznit-ville:" + YEAR, "arbaa-sahel"),
    # Energy, works, transport.
    P("local", "Électricien, maintenance de l'éclairage public, Tata", "MA",
      "electricity:e,solar_installation:e", "ar,ber", 0, "tata-ville:" + YEAR, "aguinan"),
    P("diaspora", "Ingénieur en énergie solaire à Lyon", "FR",
      "solar_energy:e,rural_electrification:i", "fr,ar", 10, "", "sidi-moussa-lhamri"),
    P("diaspora", "Ingénieur réseaux électriques chez un distributeur, Lille", "FR",
      "rural_electrification:e,electricity:e", "fr,ar", 4, "", "sidi-moussa-lhamri"),
    P("local", "Ingénieur routes dans un bureau d'études d'Agadir", "MA",
      "road_engineering:e,bridges_culverts:i", "ar,fr", 0, "agadir:" + YEAR, "agadir"),
    P("local", "Géomètre-topographe à Tiznit", "MA", "surveying:e", "ar,ber,fr", 0,
      "tiznit-ville:" + YEAR, "tiznit-ville"),
    P("student", "Étudiant géomètre à Nancy", "FR", "surveying:i", "fr,ar,ber", 5,
      "arbaa-sahel:07-05:08-25", "arbaa-sahel"),
    P("diaspora", "Responsable de flotte dans une entreprise de transport à Eindhoven", "NL",
      "fleet_management:e,logistics:e", "nl,ar,ber", 2, "arbaa-rasmouka:07-20:08-20",
      "arbaa-rasmouka"),
    P("diaspora", "Consultante en réglementation de l'export agroalimentaire à Marseille", "FR",
      "export:e,law:i,food_safety:i", "fr,ar", 6, "", "taroudant-ville"),
    P("diaspora", "Avocat en propriété intellectuelle (indications géographiques) à Paris", "FR",
      "intellectual_property:e,law:e", "fr,ar", 5, "", "taliouine"),
    P("local", "Gérante d'une maison d'hôtes à Taroudant", "MA",
      "guesthouse_management:e,hospitality:i,tourism:i", "ar,ber,fr", 2, "taroudant-ville:" + YEAR,
      "taroudant-ville"),
    P("diaspora", "Médecin inspecteur de santé publique à Bruxelles", "BE",
      "public_health:e,law:i", "fr,ar,nl", 6, "", "ahl-tifnout"),
    P("local", "Mécanicien poids lourds à Tiznit", "MA", "vehicle_maintenance:e", "ar,ber", 0,
      "tiznit-ville:" + YEAR, "arbaa-rasmouka"),
]

# Professions of the generated pool: headline, main skills (all given), optional skills (some
# given), weight (how common).
PROFESSIONS = [
    ("Ingénieur·e hydraulicien·ne", ["hydraulics"], ["pumping_systems", "water_storage", "water_network_management", "feasibility_studies", "hydrogeology"], 5),
    ("Ingénieur·e en assainissement", ["sanitation"], ["sanitation_studies", "sewer_networks", "wastewater_treatment", "onsite_sanitation"], 4),
    ("Hydrogéologue", ["hydrogeology"], ["well_drilling", "water_quality_testing"], 2),
    ("Technicien·ne de traitement de l'eau", ["drinking_water_treatment"], ["water_quality_testing", "wastewater_treatment"], 2),
    ("Gestionnaire de déchets", ["waste_management"], ["recycling", "composting", "landfill_management", "logistics"], 3),
    ("Ingénieur·e génie civil", ["civil_engineering"], ["structural_engineering", "construction_site_supervision", "quantity_surveying", "geotechnics", "road_engineering"], 5),
    ("Conducteur·rice de travaux", ["construction_site_supervision"], ["civil_engineering", "masonry", "quantity_surveying"], 2),
    ("Électricien·ne", ["electricity"], ["solar_installation", "rural_electrification"], 2),
    ("Ingénieur·e énergies renouvelables", ["solar_energy"], ["solar_pumping", "solar_installation", "energy_efficiency", "wind_energy"], 3),
    ("Agronome", ["agronomy"], ["irrigation", "soil_science", "agricultural_extension", "arboriculture", "organic_farming"], 4),
    ("Technicien·ne agricole", ["agricultural_extension"], ["arboriculture", "irrigation", "livestock", "beekeeping", "aromatic_plants"], 2),
    ("Spécialiste de l'irrigation", ["irrigation"], ["traditional_irrigation", "pumping_systems", "agronomy"], 2),
    ("Vétérinaire", ["veterinary"], ["livestock"], 1),
    ("Écologue", ["biodiversity"], ["reforestation", "environmental_impact", "climate_adaptation", "oasis_ecosystems"], 2),
    ("Chargé·e d'études environnement", ["environmental_impact"], ["climate_adaptation", "soil_conservation", "gis_mapping"], 2),
    ("Géomaticien·ne", ["gis_mapping"], ["remote_sensing", "databases", "surveying"], 2),
    ("Gestionnaire de coopérative", ["cooperative_management"], ["cooperative_governance", "women_cooperatives", "income_generating_activities", "accounting"], 3),
    ("Chargé·e de mission économie sociale", ["social_solidarity_economy"], ["fair_trade", "value_chain_analysis", "women_cooperatives", "microfinance"], 2),
    ("Comptable", ["accounting"], ["payroll", "tax_law", "financial_management", "auditing"], 5),
    ("Contrôleur·se de gestion", ["financial_management"], ["accounting", "business_plan", "cost_benefit_analysis", "investment_analysis"], 3),
    ("Auditeur·rice", ["auditing"], ["accounting", "financial_management"], 1),
    ("Banquier·e", ["banking"], ["investment_analysis", "microfinance"], 2),
    ("Marketeur·se", ["marketing"], ["market_research", "branding", "social_media", "ecommerce"], 4),
    ("Responsable export", ["export"], ["logistics", "marketing", "distribution_logistics"], 2),
    ("Photographe", ["photography"], ["video_production", "social_media"], 2),
    ("Juriste", ["law"], ["labour_law", "land_law", "association_law", "intellectual_property"], 3),
    ("Juriste en droit foncier", ["land_law"], ["law", "territorial_planning"], 1),
    ("Agent·e de collectivité territoriale", ["local_governance"], ["public_administration", "public_procurement", "territorial_planning"], 3),
    ("Consultant·e en études de faisabilité", ["feasibility_studies"], ["cost_benefit_analysis", "socio_economic_studies", "baseline_surveys"], 3),
    ("Statisticien·ne", ["data_analysis"], ["baseline_surveys", "databases", "monitoring_evaluation"], 2),
    ("Chargé·e de suivi-évaluation", ["monitoring_evaluation"], ["impact_evaluation", "logical_framework", "reporting", "data_analysis"], 3),
    ("Urbaniste", ["urban_planning"], ["territorial_planning", "public_space_design"], 2),
    ("Chef·fe de projet", ["project_management"], ["risk_management", "logical_framework", "reporting", "partnership_building"], 5),
    ("Chargé·e de recherche de fonds", ["fundraising"], ["grant_writing", "crowdfunding", "partnership_building"], 3),
    ("Médecin", ["medicine"], ["public_health", "maternal_health"], 4),
    ("Infirmier·e", ["nursing"], ["maternal_health", "public_health"], 3),
    ("Pharmacien·ne", ["pharmacy"], ["public_health"], 2),
    ("Dentiste", ["dentistry"], [], 1),
    ("Diététicien·ne", ["nutrition"], ["public_health", "maternal_health"], 1),
    ("Psychologue", ["mental_health"], ["child_protection", "social_work"], 1),
    ("Enseignant·e", ["teaching"], ["school_support", "literacy", "language_teaching", "preschool"], 5),
    ("Formateur·rice professionnel·le", ["vocational_training"], ["training_of_trainers", "coaching_mentoring"], 3),
    ("Traducteur·rice", ["translation"], ["language_teaching", "amazigh_language", "writing_editing"], 2),
    ("Animateur·rice jeunesse", ["youth_work"], ["sport_coaching", "school_support", "event_organisation"], 2),
    ("Guide de randonnée", ["hiking_guiding"], ["ecotourism", "tourism"], 2),
    ("Professionnel·le du tourisme", ["tourism"], ["tour_operating", "hospitality", "guesthouse_management", "ecotourism"], 3),
    ("Restaurateur·rice du patrimoine", ["heritage_restoration"], ["earth_construction", "vernacular_architecture"], 1),
    ("Développeur·se web", ["web_development"], ["databases", "software_engineering", "mobile_development"], 5),
    ("Technicien·ne informatique", ["it_support"], ["connectivity", "cybersecurity", "digital_literacy"], 3),
    ("Ingénieur·e logiciel", ["software_engineering"], ["databases", "web_development", "cybersecurity"], 3),
    ("Graphiste", ["graphic_design"], ["branding", "web_content"], 2),
    ("Architecte", ["architecture"], ["bioclimatic_design", "vernacular_architecture", "school_buildings", "health_buildings"], 3),
    ("Travailleur·se social·e", ["social_work"], ["child_protection", "elderly_care", "disability_inclusion"], 2),
    ("Militant·e associatif·ve", ["association_management"], ["community_organising", "advocacy", "volunteer_management"], 3),
    ("Chargé·e de communication", ["communication"], ["public_relations", "social_media", "writing_editing", "web_content"], 4),
    ("Journaliste", ["journalism"], ["writing_editing", "community_radio"], 2),
    ("Logisticien·ne", ["logistics"], ["distribution_logistics", "fleet_management", "procurement_management"], 2),
    ("Mécanicien·ne", ["vehicle_maintenance"], ["fleet_management"], 1),
    ("Ingénieur·e agroalimentaire", ["food_safety"], ["food_packaging", "dairy_processing", "post_harvest"], 2),
    ("Artisan·e", ["handicrafts"], ["women_cooperatives", "ecommerce"], 2),
]

# Origins of the diaspora: the demo communes (most often those with a migration story).
COMMUNES = {}


def territories():
    with open(os.path.join(ROOT, "demo/territories.json"), encoding="utf-8") as f:
        ts = json.load(f)["territories"]
    by = {t["slug"]: t for t in ts}
    communes = [t["slug"] for t in ts if t["kind"] == "commune"]
    return by, communes


def main():
    rng = random.Random(SEED)
    by, communes = territories()
    souss = [c for c in communes if by[by[c]["parent"]]["parent"] == "souss-massa"]
    province = lambda c: by[c]["parent"]
    with open(os.path.join(ROOT, "data/skills.json"), encoding="utf-8") as f:
        known = {s["slug"] for s in json.load(f)}

    def lvl(kind):
        r = rng.random()
        if kind == "student":
            return "beginner" if r < 0.6 else "intermediate"
        if kind == "generalist":
            return "beginner" if r < 0.3 else "intermediate" if r < 0.85 else "expert"
        return "intermediate" if r < 0.4 else "expert"

    def langs(kind, country):
        out = []
        add = lambda l, p: out.append(l) if rng.random() < p and l not in out else None
        if kind == "coeur":
            home = {"FR": "fr", "BE": "fr", "NL": "nl", "ES": "es", "DE": "de"}[country]
            out.append(home)
            add("fr", 0.5)
            add("en", 0.7)
            add("es", 0.15)
            add("ar", 0.1)
            return out
        if country == "MA":
            out.append("ar")
            add("ber", 0.65)
            add("fr", 0.75)
            add("en", 0.25)
            add("es", 0.05)
            return out
        add("ar", 0.85)
        add("ber", 0.55)
        home = {"FR": ("fr", 1.0), "BE": ("fr", 0.85), "NL": ("nl", 1.0), "ES": ("es", 1.0),
                "DE": ("de", 1.0)}[country]
        add(*home)
        if country == "BE":
            add("nl", 0.35)
        if country in ("NL", "ES", "DE"):
            add("fr", 0.35)
        add("en", 0.5 if country != "FR" else 0.35)
        if not out:
            out.append(home[0])
        return out

    def day(month, d):
        return "2027-%02d-%02d" % (month, d)

    def summer_window(place):
        start = rng.randint(0, 40)  # from 1 July
        length = rng.randint(10, 30)
        s = 1 + start
        e = s + length
        as_date = lambda n: day(7, n) if n <= 31 else day(8, min(31, n - 31))
        return {"place": place, "from": as_date(s), "to": as_date(e)}

    def other_window(place):
        choice = rng.choice(["winter", "spring", "autumn"])
        if choice == "winter":
            return {"place": place, "from": "2026-12-20", "to": "2027-01-05"}
        if choice == "spring":
            d = rng.randint(1, 15)
            return {"place": place, "from": day(4, d), "to": day(4, d + 12)}
        d = rng.randint(1, 15)
        return {"place": place, "from": day(10, d), "to": day(10, d + 14)}

    weights = [p[3] for p in PROFESSIONS]
    kinds = ["diaspora"] * 50 + ["local"] * 20 + ["student"] * 10 + ["generalist"] * 10 + \
        ["coeur"] * 10
    generated = []
    while len(HAND) + len(generated) < TOTAL:
        kind = rng.choice(kinds)
        if kind == "local":
            country = "MA"
        elif kind == "student":
            country = rng.choice(["FR", "FR", "BE", "MA", "MA", "DE"])
        else:
            country = rng.choices(["FR", "BE", "NL", "ES", "DE"], [50, 15, 15, 10, 10])[0]
        skills = {}
        if kind == "generalist":
            picks = rng.sample(PROFESSIONS, rng.randint(3, 5))
            headline = "Bénévole associatif·ve polyvalent·e, retraité·e"
            for p in picks:
                skills[p[1][0]] = lvl(kind)
        else:
            prof = rng.choices(PROFESSIONS, weights)[0]
            headline = prof[0] + (" (étudiant·e)" if kind == "student" else "")
            for s in prof[1]:
                skills[s] = lvl(kind)
            for s in rng.sample(prof[2], min(len(prof[2]), rng.randint(0, 3))):
                skills.setdefault(s, "beginner" if kind == "student" else rng.choice(
                    ["beginner", "intermediate", "intermediate", "expert"]))
            if rng.random() < 0.15:  # a second trade
                other = rng.choices(PROFESSIONS, weights)[0]
                skills.setdefault(other[1][0], rng.choice(["beginner", "intermediate"]))
        languages = langs(kind, country)
        origin = rng.choice(souss if rng.random() < 0.8 else communes)
        attachments, windows = [], []
        if kind == "local":
            home = origin
            attachments = [home]
            windows = [{"place": home, "from": "2026-09-01", "to": "2027-12-31"}]
            remote = rng.choice([0, 0, 2, 4, 6, 10])
        elif kind == "coeur":
            if rng.random() < 0.4:
                attachments = [origin]
            if rng.random() < 0.3:
                windows = [other_window(origin)] if rng.random() < 0.5 else [summer_window(origin)]
            remote = rng.choice([0, 4, 6, 8, 10, 15, 20])
        else:
            attachments = [origin] if rng.random() < 0.75 else [province(origin)]
            if country == "MA":
                windows = [{"place": origin, "from": "2026-09-01", "to": "2027-12-31"}]
            else:
                if rng.random() < 0.6:
                    windows.append(summer_window(attachments[0]))
                if rng.random() < 0.15:
                    windows.append(other_window(attachments[0]))
            remote = rng.choice([0, 0, 2, 4, 6, 8, 10, 15, 20, 30] if kind != "generalist"
                                else [6, 10, 15, 20, 30, 40])
        received = rng.choice([0, 0, 0, 1, 2, 3, 5, 8])
        answered = rng.randint(0, received)
        opened = 3 if rng.random() < 0.03 else rng.choice([0, 0, 0, 0, 1, 1, 2])
        recent = min(received, rng.choice([0, 0, 0, 1, 1, 2, 3]))
        generated.append({
            "kind": kind,
            "headline": headline,
            "country": country,
            "skills": [{"slug": s, "level": l} for s, l in skills.items()],
            "languages": languages,
            "remote_hours": remote,
            "windows": windows,
            "attachments": attachments,
            "available": rng.random() > 0.08,
            "invitations": {"received": received, "answered": answered, "open": opened,
                            "recent": recent},
        })
    out = []
    for i, p in enumerate(HAND + generated):
        item = {"id": "P%03d" % (i + 1), "source": "hand" if i < len(HAND) else "generated"}
        item.update(p)
        for s in item["skills"]:
            assert s["slug"] in known, s
        for w in item["windows"]:
            assert w["place"] in by, w
        for a in item["attachments"]:
            assert a in by, a
        out.append(item)
    with open(os.path.join(ROOT, "eval/matching/profiles.json"), "w", encoding="utf-8") as f:
        f.write("[\n")
        f.write(",\n".join(json.dumps(p, ensure_ascii=False) for p in out))
        f.write("\n]\n")
    print("%d profiles (%d written by hand)" % (len(out), len(HAND)))


if __name__ == "__main__":
    main()
