#include "features/lessons/lesson_module.h"

#include "core/log.h"
#include "features/lessons/lesson_store.h"

namespace comdev::lessons {

Status register_module(web::App& app, changes::Follower& follower,
                       std::vector<std::shared_ptr<void>>& services) {
  auto index = std::make_shared<LessonIndex>(app.db());
  if (auto st = index->build(); !st) return st;
  LessonIndex* idx = index.get();
  services.push_back(index);
  follower.subscribe(std::string(kLesson), [idx](std::span<const std::int64_t> ids) {
    // A listener cannot return an error: the sheet is indexed again at its next change, and the
    // whole index at the next start.
    if (auto st = idx->refresh(ids); !st) {
      log::error("lessons.refresh_failed", {{"detail", st.error().detail}});
    }
  });
  Service service{*idx, follower};
  register_pages(app, service);
  register_api(app, service);
  register_hooks();
  return {};
}

}  // namespace comdev::lessons
