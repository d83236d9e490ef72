-- 0006 profiles (SQLite variant; keep in step with the PostgreSQL one).
-- What a member tells the community about themselves (BRIEF §2: skills, languages, availability),
-- and, field by field, who may see it (BRIEF §6: profiles show only what their owner chose).
-- The display name and e-mail stay in `members`. Fixed lists (languages, sectors) are checked in
-- code; languages also here, as the list is closed.

-- One row per member who has saved or been pre-filled a profile. The photo is kept in the
-- database (base64 text, at most 2 MB of image) so several instances serve it without a shared
-- disk; its type is the one recognised from its magic bytes, never the browser's claim.
CREATE TABLE profiles (
  member_id INTEGER PRIMARY KEY REFERENCES members (id) ON DELETE CASCADE,
  bio TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  city TEXT NOT NULL DEFAULT '',
  origin_text TEXT NOT NULL DEFAULT '',
  is_diaspora_of_heart INTEGER NOT NULL DEFAULT 0 CHECK (is_diaspora_of_heart IN (0, 1)),
  professional_path TEXT NOT NULL DEFAULT '',
  remote_hours_per_month INTEGER NOT NULL DEFAULT 0
    CHECK (remote_hours_per_month BETWEEN 0 AND 200),
  photo_type TEXT CHECK (photo_type IN ('image/jpeg', 'image/png', 'image/webp')),
  photo_base64 TEXT,
  updated_at TEXT NOT NULL
);

CREATE TABLE profile_languages (
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  code TEXT NOT NULL CHECK (code IN ('ar', 'ber', 'fr', 'en', 'es', 'nl', 'de', 'it')),
  PRIMARY KEY (member_id, code)
);

-- Sectors come from a list in code (profile.h) that may grow without a migration.
CREATE TABLE profile_sectors (
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  sector TEXT NOT NULL,
  PRIMARY KEY (member_id, sector)
);
CREATE INDEX profile_sectors_sector ON profile_sectors (sector);

-- Territories of attachment (origin douar, commune or province).
CREATE TABLE profile_attachments (
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  territory_id INTEGER NOT NULL REFERENCES territories (id) ON DELETE CASCADE,
  label TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (member_id, territory_id)
);
CREATE INDEX profile_attachments_territory ON profile_attachments (territory_id);

-- The skill list; the matching issue will grow it. Rows are found by slug, never by id.
CREATE TABLE skills (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  name_fr TEXT NOT NULL,
  name_ar TEXT NOT NULL,
  name_en TEXT NOT NULL
);
INSERT INTO skills (slug, name_fr, name_ar, name_en) VALUES
  ('civil_engineering', 'Génie civil', 'الهندسة المدنية', 'Civil engineering'),
  ('hydraulics', 'Hydraulique et adduction d''eau', 'الهيدروليك والتزويد بالماء', 'Hydraulics and water supply'),
  ('sanitation', 'Assainissement', 'التطهير السائل', 'Sanitation'),
  ('agronomy', 'Agronomie', 'الهندسة الزراعية', 'Agronomy'),
  ('irrigation', 'Irrigation', 'الري', 'Irrigation'),
  ('accounting', 'Comptabilité', 'المحاسبة', 'Accounting'),
  ('project_management', 'Gestion de projet', 'تدبير المشاريع', 'Project management'),
  ('fundraising', 'Recherche de financements', 'البحث عن التمويل', 'Fundraising'),
  ('web_development', 'Développement web', 'تطوير المواقع الإلكترونية', 'Web development'),
  ('translation', 'Traduction', 'الترجمة', 'Translation'),
  ('law', 'Droit', 'القانون', 'Law'),
  ('medicine', 'Médecine', 'الطب', 'Medicine'),
  ('nursing', 'Soins infirmiers', 'التمريض', 'Nursing'),
  ('teaching', 'Enseignement', 'التدريس', 'Teaching'),
  ('architecture', 'Architecture', 'الهندسة المعمارية', 'Architecture'),
  ('solar_energy', 'Énergie solaire', 'الطاقة الشمسية', 'Solar energy'),
  ('tourism', 'Tourisme', 'السياحة', 'Tourism'),
  ('marketing', 'Marketing et commercialisation', 'التسويق', 'Marketing'),
  ('cooperative_management', 'Gestion de coopérative', 'تدبير التعاونيات', 'Cooperative management'),
  ('gis_mapping', 'SIG et cartographie', 'نظم المعلومات الجغرافية والخرائط', 'GIS and mapping'),
  ('feasibility_studies', 'Études de faisabilité', 'دراسات الجدوى', 'Feasibility studies'),
  ('monitoring_evaluation', 'Suivi et évaluation', 'التتبع والتقييم', 'Monitoring and evaluation'),
  ('waste_management', 'Gestion des déchets', 'تدبير النفايات', 'Waste management'),
  ('public_health', 'Santé publique', 'الصحة العامة', 'Public health'),
  ('vocational_training', 'Formation professionnelle', 'التكوين المهني', 'Vocational training'),
  ('local_governance', 'Gouvernance locale', 'الحكامة المحلية', 'Local governance'),
  ('communication', 'Communication', 'التواصل', 'Communication'),
  ('graphic_design', 'Design graphique', 'التصميم الغرافيكي', 'Graphic design'),
  ('electricity', 'Électricité', 'الكهرباء', 'Electrical work'),
  ('plumbing', 'Plomberie', 'السباكة', 'Plumbing'),
  ('logistics', 'Logistique', 'اللوجستيك', 'Logistics'),
  ('grant_writing', 'Rédaction de dossiers de subvention', 'إعداد ملفات طلب الدعم', 'Grant writing');

CREATE TABLE member_skills (
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  skill_id INTEGER NOT NULL REFERENCES skills (id) ON DELETE CASCADE,
  level TEXT NOT NULL CHECK (level IN ('beginner', 'intermediate', 'expert')),
  PRIMARY KEY (member_id, skill_id)
);
CREATE INDEX member_skills_skill ON member_skills (skill_id);

-- On-site availability, e.g. "in Taliouine 1-20 August": dates as YYYY-MM-DD text, which
-- compare in date order.
CREATE TABLE availability_windows (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  place_text TEXT NOT NULL,
  territory_id INTEGER REFERENCES territories (id) ON DELETE SET NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  CHECK (ends_on >= starts_on)
);
CREATE INDEX availability_windows_member ON availability_windows (member_id);

-- The owner's choice per field; a field without a row has its default (profile.cpp).
CREATE TABLE profile_visibility (
  member_id INTEGER NOT NULL REFERENCES members (id) ON DELETE CASCADE,
  field TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('public', 'members', 'animators')),
  PRIMARY KEY (member_id, field)
);
