#include "features/home/home_pages.h"

#include <chrono>
#include <memory>
#include <mutex>

#include "features/changes/change_log_store.h"
#include "features/projects/project_rules.h"
#include "features/projects/project_store.h"
#include "i18n/message.h"
#include "tpl/home/index.h"
#include "web/errors.h"
#include "web/page.h"

namespace comdev::home {
namespace {

struct CommunityView {
  std::string name, territory, description;
};
struct CountView {
  std::string text;
};
// One of the latest projects, in the projects entry.
struct ProjectLink {
  std::string url, title, lang;
};
struct HomeView {
  web::LayoutView layout;
  CommunityView community;
  std::vector<ProjectLink> projects;
  std::vector<CountView> counts;
  std::vector<CommunityView> others;
};

// The home page's live figures and latest projects, kept for a few seconds: with 100,000 projects
// and 300,000 needs the counts cost milliseconds each, and the home page is the most read page.
// A write made by this process (a new project or need) refreshes them at once; members joining
// and other instances' writes show within kMaxAge.
class Figures {
 public:
  static constexpr std::chrono::seconds kMaxAge{5};
  struct Values {
    std::vector<std::int64_t> counts;
    std::vector<projects::ListItem> latest;
  };

  Result<std::shared_ptr<const Values>> get(web::App& app) {
    auto now = std::chrono::steady_clock::now();
    auto generation = changes::local_write_generation();
    {
      std::lock_guard lock(mu_);
      if (values_ && generation == generation_ && now - at_ < kMaxAge) return values_;
    }
    auto v = std::make_shared<Values>();
    for (const auto& c : app.home_counts()) {
      auto n = c.count(app.db());
      if (!n) return n.error();
      v->counts.push_back(*n);
    }
    auto latest = projects::project_store::latest(app.db(), 3);
    if (!latest) return latest.error();
    v->latest = std::move(*latest);
    std::lock_guard lock(mu_);
    values_ = v;
    generation_ = generation;
    at_ = now;
    return std::shared_ptr<const Values>(v);
  }

 private:
  std::mutex mu_;
  std::shared_ptr<const Values> values_;
  std::uint64_t generation_ = 0;
  std::chrono::steady_clock::time_point at_;
};

CommunityView view_of(const communities::Community& c, i18n::Lang lang) {
  return {c.name.in(lang), c.territory.in(lang), c.description.in(lang)};
}

http::Response show(web::Ctx& ctx, communities::Directory& directory, Figures& figures) {
  HomeView v;
  auto all = directory.all();
  if (all->empty()) {
    v.community.name = std::string(i18n::catalogue(ctx.lang).text("site.name"));
    v.community.description = std::string(i18n::catalogue(ctx.lang).text("site.tagline"));
  } else {
    v.community = view_of(all->front(), ctx.lang);
    for (std::size_t i = 1; i < all->size(); ++i) v.others.push_back(view_of((*all)[i], ctx.lang));
  }
  auto values = figures.get(ctx.app);
  if (!values) return web::reply_error(ctx, values.error());
  const auto& keys = ctx.app.home_counts();
  for (std::size_t i = 0; i < keys.size() && i < (*values)->counts.size(); ++i)
    v.counts.push_back({i18n::plural(ctx.lang, keys[i].plural_key, (*values)->counts[i])});
  for (const auto& p : (*values)->latest) {
    auto shown =
        projects::shown_in(i18n::code(ctx.lang), p.title, p.summary, p.lang, p.translations);
    v.projects.push_back({"/projects/" + std::to_string(p.id), shown.title, shown.lang});
  }
  v.layout = web::make_layout(ctx, "", "home");
  auto res = web::render(ctx.lang, 200, [&](web::Out& out) { tpl::home_index(out, v); });
  res.header("Cache-Control", "no-cache");
  return res;
}

}  // namespace

void register_module(web::App& app, communities::Directory& directory) {
  auto figures = std::make_shared<Figures>();
  app.get("/", [&directory, figures](web::Ctx& ctx) { return show(ctx, directory, *figures); });
}

}  // namespace comdev::home
