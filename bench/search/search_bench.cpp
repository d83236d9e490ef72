// Measures the search index at the scale: 100,000 projects and 300,000 needs of
// synthetic French and Arabic text (words of the territory's real projects), then two-word
// queries as people type them. Prints build time, memory-relevant counts and query latency
// percentiles. Usage: search_bench [projects] [needs] [queries]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "search/index.h"

using namespace comdev::search;
using Clock = std::chrono::steady_clock;

namespace {

const std::vector<std::string> kFrench = {"adduction",
                                          "eau",
                                          "potable",
                                          "assainissement",
                                          "liquide",
                                          "réseau",
                                          "égouts",
                                          "station",
                                          "épuration",
                                          "école",
                                          "préscolaire",
                                          "coopérative",
                                          "femmes",
                                          "argan",
                                          "safran",
                                          "miel",
                                          "puits",
                                          "forage",
                                          "pompage",
                                          "solaire",
                                          "irrigation",
                                          "séguia",
                                          "bassin",
                                          "piste",
                                          "rurale",
                                          "désenclavement",
                                          "dispensaire",
                                          "santé",
                                          "maternité",
                                          "ambulance",
                                          "formation",
                                          "jeunes",
                                          "tourisme",
                                          "gîte",
                                          "patrimoine",
                                          "ksar",
                                          "grenier",
                                          "collectif",
                                          "agadir",
                                          "électrification",
                                          "énergie",
                                          "déchets",
                                          "collecte",
                                          "tri",
                                          "compostage",
                                          "reboisement",
                                          "palmeraie",
                                          "oasis",
                                          "élevage",
                                          "caprin",
                                          "fromagerie",
                                          "artisanat",
                                          "tapis",
                                          "broderie",
                                          "alphabétisation",
                                          "bibliothèque",
                                          "numérique",
                                          "internet",
                                          "transport",
                                          "scolaire",
                                          "étude",
                                          "technique",
                                          "diagnostic",
                                          "participatif",
                                          "plan",
                                          "communal",
                                          "développement",
                                          "association",
                                          "douar",
                                          "commune",
                                          "province",
                                          "diaspora",
                                          "migrants",
                                          "partenariat",
                                          "financement",
                                          "matériel",
                                          "ingénieur",
                                          "hydraulique",
                                          "topographie",
                                          "architecte",
                                          "comptabilité",
                                          "gestion",
                                          "marketing",
                                          "commercialisation",
                                          "label",
                                          "qualité"};
const std::vector<std::string> kArabic = {
    "تزويد",   "الماء",   "الصالح",  "للشرب",     "التطهير",  "السائل",    "شبكة",    "الصرف",
    "الصحي",   "مدرسة",   "تعاونية", "النساء",    "الأركان",  "الزعفران",  "العسل",   "بئر",
    "الطاقة",  "الشمسية", "السقي",   "مسلك",      "قروي",     "مستوصف",    "الصحة",   "تكوين",
    "الشباب",  "السياحة", "التراث",  "أكادير",    "الكهرباء", "النفايات",  "التشجير", "الواحة",
    "تربية",   "الماعز",  "الصناعة", "التقليدية", "محو",      "الأمية",    "مكتبة",   "النقل",
    "المدرسي", "دراسة",   "تقنية",   "تشخيص",     "تشاركي",   "مخطط",      "جماعي",   "التنمية",
    "جمعية",   "دوار",    "جماعة",   "إقليم",     "الجالية",  "المهاجرين", "شراكة",   "تمويل",
    "معدات",   "مهندس"};
const std::vector<std::string> kPlaces = {
    "Tafraout", "Ammeln",    "Aït Baha",   "Tiznit", "Tata",    "Akka", "Tagmoute", "Irherm",
    "Tinzert",  "Taroudant", "Ouarzazate", "Agadir", "Biougra", "Anzi", "Tighmi",   "Imi Ougadir"};

std::string sentence(std::mt19937& rng, const std::vector<std::string>& words, int n) {
  // Zipf-like: early words of the list are more frequent, as real vocabularies are.
  std::string s;
  for (int i = 0; i < n; ++i) {
    double u = std::uniform_real_distribution<double>(0, 1)(rng);
    auto k = static_cast<std::size_t>(static_cast<double>(words.size()) * u * u);
    if (!s.empty()) s += ' ';
    s += words[std::min(k, words.size() - 1)];
  }
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t projects = argc > 1 ? std::strtoul(argv[1], nullptr, 10) : 100000;
  std::size_t needs = argc > 2 ? std::strtoul(argv[2], nullptr, 10) : 300000;
  std::size_t queries = argc > 3 ? std::strtoul(argv[3], nullptr, 10) : 2000;
  std::mt19937 rng(42);
  std::vector<Document> docs;
  docs.reserve(projects + needs);
  for (std::size_t i = 0; i < projects + needs; ++i) {
    bool project = i < projects;
    bool arabic = rng() % 5 == 0;  // one in five written in Arabic
    const auto& words = arabic ? kArabic : kFrench;
    Document d;
    d.type = project ? 0 : 1;
    d.id = static_cast<std::int64_t>(project ? i + 1 : i - projects + 1);
    d.lang = arabic ? Lang::ar : Lang::fr;
    d.title = sentence(rng, words, project ? 6 : 4) + " " + kPlaces[rng() % kPlaces.size()];
    d.body = sentence(rng, words, project ? 40 : 20);
    docs.push_back(std::move(d));
  }
  Index index;
  auto t0 = Clock::now();
  index.put_all(docs);
  auto build = std::chrono::duration<double>(Clock::now() - t0).count();
  std::printf("documents: %zu (projects %zu, needs %zu), built in %.1f s\n", index.size(), projects,
              needs, build);

  std::vector<std::string> qs;
  for (std::size_t i = 0; i < queries; ++i) {
    bool arabic = rng() % 5 == 0;
    qs.push_back(sentence(rng, arabic ? kArabic : kFrench, 2));
  }
  std::vector<double> ms;
  ms.reserve(qs.size());
  std::size_t total_hits = 0;
  for (const auto& q : qs) {
    auto t = Clock::now();
    auto r = index.search(Query{q, std::nullopt, 0, 20});
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t).count());
    total_hits += r.total;
  }
  std::sort(ms.begin(), ms.end());
  auto pct = [&](double p) {
    return ms[static_cast<std::size_t>(p * static_cast<double>(ms.size() - 1))];
  };
  std::printf("two-word queries: %zu, mean matches %.0f\n", qs.size(),
              static_cast<double>(total_hits) / static_cast<double>(qs.size()));
  std::printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f\n", pct(0.5), pct(0.9), pct(0.99),
              ms.back());
  // An update while serving: replace 1,000 documents.
  t0 = Clock::now();
  for (std::size_t i = 0; i < 1000; ++i) index.put(docs[i * 97 % docs.size()]);
  std::printf("1000 updates: %.1f ms\n",
              std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  return pct(0.99) <= 50.0 ? 0 : 1;
}
