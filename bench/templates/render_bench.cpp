// Renders the 20-row project list of pages/list.html through the compiled template, per
// language. Target (ARCHITECTURE.md §7): <= 8 us per page. Run:
//   cmake --preset release && ninja -C build/release bench_templates &&
//   build/release/bench/templates/bench_templates
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "i18n/catalogue.h"
#include "tpl_bench/list.h"
#include "web/render.h"

namespace {

using comdev::i18n::Lang;

struct Project {
  long id;
  std::string slug, title, commune, province, summary, status;
  bool urgent;
  long budget;
  int needs, members;
};

struct ListView {
  std::string_view lang, dir, css = "/static/css/site.3f9a1c.css", section = "projects";
  bool demo = true;
  long total = 0;
  std::vector<Project> projects;
};

ListView make_view(Lang lang) {
  ListView v;
  v.lang = comdev::i18n::code(lang);
  v.dir = comdev::i18n::dir(lang);
  for (int i = 0; i < 20; ++i) {
    v.projects.push_back({1000 + i, "puits-solaire-" + std::to_string(i),
                          "Puits solaire & réservoir n°" + std::to_string(i), "Tafraout", "Tiznit",
                          "Pomper l'eau du puits avec l'énergie solaire pour les 300 "
                          "familles du douar <Aït Mansour>.",
                          i % 3 ? "open" : "closed", i % 4 == 0, 125000 + i * 1375, i % 7,
                          40 + i * 13});
  }
  v.total = 20;
  return v;
}

void BM_RenderList(benchmark::State& state) {
  Lang lang = static_cast<Lang>(state.range(0));
  ListView v = make_view(lang);
  std::string buf;
  for (auto _ : state) {
    buf.clear();
    comdev::web::Out out{buf, lang, comdev::i18n::catalogue(lang)};
    comdev::tpl_bench::list(out, v);
    benchmark::DoNotOptimize(buf.data());
  }
  state.counters["bytes"] = static_cast<double>(buf.size());
}
BENCHMARK(BM_RenderList)->Arg(0)->Arg(1)->Arg(2)->ArgName("lang(fr,ar,en)");

}  // namespace

BENCHMARK_MAIN();
